"""Fit a conversation into the context window: keep the system prompt and the newest turns.

The oldest whole exchanges (a user turn and the reply to it) go first, so the kept part still starts
with the user and never has a turn cut in half. A newest message that cannot fit even alone is an
error the user can act on, never a silent cut.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from lumichats_desktop.engine.errors import ContextOverflowError
from trainer.common.chat_format import Message, segments, validate

Encode = Callable[[str], list[int]]


@dataclass(frozen=True)
class BudgetedPrompt:
    """The messages that will be sent, their token ids, and how many older messages were left out."""

    messages: list[Message]
    token_ids: list[int]
    dropped_messages: int
    pixel_values: Any = None  # the kept images for a vision model (engine/vision.py), else None


def encode_messages(messages: Sequence[Message], encode: Encode) -> list[int]:
    """Token ids of the Gemma-3 prompt, encoded segment by segment (turn markers never merge)."""
    ids: list[int] = []
    for segment in segments(messages):
        ids.extend(encode(segment.text))
    return ids


def fit_to_context(
    messages: Sequence[Message], encode: Encode, *, context_limit: int, max_new_tokens: int
) -> BudgetedPrompt:
    """Drop the oldest exchanges until prompt + reply room fit into context_limit tokens."""
    validate(messages)
    if max_new_tokens >= context_limit:
        raise ContextOverflowError(
            f"The reply length ({max_new_tokens} tokens) leaves no room in the context window "
            f"({context_limit} tokens). Lower 'max new tokens' or raise the context limit."
        )
    cache: dict[str, list[int]] = {}

    def cached(text: str) -> list[int]:
        if text not in cache:
            cache[text] = encode(text)
        return cache[text]

    system = list(messages[:1]) if messages[0].role == "system" else []
    turns = list(messages[len(system) :])
    budget = context_limit - max_new_tokens
    for start in range(0, len(turns), 2):
        kept = system + turns[start:]
        ids = encode_messages(kept, cached)
        if len(ids) <= budget:
            return BudgetedPrompt(kept, ids, dropped_messages=start)
    raise ContextOverflowError(
        f"Your message is too long: with the system prompt it needs {len(ids)} tokens, but only "
        f"{budget} fit ({context_limit} context minus {max_new_tokens} for the reply). Shorten it, "
        "attach less text, lower 'max new tokens', or raise the context limit in Settings."
    )
