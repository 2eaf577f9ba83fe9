"""The Models dialog's disk and keyring work off the UI thread: listing folders, deleting one, the Hub token.

Every call returns at once and answers through a callback on the UI thread (workers/background.py); each
names the widget that asks (`context`), and an answer for one deleted or closed meanwhile is dropped. The
token store is created on the worker thread too: probing the system keyring can take seconds (D-Bus,
a locked keychain) and must not freeze a window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from lumichats_desktop.hub.library import Row, delete, fit_text, rows
from lumichats_desktop.hub.token_store import TokenStore
from lumichats_desktop.paths import app_dirs
from lumichats_desktop.workers.background import Background

__all__ = ["Listing", "ModelLibrary", "Row", "fit_text"]


@dataclass(frozen=True)
class Listing:
    """What the Models dialog shows: the rows, and whether (and where) a Hub token is kept."""

    rows: list[Row]
    has_token: bool
    token_where: str


class ModelLibrary(QObject):
    """One per app window, so a token kept only in memory (no keyring) lasts the session."""

    def __init__(self, tokens: TokenStore | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tokens = tokens
        self._work = Background("lumichats-models", self)

    def _store(self) -> TokenStore:
        """The token store (worker thread only: the jobs run one at a time)."""
        if self._tokens is None:
            self._tokens = TokenStore()
        return self._tokens

    def listing(self, embedded_kind: str, done: Callable[[Listing], None], *, context: QObject) -> None:
        """The catalogue and the models folder, as rows; the token's state."""

        def job() -> Listing:
            store = self._store()
            return Listing(rows(app_dirs(), embedded_kind), store.get() is not None, store.where())

        self._work.run(job, done, context=context)

    def delete(
        self,
        folders: Sequence[Path],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
        *,
        context: QObject,
    ) -> None:
        """Remove downloaded model folders (only inside the models folder)."""

        def job() -> None:
            for folder in folders:
                delete(folder, app_dirs())

        self._work.run(job, done, failed, context)

    def token(self, done: Callable[[str], None], *, context: QObject) -> None:
        """The saved Hub token, or "" when there is none."""
        self._work.run(lambda: self._store().get() or "", done, context=context)

    def save_token(
        self,
        token: str,
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
        *,
        context: QObject,
    ) -> None:
        """Keep the token in the keyring (ValueError for an empty one)."""
        self._work.run(lambda: self._store().save(token), done, failed, context)

    def remove_token(self, done: Callable[[Any], None], *, context: QObject) -> None:
        self._work.run(lambda: self._store().remove(), done, context=context)
