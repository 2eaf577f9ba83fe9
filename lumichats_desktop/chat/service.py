"""The conversation service: every decision about conversations and replies, with no Qt.

The window hands user actions here and renders what comes back. Each method is one job on the
database owner's thread (`StoreRunner.run`), so each action is one store transaction: which message a
reply answers, what the model is given (read from the store, never from what a view shows), which
model and sampling it uses, the title, the status for each stop reason, and what regenerate, edit,
delete and the "2/3" switcher change.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

from lumichats_desktop.attachments.model import Attachment
from lumichats_desktop.chat.replies import (
    NEW_TITLE,
    FinishedReply,
    ReplyPlan,
    abandon_reply,
    finish_reply,
    plan_continue,
    plan_edit,
    plan_regenerate,
    plan_reply,
    plan_send,
    stop_reply,
)
from lumichats_desktop.engine.sampling import SamplingParams
from lumichats_desktop.settings import AppSettings, sampling_from
from lumichats_desktop.storage.database import OpenProblem, StoreError
from lumichats_desktop.storage.import_schema import MAX_FILE_BYTES
from lumichats_desktop.storage.importer import DuplicateImportError
from lumichats_desktop.storage.recovery import KeptFile, RecoveryReport, kept_damaged_files, recover_into
from lumichats_desktop.storage.schema import SCHEMA_VERSION
from lumichats_desktop.storage.store import (
    Conversation,
    ConversationStore,
    ConversationSummary,
    SearchHit,
    StoredMessage,
)

T = TypeVar("T")

__all__ = [
    "SCHEMA_VERSION",
    "ConversationService",
    "DuplicateImportError",
    "KeptFile",
    "OpenProblem",
    "RecoveryReport",
    "StoreError",
    "StoreRunner",
]


class StoreRunner(Protocol):
    """Runs a job on the store's one owner thread (workers.DbExecutor, or a plain caller in tests)."""

    def run(self, job: Callable[[ConversationStore], T]) -> Awaitable[T]: ...

    def run_blocking(self, job: Callable[[ConversationStore], T]) -> T: ...


@dataclass(frozen=True)
class SettingsView:
    """What the settings dialog edits for one conversation."""

    conversation_id: int
    system_prompt: str
    model_id: str | None
    adapter: str
    sampling: SamplingParams


