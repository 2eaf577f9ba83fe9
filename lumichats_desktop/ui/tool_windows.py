"""The main window's tool windows: the Models dialog and the fine-tune wizard (both non-modal)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from lumichats_desktop.hub.token_store import TokenStore
from lumichats_desktop.storage.store import ConversationStore
from lumichats_desktop.ui.finetune_wizard import FineTuneWizard
from lumichats_desktop.ui.models_dialog import ModelsDialog

if TYPE_CHECKING:
    from lumichats_desktop.ui.main_window import MainWindow


class ToolWindows:
    """Opens each tool once, connects what it decides back to the window, and stops downloads on quit."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.tokens = TokenStore()
        self.models: ModelsDialog | None = None
        self.finetune: FineTuneWizard | None = None

    def show_models(self) -> ModelsDialog:
        """Downloads, the Hub token, the hardware; chatting goes on meanwhile."""
        w = self.window
        if self.models is None or not self.models.isVisible():
            self.models = ModelsDialog(w.settings.default_model or w.model_spec, self.tokens, w)
            self.models.useModel.connect(lambda spec: w.load(spec, ""))
            self.models.defaultChanged.connect(lambda spec: w.spawn(self.set_default_model(spec)))
        self.models.show()
        self.models.raise_()
        return self.models

    def show_finetune(self) -> FineTuneWizard:
        """The fine-tune wizard; it trains in its own process while the window stays usable."""
        w = self.window
        if self.finetune is None or not self.finetune.isVisible():
            self.finetune = FineTuneWizard(w)
            self.finetune.chatWith.connect(
                lambda base, adapter: w.spawn(self.chat_with_adapter(base, adapter))
            )
        self.finetune.show()
        self.finetune.raise_()
        return self.finetune

    async def chat_with_adapter(self, base: str, adapter: str) -> int:
        """A new conversation on base + adapter, opened and loading."""
        w = self.window
        title = QCoreApplication.translate("MainWindow", "Chat with %s") % Path(adapter).name

        def create(store: ConversationStore) -> int:
            cid = store.create_conversation(title, model_id=base)
            store.update_settings(cid, system_prompt="", model_id=base, settings={"adapter": adapter})
            return cid

        cid = await w.db.run(create)
        await w.refresh_sidebar()
        await w.open_conversation(cid)
        w.load(base, adapter)
        return cid

    async def set_default_model(self, spec: str) -> None:
        w = self.window
        w.settings.default_model = spec
        if w.settings_file is not None:
            settings, path = w.settings, w.settings_file
            await asyncio.get_running_loop().run_in_executor(None, settings.save, path)

    def stop(self) -> None:
        """Quitting pauses a running download; it resumes next time."""
        if self.models is not None:
            self.models.downloads.stop()
