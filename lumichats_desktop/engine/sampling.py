"""Pick the next token from logits: loop guard, repetition penalty, temperature, top-k, top-p, min-p."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from trainer.common.repetition import LoopGuard, dry_penalties

if TYPE_CHECKING:  # torch is imported where sampling runs, so the settings UI starts without it
    import torch


@dataclass(frozen=True)
class SamplingParams:
    """How replies are sampled. temperature 0 means greedy (always the most likely token)."""

    temperature: float = 0.7
    top_p: float = 0.95
    top_k: int = 64
    min_p: float = 0.0
    repetition_penalty: float = 1.0
    # The loop guard (DRY): on by default, because LumiChats 270M loops without it (greedy, the
    # behaviour suite: 40% of replies loop without it, 2% with it; docs/evaluation.md). Repeats of up
    # to dry_allowed_length tokens are free, so names and short phrases are never punished. 0: off.
    dry_multiplier: float = 0.8
    dry_base: float = 1.75
    dry_allowed_length: int = 2
    max_new_tokens: int = 1024
    seed: int | None = None
    min_new_tokens: int = 0  # stop tokens are ruled out until this many tokens are written

    @property
    def loop_guard(self) -> LoopGuard:
        """The DRY settings as the shared loop guard (trainer/common/repetition.py)."""
        return LoopGuard(self.dry_multiplier, self.dry_base, self.dry_allowed_length)

    def check(self) -> None:
        """Raise ValueError naming the first setting that is out of range."""
        if self.temperature < 0:
            raise ValueError("temperature must be 0 (greedy) or more.")
        if not 0 < self.top_p <= 1:
            raise ValueError("top_p must be above 0 and at most 1.")
        if self.top_k < 0:
            raise ValueError("top_k must be 0 (off) or more.")
        if not 0 <= self.min_p < 1:
            raise ValueError("min_p must be from 0 up to (not including) 1.")
        if self.repetition_penalty <= 0:
            raise ValueError("repetition_penalty must be above 0 (1 is off).")
        self.loop_guard.check()
        if self.max_new_tokens < 1:
            raise ValueError("max_new_tokens must be at least 1.")
        if self.min_new_tokens < 0:
            raise ValueError("min_new_tokens must be 0 (off) or more.")


def apply_repetition_penalty(logits: torch.Tensor, seen: torch.Tensor, penalty: float) -> None:
    """CTRL-style penalty in place: make already-seen tokens less likely."""
    import torch

    if penalty == 1.0 or seen.numel() == 0:
        return
    picked = logits.gather(0, seen)
    logits.scatter_(0, seen, torch.where(picked > 0, picked / penalty, picked * penalty))


def apply_loop_guard(logits: torch.Tensor, reply: Sequence[int], guard: LoopGuard) -> None:
    """DRY in place: lower the logits of tokens that would extend a repeat within the reply."""
    import torch

    penalties = dry_penalties(reply, guard)
    if penalties:
        ids = torch.tensor(list(penalties), dtype=torch.long, device=logits.device)
        amounts = torch.tensor(list(penalties.values()), dtype=logits.dtype, device=logits.device)
        logits.index_put_((ids,), -amounts, accumulate=True)


def sample_next(
    logits: torch.Tensor,
    params: SamplingParams,
    generator: torch.Generator | None,
    seen: torch.Tensor,
    reply: Sequence[int] = (),
) -> int:
    """The next token id from a 1-D logits vector (modified in place); reply: the ids generated so far."""
    import torch

    logits = logits.float()  # on the model's device: only the k best come back to the CPU
    apply_repetition_penalty(logits, seen.to(logits.device), params.repetition_penalty)
    apply_loop_guard(logits, reply, params.loop_guard)
    if params.temperature == 0:
        return int(logits.argmax())
    logits = logits / params.temperature
    candidates: torch.Tensor | None = None
    if 0 < params.top_k < logits.numel():
        # Work on the k best only: sorting all 262k logits costs ~35 ms a token on a laptop CPU.
        logits, candidates = torch.topk(logits, params.top_k)
        candidates = candidates.cpu()
    logits = logits.cpu()
    probs = torch.softmax(logits, dim=-1)
    if params.min_p > 0:
        probs = probs.masked_fill(probs < params.min_p * probs.max(), 0.0)
    if params.top_p < 1:
        sorted_probs, order = torch.sort(probs, descending=True)
        cumulative = torch.cumsum(sorted_probs, dim=-1)
        # Keep the smallest set whose mass reaches top_p (always at least the best token).
        remove = cumulative - sorted_probs >= params.top_p
        sorted_probs = sorted_probs.masked_fill(remove, 0.0)
        probs = torch.zeros_like(probs).scatter_(0, order, sorted_probs)
    choice = int(torch.multinomial(probs, 1, generator=generator))
    return int(candidates[choice]) if candidates is not None else choice
