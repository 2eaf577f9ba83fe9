"""The database owner thread: the file opens as soon as the app starts, and a failed open is not lost."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from lumichats_desktop.workers.db_executor import DbExecutor


def test_a_database_that_cannot_open_says_why_on_first_use(tmp_path: Path) -> None:
    folder = tmp_path / "not-a-file"
    folder.mkdir()
    db = DbExecutor(folder)  # opening starts now, on the DB thread, and fails there
    try:
        with pytest.raises(OSError, match="Is a directory"):
            asyncio.run(db.run(lambda store: store.list_conversations()))
    finally:
        db.close()


def test_the_store_is_usable_right_after_creation(tmp_path: Path) -> None:
    db = DbExecutor(tmp_path / "conversations.sqlite3")
    try:
        cid = asyncio.run(db.run(lambda store: store.create_conversation("Hello")))
        titles = asyncio.run(db.run(lambda store: [c.title for c in store.list_conversations()]))
        assert titles == ["Hello"] and cid
    finally:
        db.close()
