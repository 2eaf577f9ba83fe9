"""The CPU decode path: Gemma-3's forward pass written out over packed weights, with its own KV cache.

Why not the transformers modules: at batch 1 on a laptop CPU a decode step of the 270M is ~30 MB of
int8 matmuls spread over 18 layers; the modules' per-call bookkeeping (cache objects, mask builders,
hooks, PEFT's LoRA branches) costs as much as the arithmetic. Here a layer is a dozen tensor ops:
q/k/v fused into one matmul, gate/up into another, the LoRA adapter merged into the weights.

The arithmetic follows transformers' Gemma3 exactly (RMSNorm with 1 + w in fp32, q/k norms, rotary per
layer type, sqrt(hidden) embedding scale, tanh-GELU, sliding windows); tests/engine/test_cpu_decode.py
checks the logits against the transformers model.

The cache keeps every position for every layer (sliding layers just look at the last `window`), so a
later turn can roll back to any shared prefix: `crop(n)`.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import torch

from lumichats_desktop.engine.cpu_weights import PackedEmbedding, PackedLinear, WeightFormat

# The KV cache grows in steps of this many positions (the 270M: 9.4 MB a step, fp32). Small steps keep
# a short chat's memory small; each step copies the cache once, a few ms even for long chats.
CACHE_STEP = 256


@dataclass
class CpuLayer:
    """One decoder layer's weights, ready to run."""

    qkv: PackedLinear
    o: PackedLinear
    gate_up: PackedLinear
    down: PackedLinear
    norms: dict[str, torch.Tensor]  # 1 + weight, fp32
    sliding: bool


def _rms_norm(x: torch.Tensor, one_plus_w: torch.Tensor, eps: float) -> torch.Tensor:
    return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + eps) * one_plus_w


def _rotate_half(x: torch.Tensor) -> torch.Tensor:
    half = x.shape[-1] // 2
    return torch.cat((-x[..., half:], x[..., :half]), dim=-1)


def text_config(config: Any) -> Any:
    """The text part of a Gemma-3 config (the 4B's config nests it)."""
    return config.get_text_config() if hasattr(config, "get_text_config") else config


