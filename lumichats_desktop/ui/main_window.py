"""The main window: sidebar, messages, composer, status bar; runs each user action as an async job."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QMainWindow,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lumichats_desktop.chat.service import ConversationService, StoreError
from lumichats_desktop.settings import AppSettings
from lumichats_desktop.storage.store import StoredMessage
from lumichats_desktop.ui.accessibility import Announcer
from lumichats_desktop.ui.attachment_bar import AttachmentBar
from lumichats_desktop.ui.chat_view import ChatView
from lumichats_desktop.ui.composer import Composer
from lumichats_desktop.ui.help_menu import HelpMenu
from lumichats_desktop.ui.model_loading import ModelLoading
from lumichats_desktop.ui.reply_flow import ReplyFlow
from lumichats_desktop.ui.reply_state import Streaming
from lumichats_desktop.ui.server_settings import install_api_server
from lumichats_desktop.ui.settings_dialog import SettingsDialog
from lumichats_desktop.ui.sidebar import Sidebar
from lumichats_desktop.ui.status_bar import ChatStatusBar
from lumichats_desktop.ui.storage_recovery import StorageRecovery
from lumichats_desktop.ui.theme import apply_theme
from lumichats_desktop.ui.tool_windows import ToolWindows
from lumichats_desktop.ui.transfer_actions import TransferActions
from lumichats_desktop.ui.view_menu import ReplyAnnouncer, ViewMenu, add_action
from lumichats_desktop.workers.inference_worker import InferenceThread

log = logging.getLogger(__name__)
REPAINT_MS = 33  # at most ~30 repaints a second while a reply streams


class MainWindow(ReplyFlow, ModelLoading, QMainWindow):
    """Owns no data: the store answers through `db`, the model through the inference thread."""

    requestLoad = Signal(str, str, str)
    requestGenerate = Signal(int, list, dict, int, list)  # ..., context limit, attached images

    def __init__(
        self,
        conversations: ConversationService,
        inference: InferenceThread,
        model: str,
        settings_file: Path | None = None,
    ) -> None:
        super().__init__()
        self.conversations, self.inference, self.model_spec = conversations, inference, model
        self.settings_file = settings_file
        self.tools = ToolWindows(
            self,
            conversations,
            settings_file,
            default_model=lambda: self.settings.default_model or self.model_spec,
            use_model=self.load,
            open_conversation=self._open_and_list,
            spawn=self.spawn,
        )
        self.conversation_id: int | None = None
        self.streaming: Streaming | None = None
        self._starting = False  # a reply is being planned (between "send" and the first token)
        self.model_ready = False
        self.loading: tuple[str, str] = (model, "")  # (model, adapter) asked of the worker last
        self._request = 0
        self._tasks: set[asyncio.Task[Any]] = set()
        self._deleted: list[int] = []
        self.setWindowTitle("LumiChats")
        self.resize(1100, 760)
        self.sidebar = Sidebar()
        self.view = ChatView()
        self.composer = Composer(conversations.settings.send_key)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setObjectName("sendButton")
        self.send_button.setAccessibleDescription(
            self.tr("Sends the message; while a reply is written, stops it.")
        )
        self.send_button.clicked.connect(self._send_or_stop)
        right = QWidget()
        right.setObjectName("chatArea")
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.view, 1)
        self.attachment_bar = AttachmentBar(self.spawn)
        self.attachment_bar.install_on(self.composer)
        self.attachment_bar.setContentsMargins(16, 8, 16, 0)  # in line with the composer box below
        column.addWidget(self.attachment_bar)
        composer_box = QWidget()
        composer_box.setObjectName("composerBox")
        row = QHBoxLayout(composer_box)
        row.setContentsMargins(16, 8, 16, 12)
        row.setSpacing(8)
        for button in (self.attachment_bar.attach_button, self.attachment_bar.image_button):
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        row.addWidget(self.composer, 1)
        row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        column.addWidget(composer_box)
        splitter = QSplitter()
        splitter.setObjectName("mainSplitter")
        splitter.setHandleWidth(1)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 840])
        self.setCentralWidget(splitter)
        self.status = ChatStatusBar()
        self.setStatusBar(self.status)
        self.announcer = Announcer(self, self.status.speed_label)
        self.reply_announcer = ReplyAnnouncer(self.announcer, lambda: self.streaming)
        self.api_server = install_api_server(self.status, inference, conversations.db)
        self.transfer = TransferActions(self, conversations, self.refresh_sidebar)
        self.recovery = StorageRecovery(
            self, conversations, self.view.banner, self.spawn, self.refresh_sidebar
        )
        self._build_menu()
        self._flush_timer = QTimer(self, interval=REPAINT_MS)
        self._flush_timer.timeout.connect(self._flush)
        self._connect()

    @property
    def settings(self) -> AppSettings:
        """The app's preferences (the conversation service reads them too: one copy)."""
        return self.conversations.settings

    @settings.setter
    def settings(self, value: AppSettings) -> None:
        self.conversations.settings = value

    # set-up --------------------------------------------------------------------------------------

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        add_action(self, file_menu, self.tr("New chat"), QKeySequence.StandardKey.New, self.new_chat)
        add_action(
            self,
            file_menu,
            self.tr("Import conversations…"),
            None,
            lambda: self.spawn(self.transfer.import_json()),
        )
        add_action(
            self,
            file_menu,
            self.tr("Export all conversations…"),
            None,
            lambda: self.spawn(self.transfer.export_all()),
        )
        self.recovery.add_to(file_menu)
        add_action(self, file_menu, self.tr("Models…"), QKeySequence("Ctrl+M"), self.tools.show_models)
        add_action(
            self, file_menu, self.tr("Fine-tune…"), QKeySequence("Ctrl+Shift+T"), self.tools.show_finetune
        )
        add_action(self, file_menu, self.tr("Quit"), QKeySequence.StandardKey.Quit, self.close)
        chat_menu = self.menuBar().addMenu(self.tr("&Conversation"))
        add_action(
            self,
            chat_menu,
            self.tr("Settings…"),
            QKeySequence.StandardKey.Preferences,
            lambda: self.spawn(self.edit_settings()),
        )
        add_action(self, chat_menu, self.tr("Stop reply"), QKeySequence("Esc"), self.stop)
        add_action(
            self, chat_menu, self.tr("Search"), QKeySequence.StandardKey.Find, self.sidebar.search.setFocus
        )
        self.view_menu = ViewMenu(
            self,
            self.view,
            self.composer,
            self.sidebar.list,
            self.status,
            settings=lambda: self.settings,
            save_settings=lambda: self.spawn(self._save_settings()),
        )
        self.help = HelpMenu(self, self.status.model_label.text)

    def _connect(self) -> None:
        worker = self.inference.worker
        self.requestLoad.connect(worker.load)
        self.requestGenerate.connect(worker.generate)
        worker.loadProgress.connect(self.status.progress)
        worker.loaded.connect(self._on_loaded)
        worker.loadFailed.connect(self._on_load_failed)
        worker.promptReady.connect(self._on_prompt_ready)
        worker.promptReady.connect(self.reply_announcer.started)
        worker.chunk.connect(self._on_chunk)
        worker.finished.connect(self.reply_announcer.ended)  # before _on_finished, which lets go of the reply
        worker.finished.connect(self._on_finished)
        worker.finished.connect(self._show_reply_stats)
        self.composer.submitted.connect(lambda text: self.spawn(self.send(text)))
        self.attachment_bar.problem.connect(lambda text: self.view.banner.show_notice("attachment", text))
        self.attachment_bar.sendRequested.connect(self._send_or_stop)
        self.sidebar.newChat.connect(self.new_chat)
        self.sidebar.opened.connect(lambda cid: self.spawn(self.open_conversation(cid)))
        self.sidebar.renameRequested.connect(lambda cid: self.spawn(self.rename(cid)))
        self.sidebar.pinToggled.connect(
            lambda cid, pin: self.spawn(self._then_refresh(self.conversations.set_pinned(cid, pin)))
        )
        self.sidebar.deleteRequested.connect(lambda cid: self.spawn(self.delete_conversation(cid)))
        self.sidebar.undoDelete.connect(lambda: self.spawn(self.undo_delete()))
        self.sidebar.searchChanged.connect(lambda text: self.spawn(self.search(text)))
        self.sidebar.exportRequested.connect(
            lambda cid, kind: self.spawn(self.transfer.export_one(cid, kind))
        )
        self.view.regenerate.connect(lambda mid: self.spawn(self.regenerate(mid)))
        self.view.edit.connect(lambda mid: self.spawn(self.edit(mid)))
        self.view.delete.connect(lambda mid: self.spawn(self.delete_message(mid)))
        self.view.showSibling.connect(lambda mid, step: self.spawn(self.show_sibling(mid, step)))
        self.view.continueReply.connect(lambda mid: self.spawn(self.continue_reply(mid)))
        self.api_server.conversationStored.connect(lambda _: self.spawn(self.refresh_sidebar()))
        self.view.welcome.chosen.connect(self._use_example)
        self.view.leftBottom.connect(self.composer.setFocus)
        self.view.banner.shown.connect(lambda text, tone: self.announcer.say(text, assertive=tone == "error"))
        self.view.changed.connect(self._order_focus)
        self._order_focus()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)

    # presentation --------------------------------------------------------------------------------

    def _order_focus(self) -> None:
        """Tab goes sidebar, notices, messages (each with its actions), message box, Send."""
        chain = [self.sidebar.new_button, self.sidebar.search, self.sidebar.list]
        chain += self.view.focus_chain() + [self.composer, self.send_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _system_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        """The desktop went light or dark: follow it when the setting says "system" (the default)."""
        if self.settings.theme == "system":
            apply_theme("system", system=scheme)
            self.spawn(self.show_current())  # code blocks re-rendered in the new colours

    def _use_example(self, text: str) -> None:
        self.composer.setPlainText(text)
        self.composer.moveCursor(QTextCursor.MoveOperation.End)
        self.composer.setFocus()

    async def _save_settings(self) -> None:
        if self.settings_file is not None:
            settings, path = self.settings, self.settings_file
            await asyncio.get_running_loop().run_in_executor(None, settings.save, path)

    def spawn(self, job: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Run a job on the event loop; a store error becomes a message, never a lost crash."""
        task = asyncio.ensure_future(job)
        self._tasks.add(task)
        task.add_done_callback(self._job_done)
        return task

    def _job_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        error = task.exception()
        if isinstance(error, (StoreError, OSError)):
            self.view.show_error(str(error))
        elif error is not None:
            log.error("background job failed", exc_info=error)
            self.view.show_error(self.tr("Something went wrong: %s") % error)

    async def start(self) -> None:
        """Show history right away and load the model in the background."""
        self.load(self.model_spec, "")
        self.spawn(self.api_server.apply(self.settings))
        await self.recovery.show_startup_notice()
        if self.settings.problems:
            self.view.banner.show_notice("settings", "\n".join(self.settings.problems))
        items = await self.refresh_sidebar()
        if items:
            await self.open_conversation(items[0].id)

    async def idle(self) -> None:
        """Wait until every running job has finished (tests, shutdown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    # model (loading and its notes: ModelLoading) ---------------------------------------------------

    def _show_reply_stats(self, _request: int, stats: dict[str, Any]) -> None:
        # A method, not a lambda: PySide calls a lambda connected to the worker on the worker's thread,
        # and a widget touched from there can crash Qt. A window method is queued to the UI thread.
        self.status.reply_ended(stats)

    # conversations -------------------------------------------------------------------------------

    async def refresh_sidebar(self) -> list[Any]:
        """Reload the sidebar (or the search results, while searching)."""
        if self.sidebar.search.text().strip():
            await self.search(self.sidebar.search.text())
            return []
        items = await self.conversations.conversations()
        self.sidebar.show_conversations(items, self.conversation_id)
        return items

    async def _open_and_list(self, conversation_id: int) -> None:
        await self.refresh_sidebar()
        await self.open_conversation(conversation_id)

    def new_chat(self) -> None:
        """An empty page; the conversation is stored when the first message is sent."""
        self.conversation_id = None
        self.view.show_messages([])
        self.sidebar.list.clearSelection()
        self.composer.setFocus()

    async def open_conversation(self, conversation_id: int) -> list[StoredMessage]:
        """Show a conversation's active branch (and return it)."""
        self.conversation_id = conversation_id
        self.sidebar.select(conversation_id)
        return await self.show_current()

    async def show_current(self) -> list[StoredMessage]:
        """Redraw the open conversation from the store."""
        if self.conversation_id is None:
            self.view.show_messages([])
            return []
        path = await self.conversations.path(self.conversation_id)
        self.view.show_messages(path)
        return path

    async def _then_refresh(self, job: Coroutine[Any, Any, Any]) -> None:
        await job
        await self.refresh_sidebar()

    async def rename(self, conversation_id: int) -> None:
        """Ask for a new title."""
        current = await self.conversations.title(conversation_id)
        title, ok = QInputDialog.getText(self, self.tr("Rename"), self.tr("Title:"), text=current)
        if ok and title.strip():
            await self._then_refresh(self.conversations.rename(conversation_id, title))

    async def delete_conversation(self, conversation_id: int) -> None:
        """Hide it at once and offer Undo; it is removed for good on a later start."""
        await self.conversations.delete(conversation_id)
        self._deleted.append(conversation_id)
        if self.conversation_id == conversation_id:
            self.new_chat()
        self.sidebar.show_undo(self.tr("Conversation deleted."))
        await self.refresh_sidebar()

    async def undo_delete(self) -> None:
        """Bring back the last deleted conversation."""
        if self._deleted:
            conversation_id = self._deleted.pop()
            await self._then_refresh(self.conversations.undelete(conversation_id))
            self.sidebar.undo_bar.setVisible(bool(self._deleted))
            await self.open_conversation(conversation_id)

    async def search(self, text: str) -> None:
        """Show matches for text, or the conversation list when the box is empty."""
        if not text.strip():
            items = await self.conversations.conversations()
            self.sidebar.show_conversations(items, self.conversation_id)
            return
        hits = await self.conversations.search(text)
        self.sidebar.show_hits(hits)

    async def edit_settings(self) -> None:
        """The open conversation's system prompt and sampling, and the app-wide preferences."""
        current = await self.conversations.settings_for(self.conversation_id)
        self.conversation_id = cid = current.conversation_id
        dialog = SettingsDialog(
            current.system_prompt,
            current.sampling,
            self.settings,
            self,
            model_id=current.model_id,
            adapter=current.adapter,
        )
        dialog.server_tab.show_state(self.api_server)
        if not self.ask(dialog):
            return
        prompt, model_id, values = dialog.conversation_values()
        await self.conversations.save_settings(cid, prompt, model_id, values)
        self.settings = dialog.app_settings()
        self.spawn(self.api_server.apply(self.settings, dialog.server_tab.api_key()))
        self.composer.send_key = self.settings.send_key
        apply_theme(self.settings.theme, self.settings.text_zoom)
        await self.show_current()  # replies re-rendered in the theme's code colours
        await self._save_settings()
        await self.refresh_sidebar()

    def ask(self, dialog: SettingsDialog) -> bool:
        """Show a modal dialog (tests replace this to answer it)."""
        return dialog.exec() == SettingsDialog.DialogCode.Accepted

    # sending and replies -------------------------------------------------------------------------

    def _send_or_stop(self) -> None:
        if self.streaming is not None:
            self.stop()
        elif not self.composer.toPlainText().strip() and self.attachment_bar.attachments():
            self.spawn(self.send(""))  # files with no question: the model is asked about them as they are
        else:
            self.composer.submit()

    async def edit(self, message_id: int) -> None:
        """Ask for the new text of a user message, then resend it as a new branch."""
        if self.busy or self.conversation_id is None:
            return
        current = await self.conversations.message_text(message_id)
        if current is None:
            return
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Edit message"), self.tr("Message:"), current)
        if ok:
            await self.resend_edited(message_id, text)

    async def delete_message(self, message_id: int) -> None:
        """Delete a message and what follows it on this branch."""
        if self.busy or self.conversation_id is None:
            return
        await self.conversations.delete_message(self.conversation_id, message_id)
        await self.show_current()

    async def show_sibling(self, message_id: int, step: int) -> None:
        """Flip between alternatives ("2/3")."""
        if self.busy or self.conversation_id is None:
            return
        await self.conversations.show_sibling(self.conversation_id, message_id, step)
        await self.show_current()

    # shutdown ------------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop a running reply, keep its partial text, and close the database cleanly."""
        streaming, self.streaming = self.streaming, None  # a late "finished" signal must not save twice
        with contextlib.suppress(RuntimeError, TypeError):  # a closed window no longer follows the desktop
            QGuiApplication.styleHints().colorSchemeChanged.disconnect(self._system_scheme_changed)
        self._flush_timer.stop()
        self.api_server.stop()  # before the model's thread: cancels what API clients wait for
        self.inference.stop()
        self.tools.stop()
        if streaming is not None:
            self.conversations.stop_on_quit(streaming.message_id, streaming.text)
        super().closeEvent(event)
