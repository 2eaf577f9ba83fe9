"""Response-only loss without the full-vocabulary logits.

Plain causal-LM training computes logits for every position: batch x length x 262,144 in fp32, most of
them for prompt tokens whose label is -100 and which the loss then throws away. Here the LM head runs
only on positions that have a label, in chunks of CHUNK_BYTES of fp32 logits. When the head is frozen
(the recipe: it is the tied embedding), each chunk's gradient with respect to the hidden states is
computed right away in the forward pass (softmax - one-hot, times the head), so no logits are kept and
none are recomputed: the backward pass only scales a batch x hidden tensor. A trainable head falls back to
checkpointed chunks recomputed in the backward pass.
"""

from __future__ import annotations

from typing import Any

import torch
import torch.nn.functional as F
from torch.utils.checkpoint import checkpoint

from trainer.common.model_parts import language_parts

IGNORE = -100
CHUNK_BYTES = 256 * 2**20  # fp32 logits per chunk: 256 rows of Gemma-3's 262,144-token vocabulary


def _chunk_loss_sum(
    hidden: torch.Tensor, targets: torch.Tensor, weight: torch.Tensor, cap: float
) -> torch.Tensor:
    logits = F.linear(hidden, weight).float()
    if cap:
        logits = torch.tanh(logits / cap) * cap
    return F.cross_entropy(logits, targets, reduction="sum")


class _FrozenHeadLoss(torch.autograd.Function):
    """Sum of cross-entropies of hidden @ weight.T; d/d(hidden) is computed chunk by chunk in forward."""

    @staticmethod
    def forward(
        ctx: Any, hidden: torch.Tensor, targets: torch.Tensor, weight: torch.Tensor, cap: float, rows: int
    ) -> torch.Tensor:
        need_grad = ctx.needs_input_grad[0]
        grad = torch.empty_like(hidden) if need_grad else None
        total = torch.zeros((), dtype=torch.float32, device=hidden.device)
        for start in range(0, hidden.shape[0], rows):
            h, t = hidden[start : start + rows], targets[start : start + rows]
            logits = F.linear(h, weight).float()
            squash = None
            if cap:
                squash = torch.tanh(logits / cap)
                logits = squash * cap
            lse = torch.logsumexp(logits, dim=-1)
            total += (lse - logits.gather(1, t[:, None]).squeeze(1)).sum()
            if grad is not None:
                probs = logits.sub_(lse[:, None]).exp_()  # softmax, in place of the logits
                probs[torch.arange(t.shape[0], device=t.device), t] -= 1.0
                if squash is not None:
                    probs.mul_(1.0 - squash.square_())
                grad[start : start + rows] = probs.to(weight.dtype) @ weight
            del logits, squash
        ctx.save_for_backward(grad)
        return total

    @staticmethod
    def backward(ctx: Any, grad_total: torch.Tensor) -> tuple[Any, ...]:
        (grad,) = ctx.saved_tensors
        return grad * grad_total.to(grad.dtype), None, None, None, None


def chunk_rows_for(vocab: int, chunk_bytes: int = CHUNK_BYTES) -> int:
    """Rows per chunk so one chunk's fp32 logits take about chunk_bytes."""
    return max(16, chunk_bytes // (4 * vocab))


def response_only_loss_sum(
    model: Any, batch: dict[str, torch.Tensor], chunk_rows: int = 0
) -> tuple[torch.Tensor, int]:
    """(sum of token losses, number of labelled tokens) for a batch of input_ids/labels/attention_mask."""
    from trainer.distributed import wrapper_kind

    kind = wrapper_kind(model)
    if kind == "sharded":
        return _sharded_loss_sum(model, batch)
    decoder, weight, cap = language_parts(model)
    if kind == "ddp":
        # Through DDP's own forward, or it never all-reduces the gradients: the whole model, keeping the
        # logits of one position and the last (normed) hidden states only. accelerate's bf16 wrapper hands
        # outputs back in fp32; the head multiplies in the weight's dtype, as without DDP.
        output = model(**_forward_inputs(batch), output_hidden_states=[-1], logits_to_keep=1)
        hidden = output.hidden_states[-1].to(weight.dtype)
    else:
        hidden = decoder(
            input_ids=batch["input_ids"], attention_mask=batch.get("attention_mask")
        ).last_hidden_state
    labels = batch["labels"][:, 1:]
    keep = labels != IGNORE
    picked = hidden[:, :-1][keep]
    targets = labels[keep]
    chunk_rows = chunk_rows or chunk_rows_for(weight.shape[0])
    if not weight.requires_grad:
        return _FrozenHeadLoss.apply(picked, targets, weight, cap, chunk_rows), int(targets.numel())
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


def _forward_inputs(batch: dict[str, torch.Tensor]) -> dict[str, Any]:
    keys = ("input_ids", "attention_mask", "token_type_ids")
    return {"use_cache": False, **{k: batch[k] for k in keys if k in batch}}


def _sharded_loss_sum(model: Any, batch: dict[str, torch.Tensor]) -> tuple[torch.Tensor, int]:
    """The same sum for an FSDP-sharded model, whose LM head exists only inside its forward: the model
    computes the logits of the positions that have a label in some row (not chunked), then the loss."""
    labels = batch["labels"][:, 1:]
    keep = labels != IGNORE
    positions = keep.any(dim=0).nonzero().flatten()
    logits = model(**_forward_inputs(batch), logits_to_keep=positions).logits  # softcapped by the model
    rows = keep[:, positions]
    total = F.cross_entropy(logits[rows].float(), labels[:, positions][rows], reduction="sum")
    return total, int(rows.sum())


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
            if num_items_in_batch is not None and self.args.average_tokens_across_devices:
                # The divisor counts every rank's tokens, and DDP/FSDP average gradients over the ranks:
                # undo that average, as Trainer.compute_loss does, or N ranks would train at 1/N the rate.
                loss = loss * self.accelerator.num_processes
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


def heldout_sums(
    model: Any, tokenizer: Any, conversations: list[Any], max_length: int = 1024
) -> tuple[float, int, int]:
    """(summed response-only loss, labelled tokens, conversations scored), one conversation at a time
    (no padding); conversations with no reply left after truncation are skipped."""
    from trainer.labels import build_example

    total, count, scored = 0.0, 0, 0
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
            total, count, scored = total + float(loss_sum), count + n, scored + 1
    return total, count, scored


def heldout_loss(model: Any, tokenizer: Any, conversations: list[Any], max_length: int = 1024) -> float:
    """Mean response-only loss per labelled token over conversations."""
    total, count, _ = heldout_sums(model, tokenizer, conversations, max_length)
    if not count:
        raise ValueError("No conversation had a reply left to score.")
    return total / count
