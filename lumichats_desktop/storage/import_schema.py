"""Check a whole conversation export before anything is written: types, ids, parents, sizes.

The file comes from outside (another computer, a script, a hostile sender), so every value is checked
here, where it enters, and the first bad one is named by its place in the file
(`conversations[1].messages[4].parent`). Only a file that passes is handed to the store, which writes
it in one transaction.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from typing import Any

from lumichats_desktop.settings import SAMPLING_TYPES

EXPORT_FORMAT = "lumichats-conversations"
EXPORT_VERSION = 1
MAX_FILE_BYTES = 512 * 2**20  # refuse before reading anything larger into memory
MAX_CONVERSATIONS = 100_000
MAX_MESSAGES = 200_000  # per conversation
MAX_TEXT = 8 * 2**20  # characters in one message or system prompt
MAX_TITLE = 1_000
MAX_MODEL_ID = 4_096
ROLES = ("user", "assistant")
STATUSES = ("complete", "stopped", "error", "streaming", "interrupted")
OTHER_SETTINGS = {"adapter": str}


class ImportFileError(ValueError):
    """The file breaks the export format; the message names the first bad field and what is wrong."""


@dataclass(frozen=True)
class ImportedMessage:
    parent: int | None  # index of an earlier message of the same conversation
    role: str
    content: str
    created_at: float
    status: str
    stats: dict[str, Any]


@dataclass(frozen=True)
class ImportedConversation:
    title: str
    created_at: float
    updated_at: float
    pinned: bool
    system_prompt: str
    model_id: str | None
    settings: dict[str, Any]
    leaf: int | None
    messages: tuple[ImportedMessage, ...]


@dataclass(frozen=True)
class ImportFile:
    """A checked export, and its fingerprint (the same conversations give the same fingerprint)."""

    conversations: tuple[ImportedConversation, ...]
    fingerprint: str

    @property
    def message_count(self) -> int:
        return sum(len(c.messages) for c in self.conversations)


def fingerprint(data: Any) -> str:
    """sha256 of the data in a canonical form, so re-indenting a file does not make it "new"."""
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _fail(where: str, expected: str, value: Any) -> ImportFileError:
    shown = json.dumps(value, ensure_ascii=False)[:60] if _kind(value) != type(value).__name__ else ""
    return ImportFileError(f"{where}: expected {expected}, found {_kind(value)} {shown}".rstrip())


def _text(value: Any, where: str, limit: int) -> str:
    if not isinstance(value, str):
        raise _fail(where, "text", value)
    if len(value) > limit:
        raise ImportFileError(f"{where}: the text is {len(value):,} characters; at most {limit:,} fit.")
    if "\x00" in value:
        raise ImportFileError(f"{where}: the text contains a NUL character.")
    return value


def _number(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise _fail(where, "a finite number", value)
    return float(value)


def _index(value: Any, where: str, below: int, what: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(where, "null or a whole number", value)
    if not 0 <= value < below:
        raise ImportFileError(f"{where}: {value} does not name {what} (valid: 0 to {below - 1}).")
    return value


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(where, "an object", value)
    return value


def check_settings(value: Any, where: str) -> dict[str, Any]:
    """Sampling settings with the right types; unknown keys are refused so nothing is silently lost."""
    settings = _object(value, where)
    for key, item in settings.items():
        expected = SAMPLING_TYPES.get(key) or OTHER_SETTINGS.get(key)
        place = f"{where}.{key}"
        if expected is None:
            known = ", ".join(sorted([*SAMPLING_TYPES, *OTHER_SETTINGS]))
            raise ImportFileError(f"{place}: unknown setting (known: {known}).")
        if key == "seed" and item is None:
            continue
        if expected is str:
            _text(item, place, MAX_MODEL_ID)
        elif expected is int and (isinstance(item, bool) or not isinstance(item, int)):
            raise _fail(place, "a whole number", item)
        elif expected is float:
            _number(item, place)
    return dict(settings)


def _message(value: Any, where: str, index: int) -> ImportedMessage:
    item = _object(value, where)
    parent = item.get("parent")
    if parent is not None:
        if isinstance(parent, bool) or not isinstance(parent, int):
            raise _fail(f"{where}.parent", "null or a whole number", parent)
        if index == 0:
            raise ImportFileError(f"{where}.parent: the first message cannot have a parent.")
        if not 0 <= parent < index:
            raise ImportFileError(
                f"{where}.parent: {parent} does not name an earlier message (a parent comes before its "
                f"message: 0 to {index - 1})."
            )
    role = item.get("role")
    if role not in ROLES:
        raise _fail(f"{where}.role", '"user" or "assistant"', role)
    status = item.get("status", "complete")
    if status not in STATUSES:
        raise _fail(f"{where}.status", " or ".join(f'"{s}"' for s in STATUSES), status)
    stats = _object(item.get("stats", {}), f"{where}.stats")
    if len(json.dumps(stats)) > 64_000:
        raise ImportFileError(f"{where}.stats: too large.")
    return ImportedMessage(
        parent,
        role,
        _text(item.get("content"), f"{where}.content", MAX_TEXT),
        _number(item.get("created_at"), f"{where}.created_at"),
        "interrupted" if status == "streaming" else status,
        dict(stats),
    )


def _conversation(value: Any, where: str) -> ImportedConversation:
    item = _object(value, where)
    raw_messages = item.get("messages")
    if not isinstance(raw_messages, list):
        raise _fail(f"{where}.messages", "a list", raw_messages)
    if len(raw_messages) > MAX_MESSAGES:
        raise ImportFileError(f"{where}.messages: {len(raw_messages):,} messages; at most {MAX_MESSAGES:,}.")
    messages = tuple(_message(m, f"{where}.messages[{i}]", i) for i, m in enumerate(raw_messages))
    model_id = item.get("model_id")
    pinned = item.get("pinned", False)
    if not isinstance(pinned, bool):
        raise _fail(f"{where}.pinned", "true or false", pinned)
    leaf = item.get("leaf")
    if leaf is not None and not messages:
        raise ImportFileError(f"{where}.leaf: the conversation has no messages to show.")
    return ImportedConversation(
        title=_text(item.get("title"), f"{where}.title", MAX_TITLE),
        created_at=_number(item.get("created_at"), f"{where}.created_at"),
        updated_at=_number(item.get("updated_at"), f"{where}.updated_at"),
        pinned=pinned,
        system_prompt=_text(item.get("system_prompt", ""), f"{where}.system_prompt", MAX_TEXT),
        model_id=None if model_id is None else _text(model_id, f"{where}.model_id", MAX_MODEL_ID),
        settings=check_settings(item.get("settings", {}), f"{where}.settings"),
        leaf=_index(leaf, f"{where}.leaf", max(len(messages), 1), "a message of this conversation"),
        messages=messages,
    )


def check_export(data: Any) -> ImportFile:
    """The whole file checked, or ImportFileError naming the first bad field."""
    root = _object(data, "the file")
    if root.get("format") != EXPORT_FORMAT:
        raise ImportFileError("This file is not a LumiChats conversation export (its format field is wrong).")
    version = root.get("version", 0)
    if isinstance(version, bool) or not isinstance(version, int):
        raise _fail("version", "a whole number", version)
    if version > EXPORT_VERSION:
        raise ImportFileError("This export comes from a newer LumiChats; update the app to import it.")
    raw = root.get("conversations")
    if not isinstance(raw, list):
        raise _fail("conversations", "a list", raw)
    if len(raw) > MAX_CONVERSATIONS:
        raise ImportFileError(f"conversations: {len(raw):,} conversations; at most {MAX_CONVERSATIONS:,}.")
    conversations = tuple(_conversation(c, f"conversations[{i}]") for i, c in enumerate(raw))
    return ImportFile(conversations, fingerprint(raw))
