"""Sending and streaming replies: plan in one commit, stream, save as it streams, finish in one commit.

A mixin of MainWindow (the send/reply/error path in one place, Qt widgets reached through the window).
Its strings are translated in the "MainWindow" context, where they have always been.
Any failure between "send" and "finished" gives the window back: Send button, no reply left
'streaming', the user's text kept, the reason shown with Retry.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from lumichats_desktop.attachments.budget import TokenEnds, estimated_ends, measure_documents, tokenizer_ends
from lumichats_desktop.attachments.model import Attachment
from lumichats_desktop.chat.replies import ReplyPlan
from lumichats_desktop.chat.service import ConversationService, StoreError
from lumichats_desktop.settings import AppSettings
from lumichats_desktop.storage.store import StoredMessage
from lumichats_desktop.ui.attachment_bar import in_thread
from lumichats_desktop.ui.document_cut_dialog import choose_parts
from lumichats_desktop.ui.reply_state import Streaming

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QPushButton

    from lumichats_desktop.ui.attachment_bar import AttachmentBar
    from lumichats_desktop.ui.chat_view import ChatView
    from lumichats_desktop.ui.composer import Composer
    from lumichats_desktop.ui.status_bar import ChatStatusBar
    from lumichats_desktop.workers.inference_worker import InferenceThread

log = logging.getLogger(__name__)


class ReplyFlow:
    """The reply half of the main window."""

    if TYPE_CHECKING:  # provided by MainWindow
        conversations: ConversationService
        settings: AppSettings
        view: ChatView
        composer: Composer
        send_button: QPushButton
        status: ChatStatusBar
        inference: InferenceThread
        conversation_id: int | None
        streaming: Streaming | None
        context_length: int
        model_spec: str
        loading: tuple[str, str]
        requestGenerate: Any
        _starting: bool
        _request: int
        _flush_timer: QTimer
        attachment_bar: AttachmentBar

        def load(self, model: str, adapter: str, device: str = "auto") -> None: ...
        def ask(self, dialog: Any) -> bool: ...
        def spawn(self, job: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]: ...
        async def open_conversation(self, conversation_id: int) -> list[StoredMessage]: ...
        async def show_current(self) -> list[StoredMessage]: ...
        async def refresh_sidebar(self) -> list[Any]: ...

    async def send(self, text: str) -> None:
        """Store the user's message and an empty reply in one commit, then stream the reply into it."""
        files: list[Attachment] | None = self.attachment_bar.attachments()
        if self.busy or not (text.strip() or files):
            return
        if files:  # a document too long for the context: the user chooses what part goes (or cancels)
            self._starting = True  # a second Enter while the files are measured sends nothing twice
            try:
                files = await self._fit_files(files, text)
            finally:
                self._starting = False
        if files is None:
            return
        cid = self.conversation_id

        def stored() -> None:
            self.composer.clear()
            self.attachment_bar.clear()

        sent = files
        await self._start_reply(lambda: self.conversations.send(cid, text, sent), stored)

    async def _fit_files(self, files: list[Attachment], text: str) -> list[Attachment] | None:
        """Measure the documents off the UI thread; ask about each that does not fit (None: cancelled)."""
        limit = min(self.settings.context_limit, getattr(self, "context_length", self.settings.context_limit))
        reply, ends = self.settings.max_new_tokens, self._token_ends()
        fits = await in_thread(lambda: measure_documents(files, text, limit, reply, ends))
        return choose_parts(files, fits, limit, reply, self.ask)

    def _token_ends(self) -> TokenEnds:
        """The loaded model's tokenizer (exact), or a cautious estimate while none has loaded."""
        engine = self.inference.worker.engine
        return estimated_ends if engine is None else tokenizer_ends(engine.loaded.tokenizer)

    @property
    def busy(self) -> bool:
        """A reply is being planned or written: new ones wait."""
        return self.streaming is not None or self._starting

    async def _retry(self, conversation_id: int, parent_id: int) -> None:
        await self._start_reply(lambda: self.conversations.retry(conversation_id, parent_id))

    async def continue_reply(self, message_id: int) -> None:
        """Go on writing an interrupted or stopped reply from where its text ends."""
        if self.busy or self.conversation_id is None:
            return
        cid = self.conversation_id
        await self._start_reply(lambda: self.conversations.continue_reply(cid, message_id))

    async def regenerate(self, message_id: int) -> None:
        """Write another reply to the same message; the old one stays as an alternative."""
        if self.busy or self.conversation_id is None:
            return
        cid = self.conversation_id
        await self._start_reply(lambda: self.conversations.regenerate(cid, message_id))

    async def resend_edited(self, message_id: int, text: str) -> None:
        """An edited user message as a new branch (the old branch stays reachable), and its reply."""
        if self.busy or self.conversation_id is None or not text.strip():
            return
        cid = self.conversation_id
        await self._start_reply(lambda: self.conversations.edit(cid, message_id, text))

    async def _start_reply(
        self,
        plan_job: Callable[[], Awaitable[ReplyPlan | None]],
        stored: Callable[[], None] | None = None,
    ) -> None:
        """Plan (one commit), show, and ask the worker; any failure on the way gives the window back."""
        if self.busy:
            return
        self._starting = True
        plan: ReplyPlan | None = None
        try:
            plan = await plan_job()
            if plan is None:
                return
            if stored is not None:
                stored()  # the user's text is saved: the composer may be emptied
            await self._begin_stream(plan)
        except Exception as exc:
            await self._abandon(plan, exc)
        finally:
            self._starting = False

    async def _begin_stream(self, plan: ReplyPlan) -> None:
        cid = plan.conversation_id
        await self.open_conversation(cid)
        await self.refresh_sidebar()
        self.view.banner.show_notice("conversation", "\n".join(plan.problems))
        wanted = plan.model(self.model_spec)
        if wanted != self.loading:
            self.load(*wanted)  # the worker runs the load before this reply (queued in order)
        params = asdict(plan.sampling)
        self._request += 1
        self.streaming = Streaming(self._request, cid, plan.message_id, [plan.prefix] if plan.prefix else [])
        self.streaming.saver.saved = plan.prefix
        self.inference.worker.cancel.clear()
        self.send_button.setText(QCoreApplication.translate("MainWindow", "Stop"))
        self._flush_timer.start()
        self.requestGenerate.emit(
            self._request, plan.prompt, params, self.settings.context_limit, list(plan.images)
        )

    def _end_stream(self) -> None:
        self._flush_timer.stop()
        self.streaming = None
        self.send_button.setText(QCoreApplication.translate("MainWindow", "Send"))

    async def _abandon(self, plan: ReplyPlan | None, exc: BaseException) -> None:
        """A reply that could not start: stop it, keep what was stored, say why, offer Retry."""
        log.error("a reply could not start", exc_info=exc)
        if self.streaming is not None:
            self.inference.worker.cancel.set()
        self._end_stream()
        why = (
            str(exc)
            if isinstance(exc, (StoreError, OSError))
            else QCoreApplication.translate("MainWindow", "The reply could not start: %s") % exc
        )
        if plan is None:
            self.view.banner.show_notice("reply", why)
            return
        try:
            await self.conversations.abandon(plan)
        except Exception:
            log.exception("could not tidy up the reply that failed to start")
        self._reply_error(why, plan.conversation_id, plan.parent_id)
        with contextlib.suppress(Exception):
            await self.show_current()

    def _reply_error(self, why: str, conversation_id: int, parent_id: int | None) -> None:
        actions = []
        if parent_id:
            actions = [
                (
                    QCoreApplication.translate("MainWindow", "Retry"),
                    lambda: self.spawn(self._retry(conversation_id, parent_id)),
                )
            ]
        self.view.banner.show_notice("reply", why, actions)

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
        text = streaming.text
        widget = self.view.widget_for(streaming.message_id)
        if widget is not None:
            widget.set_streaming_text(text)
        due = streaming.saver.due(text)
        if due is not None:  # about once a second: a crash now keeps what was written
            self.spawn(self.conversations.save_partial(streaming.message_id, due))

    def _on_finished(self, request: int, stats: dict[str, Any]) -> None:
        streaming = self.streaming
        if streaming is None or streaming.request != request:
            return
        self._end_stream()
        self.spawn(self._save_reply(streaming, stats))

    async def _save_reply(self, streaming: Streaming, stats: dict[str, Any]) -> None:
        error = stats.get("error")
        cid = streaming.conversation_id
        done = await self.conversations.finish(streaming.message_id, streaming.text, stats)
        if error or done.model_wrote_nothing:
            why = error or QCoreApplication.translate(
                "MainWindow", "The model ended its reply without writing anything."
            )
            self._reply_error(why, cid, done.parent_id)
        if not error and stats.get("new_tokens"):
            self.status.speed(stats)
        if self.conversation_id == cid:
            await self.show_current()
        await self.refresh_sidebar()
