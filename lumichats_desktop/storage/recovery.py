"""Copy what can still be read from a damaged conversation database into the working one.

The damaged file is never changed: it is copied (with its write-ahead log) to a temporary folder and
read from there, row by row, so one bad page loses only the rows on it. Messages whose parent was lost
start a branch of their own at the top of the conversation; messages whose conversation was
lost are gathered into a "Recovered messages" conversation. Everything is written in one transaction.
"""

from __future__ import annotations

import itertools
import json
import logging
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lumichats_desktop.storage.store import ConversationStore

log = logging.getLogger(__name__)
MAX_SKIP = 1 << 20  # after this many unreadable row ids in a row, a table is taken as read


@dataclass(frozen=True)
class RecoveryReport:
    """What came back: counts for the message shown to the user."""

    conversations: int
    messages: int
    unreadable: int  # message ids skipped over damaged parts (an upper bound: deleted ids count too)

    def describe(self, source: Path) -> str:
        lost = f"; up to {self.unreadable} message(s) could not be read" if self.unreadable else ""
        return (
            f"Recovered {self.conversations} conversation(s) and {self.messages} message(s) from "
            f"{source.name}{lost}. The damaged file was not changed."
        )


def _rows(db: sqlite3.Connection, table: str, columns: str) -> tuple[list[sqlite3.Row], int]:
    """Every readable row of table in rowid order, stepping over unreadable stretches."""
    rows: list[sqlite3.Row] = []
    failures = 0
    after = -(1 << 62)
    while True:
        try:
            batch = db.execute(
                f"SELECT rowid AS rid, {columns} FROM {table} WHERE rowid > ? ORDER BY rowid LIMIT 500",
                (after,),
            ).fetchall()
        except sqlite3.DatabaseError:
            failures += 1
            found = _probe_past(db, table, columns, after)
            if found is None:
                return rows, failures
            rows.append(found)
            after = found["rid"]
            continue
        if not batch:
            return rows, failures
        rows.extend(batch)
        after = batch[-1]["rid"]


def _probe_past(db: sqlite3.Connection, table: str, columns: str, after: int) -> sqlite3.Row | None:
    """The next row after `after` that can be read on its own, found by single lookups."""
    step = 1
    candidate = max(after, 0) + 1
    tried = 0
    while tried < MAX_SKIP:
        try:
            row = db.execute(
                f"SELECT rowid AS rid, {columns} FROM {table} WHERE rowid = ?", (candidate,)
            ).fetchone()
            if row is not None:
                return row
        except sqlite3.DatabaseError:
            pass
        tried += step
        candidate += step
        if tried > 64:
            step = min(step * 2, 4096)  # sparse ids: look further ahead, faster
    return None


def _open_copy(damaged: Path, folder: Path) -> sqlite3.Connection:
    copy = folder / "damaged.sqlite3"
    shutil.copy2(damaged, copy)
    wal = Path(str(damaged) + "-wal")
    if wal.exists():
        shutil.copy2(wal, Path(str(copy) + "-wal"))
    db = sqlite3.connect(copy)
    db.row_factory = sqlite3.Row
    return db


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return "" if value is None else str(value)


def _number(value: Any, default: float) -> float:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else default


def read_damaged(damaged: Path) -> tuple[list[sqlite3.Row], list[sqlite3.Row], int]:
    """(conversations, messages, unreadable stretches) readable from the damaged file."""
    with tempfile.TemporaryDirectory(prefix="lumichats-recover-") as folder:
        db = _open_copy(damaged, Path(folder))
        try:
            conversations, bad_c = _rows(
                db,
                "conversations",
                "id, title, created_at, updated_at, pinned, system_prompt, model_id, settings_json, leaf_id",
            )
            messages, failed = _rows(
                db, "messages", "id, conversation_id, parent_id, role, content, created_at, status"
            )
        except sqlite3.DatabaseError as exc:  # the schema itself is unreadable
            log.warning("nothing readable in %s: %s", damaged, exc)
            return [], [], 1
        finally:
            db.close()
    if not failed and not bad_c:
        return conversations, messages, 0
    ids = [int(r["rid"]) for r in messages]
    gaps = sum(b - a - 1 for a, b in itertools.pairwise(ids))
    return conversations, messages, max(gaps, 1)


def _ordered(messages: list[sqlite3.Row]) -> Iterator[sqlite3.Row]:
    """Parents before children (ids grow with time, so id order already is, almost always)."""
    yield from sorted(messages, key=lambda r: r["rid"])


def recover_into(store: ConversationStore, damaged: Path) -> RecoveryReport:
    """Add every readable conversation and message of the damaged file to store, in one transaction."""
    conversations, messages, unreadable = read_damaged(damaged)
    by_conversation: dict[int, list[sqlite3.Row]] = {}
    for item in messages:
        if item["role"] in ("user", "assistant"):
            by_conversation.setdefault(int(item["conversation_id"] or 0), []).append(item)
    known: dict[int, sqlite3.Row] = {int(r["rid"]): r for r in conversations}
    orphans = sorted(set(by_conversation) - set(known))
    added_c = added_m = 0
    db = store._db  # recovery is part of the store; it writes through the same single owner
    with store.transaction():
        for cid in [*known, *orphans]:
            row: sqlite3.Row | None = known.get(cid)
            rows = by_conversation.get(cid, [])
            if row is None and not rows:
                continue
            settings = _text(row["settings_json"]) if row is not None else "{}"
            try:
                json.loads(settings)
            except ValueError:
                settings = "{}"
            new_cid = db.execute(
                "INSERT INTO conversations(title, created_at, updated_at, pinned, system_prompt, model_id, "
                "settings_json) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    _text(row["title"]) or "Recovered conversation" if row else "Recovered messages",
                    _number(row["created_at"] if row else None, 0.0),
                    _number(row["updated_at"] if row else None, 0.0),
                    int(bool(row["pinned"])) if row else 0,
                    _text(row["system_prompt"]) if row else "",
                    row["model_id"] if row is not None and isinstance(row["model_id"], str) else None,
                    settings,
                ),
            ).lastrowid
            added_c += 1
            new_ids: dict[int, int] = {}
            for message in _ordered(rows):
                parent = new_ids.get(int(message["parent_id"])) if message["parent_id"] is not None else None
                status = _text(message["status"])
                status = "interrupted" if status == "streaming" else status
                if status not in ("complete", "stopped", "error", "interrupted"):
                    status = "complete"
                new_ids[int(message["rid"])] = int(
                    db.execute(
                        "INSERT INTO messages(conversation_id, parent_id, role, content, created_at, status, "
                        "stats_json) VALUES (?, ?, ?, ?, ?, ?, '{}')",
                        (
                            new_cid,
                            parent,
                            message["role"],
                            _text(message["content"]),
                            _number(message["created_at"], 0.0),
                            status,
                        ),
                    ).lastrowid
                    or 0
                )
                added_m += 1
            leaf_old = row["leaf_id"] if row is not None else None
            leaf = new_ids.get(leaf_old) if isinstance(leaf_old, int) else None
            if leaf is None and new_ids:
                leaf = max(new_ids.values())  # the shown branch was lost: show the newest message
            db.execute("UPDATE conversations SET leaf_id = ? WHERE id = ?", (leaf, new_cid))
    return RecoveryReport(added_c, added_m, unreadable)
