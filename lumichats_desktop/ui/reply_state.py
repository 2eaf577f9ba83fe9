"""The reply being streamed, and the title a new conversation gets from its first message."""

from __future__ import annotations

from dataclasses import dataclass, field

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
