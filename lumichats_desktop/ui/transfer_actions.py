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
        suffix = "Markdown (*.md)" if kind == "md" else "JSON (*.json)"
        path, _ = QFileDialog.getSaveFileName(
            self._parent,
            QCoreApplication.translate("TransferActions", "Export conversation"),
            f"conversation.{kind}",
            suffix,
        )
        if not path:
            return
        if kind == "md":
            text = await self._db.run(lambda s: s.export_markdown(conversation_id))
        else:
            data = await self._db.run(lambda s: s.export_all([conversation_id]))
            text = json.dumps(data, ensure_ascii=False, indent=2)
        await asyncio.get_running_loop().run_in_executor(None, Path(path).write_text, text, "utf-8")

    async def export_all(self) -> None:
        """Save every conversation to one JSON file."""
        path, _ = QFileDialog.getSaveFileName(
            self._parent,
            QCoreApplication.translate("TransferActions", "Export all"),
            "lumichats.json",
            "JSON (*.json)",
        )
        if path:
            data = await self._db.run(lambda s: s.export_all())
            text = json.dumps(data, ensure_ascii=False, indent=2)
            await asyncio.get_running_loop().run_in_executor(None, Path(path).write_text, text, "utf-8")

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
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise StoreError(
                f"{Path(path).name} is not readable JSON ({exc}); nothing was imported."
            ) from exc
        await self._db.run(lambda s: s.import_json(data))
        await self._changed()
