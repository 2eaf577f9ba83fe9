"""The loop guard: a DRY ("don't repeat yourself") penalty on tokens that would continue a repeat.

Small models fall into loops under greedy decoding ("It is a soothing sound ..." four times). A plain
repetition penalty pushes down every token already seen, so it also punishes the words a reply must
reuse (the user's name, the language's common words). DRY, after p-e-w's sampler for
text-generation-webui, only punishes the token that would extend a sequence already written earlier
in the reply, more the longer that sequence: short reuse is free, a looping sentence is not.

Shared by the chat engine (every token of every reply) and the evaluation (a logits processor), so
what the suite measures is what the app does. Pure Python over the reply's ids: a few tens of
microseconds a token for a 1,000-token reply, against tens of milliseconds for the forward pass.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

MAX_MATCH = 64  # longer matches get the same (already overwhelming) penalty; bounds the work per token


@dataclass(frozen=True)
class LoopGuard:
    """DRY's settings. multiplier 0 turns it off.

    Attributes:
        multiplier: the penalty for a repeat one token longer than allowed_length (logit units).
        base: how fast the penalty grows with each further repeated token.
        allowed_length: repeats up to this many tokens are free (names, short phrases).
    """

    multiplier: float = 0.8
    base: float = 1.75
    allowed_length: int = 2

    def check(self) -> None:
        """Raise ValueError naming the first setting out of range."""
        if self.multiplier < 0:
            raise ValueError("loop guard strength must be 0 (off) or more.")
        if self.base < 1:
            raise ValueError("loop guard growth (dry_base) must be at least 1.")
        if self.allowed_length < 1:
            raise ValueError("loop guard allowed length must be at least 1 token.")


def dry_penalties(reply: Sequence[int], guard: LoopGuard) -> dict[int, float]:
    """{token id: amount to subtract from its logit} for the next token after reply.

    For each earlier place where the reply's last token occurred, count how many tokens before it
    match the tokens before the end (the repeat so far); the token that followed there would extend
    the repeat, so it is penalised by multiplier * base ** (length - allowed_length).
    """
    if guard.multiplier == 0 or len(reply) < 2:
        return {}
    end = len(reply) - 1
    last = reply[end]
    longest: dict[int, int] = {}
    for i in range(end - 1, -1, -1):
        if reply[i] != last:
            continue
        length = 1
        while length < MAX_MATCH and i - length >= 0 and reply[i - length] == reply[end - length]:
            length += 1
        follower = reply[i + 1]
        if length > longest.get(follower, 0):
            longest[follower] = length
    return {
        token: guard.multiplier * guard.base ** (length - guard.allowed_length)
        for token, length in longest.items()
        if length >= guard.allowed_length
    }
