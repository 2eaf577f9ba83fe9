"""The NF4 block sizes timed on a GPU are kept on disk, so a second start skips the ~16 s search."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("triton")  # the GPU kernels' module; CPU-only installs (CI) have no Triton

from lumichats_desktop.engine.kernels import nf4_tune
from lumichats_desktop.engine.kernels.nf4_gemv import GemvConfig

KEY = ("NVIDIA H200", 4096, 2560, 64, (2048, 3072), "torch.bfloat16", 8, "torch.float32")


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LUMICHATS_HOME", str(tmp_path))
    monkeypatch.delenv("LUMICHATS_CACHE_DIR", raising=False)


def test_stored_timings_are_found_by_the_next_load() -> None:
    nf4_tune._store({repr(KEY): [8, 512, 2]})
    stored = nf4_tune._load_stored()
    assert nf4_tune._stored_config(stored, KEY, 4096, 2560, (2048, 3072)) == GemvConfig(8, 512, 2)
    # A stored config that the shape cannot run (rows not a multiple of block_n) is not used.
    assert nf4_tune._stored_config(stored, KEY, 4100, 2560, (2048, 3072)) is None


def test_a_damaged_or_outdated_file_means_timing_again(monkeypatch: pytest.MonkeyPatch) -> None:
    nf4_tune._store({repr(KEY): [8, 512, 2]})
    environment = nf4_tune._environment
    monkeypatch.setattr(nf4_tune, "_environment", lambda: "another kernel or Triton version")
    assert nf4_tune._load_stored() == {}
    monkeypatch.setattr(nf4_tune, "_environment", environment)  # (undo() would drop the own cache too)
    nf4_tune._cache_file().write_text('{"environment": "x", "configs": [1', encoding="utf-8")
    assert nf4_tune._load_stored() == {}


def test_timings_from_another_nvidia_driver_are_not_reused(monkeypatch: pytest.MonkeyPatch) -> None:
    """A driver update can change which split is fastest: the stored timings are then searched anew."""
    monkeypatch.setattr(nf4_tune, "driver_version", lambda: "570.86.15 api 12080")
    nf4_tune._store({repr(KEY): [8, 512, 2]})
    assert nf4_tune._stored_config(nf4_tune._load_stored(), KEY, 4096, 2560, (2048, 3072)) is not None
    monkeypatch.setattr(nf4_tune, "driver_version", lambda: "580.95.05 api 13000")
    assert nf4_tune._load_stored() == {}


def test_the_driver_release_is_read_from_the_kernel_module(tmp_path: Path) -> None:
    proc = tmp_path / "version"
    proc.write_text(
        "NVRM version: NVIDIA UNIX x86_64 Kernel Module  580.95.05  Tue Sep 23 09:53:52 UTC 2025\n"
        "GCC version:  gcc version 13.3.0 (Ubuntu 13.3.0-6ubuntu2~24.04)\n",
        encoding="utf-8",
    )
    assert nf4_tune.driver_version(proc).split()[0] == "580.95.05"
    assert nf4_tune.driver_version(tmp_path / "absent") in ("unknown",) or "api" in nf4_tune.driver_version(
        tmp_path / "absent"
    )  # no NVIDIA module here: at most the CUDA API level from the library
