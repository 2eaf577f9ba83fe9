"""The reply being streamed (the title helpers live in the Qt-free chat service)."""

from __future__ import annotations

from dataclasses import dataclass, field

from lumichats_desktop.chat.replies import NEW_TITLE, PartialSaver, title_from

__all__ = ["NEW_TITLE", "Streaming", "title_from"]


@dataclass
class Streaming:
    """The reply being written now; its text is saved about once a second while it streams."""

    request: int
    conversation_id: int
    message_id: int
    parts: list[str] = field(default_factory=list)
    dirty: bool = False
    saver: PartialSaver = field(default_factory=PartialSaver)

    @property
    def text(self) -> str:
        return "".join(self.parts)
