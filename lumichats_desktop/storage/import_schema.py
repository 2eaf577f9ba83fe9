"""Check a whole conversation export before anything is written: types, ids, parents, sizes.

The file comes from outside (another computer, a script, a hostile sender), so every value is checked
here, where it enters, and the first bad one is named by its place in the file
(`conversations[1].messages[4].parent`). Only a file that passes is handed to the store, which writes
it in one transaction.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import math
from dataclasses import dataclass
from typing import Any

from lumichats_desktop.attachments.model import KINDS, MAX_DOCUMENT_BYTES, MAX_IMAGE_BYTES, MAX_TEXT_CHARS
from lumichats_desktop.settings import SAMPLING_TYPES

EXPORT_FORMAT = "lumichats-conversations"
EXPORT_VERSION = 2  # 2: messages may carry attachments (a conversation's "files", base64)
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
class ImportedFile:
    """An attached file, its sha256 checked against its bytes."""

    sha256: str
    kind: str
    mime: str
    data: bytes
    text: str
    pages: int


@dataclass(frozen=True)
class ImportedLink:
    """A message's attachment: which file, under which name, how much of its text is sent."""

    sha256: str
    name: str
    kept_chars: int | None


@dataclass(frozen=True)
class ImportedMessage:
    parent: int | None  # index of an earlier message of the same conversation
    role: str
    content: str
    created_at: float
    status: str
    stats: dict[str, Any]
    attachments: tuple[ImportedLink, ...] = ()


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
    files: tuple[ImportedFile, ...] = ()


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
        _links(item.get("attachments", []), f"{where}.attachments"),
    )


def _links(value: Any, where: str) -> tuple[ImportedLink, ...]:
    if not isinstance(value, list):
        raise _fail(where, "a list", value)
    if len(value) > 100:
        raise ImportFileError(f"{where}: {len(value)} attachments on one message; at most 100.")
    links = []
    for i, raw in enumerate(value):
        item = _object(raw, f"{where}[{i}]")
        kept = item.get("kept_chars")
        if kept is not None and (isinstance(kept, bool) or not isinstance(kept, int) or kept < 0):
            raise _fail(f"{where}[{i}].kept_chars", "null or a whole number of 0 or more", kept)
        links.append(
            ImportedLink(
                _text(item.get("sha256"), f"{where}[{i}].sha256", 64),
                _text(item.get("name"), f"{where}[{i}].name", MAX_TITLE),
                kept,
            )
        )
    return tuple(links)


def _file(key: str, value: Any, where: str) -> ImportedFile:
    item = _object(value, where)
    kind = item.get("kind")
    if kind not in KINDS:
        raise _fail(f"{where}.kind", '"document" or "image"', kind)
    encoded = _text(item.get("data"), f"{where}.data", 4 * max(MAX_DOCUMENT_BYTES, MAX_IMAGE_BYTES) // 3 + 4)
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ImportFileError(f"{where}.data: not valid base64 ({exc}).") from exc
    if hashlib.sha256(data).hexdigest() != key:
        raise ImportFileError(f"{where}: the file's bytes do not match its sha256 (changed or cut).")
    pages = item.get("pages", 0)
    if isinstance(pages, bool) or not isinstance(pages, int) or pages < 0:
        raise _fail(f"{where}.pages", "a whole number of 0 or more", pages)
    return ImportedFile(
        key,
        kind,
        _text(item.get("mime"), f"{where}.mime", 200),
        data,
        _text(item.get("text", ""), f"{where}.text", MAX_TEXT_CHARS),
        pages,
    )


def _files(value: Any, where: str, messages: tuple[ImportedMessage, ...]) -> tuple[ImportedFile, ...]:
    files = {key: _file(key, raw, f"{where}.{key[:12]}") for key, raw in _object(value, where).items()}
    for i, message in enumerate(messages):
        for j, link in enumerate(message.attachments):
            if link.sha256 not in files:
                raise ImportFileError(
                    f"{where[: -len('.files')]}.messages[{i}].attachments[{j}].sha256: no file with this "
                    "sha256 is in the conversation's files."
                )
    return tuple(files.values())


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
        files=_files(item.get("files", {}), f"{where}.files", messages),
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
