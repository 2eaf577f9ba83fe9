"""Typed app-wide settings with their defaults in one place; stored as JSON, never with secrets."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from lumichats_desktop.engine.sampling import SamplingParams

log = logging.getLogger(__name__)


@dataclass
class AppSettings:
    """What the user can set once for the whole app."""

    theme: str = "system"  # light, dark or system
    ui_language: str = "system"
    default_model: str = ""  # empty: LumiChats 4B when downloaded, else the embedded model
    send_key: str = "enter"  # enter (Shift+Enter for a new line) or ctrl+enter
    context_limit: int = 8192
    max_new_tokens: int = 1024  # reply length for conversations that do not set their own
    # The local API server (server/, ui/server_settings.py); off by default; its key is in the keyring.
    api_server_enabled: bool = False
    api_server_port: int = 8484
    api_server_lan: bool = False  # listen beyond this computer (then a key is required)
    api_server_cors: str = ""  # browser origins allowed to call it, comma-separated; none by default
    api_server_history: bool = False  # store API conversations in the chat history

    @classmethod
    def load(cls, path: Path) -> AppSettings:
        """Settings from path; unknown keys are ignored and a damaged file falls back to defaults."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("settings file %s unreadable (%s); using defaults", path, exc)
            return cls()
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    def save(self, path: Path) -> None:
        """Write atomically so a crash never leaves half a file."""
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
        tmp.replace(path)


def sampling_from(settings: dict[str, object], max_new_tokens: int = 1024) -> SamplingParams:
    """A conversation's sampling settings over the defaults (bad values fall back to defaults)."""
    known = {f.name for f in fields(SamplingParams)}
    values: dict[str, object] = {"max_new_tokens": max_new_tokens}
    values.update({k: v for k, v in settings.items() if k in known})
    params = SamplingParams(**values)  # type: ignore[arg-type]
    try:
        params.check()
    except ValueError:
        return SamplingParams(max_new_tokens=max_new_tokens)
    return params
