"""What packaging/bundle_trim.py leaves out of the bundle: never a library the app loads at run time.

The rules are checked against the files the installed packages really load (read from /proc/self/maps of
a child process), so a pyarrow or torch upgrade that starts loading a left-out library fails here, before
a user finds a bundle that cannot read Parquet files.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import sysconfig
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SITE = Path(sysconfig.get_paths()["purelib"])


def _load_trim() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bundle_trim", ROOT / "packaging" / "bundle_trim.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bundle_trim"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


trim = _load_trim()
CPU_RULES = trim.rules_for(trim.Torch(), ROOT / "resources" / "translations")


def _left_out_modules(package: str) -> list[str]:
    """The extension modules of package the rules leave out (the bundle has no file to import them from)."""
    found = []
    for path in (SITE / package).rglob("*.so"):
        relative = path.relative_to(SITE).as_posix()
        if ".cpython-" in path.name and trim.matching_rule(relative, CPU_RULES):
            found.append(relative.split(".cpython-")[0].replace("/", "."))
    return found


def _loaded_files(code: str, packages: tuple[str, ...]) -> list[str]:
    """The site-packages files (as bundle paths) a child Python has mapped after running code.

    The child runs as the bundle would: importing a left-out extension module of packages raises
    ImportError (a None in sys.modules), so optional imports such as pyarrow.fs's S3 support skip them.
    """
    blocked = [module for package in packages for module in _left_out_modules(package)]
    probe = (
        f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
        f"sys.modules.update(dict.fromkeys({blocked!r}))\n"
        f"{code}\n"
        "print('\\n'.join(sorted({l.split()[-1] for l in open('/proc/self/maps') if '/' in l})))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    files = [Path(line) for line in out.splitlines()]
    return [f.relative_to(SITE).as_posix() for f in files if f.is_relative_to(SITE)]


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="reads /proc/self/maps (Linux)")
def test_reading_parquet_loads_no_left_out_library(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    code = (
        "import pyarrow as pa, pyarrow.parquet as pq\n"
        f"pq.write_table(pa.Table.from_pylist([{{'a': 1}}]), {str(tmp_path / 'd.parquet')!r})\n"
        "from trainer.common.conversations import _parquet_rows\n"
        f"list(_parquet_rows(__import__('pathlib').Path({str(tmp_path / 'd.parquet')!r})))"
    )
    assert "pyarrow._s3fs" in _left_out_modules("pyarrow")
    loaded = [f for f in _loaded_files(code, ("pyarrow",)) if "pyarrow" in f]
    assert any(f.startswith("pyarrow/libparquet") for f in loaded)  # the probe saw pyarrow's libraries
    assert {f: trim.matching_rule(f, CPU_RULES) for f in loaded if trim.matching_rule(f, CPU_RULES)} == {}


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="reads /proc/self/maps (Linux)")
def test_torch_and_bitsandbytes_load_no_left_out_library() -> None:
    loaded = _loaded_files(
        "import torch, bitsandbytes\ntorch.ones(2) @ torch.ones(2)", ("torch", "bitsandbytes")
    )
    assert any(f.startswith("torch/lib/libtorch_cpu") for f in loaded)
    assert {f: trim.matching_rule(f, CPU_RULES) for f in loaded if trim.matching_rule(f, CPU_RULES)} == {}


def test_cpu_torch_drops_gpu_kernels_but_a_cuda_build_keeps_them() -> None:
    cuda_rules = trim.rules_for(trim.Torch(cuda="12.8"), ROOT / "resources" / "translations")
    for path in ("bitsandbytes/libbitsandbytes_cuda128.so", "libcudart.so.12"):
        assert trim.matching_rule(path, CPU_RULES) is not None
        assert trim.matching_rule(path, cuda_rules) is None
    assert trim.matching_rule("bitsandbytes/libbitsandbytes_rocm64.so", cuda_rules) is not None
    for rules in (CPU_RULES, cuda_rules):
        assert trim.matching_rule("bitsandbytes/libbitsandbytes_cpu.so", rules) is None


def test_qt_strings_stay_for_every_language_the_app_ships() -> None:
    languages = trim.app_languages(ROOT / "resources" / "translations")
    assert {"es", "ar"} <= set(languages)
    for language in languages:
        assert trim.matching_rule(f"PySide6/Qt/translations/qtbase_{language}.qm", CPU_RULES) is None
        assert trim.matching_rule(f"resources/translations/lumichats_{language}.qm", CPU_RULES) is None
    assert trim.matching_rule("PySide6/Qt/translations/qtbase_fi.qm", CPU_RULES) is not None


def test_a_link_goes_with_its_target() -> None:
    toc = [
        ("libarrow_s3.so.2600", "pyarrow/libarrow_s3.so.2600", "SYMLINK"),
        ("libarrow.so.2600", "pyarrow/libarrow.so.2600", "SYMLINK"),
        ("torch/bin/torch_shm_manager", "/x/torch/bin/torch_shm_manager", "BINARY"),
        ("torch/bin/test_api", "/x/torch/bin/test_api", "BINARY"),
    ]
    kept, dropped = trim.trim(toc, CPU_RULES)
    assert [e[0] for e in kept] == ["libarrow.so.2600", "torch/bin/torch_shm_manager"]
    assert [e[0] for e, _ in dropped] == ["libarrow_s3.so.2600", "torch/bin/test_api"]


def test_the_bundled_torch_is_read_from_its_version_file() -> None:
    torch = pytest.importorskip("torch")
    built = trim.torch_build(Path(torch.__file__).parent / "version.py")
    assert (built.cuda, built.hip) == (torch.version.cuda, torch.version.hip)


def test_the_bitsandbytes_hook_collects_only_the_library_a_cpu_torch_loads() -> None:
    folder = SITE / "bitsandbytes"
    pairs = [(str(p), "bitsandbytes") for p in folder.glob("libbitsandbytes_*")]
    if not pairs:
        pytest.skip("bitsandbytes ships no native library here")
    kept = trim.keep_collected(pairs, trim.bitsandbytes_rules(trim.Torch()))
    assert [Path(src).name for src, _ in kept] == ["libbitsandbytes_cpu.so"]


def test_only_torch_and_pyarrow_libraries_are_stripped() -> None:
    for dest in ("torch/lib/libtorch_cpu.so", "pyarrow/libarrow.so.2600", "pyarrow/libparquet.so.2600"):
        assert trim.should_strip(dest)
    for dest in (
        "bitsandbytes/libbitsandbytes_cpu.so",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "libpython3.11.so.1.0",
    ):
        assert not trim.should_strip(dest)


def _entry_gui() -> ModuleType:
    spec = importlib.util.spec_from_file_location("entry_gui", ROOT / "packaging" / "entry_gui.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("argv0", "expected"),
    [("/opt/lumichats/lumichats-train", "--dataset"), ("/opt/lumichats/lumichats", "--self-test")],
)
def test_the_bundle_executable_is_the_trainer_when_started_as_lumichats_train(
    argv0: str, expected: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", [argv0, "--help"])
    with pytest.raises(SystemExit) as done:
        _entry_gui().main()
    assert done.value.code == 0
    assert expected in capsys.readouterr().out
