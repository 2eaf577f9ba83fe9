"""Every file the app reads or writes, from one place (see trainer.common.dirs for the overrides)."""

from __future__ import annotations

from pathlib import Path

from trainer.common.dirs import AppDirs, app_dirs

__all__ = ["AppDirs", "app_dirs", "database_path", "settings_path"]


def database_path(dirs: AppDirs | None = None) -> Path:
    """The SQLite file that holds all conversations."""
    return (dirs or app_dirs()).data / "conversations.sqlite3"


def settings_path(dirs: AppDirs | None = None) -> Path:
    """App-wide settings (JSON, never secrets)."""
    return (dirs or app_dirs()).config / "settings.json"
