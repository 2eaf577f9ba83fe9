"""Typed app-wide settings with their defaults in one place; stored as JSON, never with secrets.

Values read from a file or the database are checked here, where they enter: a wrong type or an
out-of-range value falls back to its default and is reported, so a bad value never stops a reply.
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from lumichats_desktop.engine.sampling import SamplingParams

log = logging.getLogger(__name__)

# The type each per-conversation sampling setting must have (seed may also be null).
SAMPLING_TYPES: dict[str, type] = {
    "temperature": float,
    "top_p": float,
    "top_k": int,
    "min_p": float,
    "repetition_penalty": float,
    "max_new_tokens": int,
    "seed": int,
}
_SETTING_CHOICES = {
    "theme": ("light", "dark", "system"),
    "send_key": ("enter", "ctrl+enter"),
}
_SETTING_RANGES = {
    "context_limit": (256, 1 << 21),
    "max_new_tokens": (1, 1 << 20),
    "api_server_port": (1, 65535),
    "text_zoom": (70, 200),
}


def _type_ok(value: object, expected: type) -> bool:
    if isinstance(value, bool) or expected is bool:  # bool is an int in Python: only true/false for a bool
        return isinstance(value, bool) and expected is bool
    if expected is float:
        return isinstance(value, (int, float)) and math.isfinite(value)
    return isinstance(value, expected)


@dataclass
class AppSettings:
    """What the user can set once for the whole app."""

    theme: str = "system"  # light, dark or system
    text_zoom: int = 100  # percent of the system's text size (Ctrl+plus / Ctrl+minus / Ctrl+0)
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
    # What was wrong in the file this was read from (shown to the user once); never saved.
    problems: list[str] = field(default_factory=list, repr=False, compare=False)

    @classmethod
    def load(cls, path: Path) -> AppSettings:
        """Settings from path; unknown keys are ignored, bad values and a bad file fall back to defaults."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("settings file %s unreadable (%s); using defaults", path, exc)
            return cls(problems=[f"The settings file {path.name} could not be read ({exc}); using defaults."])
        if not isinstance(data, dict):
            return cls(problems=[f"The settings file {path.name} holds no settings object; using defaults."])
        defaults = cls()
        values: dict[str, object] = {}
        problems: list[str] = []
        for f in fields(cls):
            if f.name == "problems" or f.name not in data:
                continue
            value, default = data[f.name], getattr(defaults, f.name)
            allowed = _SETTING_CHOICES.get(f.name)
            bounds = _SETTING_RANGES.get(f.name)
            if not _type_ok(value, type(default)):
                problems.append(f"Setting {f.name} = {value!r} has the wrong type; using {default!r}.")
            elif allowed is not None and value not in allowed:
                choices = ", ".join(allowed)
                problems.append(f"Setting {f.name} = {value!r} is not one of {choices}; using {default!r}.")
            elif bounds is not None and not bounds[0] <= value <= bounds[1]:
                problems.append(f"Setting {f.name} = {value!r} is out of range; using {default!r}.")
            else:
                values[f.name] = value
        for problem in problems:
            log.warning("%s", problem)
        return cls(**values, problems=problems)  # type: ignore[arg-type]

    def save(self, path: Path) -> None:
        """Write atomically so a crash never leaves half a file."""
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        data = asdict(self)
        data.pop("problems", None)
        tmp.write_text(json.dumps(data, indent=2), encoding="utf-8")
        tmp.replace(path)


def read_sampling(settings: object, max_new_tokens: int = 1024) -> tuple[SamplingParams, list[str]]:
    """A conversation's sampling settings over the defaults, and what was wrong with them.

    Each bad value (wrong type, out of range) falls back to its default on its own; the others are kept.
    """
    defaults = SamplingParams(max_new_tokens=max_new_tokens)
    if not isinstance(settings, dict):
        return defaults, [f"The conversation's settings are unreadable ({settings!r:.40}); using defaults."]
    values: dict[str, object] = {"max_new_tokens": max_new_tokens}
    problems: list[str] = []
    for key, expected in SAMPLING_TYPES.items():
        if key not in settings:
            continue
        value = settings[key]
        if key == "seed" and value is None:
            values[key] = None
            continue
        if not _type_ok(value, expected):
            wanted = "a number" if expected is float else "a whole number"
            default = getattr(defaults, key)
            problems.append(f"The setting {key} = {value!r:.40} is not {wanted}; using {default!r}.")
            continue
        candidate = SamplingParams(**{**values, key: value})
        try:
            candidate.check()
        except ValueError as exc:
            default = getattr(defaults, key)
            problems.append(f"The setting {key} = {value!r} is out of range ({exc}); using {default!r}.")
            continue
        values[key] = float(value) if expected is float else value
    return SamplingParams(**values), problems  # type: ignore[arg-type]


def sampling_from(settings: object, max_new_tokens: int = 1024) -> SamplingParams:
    """A conversation's sampling settings over the defaults (bad values fall back to defaults)."""
    return read_sampling(settings, max_new_tokens)[0]
