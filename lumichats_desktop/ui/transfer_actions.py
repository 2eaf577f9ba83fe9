"""Export conversations to Markdown or JSON files and import JSON exports, where the user chooses."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from lumichats_desktop.storage.database import StoreError
from lumichats_desktop.storage.import_schema import MAX_FILE_BYTES
from lumichats_desktop.storage.importer import DuplicateImportError
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
        name = Path(path).name
        try:
            data = await asyncio.get_event_loop().run_in_executor(None, _read_json, Path(path))
        except (OSError, ValueError) as exc:
            raise StoreError(f"{name} is not readable JSON ({exc}); nothing was imported.") from exc
        try:
            await self._db.run(lambda s: s.import_json(data, file_name=name))
        except DuplicateImportError as duplicate:
            choice = self.ask_duplicate(str(duplicate))
            await self._db.run(lambda s: s.import_json(data, file_name=name, on_duplicate=choice))
        await self._changed()

    def ask_duplicate(self, message: str) -> str:
        """Ask what to do with a file imported before: "copy" or "skip" (tests replace this)."""
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(message)
        box.setInformativeText(
            QCoreApplication.translate("TransferActions", "Import its conversations again, as copies?")
        )
        copy = box.addButton(
            QCoreApplication.translate("TransferActions", "Import copies"), QMessageBox.ButtonRole.AcceptRole
        )
        skip = QCoreApplication.translate("TransferActions", "Skip")
        box.addButton(skip, QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return "copy" if box.clickedButton() is copy else "skip"


def _read_json(path: Path) -> Any:
    """The file's JSON, refusing a file too large to be an export before reading it into memory."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES / 2**20
        raise ValueError(f"the file is {size / 2**20:,.0f} MB; an export is at most {limit:,.0f} MB")
    return json.loads(path.read_text(encoding="utf-8"))


async def _write(path: str, text: str) -> None:
    """Write a file off the UI thread."""
    await asyncio.get_event_loop().run_in_executor(None, Path(path).write_text, text, "utf-8")
