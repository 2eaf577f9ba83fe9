"""Response-only loss without the full-vocabulary logits.

Plain causal-LM training computes logits for every position: batch x length x 262,144 in fp32, most of
them for prompt tokens whose label is -100 and which the loss then throws away. Here the LM head runs
only on positions that have a label, in chunks, and each chunk is recomputed in the backward pass
instead of being kept, so the peak holds one chunk of logits, not the whole sequence's.
"""

from __future__ import annotations

from typing import Any

import torch
import torch.nn.functional as F
from torch.utils.checkpoint import checkpoint

from trainer.common.model_parts import language_parts

IGNORE = -100
CHUNK_ROWS = 4096  # 4,096 x 262,144 fp32 logits = 4 GiB, recomputed in backward


def _chunk_loss_sum(
    hidden: torch.Tensor, targets: torch.Tensor, weight: torch.Tensor, cap: float
) -> torch.Tensor:
    logits = F.linear(hidden, weight).float()
    if cap:
        logits = torch.tanh(logits / cap) * cap
    return F.cross_entropy(logits, targets, reduction="sum")


def response_only_loss_sum(
    model: Any, batch: dict[str, torch.Tensor], chunk_rows: int = CHUNK_ROWS
) -> tuple[torch.Tensor, int]:
    """(sum of token losses, number of labelled tokens) for a batch of input_ids/labels/attention_mask."""
    decoder, weight, cap = language_parts(model)
    hidden = decoder(
        input_ids=batch["input_ids"], attention_mask=batch.get("attention_mask")
    ).last_hidden_state
    labels = batch["labels"][:, 1:]
    keep = labels != IGNORE
    picked = hidden[:, :-1][keep]
    targets = labels[keep]
    total = hidden.new_zeros((), dtype=torch.float32)
    for start in range(0, picked.shape[0], chunk_rows):
        rows = slice(start, start + chunk_rows)
        if torch.is_grad_enabled():
            total = total + checkpoint(
                _chunk_loss_sum, picked[rows], targets[rows], weight, cap, use_reentrant=False
            )
        else:
            total = total + _chunk_loss_sum(picked[rows], targets[rows], weight, cap)
    return total, int(targets.numel())


def make_trainer_class(base: type) -> type:
    """A transformers.Trainer subclass: the chunked loss, and steps with non-finite gradients skipped."""

    class ResponseOnlyTrainer(base):
        skipped_steps = 0

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.model_accepts_loss_kwargs = True  # so the Trainer counts labelled tokens per optimizer step

        def compute_loss(
            self, model: Any, inputs: Any, return_outputs: bool = False, num_items_in_batch: Any = None
        ) -> Any:
            total, count = response_only_loss_sum(model, inputs)
            divisor = num_items_in_batch if num_items_in_batch is not None else max(count, 1)
            if isinstance(divisor, torch.Tensor):
                divisor = divisor.to(total.device)
            loss = total / divisor
            return (loss, {"loss": loss}) if return_outputs else loss

        def training_step(self, model: Any, inputs: Any, num_items_in_batch: Any = None) -> torch.Tensor:
            loss = super().training_step(model, inputs, num_items_in_batch)
            grads = [p.grad for p in model.parameters() if p.requires_grad and p.grad is not None]
            finite = bool(torch.isfinite(loss)) and (
                not grads or bool(torch.isfinite(torch.stack(torch._foreach_norm(grads))).all())
            )
            if not finite:
                # One bad batch must not turn every weight into NaN: drop this step's gradients.
                self.skipped_steps += 1
                model.zero_grad(set_to_none=True)
                return loss.new_zeros(())
            return loss

    # num_items_in_batch already divides the loss, so gradient accumulation must not divide again.
    ResponseOnlyTrainer.loss_is_scaled_for_ga = True
    return ResponseOnlyTrainer


def heldout_loss(model: Any, tokenizer: Any, conversations: list[Any], max_length: int = 1024) -> float:
    """Mean response-only loss per labelled token over conversations (one at a time, no padding)."""
    from trainer.labels import build_example

    total, count = 0.0, 0
    device = next(model.parameters()).device
    with torch.no_grad():
        for messages in conversations:
            example = build_example(messages, tokenizer, max_length)
            if example is None:
                continue
            batch = {
                "input_ids": torch.tensor([example.input_ids], device=device),
                "labels": torch.tensor([example.labels], device=device),
            }
            loss_sum, n = response_only_loss_sum(model, batch)
            total, count = total + float(loss_sum), count + n
    if not count:
        raise ValueError("No conversation had a reply left to score.")
    return total / count
