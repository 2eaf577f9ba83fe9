"""Export conversations to Markdown or JSON files and import JSON exports, where the user chooses."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from lumichats_desktop.chat.service import ConversationService, DuplicateImportError, StoreError, read_export


class TransferActions:
    """File dialogs + the store's export/import, run off the UI thread."""

    def __init__(
        self, parent: QWidget, conversations: ConversationService, changed: Callable[[], Awaitable[Any]]
    ) -> None:
        self._parent, self._conversations, self._changed = parent, conversations, changed

    async def export_one(self, conversation_id: int, kind: str) -> None:
        """Save one conversation as Markdown or JSON where the user chooses."""
        if kind == "md":
            path = self._ask_save(
                QCoreApplication.translate("TransferActions", "Export conversation"),
                "conversation.md",
                "Markdown (*.md)",
            )
            if path:
                await _write(path, await self._conversations.export_markdown(conversation_id))
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
            await _write(path, await self._conversations.export_json(ids))

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
            data = await asyncio.get_event_loop().run_in_executor(None, read_export, Path(path))
        except (OSError, ValueError) as exc:
            raise StoreError(f"{name} is not readable JSON ({exc}); nothing was imported.") from exc
        try:
            await self._conversations.import_data(data, name)
        except DuplicateImportError as duplicate:
            choice = self.ask_duplicate(str(duplicate))
            await self._conversations.import_data(data, name, on_duplicate=choice)
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


async def _write(path: str, text: str) -> None:
    """Write a file off the UI thread."""
    await asyncio.get_event_loop().run_in_executor(None, Path(path).write_text, text, "utf-8")
