"""Does an attached document fit the context window, and how much of it would?

The answer is shown to the user before anything is cut (never a silent cut): how many tokens the
document needs, how many are free, and the longest beginning of it that fits, ending at a line break.
The window counts with `estimate_tokens` (no tokenizer on the UI thread); the engine counts exactly
when it formats the prompt and refuses a prompt that still does not fit, with a message.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

CountTokens = Callable[[str], int]
FORMAT_OVERHEAD_TOKENS = 64  # turn markers and the block's header and footer lines


def estimate_tokens(text: str) -> int:
    """A cautious token count: Gemma-3 averages ~4 characters a token in English, ~1 in CJK text."""
    ascii_chars = sum(1 for c in text if c < "\x80")
    return int(ascii_chars / 3.5) + (len(text) - ascii_chars) + 1


@dataclass(frozen=True)
class DocumentFit:
    """One document against the room left for documents."""

    name: str
    chars: int  # the whole text
    tokens: int  # the whole text, counted
    room_tokens: int  # tokens free for this document
    fitting_chars: int  # the longest beginning that fits (0: none)

    @property
    def fits(self) -> bool:
        return self.tokens <= self.room_tokens


def room_for_documents(context_limit: int, max_new_tokens: int, other_tokens: int, documents: int = 1) -> int:
    """Tokens free for documents once the reply, the typed text and the format are counted."""
    free = context_limit - max_new_tokens - other_tokens - FORMAT_OVERHEAD_TOKENS * max(documents, 1)
    return max(free, 0)


def fitting_prefix(text: str, room_tokens: int, count: CountTokens) -> int:
    """How many leading characters of text fit into room_tokens, cut at a line break when one is near."""
    if room_tokens <= 0 or not text:
        return 0
    if count(text) <= room_tokens:
        return len(text)
    low, high = 0, len(text)
    while low < high:  # the largest n with count(text[:n]) <= room_tokens
        mid = (low + high + 1) // 2
        if count(text[:mid]) <= room_tokens:
            low = mid
        else:
            high = mid - 1
    line = text.rfind("\n", 0, low)
    return line if line > low * 0.8 else low


def check_document(name: str, text: str, room_tokens: int, count: CountTokens) -> DocumentFit:
    """How the document compares with the room it has."""
    tokens = count(text)
    fitting = len(text) if tokens <= room_tokens else fitting_prefix(text, room_tokens, count)
    return DocumentFit(name, len(text), tokens, room_tokens, fitting)
