"""Conversation files read row by row: ShareGPT or messages form, JSON/JSONL/Parquet, into clean messages.

Shared by the trainer (trainer/data.py loads whole datasets, Hub ones too) and the app (the wizard's
preview reads only the rows it shows). Every problem names the file, the row and the reason. Fixable rows
are fixed (whitespace, a reply that opens the conversation, a trailing question with no answer, two
turns in a row from one side); the rest are dropped, and the summary counts both by reason.

Reading is lazy for every format: JSON lines a line at a time, a JSON array an element at a time from
a growing buffer, Parquet a record batch at a time; a caller that stops after N rows has read about
N rows, so a preview of a huge file (or one broken further down) costs only what it shows.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trainer.common.chat_format import Message

ROLE_NAMES = {
    "human": "user",
    "user": "user",
    "gpt": "assistant",
    "assistant": "assistant",
    "model": "assistant",
    "chatgpt": "assistant",
    "bard": "assistant",
    "system": "system",
}


class DataError(ValueError):
    """The dataset as a whole cannot be used (missing file, no usable row)."""


class RowError(ValueError):
    """One row cannot be used; the message is the reason shown in the summary."""


NOTE_LIMIT = 100  # rows named per kind (dropped, fixed); the counts by reason cover all of them


@dataclass(frozen=True)
class RowNote:
    """One row that was dropped or fixed: where it is and why, so a person can find it in the file."""

    file: str
    row: int
    reason: str

    def text(self) -> str:
        return f"{self.file}, row {self.row}: {self.reason}"

    def as_dict(self) -> dict[str, Any]:
        return {"file": self.file, "row": self.row, "reason": self.reason}


@dataclass
class DataSummary:
    """What happened to the rows: kept, fixed and dropped, counted by reason, the first ones named.

    `origins` gives each kept conversation's (file, row), in the order load_conversations returns them,
    so a row dropped later (too long once tokenized) is named by its row too.
    """

    source: str
    rows: int = 0
    kept: int = 0
    fixed: Counter[str] = field(default_factory=Counter)
    dropped: Counter[str] = field(default_factory=Counter)
    dropped_rows: list[RowNote] = field(default_factory=list)
    fixed_rows: list[RowNote] = field(default_factory=list)
    fixed_row_count: int = 0
    origins: list[tuple[str, int]] = field(default_factory=list)

    def note_drop(self, row: int, reason: str, file: str = "") -> None:
        self.dropped[reason] += 1
        if len(self.dropped_rows) < NOTE_LIMIT:
            self.dropped_rows.append(RowNote(file or self.source, row, reason))

    def note_fixes(self, row: int, fixes: Iterable[str]) -> None:
        reasons = sorted(set(fixes))
        if not reasons:
            return
        self.fixed.update(reasons)
        self.fixed_row_count += 1
        if len(self.fixed_rows) < NOTE_LIMIT:
            self.fixed_rows.append(RowNote(self.source, row, "; ".join(reasons)))

    def merge(self, other: DataSummary) -> None:
        """Add another source's counts (for a mix of files)."""
        self.source = f"{self.source} + {other.source}"
        self.rows += other.rows
        self.kept += other.kept
        self.fixed.update(other.fixed)
        self.dropped.update(other.dropped)
        self.dropped_rows = (self.dropped_rows + other.dropped_rows)[:NOTE_LIMIT]
        self.fixed_rows = (self.fixed_rows + other.fixed_rows)[:NOTE_LIMIT]
        self.fixed_row_count += other.fixed_row_count
        self.origins += other.origins

    @property
    def dropped_count(self) -> int:
        return sum(self.dropped.values())

    def text(self, limit: int = 20) -> str:
        """What a person reads: the counts by reason, then the first `limit` dropped and fixed rows."""
        lines = [f"{self.source}: {self.rows} rows, {self.kept} kept, {self.dropped_count} dropped"]
        lines += [f"  fixed ({n}): {reason}" for reason, n in self.fixed.most_common()]
        lines += [f"  dropped ({n}): {reason}" for reason, n in self.dropped.most_common()]
        lines += rows_text(
            "Dropped rows:", [n.as_dict() for n in self.dropped_rows], self.dropped_count, limit
        )
        lines += rows_text("Fixed rows:", [n.as_dict() for n in self.fixed_rows], self.fixed_row_count, limit)
        return "\n".join(lines)


