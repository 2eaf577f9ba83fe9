"""Turn a growing list of token ids into text chunks that never split a character.

Gemma's tokenizer falls back to single bytes (`<0xE0>`...) for rare characters, so one character can
span several tokens, and its decoder turns a whole run of byte tokens into U+FFFD when the run as a
whole is not valid UTF-8 (even the characters that looked complete before). So we emit text only
after a token that is not a byte, decode a small window behind the newest token (as vLLM does) that
never starts inside a byte run, and hold text back while it ends in U+FFFD. A special token that
decoding skips (`<pad>`, `<unusedN>`) is held like a byte: the decoder joins the byte tokens on both
sides of it into one run, so text emitted at it could differ from the final decode. `finish()` returns
whatever is still held, so the chunks joined equal the final decode exactly.
"""

from __future__ import annotations

import re
import weakref
from typing import Any

REPLACEMENT = "\ufffd"
# Enough tokens of left context for the decoder to place spaces and merge byte runs correctly.
WINDOW = 6
_BYTE_PIECE = re.compile(r"^<0x[0-9A-Fa-f]{2}>$")
# Once per tokenizer object, for as long as it lives: keyed by the object itself (weakly), not by id(),
# which a tokenizer made after this one is freed can get again.
_held_ids_by_tokenizer: weakref.WeakKeyDictionary[Any, frozenset[int]] = weakref.WeakKeyDictionary()


def held_token_ids(tokenizer: Any) -> frozenset[int]:
    """Ids after which no text is emitted yet: the byte-fallback tokens `<0x00>`..`<0xFF>` and the special
    tokens decoding skips (empty for tokenizers without either).

    The scan of the vocabulary takes 0.2-0.5 s on Gemma's 262k tokens, so it runs once per tokenizer.
    """
    held = _held_ids_by_tokenizer.get(tokenizer)
    if held is None:
        held = _held_ids_by_tokenizer[tokenizer] = _scan(tokenizer)
    return held


def _scan(tokenizer: Any) -> frozenset[int]:
    vocab: dict[str, int] = tokenizer.get_vocab()
    held = {i for piece, i in vocab.items() if _BYTE_PIECE.match(piece)}
    added = getattr(tokenizer, "added_tokens_decoder", {})
    held |= {i for i, token in added.items() if getattr(token, "special", False)}
    return frozenset(held)


class IncrementalDetokenizer:
    """Feed token ids one at a time with `push`; call `finish` once at the end."""

    def __init__(self, tokenizer: Any) -> None:
        self._tokenizer = tokenizer
        self._ids: list[int] = []
        self._prefix_offset = 0
        self._read_offset = 0
        self._emitted: list[str] = []
        self._held_ids = held_token_ids(tokenizer)

    def _decode(self, ids: list[int]) -> str:
        text: str = self._tokenizer.decode(ids, skip_special_tokens=True)
        return text

    @property
    def text(self) -> str:
        """Everything emitted so far."""
        return "".join(self._emitted)

    def push(self, token_id: int) -> str:
        """Add one token; return the new text it completes (often "", never a split character)."""
        self._ids.append(token_id)
        if token_id in self._held_ids:
            return ""  # inside a byte run (or at a skipped special): its text is not final yet
        prefix_text = self._decode(self._ids[self._prefix_offset : self._read_offset])
        new_text = self._decode(self._ids[self._prefix_offset :])
        if (
            len(new_text) > len(prefix_text)
            and new_text.startswith(prefix_text)
            and not new_text.endswith(REPLACEMENT)
        ):
            chunk = new_text[len(prefix_text) :]
            self._read_offset = len(self._ids)
            start = max(0, self._read_offset - WINDOW)
            while start > 0 and self._ids[start] in self._held_ids and self._ids[start - 1] in self._held_ids:
                start -= 1
            self._prefix_offset = start
            self._emitted.append(chunk)
            return chunk
        return ""

    def finish(self) -> str:
        """The text still held back, so that all chunks joined equal decode(all ids)."""
        full = self._decode(self._ids)
        emitted = self.text
        if not full.startswith(emitted):
            # Cannot happen with Gemma's decoder (tested); keep the stream consistent anyway.
            return ""
        rest = full[len(emitted) :]
        if rest:
            self._emitted.append(rest)
        return rest
