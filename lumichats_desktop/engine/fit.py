"""Will it fit? Memory for a model's weights (4-bit or 16-bit) plus its KV cache at a context length.

Gemma-3's sliding-window layers keep only their window of keys and values, so the cache grows with the
context on its global layers alone. In NF4 the embedding (262k x hidden) stays 16-bit; every linear
layer costs about half a byte a weight plus its quantization constants.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

NF4_BYTES_PER_WEIGHT = 0.5 * 1.06  # 4 bits + double-quantized absmax per 64-block
RUNTIME_OVERHEAD = 400 * 2**20  # CUDA context / allocator slack, prefill activations


@dataclass(frozen=True)
class MemoryEstimate:
    weights: int
    kv_cache: int
    overhead: int

    @property
    def total(self) -> int:
        return self.weights + self.kv_cache + self.overhead


def _text(config: dict[str, Any]) -> dict[str, Any]:
    inner = config.get("text_config")
    return inner if isinstance(inner, dict) else config


def kv_cache_bytes(config: dict[str, Any], context_tokens: int, bytes_per_value: int = 2) -> int:
    text = _text(config)
    layers = int(text.get("num_hidden_layers", 0))
    heads = int(text.get("num_key_value_heads", text.get("num_attention_heads", 1)))
    head_dim = int(
        text.get("head_dim") or text.get("hidden_size", 0) // max(1, text.get("num_attention_heads", 1))
    )
    window = int(text.get("sliding_window") or context_tokens)
    types = text.get("layer_types")
    if not types:
        pattern = int(text.get("sliding_window_pattern", 6))
        types = ["full_attention" if (i + 1) % pattern == 0 else "sliding_attention" for i in range(layers)]
    per_token = 2 * heads * head_dim * bytes_per_value
    return sum(
        per_token * (min(context_tokens, window) if t == "sliding_attention" else context_tokens)
        for t in types
    )


def estimate(config: dict[str, Any], params: int, quantization: str, context_tokens: int) -> MemoryEstimate:
    """Bytes needed to hold the model and a context of context_tokens."""
    text = _text(config)
    embed = int(text.get("vocab_size", 0)) * int(text.get("hidden_size", 0))
    if quantization == "nf4":
        weights = int((params - embed) * NF4_BYTES_PER_WEIGHT + embed * 2)
    else:
        weights = params * (4 if quantization == "fp32" else 2)
    logits = int(text.get("vocab_size", 0)) * 4 * 2
    return MemoryEstimate(weights, kv_cache_bytes(config, context_tokens), RUNTIME_OVERHEAD + logits)


def gib(n: int) -> str:
    return f"{n / 2**30:.1f} GB"


def wont_fit_message(title: str, need: MemoryEstimate, have: int, where: str, context_tokens: int) -> str:
    return (
        f"{title} needs about {gib(need.total)} ({gib(need.weights)} of weights and {gib(need.kv_cache)} for "
        f"{context_tokens:,} tokens of context), but {where} has {gib(have)} free. Load it on the CPU "
        "(slower), lower the context limit in Settings, or use a smaller model such as LumiChats 270M."
    )
