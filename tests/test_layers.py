"""The layering rules of ARCHITECTURE.md, enforced: no Qt below ui/workers, trainer stands alone."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
QT_FREE = [
    "lumichats_desktop/engine",
    "lumichats_desktop/storage",
    "lumichats_desktop/hub",
    "lumichats_desktop/chat",
    "lumichats_desktop/server",
    "trainer",
]


def _imports(folder: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in folder.rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module.split(".")[0])
        found[str(path.relative_to(REPO))] = names
    return found


def test_engine_storage_hub_server_and_trainer_never_import_qt() -> None:
    for folder in QT_FREE:
        for path, names in _imports(REPO / folder).items():
            assert not names & {"PySide6", "qasync", "shiboken6"}, f"{path} imports Qt"


def test_trainer_does_not_import_the_app() -> None:
    for path, names in _imports(REPO / "trainer").items():
        assert "lumichats_desktop" not in names, f"{path} imports lumichats_desktop"


def test_importing_the_engine_loads_no_qt_at_runtime() -> None:
    code = (
        "import sys, lumichats_desktop.engine.chat_engine, lumichats_desktop.engine.models;"
        "import lumichats_desktop.server.api_server, lumichats_desktop.cli_serve;"
        "import trainer.common.catalog;"
        "bad=[m for m in sys.modules if m.startswith(('PySide6','qasync'))]; print(bad); sys.exit(bool(bad))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stdout + result.stderr
