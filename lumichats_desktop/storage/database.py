"""Open the SQLite file safely: WAL, foreign keys, migrations after a backup, bad files moved aside.

A damaged file or one written by a newer LumiChats is never deleted: it is renamed next to the
original and a fresh database is started, and the caller gets a notice to show the user.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from lumichats_desktop.storage.schema import MIGRATIONS, SCHEMA_VERSION


class StoreError(RuntimeError):
    """The database cannot be used (read-only folder, disk full...); the message says what to do."""


@dataclass(frozen=True)
class OpenResult:
    """A ready connection, and what the user should be told about how it was opened."""

    connection: sqlite3.Connection
    notice: str | None = None


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    connection.row_factory = sqlite3.Row
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    return connection


def _move_aside(path: Path, reason: str) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{reason}-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(path) + suffix)
        if part.exists():
            part.rename(Path(str(target) + suffix))
    return target


def migrate(connection: sqlite3.Connection, path: Path | None) -> None:
    """Bring the schema to SCHEMA_VERSION in one transaction, after copying the file aside."""
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version == SCHEMA_VERSION:
        return
    if path is not None and version > 0:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy2(path, path.with_name(f"{path.name}.before-v{SCHEMA_VERSION}.bak"))
    connection.execute("BEGIN IMMEDIATE")
    try:
        for number in range(version + 1, SCHEMA_VERSION + 1):
            for statement in _statements(MIGRATIONS[number]):
                connection.execute(statement)
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


def _statements(script: str) -> list[str]:
    # executescript() would commit our transaction; split into complete statements instead.
    out: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            out.append(buffer.strip())
            buffer = ""
    return [s for s in out if s]


def open_database(path: Path) -> OpenResult:
    """Open (creating, migrating or recovering) the conversation database at path."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"Cannot create the data folder {path.parent}: {exc.strerror}.") from exc
    notice = None
    try:
        connection = _connect(path)
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        if "readonly" in str(exc) or "unable to open" in str(exc):
            raise StoreError(
                f"Cannot open {path}: {exc}. Check that the folder is writable and the disk not full."
            ) from exc
        moved = _move_aside(path, "damaged")
        notice = (
            f"The conversation database was damaged ({exc}). It was kept as {moved.name} and a new "
            "one was started; your old file is untouched for recovery."
        )
        connection = _connect(path)
        version = 0
    if version > SCHEMA_VERSION:
        connection.close()
        moved = _move_aside(path, f"newer-v{version}")
        notice = (
            f"The conversation database was written by a newer LumiChats (schema {version}; this "
            f"version knows {SCHEMA_VERSION}). It was kept as {moved.name}; update LumiChats to see "
            "those conversations again. A new database was started."
        )
        connection = _connect(path)
    try:
        migrate(connection, path)
    except sqlite3.OperationalError as exc:
        raise StoreError(f"Cannot update {path}: {exc}. Check free disk space and permissions.") from exc
    return OpenResult(connection, notice)