class CpuDecoder:
    """forward(ids): logits after feeding ids at the end of the cache; crop(n) rolls the cache back."""

    def __init__(
        self,
        config: Any,
        embedding: PackedEmbedding,
        layers: list[CpuLayer],
        final_norm: torch.Tensor,
        rope: dict[str, tuple[torch.Tensor, float]],
    ) -> None:
        text = text_config(config)
        self.embedding = embedding
        self.layers = layers
        self.final_norm = final_norm
        self.rope = rope  # layer type -> (inverse frequencies, attention scaling)
        self.heads = int(text.num_attention_heads)
        self.kv_heads = int(text.num_key_value_heads)
        self.head_dim = int(text.head_dim)
        self.hidden = int(text.hidden_size)
        self.eps = float(text.rms_norm_eps)
        self.window = int(text.sliding_window)
        self.scaling = float(text.query_pre_attn_scalar) ** -0.5
        self.embed_scale = math.sqrt(self.hidden)
        self.softcap = float(getattr(text, "final_logit_softcapping", None) or 0.0)
        self.max_positions = int(getattr(text, "max_position_embeddings", 0) or 1 << 20)
        self.fmt: WeightFormat = layers[0].qkv.fmt if layers else "fp32"
        self.length = 0
        self._keys: list[torch.Tensor] = []
        self._values: list[torch.Tensor] = []
        # Packs the layers again with the adapter merged (True) or not (False); set by whoever built them.
        self.rebuild: Callable[[bool], list[CpuLayer]] | None = None

    def use_adapter(self, enabled: bool) -> None:
        """Pack the layers again with the adapter merged or not; the cached conversation is dropped."""
        if self.rebuild is None:
            raise ValueError("This model was packed without an adapter to switch.")
        self.layers = []  # let the old packed weights go before the new ones are made
        self.layers = self.rebuild(enabled)
        self.crop(0)

    # -- cache -----------------------------------------------------------------------------------

    @property
    def capacity(self) -> int:
        return self._keys[0].shape[1] if self._keys else 0

    def crop(self, length: int) -> None:
        """Forget every position from length on (the rest of the cache stays valid)."""
        self.length = max(0, min(length, self.length))

    def _reserve(self, needed: int) -> None:
        if needed <= self.capacity:
            return
        size = min(-(-needed // CACHE_STEP) * CACHE_STEP, max(needed, self.max_positions))
        shape = (self.kv_heads, size, self.head_dim)
        keys, values = [], []
        for i in range(len(self.layers)):
            k, v = torch.zeros(shape), torch.zeros(shape)
            if self._keys:
                k[:, : self.length] = self._keys[i][:, : self.length]
                v[:, : self.length] = self._values[i][:, : self.length]
            keys.append(k)
            values.append(v)
        self._keys, self._values = keys, values

    @property
    def nbytes(self) -> int:
        """Bytes of packed weights a decode step reads (the head counted once)."""
        per_layer = sum(
            layer.qkv.nbytes + layer.o.nbytes + layer.gate_up.nbytes + layer.down.nbytes
            for layer in self.layers
        )
        return per_layer + self.embedding.nbytes

    # -- forward ---------------------------------------------------------------------------------

    @torch.inference_mode()
    def hidden_states(self, ids: list[int]) -> torch.Tensor:
        """Run ids through the layers after what the cache holds; final-normed hidden states (T, hidden)."""
        start, count = self.length, len(ids)
        self._reserve(start + count)
        positions = torch.arange(start, start + count)
        x = self.embedding.rows(torch.tensor(ids, dtype=torch.long)) * self.embed_scale
        rope = {kind: self._rotary(positions, kind) for kind in self.rope}
        masks = self._masks(start, count) if count > 1 else None
        for index, layer in enumerate(self.layers):
            x = self._layer(index, layer, x, start, rope, masks)
        self.length = start + count
        return _rms_norm(x, self.final_norm, self.eps)

    def logits(self, hidden: torch.Tensor) -> torch.Tensor:
        """Output-head logits (fp32) for final hidden states."""
        logits = self.embedding.head(hidden)
        if self.softcap:
            logits = torch.tanh(logits / self.softcap) * self.softcap
        return logits

    def forward(self, ids: list[int]) -> torch.Tensor:
        """Logits for the last of ids, after feeding all of them."""
        if not ids:
            raise ValueError("Nothing to feed the model.")
        return self.logits(self.hidden_states(ids)[-1:])[0]

    def _rotary(self, positions: torch.Tensor, kind: str) -> tuple[torch.Tensor, torch.Tensor]:
        inv_freq, scaling = self.rope[kind]
        freqs = positions[:, None].float() * inv_freq[None, :]
        emb = torch.cat((freqs, freqs), dim=-1)
        return emb.cos() * scaling, emb.sin() * scaling

    def _masks(self, start: int, count: int) -> dict[bool, torch.Tensor]:
        queries = torch.arange(start, start + count)[:, None]
        keys = torch.arange(start + count)[None, :]
        causal = keys <= queries
        return {False: causal, True: causal & (keys > queries - self.window)}

    def _layer(
        self,
        index: int,
        layer: CpuLayer,
        x: torch.Tensor,
        start: int,
        rope: dict[str, tuple[torch.Tensor, torch.Tensor]],
        masks: dict[bool, torch.Tensor] | None,
    ) -> torch.Tensor:
        count, hd = x.shape[0], self.head_dim
        n = layer.norms
        h = _rms_norm(x, n["input"], self.eps)
        qkv = layer.qkv(h)
        q_size, kv_size = self.heads * hd, self.kv_heads * hd
        q = _rms_norm(qkv[:, :q_size].view(count, self.heads, hd), n["q"], self.eps)
        k = _rms_norm(qkv[:, q_size : q_size + kv_size].view(count, self.kv_heads, hd), n["k"], self.eps)
        v = qkv[:, q_size + kv_size :].view(count, self.kv_heads, hd)
        cos, sin = rope["sliding_attention" if layer.sliding else "full_attention"]
        cos, sin = cos[:, None, :], sin[:, None, :]
        q = q * cos + _rotate_half(q) * sin
        k = k * cos + _rotate_half(k) * sin
        end = start + count
        keys, values = self._keys[index], self._values[index]
        keys[:, start:end] = k.transpose(0, 1)
        values[:, start:end] = v.transpose(0, 1)
        group = self.heads // self.kv_heads
        if masks is None:  # one new token: attend to the visible slice of the cache directly
            first = max(0, end - self.window) if layer.sliding else 0
            k_all, v_all = keys[:, first:end], values[:, first:end]
            qg = q.view(self.kv_heads, group, hd)
            scores = torch.softmax(torch.bmm(qg, k_all.transpose(1, 2)) * self.scaling, dim=-1)
            attn = torch.bmm(scores, v_all).reshape(1, self.heads * hd)
        else:
            k_all = keys[:, :end].repeat_interleave(group, dim=0)
            v_all = values[:, :end].repeat_interleave(group, dim=0)
            attn = torch.nn.functional.scaled_dot_product_attention(
                q.transpose(0, 1), k_all, v_all, attn_mask=masks[layer.sliding], scale=self.scaling
            )
            attn = attn.transpose(0, 1).reshape(count, self.heads * hd)
        x = x + _rms_norm(layer.o(attn), n["post_attention"], self.eps)
        h = _rms_norm(x, n["pre_feedforward"], self.eps)
        gate, up = layer.gate_up(h).chunk(2, dim=-1)
        h = layer.down(torch.nn.functional.gelu(gate, approximate="tanh") * up)
        return x + _rms_norm(h, n["post_feedforward"], self.eps)


def packed_layers(
    text_model: Any, fmt: WeightFormat, lora: dict[str, torch.Tensor] | None = None
) -> list[CpuLayer]:
    """CpuLayers from a transformers Gemma3TextModel's layers, with LoRA deltas (by module path) merged."""
    deltas = lora or {}
    layers = []
    for index, module in enumerate(text_model.layers):
        attn, mlp = module.self_attn, module.mlp

        def weight(name: str, linear: Any, index: int = index) -> torch.Tensor:
            base = _base_weight(linear).float()
            delta = deltas.get(f"layers.{index}.{name}")
            return base + delta if delta is not None else base

        qkv = torch.cat(
            [
                weight("self_attn.q_proj", attn.q_proj),
                weight("self_attn.k_proj", attn.k_proj),
                weight("self_attn.v_proj", attn.v_proj),
            ]
        )
        gate_up = torch.cat([weight("mlp.gate_proj", mlp.gate_proj), weight("mlp.up_proj", mlp.up_proj)])
        norms = {
            "input": module.input_layernorm.weight,
            "post_attention": module.post_attention_layernorm.weight,
            "pre_feedforward": module.pre_feedforward_layernorm.weight,
            "post_feedforward": module.post_feedforward_layernorm.weight,
            "q": attn.q_norm.weight,
            "k": attn.k_norm.weight,
        }
        layers.append(
            CpuLayer(
                qkv=PackedLinear(qkv, fmt),
                o=PackedLinear(weight("self_attn.o_proj", attn.o_proj), fmt),
                gate_up=PackedLinear(gate_up, fmt),
                down=PackedLinear(weight("mlp.down_proj", mlp.down_proj), fmt),
                norms={k: 1.0 + w.detach().float() for k, w in norms.items()},
                sliding=module.self_attn.is_sliding,
            )
        )
    return layers


def _base_weight(linear: Any) -> torch.Tensor:
    """The base weight of a plain nn.Linear or of a PEFT LoRA layer wrapping one."""
    base = getattr(linear, "base_layer", linear)
    return base.weight.detach()


def rope_tables(rotary: Any) -> dict[str, tuple[torch.Tensor, float]]:
    """Per layer type: the rotary inverse frequencies and attention scaling transformers computed.

    rotary: a Gemma3RotaryEmbedding (a text model's `rotary_emb`, or one built from the config alone).
    """
    return {
        kind: (
            getattr(rotary, f"{kind}_inv_freq").float(),
            float(getattr(rotary, f"{kind}_attention_scaling")),
        )
        for kind in rotary.layer_types
    }


def lora_deltas(text_model: Any, adapter: str | None) -> dict[str, torch.Tensor]:
    """The active adapter's weight deltas (B @ A * scale) by module path under the text model; {} if off."""
    if adapter is None:
        return {}
    deltas = {}
    for name, module in text_model.named_modules():
        if hasattr(module, "get_delta_weight") and adapter in getattr(module, "lora_A", {}):
            deltas[name] = module.get_delta_weight(adapter).detach().float()
    return deltas


def build_decoder(model: Any, fmt: WeightFormat, adapter: str | None) -> CpuDecoder:
    """A CpuDecoder from a loaded transformers (PEFT) Gemma-3 model, adapter merged if given.

    The model must stay alive for an adapter switch: its layers hold the unmerged weights.
    engine/cpu_load.py builds the same decoder straight from the files, without the model.
    """
    base = model.get_base_model() if hasattr(model, "get_base_model") else model
    text_model = base.get_decoder()
    embedding = PackedEmbedding(text_model.embed_tokens.weight.detach(), fmt)
    layers = packed_layers(text_model, fmt, lora_deltas(text_model, adapter))
    final_norm = 1.0 + text_model.norm.weight.detach().float()
    decoder = CpuDecoder(base.config, embedding, layers, final_norm, rope_tables(text_model.rotary_emb))
    if adapter is not None:

        def rebuild(enabled: bool) -> list[CpuLayer]:
            return packed_layers(text_model, fmt, lora_deltas(text_model, adapter if enabled else None))

        decoder.rebuild = rebuild
    return decoder
