"""The import contracts of docs/architecture.md, enforced over the whole import graph (transitive).

Like napari's import-linter contracts, but read from our own source with `ast`: every import counts,
at module level or inside a function (a lazy import runs too); only `if TYPE_CHECKING:` blocks are left
out (they never run). A rule that says "X never reaches Y" follows imports through every module in
between, so routing a forbidden import through a helper module does not get past it.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGES = ("lumichats_desktop", "trainer")
QT = ("PySide6", "qasync", "shiboken6")

# Layers with no Qt, directly or through anything they import. server/ is named before it exists: the
# contract holds for it the day it lands.
QT_FREE = (
    "lumichats_desktop.attachments",
    "lumichats_desktop.engine",
    "lumichats_desktop.storage",
    "lumichats_desktop.hub",
    "lumichats_desktop.chat",
    "lumichats_desktop.server",
    "lumichats_desktop.wizard",
    "lumichats_desktop.settings",
    "lumichats_desktop.paths",
    "lumichats_desktop.cli_serve",
    "trainer",
)
# What ui/ may import from the app and the trainer directly: the workers (the only bridges to the
# engine, the Hub and the trainer's code), the conversation service, the wizard's flow, the stored
# records it shows, and the value types it edits. Everything else goes through workers/.
UI_MAY_IMPORT = (
    "lumichats_desktop.ui",
    "lumichats_desktop.workers",
    "lumichats_desktop.chat",
    "lumichats_desktop.attachments",  # reading a picked or dropped file (Qt-free, no model)
    "lumichats_desktop.wizard",
    "lumichats_desktop.settings",
    "lumichats_desktop.paths",
    "lumichats_desktop.resources",
    "lumichats_desktop.ui_text",
    "lumichats_desktop.storage.store",  # the records shown: StoredMessage, ConversationSummary, SearchHit
    "lumichats_desktop.engine.sampling",  # SamplingParams, the values the settings dialog edits
    "trainer.common",
    "trainer.config",  # TrainConfig, the values the wizard's pages edit
)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def _sources() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for package in PACKAGES:
        for path in (REPO / package).rglob("*.py"):
            found[_module_name(path)] = path
    return found


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _runtime_nodes(tree: ast.AST) -> Iterable[ast.AST]:
    """Every node except those under `if TYPE_CHECKING:` (their else branch still counts)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, ast.If) and _is_type_checking(node):
            stack.extend(node.orelse)
            continue
        stack.extend(ast.iter_child_nodes(node))


def _with_parents(name: str) -> set[str]:
    """Importing a.b.c runs a, a.b and a.b.c."""
    parts = name.split(".")
    return {".".join(parts[:i]) for i in range(1, len(parts) + 1)}


@cache
def direct_imports(module: str) -> frozenset[str]:
    """The modules one of our modules imports when it runs (ours by full name, others by top name)."""
    path = _sources()[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    names: set[str] = set()
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            names.add(base)
            names |= {f"{base}.{alias.name}" for alias in node.names}  # `from pkg import module`
    out: set[str] = set()
    for name in names:
        if name.split(".")[0] in PACKAGES:
            out |= {n for n in _with_parents(name) if n in _sources()}
        elif name:
            out.add(name.split(".")[0])
    out.discard(module)
    return frozenset(out)


@cache
def reachable(module: str) -> dict[str, str]:
    """Every module that running `module` imports, each with the module that first imported it."""
    via: dict[str, str] = {}
    todo = [module, *sorted(_with_parents(module) & set(_sources()))]
    while todo:
        current = todo.pop()
        for name in direct_imports(current) if current in _sources() else ():
            if name not in via and name != module:
                via[name] = current
                todo.append(name)
    return via


def _chain(module: str, target: str) -> str:
    via, steps = reachable(module), [target]
    while steps[-1] in via and steps[-1] != module:
        steps.append(via[steps[-1]])
    return " -> ".join(reversed(steps))


def _modules_in(layer: str) -> list[str]:
    return [m for m in _sources() if m == layer or m.startswith(layer + ".")]


def _within(name: str, prefixes: Iterable[str]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


@pytest.mark.parametrize("layer", QT_FREE)
def test_qt_free_layers_reach_no_qt(layer: str) -> None:
    bad = [_chain(m, q) for m in _modules_in(layer) for q in QT if q in reachable(m)]
    assert not bad, "Qt reached from a Qt-free layer:\n" + "\n".join(bad)


def test_the_trainer_never_reaches_the_app() -> None:
    bad = [
        _chain(m, name)
        for m in _modules_in("trainer")
        for name in reachable(m)
        if name.startswith("lumichats_desktop")
    ]
    assert not bad, "the trainer imports the app:\n" + "\n".join(bad)


def test_the_app_uses_only_the_trainers_shared_core_and_config() -> None:
    """Below ui, nothing imports trainer internals (loss, data, run): what is shared is trainer/common."""
    allowed = ("trainer.common", "trainer.config")
    bad = [
        _chain(m, name)
        for layer in ("engine", "storage", "hub", "chat", "server", "wizard", "workers", "settings")
        for m in _modules_in(f"lumichats_desktop.{layer}")
        for name in reachable(m)
        if name.startswith("trainer.") and not _within(name, allowed)
    ]
    assert not bad, "the app reaches trainer internals:\n" + "\n".join(bad)


def _ui_may_import(name: str) -> bool:
    parent_of_allowed = any(allowed.startswith(name + ".") for allowed in UI_MAY_IMPORT)
    return _within(name, UI_MAY_IMPORT) or parent_of_allowed or name.split(".")[0] not in PACKAGES


def test_ui_goes_through_workers() -> None:
    found = {
        f"{m} imports {name}"
        for m in _modules_in("lumichats_desktop.ui")
        for name in direct_imports(m)
        if not _ui_may_import(name)
    }
    assert not found, "ui imports past the workers:\n" + "\n".join(sorted(found))


@pytest.mark.parametrize("layer", ["engine", "storage", "hub", "chat", "server", "wizard", "workers"])
def test_lower_layers_never_reach_the_ui(layer: str) -> None:
    modules = _modules_in(f"lumichats_desktop.{layer}")
    bad = [_chain(m, n) for m in modules for n in reachable(m) if _within(n, ["lumichats_desktop.ui"])]
    assert not bad, "a lower layer reaches ui/:\n" + "\n".join(bad)


def test_importing_the_qt_free_layers_loads_no_qt_at_runtime() -> None:
    layers = [m for layer in QT_FREE for m in _modules_in(layer) if not m.endswith("__main__")]
    code = (
        "import importlib, sys\n"
        f"for name in {layers!r}:\n"
        "    try:\n"
        "        importlib.import_module(name)\n"
        "    except ModuleNotFoundError as exc:\n"  # the GPU kernels need Triton, which CPU builds lack
        "        if exc.name != 'triton':\n"
        "            raise\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'qasync', 'shiboken6'))]\n"
        "print(bad); sys.exit(bool(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stdout + result.stderr
