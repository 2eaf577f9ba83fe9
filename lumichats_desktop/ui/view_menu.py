"""The View menu (text size, moving around without a mouse) and what screen readers hear of a reply.

Both live beside the main window rather than in it: each gets the widgets it works on in its
constructor, so the window only builds them and connects the worker's signals to them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStatusBar, QWidget

# The strings keep the context they had in the window ("MainWindow"): the translations stay valid.
from lumichats_desktop.settings import AppSettings
from lumichats_desktop.ui.accessibility import Announcer, plain_text
from lumichats_desktop.ui.chat_view import ChatView
from lumichats_desktop.ui.reply_state import Streaming
from lumichats_desktop.ui.theme import ZOOM_STEP, apply_theme, clamp_zoom


def add_action(owner: QObject, menu: QMenu, text: str, keys: Any, slot: Callable[..., Any]) -> QAction:
    """A menu entry with its shortcut (None for none); the shortcut list in Help reads these."""
    action = QAction(text, owner)
    if keys is not None:
        action.setShortcut(QKeySequence(keys))
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


class ViewMenu:
    """Text size larger/smaller/back (kept in the settings); Alt+Up/Down, Ctrl+L and Ctrl+Shift+L."""

    def __init__(
        self,
        window: QMainWindow,
        view: ChatView,
        composer: QWidget,
        conversation_list: QWidget,
        status: QStatusBar,
        *,
        settings: Callable[[], AppSettings],
        save_settings: Callable[[], object],
    ) -> None:
        self.status, self._settings, self._save = status, settings, save_settings
        menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View"))
        for text, keys, slot in (
            (
                QCoreApplication.translate("MainWindow", "Larger text"),
                QKeySequence.StandardKey.ZoomIn,
                lambda: self.zoom(1),
            ),
            (
                QCoreApplication.translate("MainWindow", "Smaller text"),
                QKeySequence.StandardKey.ZoomOut,
                lambda: self.zoom(-1),
            ),
            (
                QCoreApplication.translate("MainWindow", "Actual text size"),
                QKeySequence("Ctrl+0"),
                lambda: self.zoom(0),
            ),
            (None, None, None),
            (
                QCoreApplication.translate("MainWindow", "Previous message"),
                QKeySequence("Alt+Up"),
                lambda: view.step_focus(-1),
            ),
            (
                QCoreApplication.translate("MainWindow", "Next message"),
                QKeySequence("Alt+Down"),
                lambda: view.step_focus(1),
            ),
            (
                QCoreApplication.translate("MainWindow", "Go to the message box"),
                QKeySequence("Ctrl+L"),
                composer.setFocus,
            ),
            (
                QCoreApplication.translate("MainWindow", "Go to the conversation list"),
                QKeySequence("Ctrl+Shift+L"),
                conversation_list.setFocus,
            ),
        ):
            if text is None or slot is None:
                menu.addSeparator()
                continue
            action = add_action(window, menu, text, keys, slot)
            if keys == QKeySequence.StandardKey.ZoomIn:  # Ctrl+= as well: "+" needs Shift on most layouts
                action.setShortcuts([QKeySequence(keys), QKeySequence("Ctrl+=")])

    def zoom(self, step: int) -> None:
        """Text size one step larger (1), smaller (-1) or back to the system's (0); kept in the settings."""
        settings = self._settings()
        zoom = 100 if step == 0 else clamp_zoom(settings.text_zoom + step * ZOOM_STEP)
        settings.text_zoom = zoom
        apply_theme(settings.theme, zoom)
        self.status.showMessage(QCoreApplication.translate("MainWindow", "Text size %d%%") % zoom, 2000)
        self._save()


class ReplyAnnouncer(QObject):
    """Tells a screen reader that a reply started, and how it ended (its text, "stopped" or the error).

    A QObject on the UI thread, so the worker's signals reach it queued, after the chunks sent before
    them: a plain Python object's method was called on the worker's thread, before the last chunks
    were added, and announced a reply short of its end.
    """

    def __init__(self, announcer: Announcer, streaming: Callable[[], Streaming | None]) -> None:
        super().__init__(announcer)
        self.announcer, self._streaming = announcer, streaming

    @Slot(int, int, int)
    def started(self, request: int, _tokens: int, _dropped: int) -> None:
        streaming = self._streaming()
        if streaming is not None and streaming.request == request:
            self.announcer.say(QCoreApplication.translate("MainWindow", "LumiChats is writing a reply."))

    @Slot(int, dict)
    def ended(self, request: int, stats: dict[str, Any]) -> None:
        """Say how a reply ended: its text when it finished, a short word when stopped or failed."""
        streaming = self._streaming()
        if streaming is None or streaming.request != request:
            return
        if stats.get("error"):
            self.announcer.say(
                QCoreApplication.translate("MainWindow", "The reply failed: %s") % stats["error"],
                assertive=True,
            )
        elif stats.get("stop_reason") == "cancelled":
            self.announcer.say(QCoreApplication.translate("MainWindow", "Reply stopped."))
        else:
            self.announcer.say(
                QCoreApplication.translate("MainWindow", "LumiChats replied: %s") % plain_text(streaming.text)
            )
