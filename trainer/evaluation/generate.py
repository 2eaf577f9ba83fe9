"""Replies for the suite: the model, its adapter and decoding as the app would use them.

The trainer may not import the app (lumichats_desktop), so this is transformers' own `generate`
with the app's pieces that matter for the scores taken from trainer/common: the Gemma-3 prompt
format (chat_format, token for token what the chat engine sends) and the loop guard (repetition, the
same DRY code the engine's sampler calls). Greedy replies therefore match the app's; sampled ones
draw from the same settings, though not the same random numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch

from trainer.common.chat_format import END_OF_TURN, STOP_IDS, Message, render
from trainer.common.repetition import LoopGuard, dry_penalties


@dataclass(frozen=True)
class Decoding:
    """How replies are drawn; the defaults are the app's (engine/sampling.py's SamplingParams)."""

    temperature: float = 0.0
    top_p: float = 0.95
    top_k: int = 64
    guard: LoopGuard = field(default_factory=LoopGuard)
    max_new_tokens: int = 128
    seed: int = 0

    def label(self) -> str:
        """A short name for the report: greedy or sampled, loop guard on or off."""
        mode = "greedy" if self.temperature == 0 else f"sampling T={self.temperature}"
        guard = f"loop guard {self.guard.multiplier}" if self.guard.multiplier else "no loop guard"
        return f"{mode}, {guard}"


class LoopGuardProcessor:
    """A transformers logits processor running the shared DRY code over the reply so far."""

    def __init__(self, prompt_length: int, guard: LoopGuard) -> None:
        self.prompt_length = prompt_length
        self.guard = guard

    def __call__(self, input_ids: torch.Tensor, scores: torch.Tensor) -> torch.Tensor:
        for row in range(input_ids.shape[0]):
            penalties = dry_penalties(input_ids[row, self.prompt_length :].tolist(), self.guard)
            for token, amount in penalties.items():
                scores[row, token] -= amount
        return scores


def load(base_dir: Path, adapter_dir: Path | None, dtype: torch.dtype) -> tuple[Any, Any]:
    """(model, tokenizer) on the CPU or the first GPU, with the adapter on top (unmerged, as the app)."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    device = "cuda" if torch.cuda.is_available() else "cpu"
    tokenizer = AutoTokenizer.from_pretrained(base_dir)
    model: Any = AutoModelForCausalLM.from_pretrained(base_dir, dtype=dtype, device_map={"": device})
    if adapter_dir is not None:
        from peft import PeftModel

        model = PeftModel.from_pretrained(model, str(adapter_dir))
    model.eval()
    return model, tokenizer


class Responder:
    """Turns a conversation into the model's reply text."""

    def __init__(self, model: Any, tokenizer: Any, decoding: Decoding) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.decoding = decoding
        self.gemma = END_OF_TURN in tokenizer.get_vocab()
        stops = set(STOP_IDS) if self.gemma else set()
        if isinstance(tokenizer.eos_token_id, int):
            stops.add(tokenizer.eos_token_id)
        self.stop_ids = sorted(stops)
        self.calls = 0

    def prompt_ids(self, messages: Sequence[Message]) -> list[int]:
        """Gemma-3: our own format, as the app sends it. Other models: their chat template."""
        if self.gemma:
            ids: list[int] = self.tokenizer(render(messages), add_special_tokens=False).input_ids
            return ids
        chat = [{"role": m.role, "content": m.content} for m in messages]
        out = self.tokenizer.apply_chat_template(chat, add_generation_prompt=True, tokenize=True)
        return list(out["input_ids"] if isinstance(out, dict) or hasattr(out, "keys") else out)

    @torch.inference_mode()
    def __call__(self, conversations: Sequence[Sequence[Message]]) -> list[str]:
        """Replies to a batch of conversations (left-padded; a batch of one is exactly the app's greedy)."""
        from transformers import GenerationConfig, LogitsProcessorList

        d = self.decoding
        prompts = [self.prompt_ids(messages) for messages in conversations]
        width = max(len(p) for p in prompts)
        pad = self.tokenizer.pad_token_id or 0
        device = next(self.model.parameters()).device
        input_ids = torch.tensor([[pad] * (width - len(p)) + p for p in prompts], device=device)
        mask = torch.tensor([[0] * (width - len(p)) + [1] * len(p) for p in prompts], device=device)
        sample = d.temperature > 0
        config = GenerationConfig(
            max_new_tokens=d.max_new_tokens,
            do_sample=sample,
            temperature=d.temperature if sample else None,
            top_p=d.top_p if sample else None,
            top_k=d.top_k if sample else None,
            eos_token_id=self.stop_ids,
            pad_token_id=pad,
        )
        if sample:
            torch.manual_seed(d.seed + self.calls)  # each batch its own, repeatable draw
        self.calls += 1
        processors = LogitsProcessorList()
        if d.guard.multiplier:
            processors.append(LoopGuardProcessor(width, d.guard))
        out = self.model.generate(
            input_ids=input_ids, attention_mask=mask, generation_config=config, logits_processor=processors
        )
        replies = []
        for row in out[:, width:].tolist():
            end = next((i for i, t in enumerate(row) if t in self.stop_ids), len(row))
            replies.append(self.tokenizer.decode(row[:end], skip_special_tokens=True).strip())
        return replies
