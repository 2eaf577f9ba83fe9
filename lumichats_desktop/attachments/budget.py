"""Does an attached document fit the context window, and how much of it would?

The answer is shown to the user before anything is cut (never a silent cut): how many tokens the
document needs, how many are free, and the longest beginning of it that fits, ending at a line break.
Both come from one pass over the text: where each token ends. The window measures with the loaded
model's own tokenizer (`tokenizer_ends`, exact); before a model has loaded it uses `estimated_ends`,
which errs on the long side. The engine counts again when it formats the prompt and refuses, with a
message, a prompt that still does not fit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from lumichats_desktop.attachments.model import Attachment

TokenEnds = Callable[[str], list[int]]  # text -> the character offset where each of its tokens ends
FORMAT_OVERHEAD_TOKENS = 64  # turn markers and the block's header and footer lines


def tokenizer_ends(tokenizer: Any) -> TokenEnds:
    """Exact token ends from a fast (Rust) tokenizer's offsets: one encode of the text."""

    def ends(text: str) -> list[int]:
        encoded = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
        return [int(end) for _, end in encoded["offset_mapping"]]

    return ends


def _weight(c: str) -> float:
    # Checked against the Gemma-3 tokenizer on prose, code, Markdown, CSV, JSON and 20 scripts
    # (tests/attachments/test_budget.py): digits are one token each, punctuation and line breaks often
    # are, words run ~4 letters a token, CJK ~1 character, a rare emoji falls back to its UTF-8 bytes.
    # Runs of hex (JSON's \u escapes, hashes) can take more: the engine's exact count still guards.
    if c < "\x80":
        if c.isdigit() or c == "\n" or not (c.isalpha() or c.isspace()):
            return 1.0
        return 1 / 3
    return 4.0 if c > "\uffff" else 1.5


def estimated_ends(text: str) -> list[int]:
    """Token ends, estimated on the long side, for when no tokenizer is at hand."""
    ends: list[int] = []
    total = 0.0
    for index, c in enumerate(text):
        total += _weight(c)
        while len(ends) < total:
            ends.append(index + 1)
    return ends


def estimate_tokens(text: str) -> int:
    return len(estimated_ends(text))


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


def check_document(name: str, text: str, room_tokens: int, token_ends: TokenEnds) -> DocumentFit:
    """How the document compares with its room, and the longest beginning that fits (cut at a line)."""
    ends = token_ends(text)
    if len(ends) <= room_tokens:
        return DocumentFit(name, len(text), len(ends), room_tokens, len(text))
    fitting = ends[room_tokens - 1] if room_tokens > 0 else 0
    line = text.rfind("\n", 0, fitting)
    if line > fitting * 0.8:  # end at a line break when one is near, not mid-sentence
        fitting = line
    return DocumentFit(name, len(text), len(ends), room_tokens, fitting)


IMAGE_TOKENS = 260  # Gemma-3 4B: 256 soft tokens, the two image markers and the blank lines around


def measure_documents(
    attachments: Sequence[Attachment],
    text: str,
    context_limit: int,
    reply_tokens: int,
    token_ends: TokenEnds,
) -> list[DocumentFit | None]:
    """Each document against an equal share of the free room (None for images); one pass per text."""
    documents = [a for a in attachments if not a.is_image]
    other = len(token_ends(text)) + IMAGE_TOKENS * (len(attachments) - len(documents))
    share = room_for_documents(context_limit, reply_tokens, other, len(documents)) // max(len(documents), 1)
    return [
        None if a.is_image else check_document(a.name, a.kept_text, share, token_ends) for a in attachments
    ]
