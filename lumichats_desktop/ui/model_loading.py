"""Which model the window asked for, and what it shows about it: the status bar, load errors, notes.

A mixin of MainWindow (split out of main_window.py, which had passed the 500-line house rule). Its
strings are translated in the "MainWindow" context, where they have always been. The worker's `loaded`
and `loadFailed` signals reach these methods on the UI thread: bound methods of the window, queued.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from trainer.common.catalog import CATALOG, OFFLINE_ID

if TYPE_CHECKING:
    from lumichats_desktop.ui.attachment_bar import AttachmentBar
    from lumichats_desktop.ui.chat_view import ChatView
    from lumichats_desktop.ui.status_bar import ChatStatusBar


class ModelLoading:
    """The model half of the main window."""

    if TYPE_CHECKING:  # provided by MainWindow
        view: ChatView
        status: ChatStatusBar
        attachment_bar: AttachmentBar
        requestLoad: Any
        model_ready: bool
        loading: tuple[str, str]
        context_length: int

    def load(self, model: str, adapter: str, device: str = "auto") -> None:
        """Ask the worker for a model (and adapter); replies queued after this use it."""
        self.loading = (model, adapter)
        self.model_ready = False
        self.status.loading(_model_title(model))
        self.requestLoad.emit(model, adapter, device)

    def _on_loaded(self, info: dict[str, Any]) -> None:
        self.model_ready = True
        self.status.loaded(info)
        self.context_length = int(info["context_length"])
        self.attachment_bar.set_images_allowed(
            bool(info.get("sees_images")),
            QCoreApplication.translate(
                "MainWindow", "%1 cannot see images; LumiChats 4B can: load it in Models (Ctrl+M)."
            ).replace("%1", str(info.get("title") or info.get("model_id"))),
        )
        note = self._small_model_note() if info.get("model_id") == OFFLINE_ID else ""
        self.view.banner.show_notice("model", note, tone="info")

    def _small_model_note(self) -> str:
        return QCoreApplication.translate(
            "MainWindow",
            "You are chatting with LumiChats 270M, a small model that works offline. It handles simple "
            "questions and often gets facts wrong. LumiChats 4B is the real assistant: get it in Models "
            "(Ctrl+M).",
        )

    def _on_load_failed(self, message: str, out_of_memory: bool) -> None:
        self.status.failed()
        links = [("reload", QCoreApplication.translate("MainWindow", "Retry"))]
        if out_of_memory:
            links.append(("cpu", QCoreApplication.translate("MainWindow", "Load on the CPU")))
        if self.loading[0] != OFFLINE_ID:
            links.append(("offline", QCoreApplication.translate("MainWindow", "Use LumiChats 270M")))
        self.view.banner.show_notice(
            "model",
            message,
            [(title, functools.partial(self._model_action, link)) for link, title in links],
            tone="error",
        )

    def _model_action(self, link: str) -> None:
        if link == "reload":
            self.load(*self.loading)
        elif link == "cpu":
            self.load(*self.loading, device="cpu")
        elif link == "offline":
            self.load(OFFLINE_ID, "")


def _model_title(model: str) -> str:
    """What the status bar names while loading: a catalogue model's title, else the file or folder name."""
    titles = {item.id: item.title for item in CATALOG}
    return titles.get(model) or Path(model).name or model