def rows_text(title: str, notes: list[dict[str, Any]], total: int, limit: int = 20) -> list[str]:
    """'Dropped rows:' then 'file, row N: reason' for the first `limit`, then '... and N more'."""
    if not total:
        return []
    shown = notes[:limit]
    lines = [title] + [f"  {n['file']}, row {n['row']}: {n['reason']}" for n in shown]
    if total > len(shown):
        lines.append(f"  ... and {total - len(shown)} more")
    return lines


def _raw_rows(path: Path) -> Iterator[tuple[int, Any]]:
    """(row number, parsed row or a RowError) for each row of a local file."""
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        with path.open("rb") as handle:  # bytes: one line's bad encoding costs that row, not the file
            for number, raw in enumerate(handle, 1):
                try:
                    line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
                except UnicodeDecodeError as exc:
                    yield number, RowError(f"not UTF-8 text (byte {exc.start + 1} of the line)")
                    continue
                if not line.strip():
                    continue
                try:
                    yield number, json.loads(line)
                except json.JSONDecodeError as exc:
                    yield number, RowError(f"bad JSON ({exc.msg})")
    elif suffix == ".json":
        yield from _json_rows(path)
    elif suffix == ".parquet":
        yield from _parquet_rows(path)
    else:
        raise DataError(f"{path}: use a .json, .jsonl or .parquet file (got {suffix or 'no extension'}).")


JSON_CHUNK = 1 << 20  # characters read at a time from a JSON array


def _json_rows(path: Path) -> Iterator[tuple[int, Any]]:
    """Rows of a JSON array read one element at a time from a growing buffer: a file cut off mid-way
    keeps its whole rows, and a reader that stops early never reads the rest of the file."""
    with path.open(encoding="utf-8", errors="replace") as handle:
        reader = _Chunks(handle)
        pos = reader.skip_space(0)
        if not reader.text.startswith("[", pos):
            yield from _whole_json(path, reader.text + handle.read())
            return
        pos, number = pos + 1, 0
        decoder = json.JSONDecoder()
        while True:
            pos = reader.skip_space(pos)
            if pos >= len(reader.text) or reader.text[pos] == "]":
                return
            number += 1
            while True:
                try:
                    row, end = decoder.raw_decode(reader.text, pos)
                except json.JSONDecodeError as exc:
                    if reader.more():
                        continue  # the row goes on past what was read so far
                    # Unreadable from here on: the file was cut off (or damaged) inside this row.
                    yield (
                        number,
                        RowError(
                            f"the file ends or breaks inside this row ({exc.msg} at character "
                            f"{reader.offset + exc.pos}); it and anything after it were skipped"
                        ),
                    )
                    return
                if end < len(reader.text) or not reader.more():  # a number could go on in the next chunk
                    break
            yield number, row
            pos = reader.skip_space(end)
            if pos < len(reader.text) and reader.text[pos] == ",":
                pos += 1
            pos = reader.drop_before(pos)


class _Chunks:
    """The part of a text file read so far; `offset` is the character the buffer starts at."""

    def __init__(self, handle: Any) -> None:
        self.handle, self.text, self.offset, self.ended = handle, "", 0, False
        self.more()

    def more(self) -> bool:
        """Read another chunk; False at the end of the file."""
        if self.ended:
            return False
        chunk = self.handle.read(max(JSON_CHUNK, len(self.text)))  # doubling: long rows stay linear
        self.ended = not chunk
        self.text += chunk
        return bool(chunk)

    def skip_space(self, pos: int) -> int:
        while True:
            pos = _skip_space(self.text, pos)
            if pos < len(self.text) or not self.more():
                return pos

    def drop_before(self, pos: int) -> int:
        """Forget what was already decoded (once it is a chunk's worth), so memory stays one row's size."""
        if pos < JSON_CHUNK:
            return pos
        self.text, self.offset = self.text[pos:], self.offset + pos
        return 0


