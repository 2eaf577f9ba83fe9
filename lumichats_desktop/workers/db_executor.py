"""The one owner of the SQLite connection: a single worker thread the UI awaits (Anki's pattern)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from lumichats_desktop.storage.store import ConversationStore

T = TypeVar("T")


class DbExecutor:
    """Runs store calls on its own thread; `await db.run(lambda s: s.list_conversations())`."""

    def __init__(self, path: Path) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lumichats-db")
        self._store: ConversationStore | None = None
        self._path = path

    def _store_or_open(self) -> ConversationStore:
        if self._store is None:
            self._store = ConversationStore(self._path)
        return self._store

    async def run(self, job: Callable[[ConversationStore], T]) -> T:
        """Run job(store) on the DB thread and await its result (exceptions come back here)."""
        # wrap_future, not loop.run_in_executor: a Qt-driven step may resume us while qasync's loop is
        # set but not "running" (between run_until_complete calls), where get_running_loop() raises.
        return await asyncio.wrap_future(self._executor.submit(lambda: job(self._store_or_open())))

    def run_blocking(self, job: Callable[[ConversationStore], T]) -> T:
        """For shutdown only (saving a partial reply while quitting): wait for the DB thread."""
        return self._executor.submit(lambda: job(self._store_or_open())).result()

    def close(self) -> None:
        """Close the connection on its own thread and stop the thread."""

        def _close() -> None:
            if self._store is not None:
                self._store.close()
                self._store = None

        self._executor.submit(_close).result()
        self._executor.shutdown(wait=True)
