"""The CUDA fast path: a right-sized static KV cache and the one-token decode step replayed as a CUDA graph.

At batch 1 a 4-bit Gemma-3 decode step is ~600 small kernels; launched one by one from Python they take
far longer than the GPU needs to run them. Captured once as a CUDA graph, a step is one launch.

For that, every tensor the step touches must live at a fixed address and every branch must be the same
on every step, so the cache here is our own:
- global layers keep `max_len` slots, written at the token's position;
- sliding-window layers keep a ring of `window + RING_SLACK` slots, written at position % slots. Keys carry
  their rotary position already, so attention does not care in which slot a key sits, only whether the
  mask lets it through;
- the masks (one per layer type) are rebuilt on the GPU from the position tensor inside the graph.
Prefill runs eagerly over the tokens after the part of the conversation the cache already holds (all of
the prompt on a fresh cache) and copies their keys and values into the slots.

Reuse across turns: the next turn usually extends the last one (its prompt + reply + the new user turn),
so only the new tokens are prefilled. Rolling back (a retry, an edited message) is free for the global
layers (later slots are masked out and overwritten) but a ring only still holds the keys of positions
within `slots` of the newest one: the RING_SLACK extra slots let a turn roll back that many tokens; a
longer roll-back prefills from scratch.
"""

from __future__ import annotations

import logging
from typing import Any

import torch
from torch.nn.attention import SDPBackend, sdpa_kernel

from lumichats_desktop.engine.fast_kernels import decode_kernels

log = logging.getLogger(__name__)
FAR = -(2**40)  # the position of an empty ring slot: outside every window
# Prefill attention without cuDNN's backend: with our masks PyTorch picked it on an H200, and it builds
# (compiles) a kernel for every new prompt length, 1.6-2.6 s each time the driver's cache lacks it, so a
# reply of an unseen length waited that long for its first token (benchmarks/gpu_replies.py).
PREFILL_ATTENTION = [SDPBackend.FLASH_ATTENTION, SDPBackend.EFFICIENT_ATTENTION, SDPBackend.MATH]
# Extra ring slots beyond the window: how far a turn may roll back (a retried reply, an edited last
# message) and still reuse the cache. Our decode attention kernel skips masked slots, so once the ring
# has wrapped the spare slots cost a mask read, not a key/value read (SDPA, the fallback, reads them).
RING_SLACK = 256


