"""Where LumiChats keeps files: platformdirs under the app name, or one folder given for tests.

`LUMICHATS_HOME` puts data, cache and config under one folder (tests, portable installs);
`LUMICHATS_CACHE_DIR` moves only the cache (converted models), so test runs can share it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "LumiChats"


@dataclass(frozen=True)
class AppDirs:
    """The three folders the app writes to."""

    data: Path
    cache: Path
    config: Path

    @property
    def models(self) -> Path:
        """Models downloaded from the Hub or imported by the user."""
        return self.data / "models"

    @property
    def adapters(self) -> Path:
        """Adapters trained locally."""
        return self.data / "adapters"


def app_dirs() -> AppDirs:
    """Resolve the folders now, honouring the environment overrides."""
    home = os.environ.get("LUMICHATS_HOME")
    if home:
        root = Path(home)
        dirs = AppDirs(data=root / "data", cache=root / "cache", config=root / "config")
    else:
        dirs = AppDirs(
            data=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            cache=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
            config=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        )
    cache = os.environ.get("LUMICHATS_CACHE_DIR")
    if cache:
        dirs = AppDirs(data=dirs.data, cache=Path(cache), config=dirs.config)
    return dirs
