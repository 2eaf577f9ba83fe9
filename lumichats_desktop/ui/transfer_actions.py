"""Export conversations to Markdown or JSON files and import JSON exports, where the user chooses."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from lumichats_desktop.storage.database import StoreError
from lumichats_desktop.workers.db_executor import DbExecutor


class TransferActions:
    """File dialogs + the store's export/import, run off the UI thread."""

    def __init__(self, parent: QWidget, db: DbExecutor, changed: Callable[[], Awaitable[Any]]) -> None:
        self._parent, self._db, self._changed = parent, db, changed

    async def export_one(self, conversation_id: int, kind: str) -> None:
        """Save one conversation as Markdown or JSON where the user chooses."""
        if kind == "md":
            path = self._ask_save(
                QCoreApplication.translate("TransferActions", "Export conversation"),
                "conversation.md",
                "Markdown (*.md)",
            )
            if path:
                await _write(path, await self._db.run(lambda s: s.export_markdown(conversation_id)))
        else:
            await self._export_json(
                QCoreApplication.translate("TransferActions", "Export conversation"),
                "conversation.json",
                [conversation_id],
            )

    async def export_all(self) -> None:
        """Save every conversation to one JSON file."""
        await self._export_json(
            QCoreApplication.translate("TransferActions", "Export all"), "lumichats.json", None
        )

    async def _export_json(self, title: str, name: str, ids: list[int] | None) -> None:
        path = self._ask_save(title, name, "JSON (*.json)")
        if path:
            data = await self._db.run(lambda s: s.export_all(ids))
            await _write(path, json.dumps(data, ensure_ascii=False, indent=2))

    def _ask_save(self, title: str, name: str, kinds: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self._parent, title, name, kinds)
        return str(path)

    async def import_json(self) -> None:
        """Add conversations from a JSON export."""
        path, _ = QFileDialog.getOpenFileName(
            self._parent,
            QCoreApplication.translate("TransferActions", "Import conversations"),
            "",
            "JSON (*.json)",
        )
        if not path:
            return
        try:
            text = await asyncio.get_event_loop().run_in_executor(None, Path(path).read_text, "utf-8")
            data = json.loads(text)
        except (OSError, ValueError) as exc:
            raise StoreError(
                f"{Path(path).name} is not readable JSON ({exc}); nothing was imported."
            ) from exc
        await self._db.run(lambda s: s.import_json(data))
        await self._changed()


async def _write(path: str, text: str) -> None:
    """Write a file off the UI thread."""
    await asyncio.get_event_loop().run_in_executor(None, Path(path).write_text, text, "utf-8")
