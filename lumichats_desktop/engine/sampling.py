"""Pick the next token from logits: repetition penalty, temperature, top-k, top-p, min-p."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

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
    max_new_tokens: int = 1024
    seed: int | None = None
    min_new_tokens: int = 0  # stop tokens are ruled out until this many tokens are written

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


def sample_next(
    logits: torch.Tensor, params: SamplingParams, generator: torch.Generator | None, seen: torch.Tensor
) -> int:
    """The next token id from a 1-D logits vector (modified in place)."""
    import torch

    logits = logits.float()  # on the model's device: only the k best come back to the CPU
    apply_repetition_penalty(logits, seen.to(logits.device), params.repetition_penalty)
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
