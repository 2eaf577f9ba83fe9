"""Our Triton kernels in the decode step: NF4 matrix-vector products, single-query attention, RMSNorm, RoPE.

FastDecoder calls `use_nf4_kernel(decoder)` on CUDA. Each bitsandbytes Linear4bit in NF4 gets a forward
that sends a single-token input to `NF4Gemv` and anything longer (prefill, training) to its own forward,
so the loader, the trainer and PEFT's LoRA wrappers (which call the base layer) see no difference.
Gemma-3's RMSNorms get the same treatment (`use_norm_kernel`). The step runs inside `decode_kernels`:
the attention implementation DECODE_ATTENTION sends one query over the fast path's cache (keys + a
boolean slot mask) to `decode_attention` and everything else to SDPA, and RoPE is one kernel per tensor.
Without Triton (CPU builds), or with LUMICHATS_FAST_KERNELS=0, nothing is changed.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import torch

from lumichats_desktop.engine.nf4_weights import nf4_weight

log = logging.getLogger(__name__)
DECODE_ATTENTION = "lumichats_decode"
GIVEN_AX = "lumichats_given_ax"  # a fused PEFT layer's (x, A x partials) for its next call


def kernels_wanted() -> bool:
    """False when LUMICHATS_FAST_KERNELS=0 (to compare against bitsandbytes and SDPA, or to rule us out)."""
    return os.environ.get("LUMICHATS_FAST_KERNELS", "1") != "0"


def kernel_enabled(name: str, auto: bool = True) -> bool:
    """Whether one group of kernels ("nf4" with its LoRA epilogue, "group": q/k/v and gate/up stacked
    into one NF4 launch each where "nf4" is on, "norm", "attention") is on.

    LUMICHATS_FAST_KERNELS: unset = auto, 1 = all, 0 = none, or a comma list such as "norm,attention"
    ("nf4,norm,attention": our NF4 gemv one projection at a time).
    Auto turns each group on where it measured faster on the H200 (docs/benchmarks.md); since the NF4
    kernel looks its levels up in registers (issue #18, h18c) that is every group, with or without a
    LoRA (see the H200 table there). A caller that wants a group on only under a condition passes it
    as `auto`.
    """
    value = os.environ.get("LUMICHATS_FAST_KERNELS", "auto").strip().lower()
    if value == "auto":
        return auto
    if value in ("0", "1"):
        return value == "1"
    return name in {part.strip() for part in value.split(",")}


def interpreted() -> bool:
    """TRITON_INTERPRET=1: Triton runs the kernels on CPU tensors (slowly), which the tests use."""
    return os.environ.get("TRITON_INTERPRET") == "1"


def _on_device(t: torch.Tensor) -> bool:
    return t.is_cuda or interpreted()


def one_token_step(x: torch.Tensor) -> bool:
    """Whether x is a decode step's single token our kernels take (not prefill, not training)."""
    return _on_device(x) and x.shape[:-1].numel() == 1 and not torch.is_grad_enabled() and kernels_wanted()


def triton_available() -> bool:
    """True where the Triton kernels can run: wanted, a CUDA device and an importable Triton."""
    if not kernels_wanted() or not (torch.cuda.is_available() or interpreted()):
        return False
    try:
        import triton  # noqa: F401
    except ImportError:
        return False
    return True


def _one_token_forward(module: Any, gemv: Any) -> Any:
    original = module.forward

    def forward(x: torch.Tensor) -> torch.Tensor:
        # Read when the step is captured (or run eagerly), never on a graph's replay.
        if one_token_step(x):
            y = gemv(x.to(module.compute_dtype or x.dtype))
            if module.bias is not None:
                y = y + module.bias.to(y.dtype)
            return y.to(x.dtype)
        return original(x)

    forward.nf4_original = original  # type: ignore[attr-defined]
    forward.nf4_gemv = gemv  # type: ignore[attr-defined]
    return forward


def use_nf4_kernel(root: torch.nn.Module) -> int:
    """Give root's NF4 layers the one-token kernel; returns how many layers now use it."""
    if not triton_available():
        return 0
    import bitsandbytes as bnb

    from lumichats_desktop.engine.kernels.nf4_gemv import NF4Gemv

    count = 0
    for module in root.modules():
        if not isinstance(module, bnb.nn.Linear4bit):
            continue
        if hasattr(module.forward, "nf4_original"):  # a decoder built earlier for a shorter cache
            count += 1
            continue
        # fp16 scales are far inside a bf16/fp16 output's rounding, not inside an fp32 one's
        exact = module.compute_dtype == torch.float32
        weight = nf4_weight(module.weight, scale_dtype=torch.float32 if exact else torch.float16)
        if weight is None or not _on_device(module.weight):
            continue
        module.forward = _one_token_forward(module, NF4Gemv(weight))  # type: ignore[method-assign]
        count += 1
    log.info("NF4 decode kernel on %d layers", count)
    return count


def _attention(
    module: Any,
    query: torch.Tensor,
    key: torch.Tensor,
    value: torch.Tensor,
    attention_mask: torch.Tensor | None,
    **kwargs: Any,
) -> tuple[torch.Tensor, None]:
    """transformers' attention interface: our kernel for one query over a masked cache, SDPA otherwise."""
    from transformers.integrations.sdpa_attention import sdpa_attention_forward

    one_query = query.shape[2] == 1 and query.shape[0] == 1 and _on_device(query)
    if (
        one_query
        and attention_mask is not None
        and attention_mask.dtype == torch.bool
        and attention_mask.numel() == key.shape[2]
        and key.is_contiguous()
        and value.is_contiguous()
        and not module.training
    ):
        from lumichats_desktop.engine.kernels.decode_attention import decode_attention

        scaling = kwargs.get("scaling")
        scale = float(module.head_dim**-0.5 if scaling is None else scaling)
        out = decode_attention(query, key, value, attention_mask, scale)
        return out.transpose(1, 2), None
    return sdpa_attention_forward(module, query, key, value, attention_mask, **kwargs)


def register_decode_attention() -> str | None:
    """Make DECODE_ATTENTION known to transformers; its name, or None where the kernels cannot run."""
    if not triton_available():
        return None
    from transformers import AttentionInterface

    AttentionInterface.register(DECODE_ATTENTION, _attention)
    return DECODE_ATTENTION


def _norm_forward(module: Any) -> Any:
    original = module.forward

    def forward(x: torch.Tensor) -> torch.Tensor:
        if (
            _on_device(x)
            and x.numel() <= 16 * x.shape[-1]
            and not torch.is_grad_enabled()
            and kernels_wanted()
        ):
            from lumichats_desktop.engine.kernels.decode_elementwise import rms_norm

            return rms_norm(x, module.weight, float(module.eps))
        return original(x)

    forward.norm_original = original  # type: ignore[attr-defined]
    return forward


def use_norm_kernel(root: torch.nn.Module) -> int:
    """Give root's Gemma-3 RMSNorms a one-kernel forward for a token's few rows; returns how many."""
    if not triton_available():
        return 0
    count = 0
    for module in root.modules():
        if type(module).__name__ != "Gemma3RMSNorm":
            continue
        if not hasattr(module.forward, "norm_original"):
            module.forward = _norm_forward(module)
        count += 1
    return count


def _rope(original: Any) -> Any:
    def apply(
        q: torch.Tensor, k: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor, unsqueeze_dim: int = 1
    ) -> Any:
        if (
            _on_device(q)
            and q.shape[0] == 1
            and q.shape[2] == 1
            and unsqueeze_dim == 1
            and cos.numel() == q.shape[-1]
        ):
            from lumichats_desktop.engine.kernels.decode_elementwise import rope

            return rope(q, cos, sin), rope(k, cos, sin)
        return original(q, k, cos, sin, unsqueeze_dim)

    return apply


@contextmanager
def decode_kernels(decoder: Any, attention: str | None) -> Iterator[None]:
    """While a one-token step runs (or is captured): our attention and RoPE in the decoder's layers."""
    if not attention or not kernels_wanted():
        yield
        return
    import transformers.models.gemma3.modeling_gemma3 as gemma3

    config = decoder.config
    usual_attention, usual_rope = config._attn_implementation, gemma3.apply_rotary_pos_emb
    config._attn_implementation = attention
    gemma3.apply_rotary_pos_emb = _rope(usual_rope)
    try:
        yield
    finally:
        config._attn_implementation = usual_attention
        gemma3.apply_rotary_pos_emb = usual_rope


def plain_lora(module: Any) -> str | None:
    """The one active, unmerged, vanilla LoRA adapter of a PEFT layer, or None if it is anything else."""
    if module.disable_adapters or module.merged or len(module.active_adapters) != 1:
        return None
    name = module.active_adapters[0]
    if name not in module.lora_A or name in getattr(module, "lora_variant", {}):
        return None
    if module.training and getattr(module.lora_dropout[name], "p", 0.0):
        return None
    return str(name)


def _lora_forward(module: Any, gemv: Any) -> Any:
    original = module.forward
    base = module.base_layer

    def forward(x: torch.Tensor, *args: Any, **kwargs: Any) -> torch.Tensor:
        name = plain_lora(module)
        if name is None or args or kwargs:
            return original(x, *args, **kwargs)
        if not one_token_step(x):
            if torch.is_grad_enabled() or not kernels_wanted() or not _on_device(x):
                return original(x)  # training, or our kernels ruled out: PEFT's own forward
            return _lora_prefill(module, name, x)
        from lumichats_desktop.engine.kernels.nf4_gemv import lora_a

        a, b = module.lora_A[name].weight, module.lora_B[name].weight
        given = module.__dict__.pop(GIVEN_AX, None)  # A x computed by the kernel that made x
        ax = given[1] if given is not None and given[0] is x else lora_a(x, a)
        y = gemv(x.to(base.compute_dtype or x.dtype), lora=(b, ax, float(module.scaling[name])))
        if base.bias is not None:
            y = y + base.bias.to(y.dtype)
        return y.to(x.dtype)

    forward.lora_original = original  # type: ignore[attr-defined]
    return forward


def _lora_prefill(module: Any, name: str, x: torch.Tensor) -> torch.Tensor:
    """PEFT's LoRA forward for many tokens without its full-size temporaries: base(x) + scale B (A x).

    PEFT casts x to the adapter's fp32, and makes B (A x) in fp32, cast, scaled and added as four
    (tokens, out) tensors: ~0.3 GiB more peak for a 2,048-token prefill of the 4B (H200, h18c) and ~950
    more kernels. Here A x is (tokens, rank) in x's dtype and B's product is accumulated into the base
    output in place (one addmm, fp32 accumulation).
    """
    a, b = module.lora_A[name].weight, module.lora_B[name].weight
    y = module.base_layer(x).contiguous()
    ax = torch.nn.functional.linear(x, a.to(x.dtype))
    flat = y.view(-1, y.shape[-1])
    flat.addmm_(ax.view(-1, ax.shape[-1]), b.t().to(y.dtype), alpha=float(module.scaling[name]))
    return y


def use_lora_fusion(root: torch.nn.Module) -> int:
    """PEFT LoRA layers over our NF4 kernel: B (A x) added inside that kernel for one token.

    PEFT's own forward runs the base layer, clones its output, casts x to the adapter's dtype, then A,
    B, a scaling, a cast back and an add: seven kernels a projection, where this takes two (A x, and
    the NF4 kernel).
    """
    count = 0
    for module in root.modules():
        base = getattr(module, "base_layer", None)
        gemv = getattr(getattr(base, "forward", None), "nf4_gemv", None)
        if gemv is None or not hasattr(module, "lora_A"):
            continue
        if not hasattr(module.forward, "lora_original"):
            module.forward = _lora_forward(module, gemv)
        count += 1
    return count


def use_projection_groups(root: torch.nn.Module) -> list[Any]:
    """q/k/v and gate/up in one NF4 launch each (engine/nf4_groups.py); the groups, [] where off.

    Call after use_nf4_kernel and use_lora_fusion; again on every new FastDecoder, which refreshes the
    groups' LoRA stacks from the adapter now active.
    """
    if not triton_available():
        return []
    from lumichats_desktop.engine.nf4_groups import use_projection_groups as stack

    return stack(root, enabled=kernel_enabled("group"))


def tune_nf4(root: torch.nn.Module, groups: list[Any]) -> dict[str, Any]:
    """Time the NF4 kernel's block configurations for each shape the step launches (CUDA only).

    Runs before the step's CUDA graph is captured, never inside a capture. Returns the chosen configs.
    """
    if not triton_available() or not torch.cuda.is_available() or interpreted():
        return {}
    import bitsandbytes as bnb

    from lumichats_desktop.engine.kernels.nf4_tune import TuneJob, tune

    grouped = {id(base) for group in groups if group.enabled for base in group.bases}
    lora: dict[int, tuple[int, torch.dtype]] = {}  # base layer -> (rank, B's dtype) of its fused LoRA
    for module in root.modules():
        peft_layer: Any = module
        if hasattr(peft_layer, "lora_A") and hasattr(peft_layer.forward, "lora_original"):
            name = plain_lora(peft_layer)
            if name is not None:
                b = peft_layer.lora_B[name].weight
                lora[id(peft_layer.base_layer)] = (int(b.shape[1]), b.dtype)
    jobs = []
    for group in groups:
        if group.enabled:
            dtype = group.bases[0].compute_dtype or torch.bfloat16
            b_dtype = group.lora_b.dtype if group.lora_b is not None else torch.float32
            jobs.append(TuneJob(group.gemv, dtype, group.rank, b_dtype))
    for module in root.modules():
        gemv = getattr(module.forward, "nf4_gemv", None)
        if isinstance(module, bnb.nn.Linear4bit) and gemv is not None and id(module) not in grouped:
            rank, b_dtype = lora.get(id(module), (0, torch.float32))
            jobs.append(TuneJob(gemv, module.compute_dtype or torch.bfloat16, rank, b_dtype))
    return tune(jobs)
