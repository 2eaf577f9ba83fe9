"""Gemma-3's RMSNorm and rotary embedding for one token, each one Triton kernel instead of ~10 small ones.

A decode step ran ~3,000 kernels, most of them tiny: each of the 6 RMSNorms a layer (input, post-
attention, pre/post-feed-forward, q and k) is a cast, a square, a mean, an add, an rsqrt, two multiplies,
a weight cast and add and a cast back; RoPE is two multiplies, two slices, a negation, a concatenation
and an add per tensor. Both read a few KB: launch count, not bytes, is their cost. Computed in fp32 and
rounded once (transformers rounds the RoPE products in bf16 as it goes): equal within bf16 rounding.

`add_norm` and `gelu_mul` fuse what a Gemma-3 layer does between its projections for one token
(engine/fused_layer.py): post-attention norm, residual add and pre-feed-forward norm in one kernel,
post-feed-forward norm and residual add in one, GELU(gate) * up in one; they round to the activations'
dtype where transformers does (each module's output), so they give its bits up to fp32 summation order.
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
def _norm_chain_kernel(
    h_ptr, w1_ptr, res_ptr, w2_ptr, total_ptr, out_ptr, a_ptr, ax_ptr, eps,
    D: tl.constexpr, BLOCK: tl.constexpr, CHUNK: tl.constexpr,
    HAS_RES: tl.constexpr, SECOND: tl.constexpr, R: tl.constexpr, R_PAD: tl.constexpr,
):  # fmt: skip
    """Program p: the row's scale factors from the whole row, then its CHUNK columns of the result and,
    with R > 0, their share of A (R, D) times the result (ax_ptr[p, :], summed by the NF4 kernel)."""
    dtype = total_ptr.dtype.element_ty
    offs = tl.arange(0, BLOCK)
    inside = offs < D
    h = tl.load(h_ptr + offs, mask=inside, other=0.0).to(tl.float32)
    s1 = tl.rsqrt(tl.sum(h * h, axis=0) / D + eps)
    s2 = s1
    if SECOND:
        w1 = tl.load(w1_ptr + offs, mask=inside, other=0.0).to(tl.float32)
        res = tl.load(res_ptr + offs, mask=inside, other=0.0).to(tl.float32)
        t = (res + (h * s1 * (1.0 + w1)).to(dtype).to(tl.float32)).to(dtype).to(tl.float32)
        s2 = tl.rsqrt(tl.sum(t * t, axis=0) / D + eps)
    cols = tl.program_id(0) * CHUNK + tl.arange(0, CHUNK)
    mine = cols < D
    hc = tl.load(h_ptr + cols, mask=mine, other=0.0).to(tl.float32)
    w1c = tl.load(w1_ptr + cols, mask=mine, other=0.0).to(tl.float32)
    result = (hc * s1 * (1.0 + w1c)).to(dtype)
    if HAS_RES:
        resc = tl.load(res_ptr + cols, mask=mine, other=0.0).to(tl.float32)
        result = (resc + result.to(tl.float32)).to(dtype)
        tl.store(total_ptr + cols, result, mask=mine)
        if SECOND:
            w2c = tl.load(w2_ptr + cols, mask=mine, other=0.0).to(tl.float32)
            result = (result.to(tl.float32) * s2 * (1.0 + w2c)).to(dtype)
            tl.store(out_ptr + cols, result, mask=mine)
    else:
        tl.store(total_ptr + cols, result, mask=mine)
    if R > 0:
        r = tl.arange(0, R_PAD)
        a = tl.load(a_ptr + r[:, None] * D + cols[None, :], mask=(r < R)[:, None] & mine[None, :], other=0.0)
        part = tl.sum(a.to(tl.float32) * result.to(tl.float32)[None, :], axis=1)
        tl.store(ax_ptr + tl.program_id(0) * R + r, part, mask=r < R)


@triton.jit
def _gelu_mul_kernel(
    g_ptr, u_ptr, out_ptr, a_ptr, ax_ptr, N: tl.constexpr, BLOCK: tl.constexpr, R: tl.constexpr,
    R_PAD: tl.constexpr,
):  # fmt: skip
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    inside = offs < N
    g = tl.load(g_ptr + offs, mask=inside, other=0.0).to(tl.float32)
    u = tl.load(u_ptr + offs, mask=inside, other=0.0)
    inner = 0.7978845608028654 * (g + 0.044715 * g * g * g)  # sqrt(2 / pi) (g + 0.044715 g^3)
    tanh = 2.0 / (1.0 + tl.exp(-2.0 * inner)) - 1.0
    act = (0.5 * g * (1.0 + tanh)).to(out_ptr.dtype.element_ty)  # GELU's output, rounded as torch does
    result = (act.to(tl.float32) * u.to(tl.float32)).to(out_ptr.dtype.element_ty)
    tl.store(out_ptr + offs, result, mask=inside)
    if R > 0:  # this block's share of A x for the down projection's LoRA
        r = tl.arange(0, R_PAD)
        a = tl.load(
            a_ptr + r[:, None] * N + offs[None, :], mask=(r < R)[:, None] & inside[None, :], other=0.0
        )
        part = tl.sum(a.to(tl.float32) * result.to(tl.float32)[None, :], axis=1)
        tl.store(ax_ptr + tl.program_id(0) * R + r, part, mask=r < R)


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


def norm_chain(
    h: torch.Tensor,
    w1: torch.Tensor,
    eps: float,
    residual: torch.Tensor | None = None,
    w2: torch.Tensor | None = None,
    lora_a: torch.Tensor | None = None,
    chunk: int = 256,
) -> tuple[torch.Tensor, torch.Tensor | None, torch.Tensor | None]:
    """For one token, in one kernel: n = RMSNorm_w1(h); with a residual, total = residual + n; with w2
    too, out = RMSNorm_w2(total). Returns (total or n, out or None, A-x partials or None).

    Gemma-3's input norm; post-attention norm + residual add + pre-feed-forward norm; post-feed-forward
    norm + residual add. With lora_a (R, D), also the next projections' LoRA A times the result, as
    (programs, R) partial sums that the NF4 kernel adds up: one launch fewer for the LoRA.
    """
    d = h.shape[-1]
    if h.numel() != d or (residual is not None and residual.numel() != d):
        raise ValueError("norm_chain takes one token")
    if w2 is not None and residual is None:
        raise ValueError("a second norm needs the residual")
    first = torch.empty(h.shape, dtype=h.dtype, device=h.device)
    out = torch.empty_like(first) if w2 is not None else None
    programs = triton.cdiv(d, chunk)
    rank = 0 if lora_a is None else int(lora_a.shape[0])
    ax = torch.empty(programs, rank, dtype=torch.float32, device=h.device) if rank else None
    _norm_chain_kernel[(programs,)](
        h.contiguous(),
        w1,
        residual.contiguous() if residual is not None else h,
        w2 if w2 is not None else w1,
        first,
        out if out is not None else first,
        lora_a.contiguous() if lora_a is not None else w1,
        ax if ax is not None else first,
        eps,
        D=d,
        BLOCK=triton.next_power_of_2(d),
        CHUNK=chunk,
        HAS_RES=residual is not None,
        SECOND=w2 is not None,
        R=rank,
        R_PAD=max(triton.next_power_of_2(rank), 2),
        num_warps=4,
    )
    return first, out, ax


def gelu_mul(
    gate: torch.Tensor, up: torch.Tensor, lora_a: torch.Tensor | None = None, block: int = 1024
) -> tuple[torch.Tensor, torch.Tensor | None]:
    """GELU(gate, tanh approximation) * up, rounded as transformers' Gemma3MLP does, in one kernel; with
    lora_a (R, N), also the down projection's LoRA A times it as (programs, R) partial sums."""
    n = gate.numel()
    out = torch.empty(gate.shape, dtype=gate.dtype, device=gate.device)
    programs = triton.cdiv(n, block)
    rank = 0 if lora_a is None else int(lora_a.shape[0])
    ax = torch.empty(programs, rank, dtype=torch.float32, device=gate.device) if rank else None
    _gelu_mul_kernel[(programs,)](
        gate.contiguous(),
        up.contiguous(),
        out,
        lora_a.contiguous() if lora_a is not None else out,
        ax if ax is not None else out,
        N=n,
        BLOCK=block,
        R=rank,
        R_PAD=max(triton.next_power_of_2(rank), 2),
    )
    return out, ax
