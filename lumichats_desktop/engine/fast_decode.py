"""The CUDA fast path: a right-sized static KV cache and the one-token decode step replayed as a CUDA graph.

At batch 1 a 4-bit Gemma-3 decode step is ~600 small kernels; launched one by one from Python they take
far longer than the GPU needs to run them. Captured once as a CUDA graph, a step is one launch.

For that, every tensor the step touches must live at a fixed address and every branch must be the same
on every step, so the cache here is our own:
- global layers keep `max_len` slots, written at the token's position;
- sliding-window layers keep only `window` slots, a ring written at position % window. Keys carry their
  rotary position already, so attention does not care in which slot a key sits, only whether the mask
  lets it through;
- the masks (one per layer type) are rebuilt on the GPU from the position tensor inside the graph.
Prefill runs eagerly on an empty cache (one pass over the prompt with ordinary causal masks) and then
copies the keys and values into the slots.
"""

from __future__ import annotations

import logging
from typing import Any

import torch

log = logging.getLogger(__name__)
FAR = -(2**40)  # the position of an empty ring slot: outside every window


class RingCache:
    """The decoder's cache object: `update` stores this step's keys/values and returns the whole buffer."""

    def __init__(
        self,
        layer_types: list[str],
        window: int,
        max_len: int,
        shape: tuple[int, int],
        dtype: Any,
        device: Any,
    ):
        heads, head_dim = shape
        self.layer_types = layer_types
        self.window, self.max_len = window, max_len
        self.keys: list[torch.Tensor] = []
        self.values: list[torch.Tensor] = []
        for kind in layer_types:
            slots = window if kind == "sliding_attention" else max_len
            self.keys.append(torch.zeros(1, heads, slots, head_dim, dtype=dtype, device=device))
            self.values.append(torch.zeros(1, heads, slots, head_dim, dtype=dtype, device=device))
        self.full_slot = torch.zeros(1, dtype=torch.long, device=device)
        self.ring_slot = torch.zeros(1, dtype=torch.long, device=device)
        self.prefilling = False
        self.length = 0

    def get_seq_length(self, layer_idx: int = 0) -> int:
        return self.length

    def update(
        self, key: torch.Tensor, value: torch.Tensor, layer_idx: int, **kwargs: Any
    ) -> tuple[Any, Any]:
        if self.prefilling:  # attention runs over the prompt itself; the slots are filled afterwards
            self._store_prompt(layer_idx, key, value)
            return key, value
        slot = self.ring_slot if self.layer_types[layer_idx] == "sliding_attention" else self.full_slot
        self.keys[layer_idx].index_copy_(2, slot, key)
        self.values[layer_idx].index_copy_(2, slot, value)
        return self.keys[layer_idx], self.values[layer_idx]

    def _store_prompt(self, layer_idx: int, key: torch.Tensor, value: torch.Tensor) -> None:
        n = key.shape[2]
        if self.layer_types[layer_idx] == "sliding_attention":
            start = max(0, n - self.window)
            slots = torch.arange(start, n, device=key.device) % self.window
            self.keys[layer_idx].index_copy_(2, slots, key[:, :, start:])
            self.values[layer_idx].index_copy_(2, slots, value[:, :, start:])
        else:
            self.keys[layer_idx][:, :, :n] = key
            self.values[layer_idx][:, :, :n] = value


