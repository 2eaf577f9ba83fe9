"""Copy what can still be read from a damaged conversation database into the working one.

The damaged file is never changed: it is copied (with its write-ahead log) to a temporary folder and
read from there, row by row, so one bad page loses only the rows on it. Messages whose parent was lost
start a branch of their own at the top of the conversation; messages whose conversation was
lost are gathered into a "Recovered messages" conversation. Attached files come back with their
messages when their bytes still match the sha256 they are stored under (a file whose bytes were
damaged is left out, and counted). Everything is written in one transaction.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import logging
import re
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lumichats_desktop.storage.store import ConversationStore

log = logging.getLogger(__name__)
MAX_SKIP = 1 << 20  # after this many unreadable row ids in a row, a table is taken as read
RECOVERED_SUFFIX = ".recovered"  # the note written beside a kept file once it was recovered from
_KEPT_NAME = re.compile(r"\.damaged-(\d{8}-\d{6})(?:-\d+)?")  # how database.py names a file it sets aside


@dataclass(frozen=True)
class KeptFile:
    """A damaged database file set aside at some start, which a recovery can still read."""

    path: Path
    size: int  # bytes
    kept_at: float  # when it was set aside (from its name)
    recovered_at: float | None  # when it was last recovered from, if it was


@dataclass(frozen=True)
class RecoveryReport:
    """What came back: counts for the message shown to the user."""

    conversations: int
    messages: int
    unreadable: int  # message ids skipped over damaged parts (an upper bound: deleted ids count too)
    files: int = 0  # attached files brought back (each stored once)
    files_lost: int = 0  # links to files whose bytes could not be read or no longer match their hash


@dataclass
class Readable:
    """What could be read from the damaged file, table by table."""

    conversations: list[sqlite3.Row]
    messages: list[sqlite3.Row]
    unreadable: int
    files: dict[str, sqlite3.Row]  # sha256 -> a file row whose bytes match it
    links: list[sqlite3.Row]  # message_attachments rows, in rowid order


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


def _attachment_rows(db: sqlite3.Connection) -> tuple[dict[str, sqlite3.Row], list[sqlite3.Row]]:
    """Files whose bytes still hash to their key, and every readable link (none before schema v4)."""
    try:
        file_rows, _ = _rows(db, "attachments", "sha256, kind, mime, data, text, pages, created_at")
        links, _ = _rows(db, "message_attachments", "message_id, position, sha256, name, kept_chars")
    except sqlite3.DatabaseError as exc:  # no such table (an older file) or an unreadable schema
        log.info("no attachments read from the damaged file: %s", exc)
        return {}, []
    files = {}
    for row in file_rows:
        data = row["data"]
        if isinstance(data, bytes) and hashlib.sha256(data).hexdigest() == row["sha256"]:
            files[str(row["sha256"])] = row
    return files, links


def read_damaged(damaged: Path) -> Readable:
    """Every conversation, message and attachment readable from the damaged file."""
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
            return Readable([], [], 1, {}, [])
        try:
            files, links = _attachment_rows(db)
        finally:
            db.close()
    if not failed and not bad_c:
        return Readable(conversations, messages, 0, files, links)
    ids = [int(r["rid"]) for r in messages]
    gaps = sum(b - a - 1 for a, b in itertools.pairwise(ids))
    return Readable(conversations, messages, max(gaps, 1), files, links)


def _relink(store: ConversationStore, found: Readable, new_ids: dict[int, int]) -> tuple[int, int]:
    """Copy the readable files and their links onto the recovered messages: (files, links lost)."""
    db = store._db
    stored: set[str] = set()
    lost = 0
    for link in found.links:
        message = new_ids.get(int(link["message_id"] or 0)) if isinstance(link["message_id"], int) else None
        if message is None:
            continue  # its message was not recovered (or was a system row): nothing to attach it to
        file = found.files.get(str(link["sha256"]))
        if file is None:
            lost += 1
            continue
        if file["sha256"] not in stored:
            db.execute(
                "INSERT OR IGNORE INTO attachments(sha256, kind, mime, data, text, pages, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    file["sha256"],
                    file["kind"] if file["kind"] in ("document", "image") else "document",
                    _text(file["mime"]) or "application/octet-stream",
                    file["data"],
                    _text(file["text"]),
                    int(_number(file["pages"], 0)),
                    _number(file["created_at"], 0.0),
                ),
            )
            stored.add(str(file["sha256"]))
        kept = link["kept_chars"] if isinstance(link["kept_chars"], int) else None
        db.execute(
            "INSERT OR IGNORE INTO message_attachments(message_id, position, sha256, name, kept_chars) "
            "VALUES (?, ?, ?, ?, ?)",
            (message, int(_number(link["position"], 0)), file["sha256"], _text(link["name"]) or "file", kept),
        )
    return len(stored), lost


def _ordered(messages: list[sqlite3.Row]) -> Iterator[sqlite3.Row]:
    """Parents before children (ids grow with time, so id order already is, almost always)."""
    yield from sorted(messages, key=lambda r: r["rid"])


def recover_into(store: ConversationStore, damaged: Path) -> RecoveryReport:
    """Add every readable conversation and message of the damaged file to store, in one transaction."""
    found = read_damaged(damaged)
    conversations, messages = found.conversations, found.messages
    by_conversation: dict[int, list[sqlite3.Row]] = {}
    for item in messages:
        if item["role"] in ("user", "assistant"):
            by_conversation.setdefault(int(item["conversation_id"] or 0), []).append(item)
    known: dict[int, sqlite3.Row] = {int(r["rid"]): r for r in conversations}
    orphans = sorted(set(by_conversation) - set(known))
    added_c = added_m = 0
    all_new_ids: dict[int, int] = {}
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
            all_new_ids.update(new_ids)
            leaf_old = row["leaf_id"] if row is not None else None
            leaf = new_ids.get(leaf_old) if isinstance(leaf_old, int) else None
            if leaf is None and new_ids:
                leaf = max(new_ids.values())  # the shown branch was lost: show the newest message
            db.execute("UPDATE conversations SET leaf_id = ? WHERE id = ?", (leaf, new_cid))
        files, files_lost = _relink(store, found, all_new_ids)
    _mark_recovered(damaged)
    return RecoveryReport(added_c, added_m, found.unreadable, files, files_lost)


def _mark_recovered(damaged: Path) -> None:
    # A note beside the kept file (never in it), so the list can warn before a second recovery
    # adds the same conversations again. Failing to write it only loses that warning.
    with contextlib.suppress(OSError):
        Path(str(damaged) + RECOVERED_SUFFIX).write_text(str(time.time()), encoding="utf-8")


def kept_damaged_files(database: Path) -> list[KeptFile]:
    """The damaged copies of this database kept beside it, newest first."""
    kept: list[KeptFile] = []
    for path in database.parent.glob(database.name + ".damaged-*"):
        match = _KEPT_NAME.fullmatch(path.name[len(database.name) :])
        if match is None or not path.is_file():
            continue  # its -wal/-shm companions and the .recovered notes
        try:
            kept_at = time.mktime(time.strptime(match.group(1), "%Y%m%d-%H%M%S"))
            size = path.stat().st_size
        except (OSError, ValueError):
            continue
        marker = Path(str(path) + RECOVERED_SUFFIX)
        recovered_at: float | None = None
        with contextlib.suppress(OSError, ValueError):
            recovered_at = float(marker.read_text(encoding="utf-8").strip() or 0) or marker.stat().st_mtime
        kept.append(KeptFile(path, size, kept_at, recovered_at))
    return sorted(kept, key=lambda f: (f.kept_at, f.path.name), reverse=True)
