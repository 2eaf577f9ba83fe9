"""A Gemma-3 decoder layer and MLP for one decode token with fewer kernels between the projections.

After our NF4 products and attention, a step's time went to the gaps between ~850 small kernels, not
to bytes (H200 profile, docs/benchmarks.md). Between its projections a layer launched: input norm,
post-attention norm, residual add, pre-feed-forward norm, GELU, multiply, post-feed-forward norm,
residual add, and with a LoRA one A x kernel before each of q/k/v, gate/up and down. Here those are four
kernels (engine/kernels/decode_elementwise.py: `norm_chain` three times, `gelu_mul` once), and the
kernel that makes a projection's input also computes its LoRA A x (as partial sums the NF4 kernel adds
up), handed over with `give_ax` (stacked groups) or GIVEN_AX (a lone PEFT layer on our kernel).

Like our other kernels this is a per-instance forward that takes only the one-token case (CUDA or
Triton's interpreter, no autograd, kernels wanted) and hands everything else (prefill, training, a
different activation) to the module's own forward, so the loader, the trainer and PEFT see no change.
"""

from __future__ import annotations

import logging
from typing import Any

import torch

from lumichats_desktop.engine.fast_kernels import GIVEN_AX, one_token_step, plain_lora

log = logging.getLogger(__name__)
TANH_GELU = ("gelu_pytorch_tanh", "gelu_tanh")  # Gemma-3's hidden_activation


def _norm_eps(norm: Any) -> float | None:
    """The norm's epsilon if it is Gemma-3's RMSNorm (x * rsqrt(mean x^2 + eps) * (1 + w)), else None."""
    return float(norm.eps) if type(norm).__name__ == "Gemma3RMSNorm" else None


def _group(module: Any, first: str) -> Any:
    """The stacked projections (engine/nf4_groups.py) starting with `first` in module, if any."""
    return module.__dict__.get("nf4_group_" + first)


def _lone_lora_a(projection: Any) -> torch.Tensor | None:
    """A of a PEFT LoRA layer that runs on our NF4 kernel with its branch fused (fast_kernels)."""
    if not hasattr(getattr(projection, "forward", None), "lora_original"):
        return None
    name = plain_lora(projection)
    return None if name is None else projection.lora_A[name].weight


def _layer_forward(layer: Any) -> Any:
    original = layer.forward
    norms = (
        layer.input_layernorm,
        layer.post_attention_layernorm,
        layer.pre_feedforward_layernorm,
        layer.post_feedforward_layernorm,
    )
    epsilons = {_norm_eps(n) for n in norms}

    def forward(hidden_states: torch.Tensor, *args: Any, **kwargs: Any) -> torch.Tensor:
        if args or "cache" not in kwargs or len(epsilons) != 1 or None in epsilons:
            return original(hidden_states, *args, **kwargs)
        if not one_token_step(hidden_states):
            return original(hidden_states, *args, **kwargs)
        from lumichats_desktop.engine.kernels.decode_elementwise import norm_chain

        eps = float(layer.input_layernorm.eps)
        qkv, gate_up = _group(layer.self_attn, "q_proj"), _group(layer.mlp, "gate_proj")
        a = qkv.lora_a_for_next_call() if qkv is not None else None
        h, _, ax = norm_chain(hidden_states, layer.input_layernorm.weight, eps, lora_a=a)
        if ax is not None:
            qkv.give_ax(h, ax)
        h, _ = layer.self_attn(hidden_states=h, **kwargs)
        a = gate_up.lora_a_for_next_call() if gate_up is not None else None
        residual, mlp_in, ax = norm_chain(
            h,
            layer.post_attention_layernorm.weight,
            eps,
            residual=hidden_states,
            w2=layer.pre_feedforward_layernorm.weight,
            lora_a=a,
        )
        assert mlp_in is not None  # a second norm was asked for
        if ax is not None:
            gate_up.give_ax(mlp_in, ax)
        h = layer.mlp(mlp_in)
        total, _, _ = norm_chain(h, layer.post_feedforward_layernorm.weight, eps, residual=residual)
        return total

    forward.fused_original = original  # type: ignore[attr-defined]
    return forward


def _mlp_forward(mlp: Any) -> Any:
    original = mlp.forward
    activation = getattr(mlp.config, "hidden_activation", None)

    def forward(x: torch.Tensor) -> torch.Tensor:
        if activation not in TANH_GELU or not one_token_step(x):
            return original(x)
        from lumichats_desktop.engine.kernels.decode_elementwise import gelu_mul

        a = _lone_lora_a(mlp.down_proj)
        act, ax = gelu_mul(mlp.gate_proj(x), mlp.up_proj(x), lora_a=a)
        if ax is not None:
            mlp.down_proj.__dict__[GIVEN_AX] = (act, ax)
        return mlp.down_proj(act)

    forward.fused_original = original  # type: ignore[attr-defined]
    return forward


def use_fused_layers(root: torch.nn.Module) -> int:
    """Give root's Gemma-3 decoder layers and MLPs their one-token forwards; returns how many layers."""
    count = 0
    for module in root.modules():
        kind = type(module).__name__
        if kind not in ("Gemma3DecoderLayer", "Gemma3MLP"):
            continue
        if not hasattr(module.forward, "fused_original"):
            make = _layer_forward if kind == "Gemma3DecoderLayer" else _mlp_forward
            module.forward = make(module)
        count += kind == "Gemma3DecoderLayer"
    log.info("norms, residual adds, GELU and LoRA A x fused in %d decoder layers", count)
    return count
