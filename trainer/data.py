"""Conversations in, clean role/content messages out: ShareGPT or messages form, JSON/JSONL/Parquet.

Every problem names the file, the row and the reason. Fixable rows are fixed (whitespace, a reply
that opens the conversation, a trailing question with no answer, two turns in a row from one side);
the rest are dropped, and the summary counts both by reason.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

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
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    yield number, json.loads(line)
                except json.JSONDecodeError as exc:
                    yield number, RowError(f"bad JSON ({exc.msg})")
    elif suffix == ".json":
        yield from _json_rows(path)
    elif suffix == ".parquet":
        import pyarrow.parquet as pq

        yield from enumerate(pq.read_table(path).to_pylist(), 1)
    else:
        raise DataError(f"{path}: use a .json, .jsonl or .parquet file (got {suffix or 'no extension'}).")


def _json_rows(path: Path) -> Iterator[tuple[int, Any]]:
    """Rows of a JSON array read one element at a time, so a file cut off mid-way keeps its whole rows."""
    text = path.read_text(encoding="utf-8", errors="replace")
    decoder = json.JSONDecoder()
    pos = _skip_space(text, 0)
    if not text.startswith("[", pos):
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise DataError(
                f"{path}: not valid JSON ({exc}). Use one JSON array, or JSON lines (.jsonl)."
            ) from exc
        if isinstance(data, dict):
            data = data.get("data") or data.get("rows") or [data]
        yield from enumerate(data if isinstance(data, list) else [data], 1)
        return
    pos = _skip_space(text, pos + 1)
    number = 0
    while pos < len(text) and text[pos] != "]":
        number += 1
        try:
            row, pos = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            # Unreadable from here on: the file was cut off (or damaged) inside this row.
            yield (
                number,
                RowError(
                    f"the file ends or breaks inside this row ({exc.msg} at character {exc.pos}); "
                    "it and anything after it were skipped"
                ),
            )
            return
        yield number, row
        pos = _skip_space(text, pos)
        if pos < len(text) and text[pos] == ",":
            pos = _skip_space(text, pos + 1)


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos


def _hub_rows(dataset_id: str) -> Iterator[tuple[int, Any]]:
    try:
        from datasets import load_dataset
    except ImportError as exc:
        raise DataError(
            f"Loading {dataset_id} from the Hugging Face Hub needs the 'datasets' package "
            "(pip install datasets), or download it and pass the local file."
        ) from exc
    try:
        rows = load_dataset(dataset_id, split="train")
    except Exception as exc:  # network, auth and format errors all end the same way for the user
        raise DataError(f"Could not load {dataset_id} from the Hub: {exc}") from exc
    yield from enumerate(rows, 1)


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


def load_conversations(source: str, max_rows: int = 0) -> tuple[list[list[Message]], DataSummary]:
    """All usable conversations of a local file or Hub dataset, and what was done to the rest."""
    path = Path(source).expanduser()
    if path.exists():
        rows: Iterable[tuple[int, Any]] = _raw_rows(path)
        name = path.name
    elif source.count("/") == 1 and not source.startswith((".", "/")):
        rows, name = _hub_rows(source), source
    else:
        raise DataError(f"{source} does not exist. Give a .json/.jsonl/.parquet file or a Hub dataset id.")
    summary = DataSummary(name)
    out: list[list[Message]] = []
    for number, row in rows:
        if max_rows and summary.rows >= max_rows:
            break
        summary.rows += 1
        try:
            messages, fixes = normalise(row)
        except RowError as exc:
            summary.note_drop(number, str(exc))
            continue
        summary.note_fixes(number, fixes)
        summary.origins.append((name, number))
        out.append(messages)
    summary.kept = len(out)
    if not out:
        raise DataError(f"{name}: no usable conversation.\n{summary.text()}")
    return out, summary


T = TypeVar("T")


def split(conversations: list[T], eval_share: float, seed: int, max_eval: int) -> tuple[list[T], list[T]]:
    """A seeded held-out split: (train, eval); at least one row each when there are two or more."""
    order = list(range(len(conversations)))
    random.Random(seed).shuffle(order)
    n_eval = min(max_eval, max(1, round(len(order) * eval_share))) if len(order) > 1 else 0
    held = set(order[:n_eval])
    train = [c for i, c in enumerate(conversations) if i not in held]
    return train, [conversations[i] for i in order[:n_eval]]