class FastDecoder:
    """prefill(ids): logits after the prompt; step(token): logits after it (a CUDA graph when possible)."""

    def __init__(self, model: Any, max_len: int, use_graph: bool = True) -> None:
        from trainer.common.model_parts import language_parts

        self.decoder, self.head, self.cap = language_parts(model)
        config = self.decoder.config
        self.device = self.head.device
        self.layer_types = list(config.layer_types)
        self.window = int(config.sliding_window)
        self.max_len = max_len
        heads = config.num_key_value_heads
        dtype = (
            self.head.dtype
            if self.head.dtype in (torch.bfloat16, torch.float16, torch.float32)
            else torch.bfloat16
        )
        self.cache = RingCache(
            self.layer_types, self.window, max_len, (heads, config.head_dim), dtype, self.device
        )
        dev = self.device
        self.token = torch.zeros(1, 1, dtype=torch.long, device=dev)
        self.position = torch.zeros(1, 1, dtype=torch.long, device=dev)
        self.ring_positions = torch.full((self.window,), FAR, dtype=torch.long, device=dev)
        self.full_range = torch.arange(max_len, device=dev)
        self.full_mask = torch.zeros(1, 1, 1, max_len, dtype=torch.bool, device=dev)
        self.ring_mask = torch.zeros(1, 1, 1, self.window, dtype=torch.bool, device=dev)
        self.use_graph = use_graph and dev.type == "cuda"
        self.graph: Any = None
        self.logits: torch.Tensor | None = None

    def _head(self, hidden: torch.Tensor) -> torch.Tensor:
        logits = torch.nn.functional.linear(hidden, self.head)
        if self.cap:
            logits = torch.tanh(logits / self.cap) * self.cap
        return logits

    @torch.inference_mode()
    def prefill(self, ids: list[int]) -> torch.Tensor:
        n = len(ids)
        if n >= self.max_len:
            raise ValueError(
                f"The prompt ({n} tokens) does not fit the fast path's {self.max_len}-token cache."
            )
        positions = torch.arange(n, device=self.device)
        causal = positions[None, :] <= positions[:, None]
        masks = {
            "full_attention": causal[None, None],
            "sliding_attention": (causal & (positions[None, :] > positions[:, None] - self.window))[
                None, None
            ],
        }
        self.ring_positions.fill_(FAR)
        ring = positions[max(0, n - self.window) :]
        self.ring_positions.index_copy_(0, ring % self.window, ring)
        self.cache.prefilling, self.cache.length = True, 0
        try:
            hidden = self.decoder(
                input_ids=torch.tensor([ids], device=self.device),
                attention_mask=masks,
                position_ids=positions[None],
                cache=self.cache,
                use_cache=True,
            ).last_hidden_state
        finally:
            self.cache.prefilling = False
        self.cache.length = n
        return self._head(hidden[0, -1])

    def _step_body(self) -> torch.Tensor:
        """One token at self.position; only tensor ops on fixed buffers, so it can be captured."""
        pos = self.position.view(1)
        self.cache.full_slot.copy_(pos)
        self.cache.ring_slot.copy_(pos % self.window)
        self.ring_positions.index_copy_(0, self.cache.ring_slot, pos)
        self.full_mask.copy_((self.full_range <= pos).view(1, 1, 1, -1))
        self.ring_mask.copy_(
            ((self.ring_positions > pos - self.window) & (self.ring_positions <= pos)).view(1, 1, 1, -1)
        )
        hidden = self.decoder(
            input_ids=self.token,
            attention_mask={"full_attention": self.full_mask, "sliding_attention": self.ring_mask},
            position_ids=self.position,
            cache=self.cache,
            use_cache=True,
        ).last_hidden_state
        return self._head(hidden[0, -1])

    @torch.inference_mode()
    def step(self, token: int) -> torch.Tensor:
        if self.cache.length >= self.max_len:
            raise ValueError("The conversation reached the fast path's cache size.")
        self.token.fill_(token)
        self.position.fill_(self.cache.length)
        if self.use_graph and self.graph is None:
            self._capture()
        if self.graph is not None:
            self.graph.replay()
            logits = self.logits
        else:
            logits = self._step_body()
        self.cache.length += 1
        assert logits is not None
        return logits

    def _capture(self) -> None:
        # Warm up on a side stream (the step rewrites one slot with the same values: idempotent),
        # then record it. Anything that fails here leaves the eager step in charge.
        try:
            stream = torch.cuda.Stream()
            stream.wait_stream(torch.cuda.current_stream())
            with torch.cuda.stream(stream):
                for _ in range(2):
                    self._step_body()
            torch.cuda.current_stream().wait_stream(stream)
            graph = torch.cuda.CUDAGraph()
            with torch.cuda.graph(graph):
                self.logits = self._step_body()
            self.graph = graph
        except Exception as exc:  # capture is an optimisation: any failure means "run eagerly"
            log.warning("CUDA graph capture failed, decoding eagerly: %s", exc)
            self.use_graph = False
            self.graph = None
            torch.cuda.synchronize()
