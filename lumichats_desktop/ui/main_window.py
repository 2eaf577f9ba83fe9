"""The main window: sidebar, messages, composer, status bar; runs each user action as an async job."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from dataclasses import asdict
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QMainWindow,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lumichats_desktop.settings import AppSettings, sampling_from
from lumichats_desktop.storage.database import StoreError
from lumichats_desktop.storage.store import StoredMessage
from lumichats_desktop.ui.chat_view import ChatView
from lumichats_desktop.ui.composer import Composer
from lumichats_desktop.ui.help_menu import HelpMenu
from lumichats_desktop.ui.reply_state import NEW_TITLE, Streaming, history_for, title_from
from lumichats_desktop.ui.settings_dialog import SettingsDialog
from lumichats_desktop.ui.sidebar import Sidebar
from lumichats_desktop.ui.status_bar import ChatStatusBar
from lumichats_desktop.ui.theme import apply_theme
from lumichats_desktop.ui.tool_windows import ToolWindows
from lumichats_desktop.ui.transfer_actions import TransferActions
from lumichats_desktop.workers.db_executor import DbExecutor
from lumichats_desktop.workers.inference_worker import InferenceThread
from trainer.common.catalog import OFFLINE_ID

log = logging.getLogger(__name__)
REPAINT_MS = 33  # at most ~30 repaints a second while a reply streams


class MainWindow(QMainWindow):
    """Owns no data: the store answers through `db`, the model through the inference thread."""

    requestLoad = Signal(str, str, str)
    requestGenerate = Signal(int, list, dict, int)

    def __init__(
        self,
        db: DbExecutor,
        settings: AppSettings,
        inference: InferenceThread,
        model: str,
        settings_file: Path | None = None,
    ) -> None:
        super().__init__()
        self.db, self.settings, self.inference, self.model_spec = db, settings, inference, model
        self.settings_file = settings_file
        self.tools = ToolWindows(self)
        self.conversation_id: int | None = None
        self.streaming: Streaming | None = None
        self.model_ready = False
        self.loading: tuple[str, str] = (model, "")  # (model, adapter) asked of the worker last
        self._request = 0
        self._tasks: set[asyncio.Task[Any]] = set()
        self._deleted: list[int] = []
        self.setWindowTitle("LumiChats")
        self.resize(1100, 760)
        self.sidebar = Sidebar()
        self.view = ChatView()
        self.composer = Composer(settings.send_key)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.clicked.connect(self._send_or_stop)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addWidget(self.composer, 1)
        row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        column.addLayout(row)
        splitter = QSplitter()
        splitter.addWidget(self.sidebar)
        splitter.addWidget(right)
        splitter.setSizes([260, 840])
        self.setCentralWidget(splitter)
        self.status = ChatStatusBar()
        self.setStatusBar(self.status)
        self._build_menu()
        self.transfer = TransferActions(self, db, self.refresh_sidebar)
        self._flush_timer = QTimer(self, interval=REPAINT_MS)
        self._flush_timer.timeout.connect(self._flush)
        self._connect()

    # set-up --------------------------------------------------------------------------------------

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("New chat"), QKeySequence.StandardKey.New, self.new_chat)
        self._action(
            file_menu, self.tr("Import conversations…"), None, lambda: self.spawn(self.transfer.import_json())
        )
        self._action(
            file_menu,
            self.tr("Export all conversations…"),
            None,
            lambda: self.spawn(self.transfer.export_all()),
        )
        self._action(file_menu, self.tr("Models…"), QKeySequence("Ctrl+M"), self.tools.show_models)
        self._action(file_menu, self.tr("Fine-tune…"), QKeySequence("Ctrl+Shift+T"), self.tools.show_finetune)
        self._action(file_menu, self.tr("Quit"), QKeySequence.StandardKey.Quit, self.close)
        chat_menu = self.menuBar().addMenu(self.tr("&Conversation"))
        self._action(
            chat_menu,
            self.tr("Settings…"),
            QKeySequence.StandardKey.Preferences,
            lambda: self.spawn(self.edit_settings()),
        )
        self._action(chat_menu, self.tr("Stop reply"), QKeySequence("Esc"), self.stop)
        self._action(
            chat_menu, self.tr("Search"), QKeySequence.StandardKey.Find, self.sidebar.search.setFocus
        )
        self.help = HelpMenu(self, self.status.model_label.text)

    def _action(self, menu: Any, text: str, keys: Any, slot: Any) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _connect(self) -> None:
        worker = self.inference.worker
        self.requestLoad.connect(worker.load)
        self.requestGenerate.connect(worker.generate)
        worker.loadProgress.connect(self.status.progress)
        worker.loaded.connect(self._on_loaded)
        worker.loadFailed.connect(self._on_load_failed)
        worker.promptReady.connect(self._on_prompt_ready)
        worker.chunk.connect(self._on_chunk)
        worker.finished.connect(self._on_finished)
        worker.finished.connect(lambda _request, stats: self.status.reply_ended(stats))
        self.composer.submitted.connect(lambda text: self.spawn(self.send(text)))
        self.sidebar.newChat.connect(self.new_chat)
        self.sidebar.opened.connect(lambda cid: self.spawn(self.open_conversation(cid)))
        self.sidebar.renameRequested.connect(lambda cid: self.spawn(self.rename(cid)))
        self.sidebar.pinToggled.connect(
            lambda cid, pin: self.spawn(self._store_then_refresh(lambda s: s.set_pinned(cid, pin)))
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
        self.view.banner.linkActivated.connect(self._banner_link)

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
        notice = await self.db.run(lambda s: s.notice)
        if notice:
            self.view.show_error(notice)
        items = await self.refresh_sidebar()
        if items:
            await self.open_conversation(items[0].id)

    async def idle(self) -> None:
        """Wait until every running job has finished (tests, shutdown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    # model ---------------------------------------------------------------------------------------

    def load(self, model: str, adapter: str, device: str = "auto") -> None:
        """Ask the worker for a model (and adapter); replies queued after this use it."""
        self.loading = (model, adapter)
        self.model_ready = False
        self.status.loading(model)
        self.requestLoad.emit(model, adapter, device)

    def _on_loaded(self, info: dict[str, Any]) -> None:
        self.model_ready = True
        self.status.loaded(info)
        self.context_length = int(info["context_length"])
        self.view.show_error(self._small_model_note() if info.get("model_id") == OFFLINE_ID else "")

    def _small_model_note(self) -> str:
        return self.tr(
            "You are chatting with LumiChats 270M, a small model that works offline. It handles simple "
            "questions and often gets facts wrong. LumiChats 4B is the real assistant: get it in Models "
            "(Ctrl+M)."
        )

    def _on_load_failed(self, message: str, out_of_memory: bool) -> None:
        self.status.failed()
        links = [("reload", self.tr("Retry"))]
        if out_of_memory:
            links.append(("cpu", self.tr("Load on the CPU")))
        if self.loading[0] != OFFLINE_ID:
            links.append(("offline", self.tr("Use LumiChats 270M")))
        text = message.replace("&", "&amp;").replace("<", "&lt;")
        self.view.show_error(text + "  " + " · ".join(f'<a href="{h}">{t}</a>' for h, t in links))

    def _banner_link(self, link: str) -> None:
        self.view.show_error("")
        if link == "reload":
            self.load(*self.loading)
        elif link == "cpu":
            self.load(*self.loading, device="cpu")
        elif link == "offline":
            self.load(OFFLINE_ID, "")
        elif link.startswith("retry:"):
            conversation_id, parent = (int(x) for x in link[6:].split(","))
            self.spawn(self._reply(conversation_id, parent))

    # conversations -------------------------------------------------------------------------------

    async def refresh_sidebar(self) -> list[Any]:
        """Reload the sidebar (or the search results, while searching)."""
        if self.sidebar.search.text().strip():
            await self.search(self.sidebar.search.text())
            return []
        items = await self.db.run(lambda s: s.list_conversations())
        self.sidebar.show_conversations(items, self.conversation_id)
        return items

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
        cid = self.conversation_id
        path = await self.db.run(lambda s: s.active_path(cid))
        self.view.show_messages(path)
        return path

    async def _store_then_refresh(self, job: Any) -> None:
        await self.db.run(job)
        await self.refresh_sidebar()

    async def rename(self, conversation_id: int) -> None:
        """Ask for a new title."""
        current = await self.db.run(lambda s: s.conversation(conversation_id).title)
        title, ok = QInputDialog.getText(self, self.tr("Rename"), self.tr("Title:"), text=current)
        if ok and title.strip():
            await self._store_then_refresh(lambda s: s.rename(conversation_id, title))

    async def delete_conversation(self, conversation_id: int) -> None:
        """Hide it at once and offer Undo; it is removed for good on a later start."""
        await self.db.run(lambda s: s.delete(conversation_id))
        self._deleted.append(conversation_id)
        if self.conversation_id == conversation_id:
            self.new_chat()
        self.sidebar.show_undo(self.tr("Conversation deleted."))
        await self.refresh_sidebar()

    async def undo_delete(self) -> None:
        """Bring back the last deleted conversation."""
        if self._deleted:
            conversation_id = self._deleted.pop()
            await self._store_then_refresh(lambda s: s.undelete(conversation_id))
            self.sidebar.undo_bar.setVisible(bool(self._deleted))
            await self.open_conversation(conversation_id)

    async def search(self, text: str) -> None:
        """Show matches for text, or the conversation list when the box is empty."""
        if not text.strip():
            items = await self.db.run(lambda s: s.list_conversations())
            self.sidebar.show_conversations(items, self.conversation_id)
            return
        hits = await self.db.run(lambda s: s.search(text))
        self.sidebar.show_hits(hits)

    async def edit_settings(self) -> None:
        """The open conversation's system prompt and sampling, and the app-wide preferences."""
        if self.conversation_id is None:
            self.conversation_id = await self.db.run(lambda s: s.create_conversation(NEW_TITLE))
        cid = self.conversation_id
        conv = await self.db.run(lambda s: s.conversation(cid))
        sampling = sampling_from(conv.settings, self.settings.max_new_tokens)
        dialog = SettingsDialog(
            conv.system_prompt,
            sampling,
            self.settings,
            self,
            model_id=conv.model_id,
            adapter=str(conv.settings.get("adapter", "")),
        )
        if not self.ask(dialog):
            return
        prompt, model_id, values = dialog.conversation_values()
        await self.db.run(
            lambda s: s.update_settings(cid, system_prompt=prompt, model_id=model_id, settings=values)
        )
        self.settings = dialog.app_settings()
        self.composer.send_key = self.settings.send_key
        apply_theme(self.settings.theme)
        await self.show_current()  # replies re-rendered in the theme's code colours
        if self.settings_file is not None:
            settings, path = self.settings, self.settings_file
            await asyncio.get_running_loop().run_in_executor(None, settings.save, path)
        await self.refresh_sidebar()

    def ask(self, dialog: SettingsDialog) -> bool:
        """Show a modal dialog (tests replace this to answer it)."""
        return dialog.exec() == SettingsDialog.DialogCode.Accepted

    # sending and replies -------------------------------------------------------------------------

    def _send_or_stop(self) -> None:
        if self.streaming is not None:
            self.stop()
        else:
            self.composer.submit()

    async def send(self, text: str) -> None:
        """Store the user's message, then stream a reply under it."""
        if self.streaming is not None or not text.strip():
            return
        if self.conversation_id is None:
            self.conversation_id = await self.db.run(lambda s: s.create_conversation(NEW_TITLE))
        cid = self.conversation_id
        path = await self.db.run(lambda s: s.active_path(cid))
        parent = path[-1].id if path else None  # follow the shown branch, also when it ends without a reply
        user_id = await self.db.run(lambda s: s.add_message(cid, parent, "user", text))
        self.composer.clear()
        await self._reply(cid, user_id)

    async def _reply(self, conversation_id: int, parent_id: int) -> None:
        if self.streaming is not None:
            return
        cid = conversation_id
        message_id = await self.db.run(
            lambda s: s.add_message(cid, parent_id, "assistant", "", status="streaming")
        )
        conv = await self.db.run(lambda s: s.conversation(cid))
        path = await self.open_conversation(cid)
        history = history_for(path, message_id)
        wanted = (conv.model_id or self.model_spec, str(conv.settings.get("adapter", "")))
        if wanted != self.loading:
            self.load(*wanted)  # the worker runs the load before this reply (queued in order)
        if conv.system_prompt.strip():
            history.insert(0, ("system", conv.system_prompt))
        self._request += 1
        self.streaming = Streaming(self._request, cid, message_id)
        self.inference.worker.cancel.clear()
        self.send_button.setText(self.tr("Stop"))
        self._flush_timer.start()
        params = asdict(sampling_from(conv.settings, self.settings.max_new_tokens))
        self.requestGenerate.emit(self._request, history, params, self.settings.context_limit)
        await self.refresh_sidebar()

    def stop(self) -> None:
        """Stop the reply being written; what was written so far is kept."""
        if self.streaming is not None:
            self.inference.worker.cancel.set()

    def _on_prompt_ready(self, request: int, tokens: int, dropped: int) -> None:
        limit = min(self.settings.context_limit, getattr(self, "context_length", self.settings.context_limit))
        self.status.context(tokens, limit, dropped)

    def _on_chunk(self, request: int, text: str) -> None:
        if self.streaming is not None and self.streaming.request == request:
            self.streaming.parts.append(text)
            self.streaming.dirty = True

    def _flush(self) -> None:
        streaming = self.streaming
        if streaming is None or not streaming.dirty:
            return
        streaming.dirty = False
        widget = self.view.widget_for(streaming.message_id)
        if widget is not None:
            widget.set_streaming_text("".join(streaming.parts))

    def _on_finished(self, request: int, stats: dict[str, Any]) -> None:
        streaming = self.streaming
        if streaming is None or streaming.request != request:
            return
        self._flush_timer.stop()
        self.streaming = None
        self.send_button.setText(self.tr("Send"))
        self.spawn(self._save_reply(streaming, stats))

    async def _save_reply(self, streaming: Streaming, stats: dict[str, Any]) -> None:
        text = "".join(streaming.parts).strip()
        reason = stats.get("stop_reason")
        error = stats.get("error")
        mid, cid = streaming.message_id, streaming.conversation_id
        if not text:
            parent = await self.db.run(lambda s: s.delete_message(cid, mid))
            if error or reason == "eos":
                why = error or self.tr("The model ended its reply without writing anything.")
                self.view.show_error(f'{why}  <a href="retry:{cid},{parent}">{self.tr("Retry")}</a>')
        else:
            status = {"cancelled": "stopped", "error": "error"}.get(str(reason), "complete")
            await self.db.run(lambda s: s.update_message(mid, text, status=status, stats=stats))
            if error:
                self.view.show_error(error)
            await self._title_from_first_exchange(cid)
        if not error and stats.get("new_tokens"):
            self.status.speed(stats)
        if self.conversation_id == cid:
            await self.show_current()
        await self.refresh_sidebar()

    async def _title_from_first_exchange(self, conversation_id: int) -> None:
        conv = await self.db.run(lambda s: s.conversation(conversation_id))
        if conv.title == NEW_TITLE:
            path = await self.db.run(lambda s: s.active_path(conversation_id))
            first_user = next((m.content for m in path if m.role == "user"), "")
            await self.db.run(lambda s: s.rename(conversation_id, title_from(first_user)))

    async def regenerate(self, message_id: int) -> None:
        """Write another reply to the same message; the old one stays as an alternative."""
        if self.streaming is not None or self.conversation_id is None:
            return
        path = await self.show_current()
        target = next((m for m in path if m.id == message_id), None)
        if target is not None and target.parent_id is not None:
            await self._reply(self.conversation_id, target.parent_id)

    async def edit(self, message_id: int) -> None:
        """Edit a user message and resend it as a new branch (the old branch stays reachable)."""
        if self.streaming is not None or self.conversation_id is None:
            return
        cid = self.conversation_id
        path = await self.show_current()
        target = next((m for m in path if m.id == message_id), None)
        if target is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Edit message"), self.tr("Message:"), target.content
        )
        if ok and text.strip():
            new_id = await self.db.run(lambda s: s.add_message(cid, target.parent_id, "user", text))
            await self._reply(cid, new_id)

    async def delete_message(self, message_id: int) -> None:
        """Delete a message and what follows it on this branch."""
        if self.streaming is not None or self.conversation_id is None:
            return
        cid = self.conversation_id
        await self.db.run(lambda s: s.delete_message(cid, message_id))
        await self.show_current()

    async def show_sibling(self, message_id: int, step: int) -> None:
        """Flip between alternatives ("2/3")."""
        if self.streaming is not None or self.conversation_id is None:
            return
        cid = self.conversation_id
        await self.db.run(lambda s: s.show_sibling(cid, message_id, step))
        await self.show_current()

    # shutdown ------------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop a running reply, keep its partial text, and close the database cleanly."""
        streaming, self.streaming = self.streaming, None  # a late "finished" signal must not save twice
        self._flush_timer.stop()
        self.inference.stop()
        self.tools.stop()
        if streaming is not None:
            text = "".join(streaming.parts).strip()
            mid, cid = streaming.message_id, streaming.conversation_id
            if text:
                self.db.run_blocking(lambda s: s.update_message(mid, text, status="stopped"))
            else:
                self.db.run_blocking(lambda s: s.delete_message(cid, mid))
        super().closeEvent(event)
