"""y = W x for one token with W in bitsandbytes' NF4 layout (see engine/nf4_weights.py), in Triton.

bitsandbytes' own 4-bit gemv moved weights at ~0.64 TB/s on an H200 (13% of the card). Here each program
owns BLOCK_N output rows and streams their packed bytes in BLOCK_K-wide tiles; each nibble's level comes
from the 16-entry code table (64 bytes: one cache line, so a warp's lookups are one L1 wavefront, where a
2 KB byte-pair table would take up to 16), products are summed per 64-weight block and scaled once per
block. Two variants were timed on the H200 by the load-time tuner and never chosen, so they are gone: a
256-entry byte-pair table (one lookup a byte instead of two) and K split over several programs a row
with atomic fp32 sums (for the 10,240-wide down projection).

One matrix may stack several projections that read the same x (q/k/v, gate/up: engine/nf4_groups.py):
rows [0, SEG1) are the first, [SEG1, SEG2) the second, the rest the third. Their LoRA branches come
stacked too: ax holds each projection's A x in turn, and the rows of a segment add B (ax of that
segment), so the block-diagonal B is never stored.
Needs in_features % BLOCK_K == 0 and every segment's rows % BLOCK_N == 0 (`fits`).
"""

from __future__ import annotations

from typing import NamedTuple

import torch
import triton
import triton.language as tl

from lumichats_desktop.engine.nf4_weights import NF4Weight


class GemvConfig(NamedTuple):
    """How the kernel splits the work (rows a program, K tile width, warps) and reads x: xsplit=1
    loads x's tile contiguously and splits it into even and odd elements (not two strided loads)."""

    block_n: int
    block_k: int
    warps: int
    xsplit: int = 0


