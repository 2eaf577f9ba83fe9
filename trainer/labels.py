"""Token ids and response-only labels, built from the same Gemma-3 segments the chat engine sends.

Loss falls on each assistant reply and its `<end_of_turn>`; `<bos>`, the system text, user turns and
the `<start_of_turn>model\\n` headers get -100.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import torch

from trainer.common.chat_format import Message, segments

IGNORE = -100


@dataclass(frozen=True)
class Example:
    """One training row."""

    input_ids: list[int]
    labels: list[int]

    @property
    def supervised(self) -> int:
        """How many tokens carry loss."""
        return sum(1 for label in self.labels if label != IGNORE)


def build_example(messages: Sequence[Message], tokenizer: Any, max_length: int) -> Example | None:
    """Encode one conversation (truncated to max_length); None when no supervised token is left."""
    ids: list[int] = []
    labels: list[int] = []
    for segment in segments(messages, add_generation_prompt=False, ends_with="assistant"):
        piece = tokenizer(segment.text, add_special_tokens=False).input_ids
        ids.extend(piece)
        labels.extend(piece if segment.supervised else [IGNORE] * len(piece))
    example = Example(ids[:max_length], labels[:max_length])
    return example if example.supervised else None


class ResponseOnlyCollator:
    """Pads a batch on the right; counts tokens so progress can report tokens per second."""

    def __init__(self, pad_id: int, needs_token_type_ids: bool) -> None:
        self.pad_id = pad_id
        self.needs_token_type_ids = needs_token_type_ids
        self.tokens_seen = 0

    def __call__(self, batch: list[dict[str, list[int]]]) -> dict[str, torch.Tensor]:
        width = max(len(row["input_ids"]) for row in batch)
        ids = torch.full((len(batch), width), self.pad_id, dtype=torch.long)
        labels = torch.full((len(batch), width), IGNORE, dtype=torch.long)
        for i, row in enumerate(batch):
            n = len(row["input_ids"])
            ids[i, :n] = torch.tensor(row["input_ids"])
            labels[i, :n] = torch.tensor(row["labels"])
        self.tokens_seen += sum(len(row["input_ids"]) for row in batch)
        # Padding sits on the right and attention is causal, so no real token ever sees a pad: the mask
        # can be all ones. That keeps padded rows from being fully masked (NaN in sliding-window layers
        # once the pad run is longer than the window) and lets attention take its unmasked causal path.
        mask = torch.ones((len(batch), width), dtype=torch.long)
        out = {"input_ids": ids, "labels": labels, "attention_mask": mask}
        if self.needs_token_type_ids:
            # Gemma3ForConditionalGeneration wants token_type_ids in training; zeros mean "text".
            out["token_type_ids"] = torch.zeros_like(ids)
        return out
