"""The reply being streamed, and the title a new conversation gets from its first message."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from lumichats_desktop.storage.store import StoredMessage

NEW_TITLE = "New chat"


@dataclass
class Streaming:
    """The reply being written now."""

    request: int
    conversation_id: int
    message_id: int
    parts: list[str] = field(default_factory=list)
    dirty: bool = False


def title_from(text: str) -> str:
    """A conversation title from the first user message: its first line, about 40 characters."""
    line = " ".join(text.strip().splitlines()[0].split()) if text.strip() else NEW_TITLE
    return line if len(line) <= 40 else line[:39].rstrip() + "…"


def history_for(path: Sequence[StoredMessage], reply_id: int) -> list[tuple[str, str]]:
    """The turns a reply answers: the shown branch without the reply itself.

    Messages of the same role in a row (a message sent after its reply was deleted) become one turn,
    since Gemma-3 turns must alternate.
    """
    turns: list[tuple[str, str]] = []
    for message in path:
        if message.id == reply_id:
            continue
        if turns and turns[-1][0] == message.role:
            turns[-1] = (message.role, turns[-1][1] + "\n\n" + message.content)
        else:
            turns.append((message.role, message.content))
    return turns
