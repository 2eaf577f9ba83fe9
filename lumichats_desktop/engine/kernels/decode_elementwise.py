"""Gemma-3's RMSNorm and rotary embedding for one token, each one Triton kernel instead of ~10 small ones.

A decode step ran ~3,000 kernels, most of them tiny: each of the 6 RMSNorms a layer (input, post-
attention, pre/post-feed-forward, q and k) is a cast, a square, a mean, an add, an rsqrt, two multiplies,
a weight cast and add and a cast back; RoPE is two multiplies, two slices, a negation, a concatenation
and an add per tensor. Both read a few KB: launch count, not bytes, is their cost. Computed in fp32 and
rounded once (transformers rounds the RoPE products in bf16 as it goes): equal within bf16 rounding.
"""

from __future__ import annotations

import torch
import triton
import triton.language as tl


@triton.jit
def _rms_norm_kernel(x_ptr, w_ptr, out_ptr, eps, D: tl.constexpr, BLOCK: tl.constexpr):
    row = tl.program_id(0)
    offs = tl.arange(0, BLOCK)
    inside = offs < D
    x = tl.load(x_ptr + row * D + offs, mask=inside, other=0.0).to(tl.float32)
    scale = tl.rsqrt(tl.sum(x * x, axis=0) / D + eps)
    w = tl.load(w_ptr + offs, mask=inside, other=0.0).to(tl.float32)
    tl.store(out_ptr + row * D + offs, (x * scale * (1.0 + w)).to(out_ptr.dtype.element_ty), mask=inside)


@triton.jit
def _rope_kernel(x_ptr, cos_ptr, sin_ptr, out_ptr, D: tl.constexpr):
    row = tl.program_id(0)
    offs = tl.arange(0, D)
    half: tl.constexpr = D // 2
    x = tl.load(x_ptr + row * D + offs).to(tl.float32)
    partner = tl.load(x_ptr + row * D + (offs + half) % D).to(tl.float32)
    rotated = tl.where(offs < half, -partner, partner)
    cos = tl.load(cos_ptr + offs).to(tl.float32)
    sin = tl.load(sin_ptr + offs).to(tl.float32)
    tl.store(out_ptr + row * D + offs, (x * cos + rotated * sin).to(out_ptr.dtype.element_ty))


def rms_norm(x: torch.Tensor, weight: torch.Tensor, eps: float) -> torch.Tensor:
    """Gemma3RMSNorm.forward: x * rsqrt(mean(x^2) + eps) * (1 + weight), over the last dimension."""
    d = x.shape[-1]
    rows = x.reshape(-1, d)
    if not rows.is_contiguous():
        rows = rows.contiguous()
    out = torch.empty(rows.shape, dtype=x.dtype, device=x.device)
    _rms_norm_kernel[(rows.shape[0],)](
        rows, weight, out, eps, D=d, BLOCK=triton.next_power_of_2(d), num_warps=4 if d > 1024 else 1
    )
    return out.view(x.shape)


def rope(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
    """apply_rotary_pos_emb for one token: x (1, heads, 1, dim), cos/sin (1, 1, dim)."""
    d = x.shape[-1]
    rows = x.reshape(-1, d)
    if not rows.is_contiguous():
        rows = rows.contiguous()
    out = torch.empty(rows.shape, dtype=x.dtype, device=x.device)
    _rope_kernel[(rows.shape[0],)](rows, cos.reshape(-1), sin.reshape(-1), out, D=d, num_warps=1)
    return out.view(x.shape)
