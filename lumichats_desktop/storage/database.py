"""Open the SQLite file safely: WAL, foreign keys, checks, migrations after a backup, bad files moved aside.

Every open runs `PRAGMA quick_check`; after an exit that was not clean (the "in use" marker next to the
file is still there) the full `integrity_check` runs too. A damaged, empty (0-byte) or non-SQLite file,
or one written by a newer LumiChats, is never deleted: it is renamed next to the original, a fresh
database is started, and the caller gets an OpenProblem saying what happened and where the file went
(a window words it in the user's language; `describe()` gives the English sentence for the log).
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from lumichats_desktop.storage.schema import MIGRATIONS, SCHEMA_VERSION

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
IN_USE_SUFFIX = ".in-use"  # exists while the file is open; left behind by a crash or a kill


class StoreError(RuntimeError):
    """The database cannot be used (read-only folder, disk full...); the message says what to do."""


class DamagedFileError(sqlite3.DatabaseError):
    """The file is not a usable SQLite database (empty, foreign or failing its checks)."""


@dataclass(frozen=True)
class OpenProblem:
    """Why the database file was set aside, in parts a window can put into the user's language."""

    kind: str  # "damaged" (failed its checks) or "newer" (written by a newer LumiChats)
    reason: str  # SQLite's own finding, or the schema version found
    kept: Path  # where the file now is, unchanged

    def describe(self) -> str:
        """The problem as one English sentence, for the log and the command line."""
        if self.kind == "newer":
            return (
                f"The conversation database was written by a newer LumiChats (schema {self.reason}; this "
                f"version knows {SCHEMA_VERSION}). It was kept as {self.kept.name}; update LumiChats to see "
                "those conversations again. A new database was started."
            )
        return (
            f"The conversation database was damaged ({self.reason}). It was kept unchanged as "
            f"{self.kept.name} in {self.kept.parent} and a new, empty database was started. Press Recover "
            "to copy every conversation that can still be read into the new database; the damaged file "
            "stays as it is, so you can also try `sqlite3 <file> .recover` on it later."
        )


@dataclass(frozen=True)
class OpenResult:
    """A ready connection, and what the user should be told about how it was opened."""

    connection: sqlite3.Connection
    problem: OpenProblem | None = None  # why the file found was set aside, when it was
    checked: str = "quick_check"  # which check ran: quick_check, or integrity_check after a crash


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    connection.row_factory = sqlite3.Row
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    return connection


def in_use_marker(path: Path) -> Path:
    """The file that says the database is open; still there at the next start means a crash."""
    return path.with_name(path.name + IN_USE_SUFFIX)


def _move_aside(path: Path, reason: str) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{reason}-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.{reason}-{stamp}-{n}")
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


def _check_header(path: Path) -> None:
    """Refuse an empty or foreign file before SQLite treats it as a new database or guesses."""
    if not path.exists():
        return
    size = path.stat().st_size
    wal = Path(str(path) + "-wal")
    if size == 0:
        if wal.exists() and wal.stat().st_size > 0:
            return  # every page still in the write-ahead log: SQLite reads it from there
        raise DamagedFileError("the file is empty (0 bytes)")
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise DamagedFileError("the file is not an SQLite database")


def _path_of(connection: sqlite3.Connection) -> str:
    """The file behind a connection (for the log)."""
    row = connection.execute("PRAGMA database_list").fetchone()
    return str(row[2]) if row else "?"


def check_connection(connection: sqlite3.Connection, *, full: bool) -> None:
    """Run quick_check (or the full integrity_check); raise DamagedFileError with SQLite's first finding."""
    pragma = "integrity_check" if full else "quick_check"
    rows = connection.execute(f"PRAGMA {pragma}(20)").fetchall()
    findings = [str(r[0]) for r in rows]
    if findings != ["ok"]:
        # One row may hold many lines ("*** in database main ***", then a line per bad page): the
        # notice names the first problem and counts the rest; the log keeps them all.
        lines = [ln.strip() for f in findings for ln in f.splitlines() if ln.strip() and "***" not in ln]
        log.warning("%s of %s: %s", pragma, _path_of(connection), "; ".join(lines))
        more = f" and {len(lines) - 1} more" if len(lines) > 1 else ""
        raise DamagedFileError(f"{pragma} found: {(lines or findings)[0][:200]}{more}")
    if full and _has_search_index(connection):
        try:
            connection.execute("INSERT INTO message_search(message_search) VALUES ('integrity-check')")
        except sqlite3.DatabaseError:
            # The search index is derived data: rebuild it from the messages (nothing is lost).
            connection.execute("INSERT INTO message_search(message_search) VALUES ('rebuild')")


def _has_search_index(connection: sqlite3.Connection) -> bool:
    row = connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'message_search'").fetchone()
    return row is not None


def open_database(path: Path) -> OpenResult:
    """Open (creating, checking, migrating or recovering) the conversation database at path."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"Cannot create the data folder {path.parent}: {exc.strerror}.") from exc
    problem: OpenProblem | None = None
    crashed = in_use_marker(path).exists()
    checked = "integrity_check" if crashed else "quick_check"
    connection: sqlite3.Connection | None = None
    try:
        _check_header(path)
        connection = _connect(path)
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        check_connection(connection, full=crashed)
    except sqlite3.DatabaseError as exc:
        if connection is not None:
            connection.close()
        if "readonly" in str(exc) or "unable to open" in str(exc):
            raise StoreError(
                f"Cannot open {path}: {exc}. Check that the folder is writable and the disk not full."
            ) from exc
        problem = OpenProblem("damaged", str(exc), _move_aside(path, "damaged"))
        connection = _connect(path)
        version = 0
    if version > SCHEMA_VERSION:
        connection.close()
        problem = OpenProblem("newer", str(version), _move_aside(path, f"newer-v{version}"))
        connection = _connect(path)
    try:
        migrate(connection, path)
    except sqlite3.OperationalError as exc:
        raise StoreError(f"Cannot update {path}: {exc}. Check free disk space and permissions.") from exc
    _mark_in_use(path)
    if problem is not None:
        log.warning("%s", problem.describe())
    return OpenResult(connection, problem, checked)


def _mark_in_use(path: Path) -> None:
    # A missing marker only means the next start runs the quick check, not the full one.
    with contextlib.suppress(OSError):
        in_use_marker(path).write_text(str(os.getpid()), encoding="utf-8")


def mark_clean_exit(path: Path) -> None:
    """Called after the connection closed cleanly: the next start needs only the quick check."""
    in_use_marker(path).unlink(missing_ok=True)
