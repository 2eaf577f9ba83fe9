"""Plan a reply and finish it, each in one store transaction, so a crash never leaves half a change.

Called on the database owner's thread (`db.run(lambda s: plan_send(s, ...))`). A plan holds
everything the model needs; the reply row is stored as 'streaming' at once and its text is saved as
it streams (`PartialSaver`), so a crash keeps what was written and the next start marks it
'interrupted' (see ConversationStore.mark_interrupted).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from lumichats_desktop.attachments.model import Attachment
from lumichats_desktop.attachments.prompt import defuse, user_turn
from lumichats_desktop.engine.sampling import SamplingParams
from lumichats_desktop.engine.stop_reason import StopReason
from lumichats_desktop.settings import read_sampling
from lumichats_desktop.storage.attachments import link_attachments
from lumichats_desktop.storage.database import StoreError
from lumichats_desktop.storage.store import ConversationStore, StoredMessage

NEW_TITLE = "New chat"
SAVE_PARTIAL_S = 1.0  # how often the text of a streaming reply is saved


@dataclass(frozen=True)
class ReplyPlan:
    """One reply about to be written: where it is stored and what the model is asked."""

    conversation_id: int
    message_id: int  # the stored 'streaming' reply
    parent_id: int  # the user message it answers
    history: list[tuple[str, str]]  # (role, text), oldest first, system prompt first if any
    model_id: str | None  # None: the app's default model
    adapter: str
    sampling: SamplingParams
    prefix: str = ""  # Continue: the text already written, which the model goes on from
    problems: tuple[str, ...] = ()  # bad stored values that were replaced by defaults
    images: tuple[bytes, ...] = ()  # attached images, in the order of their markers in the history

    @property
    def prompt(self) -> list[tuple[str, str]]:
        """What the model is given: the history, then the reply's text so far when continuing."""
        return [*self.history, ("assistant", self.prefix)] if self.prefix else list(self.history)

    def model(self, default: str) -> tuple[str, str]:
        """(model, adapter) this reply needs: the conversation's model, else the app's default."""
        return (self.model_id or default, self.adapter)


@dataclass(frozen=True)
class FinishedReply:
    """What finishing did: kept (with its status) or removed because nothing was written."""

    kept: bool
    status: str
    parent_id: int | None
    model_wrote_nothing: bool = False  # the model ended its reply at once: worth saying, with Retry


def title_from(text: str) -> str:
    """A conversation title from the first user message: its first line, about 40 characters."""
    line = " ".join(text.strip().splitlines()[0].split()) if text.strip() else NEW_TITLE
    return line if len(line) <= 40 else line[:39].rstrip() + "…"


def prompt_history(path: Sequence[StoredMessage], system_prompt: str = "") -> list[tuple[str, str]]:
    """The messages the model sees (see prompt_with_images), without the images' pixels."""
    return prompt_with_images(path, system_prompt)[0]


def prompt_with_images(
    path: Sequence[StoredMessage], system_prompt: str = ""
) -> tuple[list[tuple[str, str]], tuple[bytes, ...]]:
    """The messages the model sees: empty replies left out, same-role neighbours joined, user first.

    Interrupted or failed replies may be empty; leaving them out (and joining the user messages around
    them) keeps the turns alternating, so a conversation with such a reply stays usable. A user
    message's attachments join its text (attachments/prompt.py); its images come back in order.
    """
    out: list[tuple[str, str]] = []
    images: list[bytes] = []
    for message in path:
        text = defuse(message.content)  # a typed image marker never claims an image (attachments/prompt)
        if message.attachments and message.role == "user":
            text, own = user_turn(message.content, message.attachments)
            images.extend(own)
        if not text.strip():
            continue
        if out and out[-1][0] == message.role:
            out[-1] = (message.role, out[-1][1] + "\n\n" + text)
        elif out or message.role == "user":
            out.append((message.role, text))
    if system_prompt.strip():
        out.insert(0, ("system", system_prompt))
    return out, tuple(images)


def _plan(
    store: ConversationStore, conversation_id: int, message_id: int, max_new_tokens: int, prefix: str = ""
) -> ReplyPlan:
    conv = store.conversation(conversation_id)
    path = store.active_path(conversation_id)
    upto = [m for m in path if m.id != message_id]
    sampling, problems = read_sampling(conv.settings, max_new_tokens)
    adapter = conv.settings.get("adapter", "")
    if not isinstance(adapter, str):
        problems.append("This conversation's adapter setting was unreadable; no adapter is used.")
        adapter = ""
    parent = next(m.parent_id for m in path if m.id == message_id)
    history, images = prompt_with_images(upto, conv.system_prompt)
    return ReplyPlan(
        conversation_id,
        message_id,
        parent or 0,
        history,
        conv.model_id,
        adapter,
        sampling,
        prefix,
        (*conv.problems, *problems),
        images,
    )