class RingCache:
    """The decoder's cache object: `update` stores this step's keys/values and returns the whole buffer."""

    def __init__(
        self,
        layer_types: list[str],
        ring: int,
        max_len: int,
        shape: tuple[int, int],
        dtype: Any,
        device: Any,
    ):
        heads, head_dim = shape
        self.layer_types = layer_types
        self.ring, self.max_len = ring, max_len
        self.keys: list[torch.Tensor] = []
        self.values: list[torch.Tensor] = []
        for kind in layer_types:
            slots = ring if kind == "sliding_attention" else max_len
            self.keys.append(torch.zeros(1, heads, slots, head_dim, dtype=dtype, device=device))
            self.values.append(torch.zeros(1, heads, slots, head_dim, dtype=dtype, device=device))
        self.full_slot = torch.zeros(1, dtype=torch.long, device=device)
        self.ring_slot = torch.zeros(1, dtype=torch.long, device=device)
        self.prefilling = False
        self.start = 0  # while prefilling: the position of the chunk's first token
        self.length = 0

    def get_seq_length(self, layer_idx: int = 0) -> int:
        return self.length

    def update(
        self, key: torch.Tensor, value: torch.Tensor, layer_idx: int, **kwargs: Any
    ) -> tuple[Any, Any]:
        if self.prefilling:
            return self._prefill_update(layer_idx, key, value)
        slot = self.ring_slot if self.layer_types[layer_idx] == "sliding_attention" else self.full_slot
        self.keys[layer_idx].index_copy_(2, slot, key)
        self.values[layer_idx].index_copy_(2, slot, value)
        return self.keys[layer_idx], self.values[layer_idx]

    def _prefill_update(
        self, layer_idx: int, key: torch.Tensor, value: torch.Tensor
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """Store a chunk's keys/values; return what its queries attend over (the masks match this)."""
        n, start = key.shape[2], self.start
        keys, values = self.keys[layer_idx], self.values[layer_idx]
        if self.layer_types[layer_idx] != "sliding_attention":
            keys[:, :, start : start + n] = key
            values[:, :, start : start + n] = value
            return (key, value) if start == 0 else (keys[:, :, : start + n], values[:, :, : start + n])
        # The ring's older keys first (copied, before the chunk overwrites their slots), then the chunk.
        seen = (key, value) if start == 0 else (torch.cat([keys, key], 2), torch.cat([values, value], 2))
        first = max(0, n - self.ring)
        slots = torch.arange(start + first, start + n, device=key.device) % self.ring
        keys.index_copy_(2, slots, key[:, :, first:])
        values.index_copy_(2, slots, value[:, :, first:])
        return seen


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
        self.ring = min(self.window + RING_SLACK, max_len)
        self.cache = RingCache(
            self.layer_types, self.ring, max_len, (heads, config.head_dim), dtype, self.device
        )
        dev = self.device
        self.token = torch.zeros(1, 1, dtype=torch.long, device=dev)
        self.position = torch.zeros(1, 1, dtype=torch.long, device=dev)
        self.ring_positions = torch.full((self.ring,), FAR, dtype=torch.long, device=dev)
        self.full_range = torch.arange(max_len, device=dev)
        self.full_mask = torch.zeros(1, 1, 1, max_len, dtype=torch.bool, device=dev)
        self.ring_mask = torch.zeros(1, 1, 1, self.ring, dtype=torch.bool, device=dev)
        self.use_graph = use_graph and dev.type == "cuda"
        self.nf4_layers, self.lora_layers, self.norm_layers, self.attention = 0, 0, 0, None
        self.fused_layers = 0
        self.groups: list[Any] = []  # q/k/v and gate/up stacked into one NF4 launch each
        self.tuned: dict[str, Any] | None = None  # the NF4 block configurations timed before capture
        from lumichats_desktop.engine import fast_kernels

        if dev.type == "cuda" or fast_kernels.interpreted():  # our Triton kernels for the one-token step
            if fast_kernels.kernel_enabled("nf4"):
                self.nf4_layers = fast_kernels.use_nf4_kernel(self.decoder)
                self.lora_layers = fast_kernels.use_lora_fusion(self.decoder)
                self.groups = fast_kernels.use_projection_groups(self.decoder)
            if fast_kernels.kernel_enabled("norm"):
                self.norm_layers = fast_kernels.use_norm_kernel(self.decoder)
            if self.norm_layers:  # norms, residual adds and GELU between the projections fused
                from lumichats_desktop.engine.fused_layer import use_fused_layers

                self.fused_layers = use_fused_layers(self.decoder)
            if fast_kernels.kernel_enabled("attention"):
                self.attention = fast_kernels.register_decode_attention()
        self.graph: Any = None
        self.logits: torch.Tensor | None = None

    @property
    def length(self) -> int:
        """How many tokens of the conversation the cache holds."""
        return self.cache.length

    def reusable(self, shared: int) -> int:
        """How many of the first `shared` cached tokens a new prompt can keep (the ring limits roll-back)."""
        shared = min(shared, self.cache.length)
        oldest_held = self.cache.length - self.ring  # the ring holds the positions after this one
        if shared > 0 and max(0, shared - self.window) < oldest_held:
            return 0  # the keys the window would need were overwritten: prefill from scratch
        return shared

    def _head(self, hidden: torch.Tensor) -> torch.Tensor:
        logits = torch.nn.functional.linear(hidden, self.head)
        if self.cap:
            logits = torch.tanh(logits / self.cap) * self.cap
        return logits

    def _prefill_masks(self, start: int, n: int) -> dict[str, torch.Tensor]:
        """Which keys each of the chunk's queries sees, in the order RingCache hands them over."""
        queries = torch.arange(start, start + n, device=self.device)
        full_keys = torch.arange(start + n, device=self.device)
        ring_keys = queries if start == 0 else torch.cat([self.ring_positions, queries])
        visible = ring_keys[None, :] <= queries[:, None]
        sliding = visible & (ring_keys[None, :] > queries[:, None] - self.window)
        full = visible if start == 0 else full_keys[None, :] <= queries[:, None]
        return {"full_attention": full[None, None], "sliding_attention": sliding[None, None]}

    @torch.inference_mode()
    def prefill(self, ids: list[int], reuse: int = 0) -> torch.Tensor:
        """Logits after ids; the first `reuse` tokens are taken from the cache (see `reusable`)."""
        n = len(ids)
        if n >= self.max_len:
            raise ValueError(
                f"The prompt ({n} tokens) does not fit the fast path's {self.max_len}-token cache."
            )
        if not 0 <= reuse < n or reuse != self.reusable(reuse):
            raise ValueError(f"Cannot reuse {reuse} cached tokens for a {n}-token prompt.")
        if reuse == 0:
            self.ring_positions.fill_(FAR)
        else:  # forget the rolled-back positions so no mask lets them through
            stale = self.ring_positions >= reuse
            self.ring_positions.masked_fill_(stale, FAR)
        masks = self._prefill_masks(reuse, n - reuse)
        positions = torch.arange(reuse, n, device=self.device)
        self.cache.prefilling, self.cache.start, self.cache.length = True, reuse, reuse
        try:
            with sdpa_kernel(PREFILL_ATTENTION):
                hidden = self.decoder(
                    input_ids=torch.tensor([ids[reuse:]], device=self.device),
                    attention_mask=masks,
                    position_ids=positions[None],
                    cache=self.cache,
                    use_cache=True,
                ).last_hidden_state
        finally:
            self.cache.prefilling = False
        kept = positions[max(0, len(positions) - self.ring) :]
        self.ring_positions.index_copy_(0, kept % self.ring, kept)
        self.cache.length = n
        return self._head(hidden[0, -1])

    def _step_body(self) -> torch.Tensor:
        """One token at self.position; only tensor ops on fixed buffers, so it can be captured."""
        pos = self.position.view(1)
        self.cache.full_slot.copy_(pos)
        self.cache.ring_slot.copy_(pos % self.ring)
        self.ring_positions.index_copy_(0, self.cache.ring_slot, pos)
        self.full_mask.copy_((self.full_range <= pos).view(1, 1, 1, -1))
        self.ring_mask.copy_(
            ((self.ring_positions > pos - self.window) & (self.ring_positions <= pos)).view(1, 1, 1, -1)
        )
        with decode_kernels(self.decoder, self.attention):
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
        if self.tuned is None and self.nf4_layers:  # time the NF4 kernel's configs first: not in a capture
            from lumichats_desktop.engine import fast_kernels

            try:
                self.tuned = fast_kernels.tune_nf4(self.decoder, self.groups)
            except Exception as exc:  # tuning is an optimisation: keep the untuned configs
                log.warning("timing the NF4 kernel's configurations failed: %s", exc)
                self.tuned = {}
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