@triton.jit
def _nf4_gemv_kernel(
    x_ptr,
    w_ptr,
    absmax_ptr,
    code_ptr,
    out_ptr,
    lora_b_ptr,
    lora_ax_ptr,
    lora_scale,
    K: tl.constexpr,
    BLOCKSIZE: tl.constexpr,
    BLOCK_N: tl.constexpr,
    BLOCK_K: tl.constexpr,
    RANK: tl.constexpr,
    RANK_PAD: tl.constexpr,
    SEG1: tl.constexpr,
    SEG2: tl.constexpr,
    XSPLIT: tl.constexpr,
):
    first_row = tl.program_id(0) * BLOCK_N
    rows = first_row + tl.arange(0, BLOCK_N)
    half: tl.constexpr = BLOCK_K // 2
    groups: tl.constexpr = BLOCK_K // BLOCKSIZE
    acc = tl.zeros((BLOCK_N,), dtype=tl.float32)
    row_bytes = rows.to(tl.int64)[:, None] * (K // 2)
    row_scales = rows.to(tl.int64)[:, None] * (K // BLOCKSIZE)
    for k0 in range(0, K, BLOCK_K):
        cols = k0 // 2 + tl.arange(0, half)
        byte = tl.load(w_ptr + row_bytes + cols[None, :], eviction_policy="evict_first")
        even = tl.load(code_ptr + (byte >> 4).to(tl.int32))  # the high nibble is the even element
        odd = tl.load(code_ptr + (byte & 15).to(tl.int32))
        if XSPLIT:
            x_tile = tl.load(x_ptr + k0 + tl.arange(0, BLOCK_K)).to(tl.float32)
            x_even, x_odd = tl.split(tl.reshape(x_tile, (half, 2)))
        else:
            x_even = tl.load(x_ptr + 2 * cols).to(tl.float32)
            x_odd = tl.load(x_ptr + 2 * cols + 1).to(tl.float32)
        prod = even * x_even[None, :] + odd * x_odd[None, :]
        per_block = tl.sum(tl.reshape(prod, (BLOCK_N, groups, BLOCKSIZE // 2)), axis=2)
        scales = tl.load(absmax_ptr + row_scales + (k0 // BLOCKSIZE + tl.arange(0, groups))[None, :])
        acc += tl.sum(per_block * scales, axis=1)
    if RANK > 0:  # + scale * B (A x): the LoRA branch, with A x computed before
        seg = (first_row >= SEG1).to(tl.int32) + (first_row >= SEG2).to(tl.int32)
        r = tl.arange(0, RANK_PAD)
        b = tl.load(lora_b_ptr + rows[:, None] * RANK + r[None, :], mask=(r < RANK)[None, :], other=0.0)
        ax = tl.load(lora_ax_ptr + seg * RANK + r, mask=r < RANK, other=0.0)
        acc += tl.sum(b.to(tl.float32) * ax.to(tl.float32)[None, :], axis=1) * lora_scale
    tl.store(out_ptr + rows, acc.to(out_ptr.dtype.element_ty))


@triton.jit
def _lora_a_kernel(x_ptr, a_ptr, out_ptr, K: tl.constexpr, BLOCK: tl.constexpr):
    r = tl.program_id(0)
    acc = tl.zeros((BLOCK,), dtype=tl.float32)
    for k0 in range(0, K, BLOCK):
        offs = k0 + tl.arange(0, BLOCK)
        inside = offs < K
        a = tl.load(a_ptr + r * K + offs, mask=inside, other=0.0).to(tl.float32)
        acc += a * tl.load(x_ptr + offs, mask=inside, other=0.0).to(tl.float32)
    tl.store(out_ptr + r, tl.sum(acc, axis=0))


def lora_a(x: torch.Tensor, a: torch.Tensor) -> torch.Tensor:
    """A x in fp32 for one token, whatever A's dtype (PEFT keeps adapters in fp32 over a bf16 model):
    one kernel where a cast of x and a matrix product would be two. A may stack several adapters' A."""
    rank, k = a.shape
    out = torch.empty(rank, dtype=torch.float32, device=x.device)
    _lora_a_kernel[(rank,)](x.reshape(-1).contiguous(), a.contiguous(), out, K=k, BLOCK=1024, num_warps=4)
    return out


def fits(config: GemvConfig, out_features: int, in_features: int, bounds: tuple[int, ...] = ()) -> bool:
    """Whether the kernel can run a shape (with segments starting at `bounds`) in this configuration."""
    rows_ok = all(n % config.block_n == 0 for n in (out_features, *bounds))
    return rows_ok and in_features % config.block_k == 0


def pick_config(out_features: int, in_features: int, bounds: tuple[int, ...] = ()) -> GemvConfig:
    """The untuned starting point: wide tiles, and rows split finely enough that each of the H200's 132
    multiprocessors holds several programs' loads in flight. `nf4_tune.tune` measures better ones on
    the GPU while the model loads (benchmarks/gpu_kernels.py shows both).
    """
    block_k = next(b for b in (512, 256, 128, 64) if in_features % b == 0)
    block_n = next(
        (
            b
            for b in (8, 4, 2)
            if fits(GemvConfig(b, block_k, 2), out_features, in_features, bounds)
            and out_features // b >= 4 * 132
        ),
        1,
    )
    return GemvConfig(block_n, block_k, 2)  # 2 warps won every shape the H200's tuner timed


class NF4Gemv:
    """A prepared NF4 matrix on the GPU; calling it with a (..., in) single-token x gives (..., out).

    bounds: where the second and third stacked projections' rows start (engine/nf4_groups.py), if any.
    """

    def __init__(
        self,
        weight: NF4Weight,
        config: tuple[int, ...] | None = None,
        bounds: tuple[int, ...] = (),
    ) -> None:
        if len(bounds) > 2:
            raise ValueError("NF4Gemv stacks at most three projections")
        self.weight = weight
        self.bounds = bounds
        self.config = (
            GemvConfig(*config) if config else pick_config(weight.out_features, weight.in_features, bounds)
        )

    def __call__(
        self,
        x: torch.Tensor,
        out: torch.Tensor | None = None,
        lora: tuple[torch.Tensor, torch.Tensor, float] | None = None,
    ) -> torch.Tensor:
        """W x (+ scale * B ax with lora = (B (out, rank) contiguous, ax = A x (segments * rank,), scale))."""
        w = self.weight
        flat = x.reshape(-1)
        if flat.numel() != w.in_features:
            raise ValueError(f"NF4Gemv takes one token of {w.in_features} features, got {tuple(x.shape)}")
        flat = flat.contiguous()
        block_n, block_k, warps, xsplit = self.config
        if out is None:
            out = torch.empty(w.out_features, dtype=x.dtype, device=x.device)
        lora_b, lora_ax, scale = lora if lora is not None else (w.code, w.code, 0.0)
        rank = lora_b.shape[1] if lora is not None else 0
        seg1 = self.bounds[0] if self.bounds else w.out_features
        seg2 = self.bounds[1] if len(self.bounds) > 1 else w.out_features
        _nf4_gemv_kernel[(w.out_features // block_n,)](
            flat,
            w.packed,
            w.absmax,
            w.code,
            out,
            lora_b,
            lora_ax,
            float(scale),
            K=w.in_features,
            BLOCKSIZE=w.blocksize,
            BLOCK_N=block_n,
            BLOCK_K=block_k,
            RANK=rank,
            RANK_PAD=max(triton.next_power_of_2(rank), 2),
            SEG1=seg1,
            SEG2=seg2,
            XSPLIT=xsplit,
            num_warps=warps,
        )
        return out.view(*x.shape[:-1], w.out_features)