class ConversationService:
    """Conversations and replies for one window; `settings` is the app's current preferences."""

    def __init__(self, db: StoreRunner, settings: AppSettings) -> None:
        self.db, self.settings = db, settings

    @property
    def reply_length(self) -> int:
        return self.settings.max_new_tokens

    # replies ------------------------------------------------------------------------------------

    async def send(
        self, conversation_id: int | None, text: str, attachments: Sequence[Attachment] = ()
    ) -> ReplyPlan:
        """Store the user's message (in a new conversation when None) and an empty reply under it."""
        length = self.reply_length
        return await self.db.run(lambda s: plan_send(s, conversation_id, text, length, attachments))

    async def retry(self, conversation_id: int, parent_id: int) -> ReplyPlan:
        """A new reply to parent_id (after a failure)."""
        length = self.reply_length
        return await self.db.run(lambda s: plan_reply(s, conversation_id, parent_id, length))

    async def regenerate(self, conversation_id: int, message_id: int) -> ReplyPlan | None:
        """Another reply beside message_id (the old one stays as an alternative)."""
        length = self.reply_length
        return await self.db.run(lambda s: plan_regenerate(s, conversation_id, message_id, length))

    async def edit(self, conversation_id: int, message_id: int, text: str) -> ReplyPlan:
        """The edited message as a new branch, and a reply to it."""
        length = self.reply_length
        return await self.db.run(lambda s: plan_edit(s, conversation_id, message_id, text, length))

    async def continue_reply(self, conversation_id: int, message_id: int) -> ReplyPlan:
        """Go on writing a stopped or interrupted reply from its saved text."""
        length = self.reply_length
        return await self.db.run(lambda s: plan_continue(s, conversation_id, message_id, length))

    async def save_partial(self, message_id: int, text: str) -> bool:
        """Save a streaming reply's text so far (a crash keeps it)."""
        return await self.db.run(lambda s: s.save_partial(message_id, text))

    async def finish(self, message_id: int, text: str, stats: dict[str, Any]) -> FinishedReply:
        """Store the finished reply's text, stats, status and the conversation's title."""
        return await self.db.run(lambda s: finish_reply(s, message_id, text.strip(), stats))

    async def abandon(self, plan: ReplyPlan) -> FinishedReply:
        """A reply that could not start: keep what it had, else remove it."""
        return await self.db.run(lambda s: abandon_reply(s, plan.message_id, plan.prefix))

    def stop_on_quit(self, message_id: int, text: str) -> FinishedReply:
        """Quitting mid-reply: keep the text written so far (waits for the database thread)."""
        return self.db.run_blocking(lambda s: stop_reply(s, message_id, text.strip()))

    # messages -------------------------------------------------------------------------------------

    async def path(self, conversation_id: int | None) -> list[StoredMessage]:
        """The shown branch of a conversation, oldest first (nothing for a new, unsaved chat)."""
        if conversation_id is None:
            return []
        return await self.db.run(lambda s: s.active_path(conversation_id))

    async def message_text(self, message_id: int) -> str | None:
        """The stored text of one message (None when it is gone)."""
        message = await self.db.run(lambda s: s.message(message_id))
        return None if message is None else message.content

    async def delete_message(self, conversation_id: int, message_id: int) -> None:
        """Delete a message and what follows it on its branch."""
        await self.db.run(lambda s: s.delete_message(conversation_id, message_id))

    async def show_sibling(self, conversation_id: int, message_id: int, step: int) -> None:
        """Show the previous (-1) or next (+1) alternative of a message."""
        await self.db.run(lambda s: s.show_sibling(conversation_id, message_id, step))

    # conversations --------------------------------------------------------------------------------

    async def startup(self) -> OpenProblem | None:
        """Why the database file was set aside when it opened (damaged, or newer), if it was."""
        return await self.db.run(lambda s: s.problem)

    async def kept_damaged_files(self) -> tuple[Path, list[KeptFile]]:
        """The database's folder, and the damaged copies kept there at earlier starts, newest first."""
        return await self.db.run(lambda s: (s.path.parent, kept_damaged_files(s.path)))

    async def recover(self, source: Path) -> RecoveryReport:
        """Copy what is readable from a damaged database file into this one."""
        return await self.db.run(lambda s: recover_into(s, source))

    async def conversations(self) -> list[ConversationSummary]:
        return await self.db.run(lambda s: s.list_conversations())

    async def search(self, text: str) -> list[SearchHit]:
        return await self.db.run(lambda s: s.search(text))

    async def title(self, conversation_id: int) -> str:
        return await self.db.run(lambda s: s.conversation(conversation_id).title)

    async def rename(self, conversation_id: int, title: str) -> None:
        await self.db.run(lambda s: s.rename(conversation_id, title))

    async def set_pinned(self, conversation_id: int, pinned: bool) -> None:
        await self.db.run(lambda s: s.set_pinned(conversation_id, pinned))

    async def delete(self, conversation_id: int) -> None:
        """Hide it (Undo brings it back; it is removed for good on a later start)."""
        await self.db.run(lambda s: s.delete(conversation_id))

    async def undelete(self, conversation_id: int) -> None:
        await self.db.run(lambda s: s.undelete(conversation_id))

    async def settings_for(self, conversation_id: int | None) -> SettingsView:
        """A conversation's prompt, model and sampling (a new chat is stored first, to hold them)."""
        length = self.reply_length

        def read(store: ConversationStore) -> SettingsView:
            cid = conversation_id
            if cid is None:
                cid = store.create_conversation(NEW_TITLE)
            conv: Conversation = store.conversation(cid)
            adapter = conv.settings.get("adapter", "")
            return SettingsView(
                cid,
                conv.system_prompt,
                conv.model_id,
                adapter if isinstance(adapter, str) else "",
                sampling_from(conv.settings, length),
            )

        return await self.db.run(read)

    async def save_settings(
        self, conversation_id: int, system_prompt: str, model_id: str | None, values: dict[str, Any]
    ) -> None:
        await self.db.run(
            lambda s: s.update_settings(
                conversation_id, system_prompt=system_prompt, model_id=model_id, settings=values
            )
        )

    async def new_with_adapter(self, title: str, base: str, adapter: str) -> int:
        """A conversation that chats with base + adapter (a fine-tune's result)."""

        def create(store: ConversationStore) -> int:
            with store.transaction():
                cid = store.create_conversation(title, model_id=base)
                store.update_settings(cid, system_prompt="", model_id=base, settings={"adapter": adapter})
                return cid

        return await self.db.run(create)

    # export and import ----------------------------------------------------------------------------

    async def export_markdown(self, conversation_id: int) -> str:
        return await self.db.run(lambda s: s.export_markdown(conversation_id))

    async def export_json(self, conversation_ids: list[int] | None) -> str:
        data = await self.db.run(lambda s: s.export_all(conversation_ids))
        return json.dumps(data, ensure_ascii=False, indent=2)

    async def import_data(self, data: Any, file_name: str, on_duplicate: str = "ask") -> list[int]:
        """Add conversations from an export; DuplicateImportError asks what to do with a repeat."""
        return await self.db.run(
            lambda s: s.import_json(data, file_name=file_name, on_duplicate=on_duplicate)
        )


def read_export(path: Path) -> Any:
    """An export file's JSON, refusing a file too large to be an export before reading it into memory."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES / 2**20
        raise ValueError(f"the file is {size / 2**20:,.0f} MB; an export is at most {limit:,.0f} MB")
    return json.loads(path.read_text(encoding="utf-8"))