def plan_send(
    store: ConversationStore,
    conversation_id: int | None,
    text: str,
    max_new_tokens: int,
    attachments: Sequence[Attachment] = (),
) -> ReplyPlan:
    """Store the user's message (with its attachments) and an empty 'streaming' reply, in one commit."""
    with store.transaction():
        if conversation_id is None:
            conversation_id = store.create_conversation(NEW_TITLE)
        path = store.active_path(conversation_id)
        # Follow the shown branch, also when it ends without a reply (one deleted or failed): the user
        # messages in a row are joined into one turn for the model (prompt_history).
        parent = path[-1].id if path else None
        user_id = store.add_message(conversation_id, parent, "user", text)
        link_attachments(store, user_id, attachments)
        reply_id = store.add_message(conversation_id, user_id, "assistant", "", status="streaming")
        return _plan(store, conversation_id, reply_id, max_new_tokens)


def plan_reply(
    store: ConversationStore, conversation_id: int, parent_id: int, max_new_tokens: int
) -> ReplyPlan:
    """A new reply (Retry, Regenerate, an edited message) under parent_id, stored as 'streaming'."""
    with store.transaction():
        reply_id = store.add_message(conversation_id, parent_id, "assistant", "", status="streaming")
        return _plan(store, conversation_id, reply_id, max_new_tokens)


def plan_regenerate(
    store: ConversationStore, conversation_id: int, message_id: int, max_new_tokens: int
) -> ReplyPlan | None:
    """Another reply to the message that message_id answers; None when it answers nothing."""
    with store.transaction():
        target = store.message(message_id)
        if target is None or target.parent_id is None:
            return None
        return plan_reply(store, conversation_id, target.parent_id, max_new_tokens)


def plan_edit(
    store: ConversationStore, conversation_id: int, message_id: int, text: str, max_new_tokens: int
) -> ReplyPlan:
    """The edited user message as a new branch beside the old one, and a reply under it, in one commit."""
    with store.transaction():
        target = store.message(message_id)
        if target is None or target.role != "user":
            raise StoreError("That message no longer exists.")
        user_id = store.add_message(conversation_id, target.parent_id, "user", text)
        link_attachments(store, user_id, target.attachments)  # the edit keeps the files it was about
        return plan_reply(store, conversation_id, user_id, max_new_tokens)


def plan_continue(
    store: ConversationStore, conversation_id: int, message_id: int, max_new_tokens: int
) -> ReplyPlan:
    """Go on writing an interrupted or stopped reply from where its saved text ends."""
    message = store.message(message_id)
    if message is None or message.role != "assistant":
        raise StoreError("That reply no longer exists.")
    if store.has_children(message_id):
        raise StoreError("Only the last reply of a branch can be continued; use Retry to write it again.")
    with store.transaction():
        store.update_message(message_id, message.content, status="streaming", stats=message.stats)
        store.show_message(conversation_id, message_id)
        return _plan(store, conversation_id, message_id, max_new_tokens, prefix=message.content)


def status_for(stop_reason: object) -> str:
    """The stored status for the engine's stop reason: stopped by the user, failed, or complete."""
    try:
        reason = StopReason(stop_reason)
    except ValueError:
        return "error"
    return {StopReason.CANCELLED: "stopped", StopReason.ERROR: "error"}.get(reason, "complete")


def finish_reply(
    store: ConversationStore, message_id: int, text: str, stats: dict[str, Any]
) -> FinishedReply:
    """Store the finished (stopped, failed) reply and the conversation's title in one commit.

    A reply with no text is removed (its branch shows the user's message again, ready for Retry).
    """
    status = status_for(stats.get("stop_reason"))
    with store.transaction():
        message = store.message(message_id)
        if message is None:
            return FinishedReply(False, status, None)
        if not text.strip():
            parent = store.delete_message(store.conversation_of(message_id), message_id)
            return FinishedReply(False, status, parent, model_wrote_nothing=status == "complete")
        store.update_message(message_id, text, status=status, stats=stats)
        cid = store.conversation_of(message_id)
        if store.conversation(cid).title == NEW_TITLE:
            first = next((m for m in store.active_path(cid) if m.role == "user"), None)
            words = "" if first is None else first.content
            if not words.strip() and first is not None and first.attachments:
                words = first.attachments[0].name  # a file sent without a question: name the chat after it
            store.rename(cid, title_from(words))
        return FinishedReply(True, status, message.parent_id)


def abandon_reply(store: ConversationStore, message_id: int, text: str = "") -> FinishedReply:
    """A reply that could not start or was cut off by an error: keep what was written, else remove it."""
    return finish_reply(store, message_id, text, {"stop_reason": StopReason.ERROR.value})


def stop_reply(store: ConversationStore, message_id: int, text: str) -> FinishedReply:
    """A reply the user stopped (or the app closed on): keep what was written."""
    return finish_reply(store, message_id, text, {"stop_reason": StopReason.CANCELLED.value})


class PartialSaver:
    """Decides when the text of a streaming reply is saved: changed, and SAVE_PARTIAL_S since the last."""

    def __init__(
        self, interval_s: float = SAVE_PARTIAL_S, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.interval_s, self._clock = interval_s, clock
        self._last_at = clock()
        self.saved = ""

    def due(self, text: str) -> str | None:
        """The text to save now, or None (unchanged, or saved less than interval_s ago)."""
        now = self._clock()
        if text == self.saved or now - self._last_at < self.interval_s:
            return None
        self._last_at, self.saved = now, text
        return text
