"""Where the app's bundled files are: the repo's resources/ folder, or beside the frozen app."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_dir() -> Path:
    """resources/ at the top of a source checkout, or inside a PyInstaller bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