def _whole_json(path: Path, text: str) -> Iterator[tuple[int, Any]]:
    """A JSON file that is not an array: one object holding the rows ("data"/"rows"), or one row."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise DataError(
            f"{path}: not valid JSON ({exc}). Use one JSON array, or JSON lines (.jsonl)."
        ) from exc
    if isinstance(data, dict):
        data = data.get("data") or data.get("rows") or [data]
    yield from enumerate(data if isinstance(data, list) else [data], 1)


def _parquet_rows(path: Path, batch_rows: int = 256) -> Iterator[tuple[int, Any]]:
    """Rows of a Parquet file a record batch at a time (a reader that stops early reads one batch)."""
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow's ArrowInvalid and friends: not a Parquet file
        raise DataError(f"{path}: not a readable Parquet file ({exc}).") from exc
    number = 0
    with parquet:
        for batch in parquet.iter_batches(batch_size=batch_rows):
            for row in batch.to_pylist():
                number += 1
                yield number, row


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos


def normalise(row: Any) -> tuple[list[Message], list[str]]:
    """One row as alternating messages, and the fixes applied; raises RowError if unusable."""
    if isinstance(row, RowError):
        raise row
    if not isinstance(row, dict):
        raise RowError("not an object with 'conversations' or 'messages'")
    turns = row.get("conversations") if "conversations" in row else row.get("messages")
    if not isinstance(turns, list):
        raise RowError("no 'conversations' (ShareGPT) or 'messages' list")
    fixes: list[str] = []
    messages: list[Message] = []
    for turn in turns:
        if not isinstance(turn, dict):
            raise RowError("a turn is not an object")
        raw_role = turn.get("from", turn.get("role"))
        text = turn.get("value", turn.get("content"))
        role = ROLE_NAMES.get(str(raw_role).lower()) if raw_role is not None else None
        if role is None:
            raise RowError(f"unknown role {raw_role!r}")
        if not isinstance(text, str) or not text.strip():
            raise RowError(f"empty {role} turn")
        if text != text.strip():
            fixes.append("whitespace around a turn stripped")
        messages.append(Message(role, text.strip()))
    if any(m.role == "system" for m in messages[1:]):
        raise RowError("a system message after the first turn")
    system = messages[:1] if messages and messages[0].role == "system" else []
    rest = messages[len(system) :]
    while rest and rest[0].role == "assistant":
        rest = rest[1:]
        fixes.append("reply before the first question removed")
    merged: list[Message] = []
    for message in rest:
        if merged and merged[-1].role == message.role:
            merged[-1] = Message(message.role, merged[-1].content + "\n\n" + message.content)
            fixes.append("two turns in a row from one side merged")
        else:
            merged.append(message)
    if merged and merged[-1].role == "user":
        merged = merged[:-1]
        fixes.append("unanswered last question removed")
    if not any(m.role == "assistant" for m in merged):
        raise RowError("no assistant turn")
    return system + merged, fixes


def read_conversations(
    path: Path, max_rows: int = 0, summary: DataSummary | None = None
) -> tuple[list[list[Message]], DataSummary]:
    """The usable conversations of a local file (the first max_rows rows when max_rows > 0), and what was
    done to the rest. Reads no further than the rows it returns."""
    return conversations_from(_raw_rows(path), summary or DataSummary(path.name), max_rows)


def preview(source: str, max_rows: int) -> tuple[list[list[Message]], DataSummary]:
    """The first max_rows rows of a local file, for a look before training (reads only those rows);
    DataError when the file is missing or none of them is usable."""
    path = Path(source).expanduser()
    if not path.is_file():
        raise DataError(f"{source} does not exist. Choose a .json, .jsonl or .parquet file.")
    conversations, summary = read_conversations(path, max_rows)
    if not conversations:
        raise DataError(f"{path.name}: no usable conversation in the first rows.\n{summary.text()}")
    return conversations, summary


def conversations_from(
    rows: Iterable[tuple[int, Any]], summary: DataSummary, max_rows: int = 0
) -> tuple[list[list[Message]], DataSummary]:
    """Normalise (row number, raw row) pairs until max_rows rows were seen; the summary notes each one."""
    out: list[list[Message]] = []
    for number, row in rows:
        summary.rows += 1
        try:
            messages, fixes = normalise(row)
        except RowError as exc:
            summary.note_drop(number, str(exc))
        else:
            summary.note_fixes(number, fixes)
            summary.origins.append((summary.source, number))
            out.append(messages)
        if max_rows and summary.rows >= max_rows:
            break  # before the next row is read: a preview reads no further than it shows
    summary.kept = len(out)
    return out, summary
