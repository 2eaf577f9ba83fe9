"""The crash test: 50 kill -9s of the DB-owning process during replies and imports; nothing lost."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.storage.crash_harness import run


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_fifty_kills_during_replies_and_imports_lose_nothing(tmp_path: Path) -> None:
    runs = int(os.environ.get("LUMICHATS_CRASH_RUNS", "50"))
    landed = run(runs, tmp_path)
    print(dict(landed))
    assert landed["streaming"] > 0 and landed["messages checked"] > runs
