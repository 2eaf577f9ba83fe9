"""Stream token ids from a loaded model, one forward pass per token, cancellable between tokens.

Our own loop instead of `generate()`: it checks the cancel flag after every token, times the first
token, and keeps the KV cache of the conversation so the next turn only prefills what is new.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import torch

from lumichats_desktop.engine.cpu_threads import ThreadGovernor
from lumichats_desktop.engine.loader import LoadedModel
from lumichats_desktop.engine.sampling import SamplingParams, sample_next
from lumichats_desktop.engine.stop_reason import StopReason
from trainer.common.chat_format import STOP_IDS
from trainer.common.cpu import forced_threads


@dataclass
class ReplyStats:
    """What the status bar and the stored message say about a reply."""

    prompt_tokens: int = 0
    new_tokens: int = 0
    reused_tokens: int = 0
    ttft_s: float = 0.0
    tokens_per_s: float = 0.0
    total_s: float = 0.0
    stop_reason: StopReason = StopReason.EOS
    error: str | None = None


def _common_prefix(a: Sequence[int], b: Sequence[int]) -> int:
    n = min(len(a), len(b))
    for i in range(n):
        if a[i] != b[i]:
            return i
    return n


class TokenGenerator:
    """Owns the model's KV cache between turns; used from one thread at a time."""

    def __init__(self, loaded: LoadedModel) -> None:
        self._loaded = loaded
        self._cache: Any = None
        self._cache_ids: list[int] = []
        self._fast: Any = None
        self._fast_cached: Any = None  # the fast decoder whose cache _cache_ids describes
        # The adapter state the caches (and the fast path's captured step) were built with.
        self._adapter_off = loaded.adapter_switched_off
        # CPU: the thread count follows the machine's load (a busy core makes two threads slower than one)
        fixed = forced_threads() is not None
        self.threads = ThreadGovernor(torch.get_num_threads(), torch.set_num_threads, fixed=fixed)
        self.stop_ids = set(STOP_IDS)
        eos = getattr(loaded.tokenizer, "eos_token_id", None)
        if isinstance(eos, int):
            self.stop_ids.add(eos)

    def reset(self) -> None:
        """Forget the cached conversation (after switching adapters, say)."""
        self._cache = None
        self._cache_ids = []
        self._fast = None
        self._fast_cached = None
        self._adapter_off = self._loaded.adapter_switched_off

    def _follow_adapter(self) -> None:
        """Start over if the adapter was switched on or off since the caches were built: their keys and
        the fast path's captured step (with its stacked LoRA matrices) belong to the other state."""
        if self._adapter_off != self._loaded.adapter_switched_off:
            self.reset()

    @torch.inference_mode()
    def warm_up(self, tokens: int = 2048) -> bool:
        """Build the fast path for replies up to `tokens` and run it once, while the model is loading.

        Capturing the CUDA graph and compiling the Triton kernels take about a second: done here, behind
        the load progress, instead of in the user's first reply. False where there is no fast path.
        """
        self._follow_adapter()
        fast = self._fast_decoder(tokens)
        if fast is None:
            return False
        fast.prefill([2, 105, 2364, 107])  # <bos><start_of_turn>user\n
        fast.step(106)
        fast.step(107)
        self._cache_ids, self._fast_cached = [], None  # what it holds is no conversation
        if fast.device.type == "cuda":
            torch.cuda.synchronize()
        return True

    def _fast_decoder(self, needed: int) -> Any:
        """The CUDA fast path sized for needed tokens (grown in 2,048-token steps), or None off CUDA."""
        if self._loaded.device != "cuda" or os.environ.get("LUMICHATS_FAST_DECODE", "1") == "0":
            return None
        if self._fast is None or self._fast.max_len < needed:
            from lumichats_desktop.engine.fast_decode import FastDecoder

            size = min(-(-needed // 2048) * 2048, max(needed, self._loaded.context_length))
            self._fast = FastDecoder(self._loaded.model, max_len=size)
        return self._fast

    def _start(self, prompt_ids: list[int]) -> tuple[Any, list[int], int]:
        """A cache holding as much of prompt_ids as can be reused, and the ids still to feed."""
        from transformers import DynamicCache

        model = self._loaded.model
        reuse = _common_prefix(self._cache_ids, prompt_ids)
        reuse = min(reuse, len(prompt_ids) - 1)  # always feed at least one token
        cache = self._cache
        if cache is not None and reuse > 0:
            try:
                if reuse < cache.get_seq_length():
                    cache.crop(reuse - cache.get_seq_length())  # a negative count: tokens to remove
                return cache, prompt_ids[reuse:], reuse
            except (RuntimeError, ValueError):
                pass  # a sliding-window layer already dropped what we would roll back to: start over
        return DynamicCache(config=model.config), prompt_ids, 0

    @torch.inference_mode()
    def stream(
        self,
        prompt_ids: list[int],
        params: SamplingParams,
        cancel: threading.Event,
        stats: ReplyStats,
        pixel_values: Any = None,
    ) -> Iterator[int]:
        """Yield new token ids until a stop token, max_new_tokens or cancel; fill stats as it goes."""
        params.check()
        stats.prompt_tokens = len(prompt_ids)
        self._follow_adapter()
        if pixel_values is not None:  # images: the model's own forward reads them (engine/vision.py)
            from lumichats_desktop.engine.vision import stream_with_images

            yield from stream_with_images(self, self._loaded, prompt_ids, pixel_values, params, cancel, stats)
            return
        if self._loaded.cpu is not None:  # CPU: our own forward over packed weights and its own cache
            yield from self._stream_cpu(self._loaded.cpu, prompt_ids, params, cancel, stats)
            return
        fast = self._fast_decoder(len(prompt_ids) + params.max_new_tokens + 1)
        if fast is not None:  # CUDA: prefill what the cache lacks, then one captured step per token
            yield from self._stream_fast(fast, prompt_ids, params, cancel, stats)
            return
        model, device = self._loaded.model, self._loaded.device
        cache, to_feed, stats.reused_tokens = self._start(prompt_ids)
        self._cache, self._cache_ids = None, []  # invalid until this reply ends cleanly
        fed = list(prompt_ids[: stats.reused_tokens])

        def forward(feed: list[int]) -> Any:
            input_ids = torch.tensor([feed], dtype=torch.long, device=device)
            return model(input_ids=input_ids, cache=cache, use_cache=True, logits_to_keep=1)

        def next_logits(token: int | None) -> torch.Tensor:
            feed = to_feed if token is None else [token]
            if device == "cpu":  # a large model on the CPU (NF4 through bitsandbytes): the same thread choice
                out = self.threads.run(lambda: forward(feed), timed=token is not None)
            else:
                out = forward(feed)
            fed.extend(feed)
            return out.logits[0, -1]

        yield from self._sample(next_logits, prompt_ids, params, cancel, stats)
        self._cache, self._cache_ids = cache, fed

    def _stream_fast(
        self,
        fast: Any,
        prompt_ids: list[int],
        params: SamplingParams,
        cancel: threading.Event,
        stats: ReplyStats,
    ) -> Iterator[int]:
        """The CUDA fast path: keep the cached prefix this prompt shares with the last one, feed the rest."""
        shared = _common_prefix(self._cache_ids, prompt_ids) if fast is self._fast_cached else 0
        reuse = fast.reusable(min(shared, len(prompt_ids) - 1))
        stats.reused_tokens = reuse
        self._cache_ids = []  # invalid until this reply ends cleanly
        fed = list(prompt_ids)

        def next_logits(token: int | None) -> torch.Tensor:
            if token is None:
                return fast.prefill(prompt_ids, reuse)
            logits = fast.step(token)
            fed.append(token)
            return logits

        yield from self._sample(next_logits, prompt_ids, params, cancel, stats)
        self._cache_ids, self._fast_cached = fed, fast

    def _stream_cpu(
        self,
        decoder: Any,
        prompt_ids: list[int],
        params: SamplingParams,
        cancel: threading.Event,
        stats: ReplyStats,
    ) -> Iterator[int]:
        """The CPU path: roll its cache back to the prefix shared with the last prompt, feed the rest."""
        reuse = min(_common_prefix(self._cache_ids, prompt_ids), len(prompt_ids) - 1, decoder.length)
        decoder.crop(reuse)
        stats.reused_tokens = reuse
        self._cache_ids = []  # invalid until this reply ends cleanly
        fed = list(prompt_ids[:reuse])
        to_feed = prompt_ids[reuse:]

        def next_logits(token: int | None) -> torch.Tensor:
            feed = to_feed if token is None else [token]
            logits = self.threads.run(lambda: decoder.forward(feed), timed=token is not None)
            fed.extend(feed)
            return logits

        yield from self._sample(next_logits, prompt_ids, params, cancel, stats)
        self._cache_ids = fed

    def _sample(
        self,
        next_logits: Callable[[int | None], torch.Tensor],
        prompt_ids: list[int],
        params: SamplingParams,
        cancel: threading.Event,
        stats: ReplyStats,
    ) -> Iterator[int]:
        """The reply loop shared by both paths; next_logits(None) reads the prompt, next_logits(t) feeds t."""
        generator = None
        if params.seed is not None:
            generator = torch.Generator(device="cpu").manual_seed(params.seed)
        started = time.perf_counter()
        seen = torch.tensor(prompt_ids, dtype=torch.long)
        generated: list[int] = []
        first_at = last_at = started
        stats.stop_reason = StopReason.LENGTH
        token: int | None = None
        while len(generated) < params.max_new_tokens:
            if cancel.is_set():
                stats.stop_reason = StopReason.CANCELLED
                break
            logits = next_logits(token)
            if len(generated) < params.min_new_tokens:  # not allowed to stop yet
                logits = logits.clone()
                logits[list(self.stop_ids)] = float("-inf")
            token = sample_next(logits, params, generator, seen, generated)
            last_at = time.perf_counter()
            if not generated:
                first_at = last_at
                stats.ttft_s = first_at - started
            if token in self.stop_ids:
                stats.stop_reason = StopReason.EOS
                break
            generated.append(token)
            seen = torch.cat([seen, torch.tensor([token])])
            stats.new_tokens = len(generated)
            yield token
        stats.total_s = time.perf_counter() - started
        if len(generated) > 1 and last_at > first_at:
            stats.tokens_per_s = (len(generated) - 1) / (last_at - first_at)
