"""The progress module works where there is no `resource` module (Windows)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_progress_imports_and_reports_without_the_resource_module() -> None:
    code = (
        "import sys; sys.modules['resource'] = None\n"  # `import resource` now fails, as on Windows
        "import trainer.progress as p; print(p.peak_memory_bytes())\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "0"
