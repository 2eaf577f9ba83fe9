"""The main window's tool windows: the Models dialog and the fine-tune wizard (both non-modal).

Each gets what it needs in the constructor (no window object: no import cycle, no reaching into it).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from lumichats_desktop.chat.service import ConversationService
from lumichats_desktop.ui.finetune_wizard import FineTuneWizard
from lumichats_desktop.ui.models_dialog import ModelsDialog
from lumichats_desktop.workers.model_library import ModelLibrary


class ToolWindows:
    """Opens each tool once, connects what it decides back to the window, and stops downloads on quit."""

    def __init__(
        self,
        parent: QWidget,
        conversations: ConversationService,
        settings_file: Path | None,
        *,
        default_model: Callable[[], str],
        use_model: Callable[[str, str], None],
        open_conversation: Callable[[int], Awaitable[Any]],
        spawn: Callable[[Coroutine[Any, Any, Any]], Any],
    ) -> None:
        self.parent, self.conversations, self.settings_file = parent, conversations, settings_file
        self._default_model, self._use_model = default_model, use_model
        self._open_conversation, self._spawn = open_conversation, spawn
        self.library = ModelLibrary(parent=parent)  # the models folder and the Hub token, off the UI thread
        self.models: ModelsDialog | None = None
        self.finetune: FineTuneWizard | None = None

    def show_models(self) -> ModelsDialog:
        """Downloads, the Hub token, the hardware; chatting goes on meanwhile."""
        if self.models is None or not self.models.isVisible():
            self.models = ModelsDialog(self._default_model(), self.library, self.parent)
            self.models.useModel.connect(lambda spec: self._use_model(spec, ""))
            self.models.defaultChanged.connect(lambda spec: self._spawn(self.set_default_model(spec)))
        self.models.show()
        self.models.raise_()
        return self.models

    def show_finetune(self) -> FineTuneWizard:
        """The fine-tune wizard; it trains in its own process while the window stays usable."""
        if self.finetune is None or not self.finetune.isVisible():
            self.finetune = FineTuneWizard(self.parent)
            self.finetune.chatWith.connect(
                lambda base, adapter: self._spawn(self.chat_with_adapter(base, adapter))
            )
        self.finetune.show()
        self.finetune.raise_()
        return self.finetune

    async def chat_with_adapter(self, base: str, adapter: str) -> int:
        """A new conversation on base + adapter, opened and loading."""
        title = QCoreApplication.translate("MainWindow", "Chat with %s") % Path(adapter).name
        cid = await self.conversations.new_with_adapter(title, base, adapter)
        await self._open_conversation(cid)
        self._use_model(base, adapter)
        return cid

    async def set_default_model(self, spec: str) -> None:
        """Remember the model the app opens with (saved off the UI thread)."""
        settings = self.conversations.settings
        settings.default_model = spec
        if self.settings_file is not None:
            path = self.settings_file
            await asyncio.get_running_loop().run_in_executor(None, settings.save, path)

    def stop(self) -> None:
        """Quitting pauses a running download (it resumes next time) and asks a training run to stop
        after its step (it saves a checkpoint on its own; Resume continues from it). Nothing waits."""
        if self.models is not None:
            self.models.downloads.stop()
        if self.finetune is not None:
            self.finetune.shutdown()
