"""Held-out conversations with anything the model trained on taken out: exact and near duplicates.

ShareGPT holds the same conversation shared twice, and the same question asked again with small
edits; a held-out row like that measures memory, not generalisation. Three tests, each on text
normalised (NFKC, case-folded, punctuation and spacing collapsed):

- exact: the whole conversation's text hashes the same;
- same prompt: the first user message is the same (and not a one-word greeting);
- near: MinHash over word 5-gram shingles estimates a Jaccard similarity of at least NEAR_JACCARD,
  found through LSH bands so a held-out row is compared with candidates only, not every training row.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from trainer.common.chat_format import Message
from trainer.evaluation.checks import units

SHINGLE = 5
PERMUTATIONS = 128
BANDS = 32  # 32 bands of 4 rows: a pair at Jaccard 0.5 becomes a candidate with probability ~0.87
NEAR_JACCARD = 0.5
MIN_PROMPT_CHARS = 24  # shorter first messages ("hi", "continue") are shared by unrelated rows

_rng = np.random.default_rng(20261129)
_A = _rng.integers(1, 2**63, size=PERMUTATIONS, dtype=np.uint64) | np.uint64(1)
_B = _rng.integers(0, 2**63, size=PERMUTATIONS, dtype=np.uint64)


def normalise_text(text: str) -> str:
    """Case, width, punctuation and spacing removed, so trivial edits hash the same."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.findall(r"\w+", text))


def _hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")


def conversation_text(messages: Sequence[Message]) -> str:
    return "\n".join(m.content for m in messages)


def first_prompt(messages: Sequence[Message]) -> str:
    return next((m.content for m in messages if m.role == "user"), "")


def minhash(text: str) -> np.ndarray:
    """The MinHash signature of the text's word 5-gram shingles (multiply-shift hashing mod 2**64)."""
    words = units(normalise_text(text))
    grams = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    values = np.array([_hash(g) for g in grams], dtype=np.uint64)
    with np.errstate(over="ignore"):
        mixed = values[None, :] * _A[:, None] + _B[:, None]  # wraps mod 2**64 on purpose
    return mixed.min(axis=1)


@dataclass
class DedupReport:
    """How many held-out rows were kept and why the others were dropped."""

    kept: int = 0
    dropped: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {"kept": self.kept, "dropped": dict(self.dropped), "examples": self.examples[:5]}


class TrainingIndex:
    """What the model trained on, indexed for the three duplicate tests."""

    def __init__(self, conversations: Sequence[Sequence[Message]] = ()) -> None:
        self.size = 0
        self.exact: set[int] = set()
        self.prompts: set[int] = set()
        self.signatures: list[np.ndarray] = []
        self.buckets: dict[tuple[int, bytes], list[int]] = defaultdict(list)
        for c in conversations:
            self.add(c)

    def add(self, messages: Sequence[Message], signature: np.ndarray | None = None) -> None:
        """Index one more conversation (a training mix grows this way while it is deduplicated);
        `signature` is its minhash when the caller already has it."""
        self.size += 1
        self.exact.add(_hash(normalise_text(conversation_text(messages))))
        prompt = normalise_text(first_prompt(messages))
        if len(prompt) >= MIN_PROMPT_CHARS:
            self.prompts.add(_hash(prompt))
        if signature is None:
            signature = minhash(conversation_text(messages))
        for band, key in _bands(signature):
            self.buckets[(band, key)].append(len(self.signatures))
        self.signatures.append(signature)

    def duplicate_reason(
        self, messages: Sequence[Message], signature: np.ndarray | None = None
    ) -> str | None:
        """Why this conversation counts as seen in training, or None when it is new."""
        if _hash(normalise_text(conversation_text(messages))) in self.exact:
            return "exact duplicate"
        prompt = normalise_text(first_prompt(messages))
        if len(prompt) >= MIN_PROMPT_CHARS and _hash(prompt) in self.prompts:
            return "same first prompt"
        if signature is None:
            signature = minhash(conversation_text(messages))
        candidates = {i for band, key in _bands(signature) for i in self.buckets.get((band, key), ())}
        for index in candidates:
            if float(np.mean(self.signatures[index] == signature)) >= NEAR_JACCARD:
                return "near duplicate"
        return None


def _bands(signature: np.ndarray) -> list[tuple[int, bytes]]:
    rows = PERMUTATIONS // BANDS
    return [(b, signature[b * rows : (b + 1) * rows].tobytes()) for b in range(BANDS)]


def deduplicate(
    held_out: Sequence[list[Message]], index: TrainingIndex
) -> tuple[list[list[Message]], DedupReport]:
    """The held-out conversations that are not in the training data, and a count of the rest."""
    report = DedupReport()
    kept: list[list[Message]] = []
    seen_here: set[int] = set()
    for number, messages in enumerate(held_out, 1):
        reason = index.duplicate_reason(messages)
        key = _hash(normalise_text(conversation_text(messages)))
        if reason is None and key in seen_here:
            reason = "repeated within the held-out set"
        if reason is not None:
            report.dropped[reason] += 1
            report.examples.append(f"row {number}: {reason}: {first_prompt(messages)[:60]!r}")
            continue
        seen_here.add(key)
        kept.append(messages)
    report.kept = len(kept)
    return kept, report
