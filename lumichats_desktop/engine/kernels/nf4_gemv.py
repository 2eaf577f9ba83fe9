"""y = W x for one token with W in bitsandbytes' NF4 layout (see engine/nf4_weights.py), in Triton.

bitsandbytes stores a row's weights contiguously along K, two a byte, so one 16-byte load already brings
32 weights of one row; the bytes need no repacking and prefill/training keep reading them through
bitsandbytes (one copy in memory). What made our first kernel slower than bitsandbytes' (0.3-0.7 TB/s
on an H200) was the dequantization: two lookups into the 16-level table in memory per byte. Here the
levels are never read from memory: a few `prmt` (byte permute) instructions look each 32-bit word's 8
nibbles up in the table held as immediates, as fp16 (`_LEVELS_ASM`, the approach of llama.cpp's IQ4_NL
kernels, written for NF4's 16-bit levels), then converted to fp32. Products are summed per 64-weight
scale block and scaled once per block (scales pre-expanded to fp16 at load).

Each program owns BLOCK_N output rows and walks K in BLOCK_K-wide tiles, loaded as (rows, blocks, 8)
int32 words. Where PTX cannot run (Triton's interpreter on the CPU) or the matrix's code table is not
bitsandbytes' NF4, the same kernel gathers the levels from memory instead (USE_ASM=False).

One matrix may stack several projections that read the same x (q/k/v, gate/up: engine/nf4_groups.py):
rows [0, SEG1) are the first, [SEG1, SEG2) the second, the rest the third. Their LoRA branches come
stacked too: ax holds each projection's A x in turn, and the rows of a segment add B (ax of that
segment), so the block-diagonal B is never stored.
Needs in_features % BLOCK_K == 0 and every segment's rows % BLOCK_N == 0 (`fits`).
"""

from __future__ import annotations

import os
import struct
from typing import NamedTuple

import torch
import triton
import triton.language as tl

from lumichats_desktop.engine.nf4_weights import NF4Weight

NF4_LEVELS = (  # bitsandbytes' NF4 code (bitsandbytes.functional.get_4bit_type("nf4"))
    -1.0, -0.6961928009986877, -0.5250730514526367, -0.39491748809814453,
    -0.28444138169288635, -0.18477343022823334, -0.09105003625154495, 0.0,
    0.07958029955625534, 0.16093020141124725, 0.24611230194568634, 0.33791524171829224,
    0.44070982933044434, 0.5626170039176941, 0.7229568362236023, 1.0,
)  # fmt: skip


class GemvConfig(NamedTuple):
    """How the kernel splits the work: rows a program, K tile width (weights), warps."""

    block_n: int
    block_k: int
    warps: int


def table_words() -> tuple[list[int], list[int]]:
    """The 16 levels as fp16, split into their low bytes and high bytes, 4 bytes a 32-bit word each."""
    halves = [struct.unpack("<H", struct.pack("<e", level))[0] for level in NF4_LEVELS]

    def words(values: list[int]) -> list[int]:
        return [sum(values[4 * i + j] << (8 * j) for j in range(4)) for i in range(4)]

    return words([h & 0xFF for h in halves]), words([h >> 8 for h in halves])


def _levels_asm() -> str:
    """PTX: one int32 word of bnb's bytes ($8) -> its 8 weights' levels as fp32 ($0..$7, in K order).

    In the word, bits 4i..4i+3 hold nibble n_i, and element 2j sits in byte j's high nibble, 2j+1 in its
    low one: n0 = e1, n1 = e0, n2 = e3, n3 = e2, then e5, e4, e7, e6 in the upper half. For 4 nibbles at
    a time: prmt picks byte (n & 7) of a 8-byte table half (its selector's msb would sign-fill, hence the
    & 0x7777), once from levels 0-7 and once from 8-15, and a third prmt keeps the right one (n's bit 3);
    done for the low and the high bytes, two more prmt pair them into fp16 values.
    """
    lo, hi = table_words()
    lines = [".reg .b32 %s, %s7, %hl, %a, %b, %lo, %hi, %p<4>;", ".reg .b16 %h<8>;"]
    for name, value in zip(("%tl", "%th"), (lo, hi), strict=True):
        lines.append(f".reg .b32 {name}<4>;")
        lines += [f"mov.b32 {name}{i}, {value[i]};" for i in range(4)]
    for half, (first, second) in enumerate((("%p0", "%p1"), ("%p2", "%p3"))):
        lines.append("mov.b32 %s, $8;" if half == 0 else "shr.u32 %s, $8, 16;")
        lines += [
            "and.b32 %s7, %s, 30583;",  # 0x7777
            "shr.u32 %hl, %s, 1;",
            "and.b32 %hl, %hl, 17476;",  # 0x4444: n's bit 3 -> take byte i+4 (second table half)
            "or.b32 %hl, %hl, 12816;",  # 0x3210
            "prmt.b32 %a, %tl0, %tl1, %s7;",
            "prmt.b32 %b, %tl2, %tl3, %s7;",
            "prmt.b32 %lo, %a, %b, %hl;",
            "prmt.b32 %a, %th0, %th1, %s7;",
            "prmt.b32 %b, %th2, %th3, %s7;",
            "prmt.b32 %hi, %a, %b, %hl;",
            f"prmt.b32 {first}, %lo, %hi, 20800;",  # 0x5140: fp16 of n0 (low half), n1
            f"prmt.b32 {second}, %lo, %hi, 29538;",  # 0x7362: n2, n3
        ]
    order = ((1, 0), (3, 2), (5, 4), (7, 6))  # (low half, high half) of p0..p3 as elements
    for p, (low, high) in enumerate(order):
        lines += [
            f"mov.b32 {{%h{2 * p}, %h{2 * p + 1}}}, %p{p};",
            f"cvt.f32.f16 ${low}, %h{2 * p};",
            f"cvt.f32.f16 ${high}, %h{2 * p + 1};",
        ]
    return "{\n" + "\n".join(lines) + "\n}"


_LEVELS_ASM = tl.constexpr(_levels_asm())


@triton.jit
def _levels(words, code_ptr, USE_ASM: tl.constexpr):
    """The 8 levels (fp32) of each int32 word, in K order."""
    if USE_ASM:
        return tl.inline_asm_elementwise(
            _LEVELS_ASM,
            "=r,=r,=r,=r,=r,=r,=r,=r,r",
            [words],
            dtype=(tl.float32,) * 8,
            is_pure=True,
            pack=1,
        )
    else:
        return (
            tl.load(code_ptr + ((words >> 4) & 15)),
            tl.load(code_ptr + (words & 15)),
            tl.load(code_ptr + ((words >> 12) & 15)),
            tl.load(code_ptr + ((words >> 8) & 15)),
            tl.load(code_ptr + ((words >> 20) & 15)),
            tl.load(code_ptr + ((words >> 16) & 15)),
            tl.load(code_ptr + ((words >> 28) & 15)),
            tl.load(code_ptr + ((words >> 24) & 15)),
        )


@triton.jit
def _tile_product(words, x_ptr, scale_ptr, code_ptr, word_in_tile, g, USE_ASM: tl.constexpr):
    """One tile's (rows, scale blocks) partial products: the 8 levels of each word times x, summed per
    block and scaled. x_ptr and scale_ptr point at the tile's first element and each row's first scale."""
    l0, l1, l2, l3, l4, l5, l6, l7 = _levels(words, code_ptr, USE_ASM)
    xp = x_ptr + 8 * word_in_tile
    part = l0 * tl.load(xp).to(tl.float32)[None, :, :]
    part += l1 * tl.load(xp + 1).to(tl.float32)[None, :, :]
    part += l2 * tl.load(xp + 2).to(tl.float32)[None, :, :]
    part += l3 * tl.load(xp + 3).to(tl.float32)[None, :, :]
    part += l4 * tl.load(xp + 4).to(tl.float32)[None, :, :]
    part += l5 * tl.load(xp + 5).to(tl.float32)[None, :, :]
    part += l6 * tl.load(xp + 6).to(tl.float32)[None, :, :]
    part += l7 * tl.load(xp + 7).to(tl.float32)[None, :, :]
    return tl.sum(part, axis=2) * tl.load(scale_ptr + g[None, :])


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
    AX_PARTS: tl.constexpr,
    AX_PARTS_PAD: tl.constexpr,
    AX_STRIDE: tl.constexpr,
    SEG1: tl.constexpr,
    SEG2: tl.constexpr,
    USE_ASM: tl.constexpr,
):
    first_row = tl.program_id(0) * BLOCK_N
    rows = first_row + tl.arange(0, BLOCK_N)
    groups: tl.constexpr = BLOCK_K // BLOCKSIZE
    per_group: tl.constexpr = BLOCKSIZE // 8  # int32 words (8 weights each) a scale block
    words_ptr = w_ptr.to(tl.pointer_type(tl.int32), bitcast=True)
    g = tl.arange(0, groups)
    j = tl.arange(0, per_group)
    word_in_tile = g[:, None] * per_group + j[None, :]  # (groups, per_group)
    row_words = rows.to(tl.int64)[:, None, None] * (K // 8)
    row_scales = rows.to(tl.int64)[:, None] * (K // BLOCKSIZE)
    tile = words_ptr + row_words + word_in_tile[None, :, :]
    acc = tl.zeros((BLOCK_N, groups), dtype=tl.float32)
    # The next tile's load is issued before this one's arithmetic (two tiles in flight per program):
    # each tile is a round trip to memory, which for these small matrices costs more than the transfer.
    words = tl.load(tile, eviction_policy="evict_first")
    for k0 in tl.range(0, K - BLOCK_K, BLOCK_K):
        following = tl.load(tile + (k0 + BLOCK_K) // 8, eviction_policy="evict_first")
        acc += _tile_product(
            words, x_ptr + k0, absmax_ptr + row_scales + k0 // BLOCKSIZE, code_ptr, word_in_tile, g, USE_ASM
        )
        words = following
    acc += _tile_product(
        words,
        x_ptr + K - BLOCK_K,
        absmax_ptr + row_scales + (K - BLOCK_K) // BLOCKSIZE,
        code_ptr,
        word_in_tile,
        g,
        USE_ASM,
    )
    y = tl.sum(acc, axis=1)
    if RANK > 0:  # + scale * B (A x): the LoRA branch, with A x computed before
        seg = (first_row >= SEG1).to(tl.int32) + (first_row >= SEG2).to(tl.int32)
        r = tl.arange(0, RANK_PAD)
        b = tl.load(lora_b_ptr + rows[:, None] * RANK + r[None, :], mask=(r < RANK)[None, :], other=0.0)
        parts = tl.arange(0, AX_PARTS_PAD)  # A x may come as partial sums over column chunks
        ax_parts = tl.load(
            lora_ax_ptr + parts[:, None] * AX_STRIDE + seg * RANK + r[None, :],
            mask=(parts < AX_PARTS)[:, None] & (r < RANK)[None, :],
            other=0.0,
        )
        ax = tl.sum(ax_parts.to(tl.float32), axis=0)
        y += tl.sum(b.to(tl.float32) * ax.to(tl.float32)[None, :], axis=1) * lora_scale
    tl.store(out_ptr + rows, y.to(out_ptr.dtype.element_ty))


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


def fits(
    config: GemvConfig, out_features: int, in_features: int, bounds: tuple[int, ...] = (), blocksize: int = 64
) -> bool:
    """Whether the kernel can run a shape (with segments starting at `bounds`) in this configuration."""
    rows_ok = all(n % config.block_n == 0 for n in (out_features, *bounds))
    return rows_ok and in_features % config.block_k == 0 and config.block_k % blocksize == 0


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
    return GemvConfig(block_n, block_k, 2)  # the tuner then tries 1-8 warps (8 won most shapes)


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
        # PTX can run (not Triton's interpreter) and the levels are the ones the PTX holds
        self.use_asm = os.environ.get("TRITON_INTERPRET") != "1" and torch.allclose(
            weight.code.float().cpu(), torch.tensor(NF4_LEVELS), rtol=0, atol=1e-6
        )

    def __call__(
        self,
        x: torch.Tensor,
        out: torch.Tensor | None = None,
        lora: tuple[torch.Tensor, torch.Tensor, float] | None = None,
    ) -> torch.Tensor:
        """W x (+ scale * B ax with lora = (B (out, rank) contiguous, ax = A x (segments * rank,), scale)).

        ax may also be (parts, segments * rank) partial sums of A x over column chunks, as the kernel
        that produced x computed them (engine/fused_layer.py); they are summed here.
        """
        w = self.weight
        flat = x.reshape(-1)
        if flat.numel() != w.in_features:
            raise ValueError(f"NF4Gemv takes one token of {w.in_features} features, got {tuple(x.shape)}")
        flat = flat.contiguous()
        block_n, block_k, warps = self.config
        if out is None:
            out = torch.empty(w.out_features, dtype=x.dtype, device=x.device)
        lora_b, lora_ax, scale = lora if lora is not None else (w.code, w.code, 0.0)
        rank = lora_b.shape[1] if lora is not None else 0
        ax_parts = lora_ax.shape[0] if lora_ax.dim() == 2 else 1
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
            AX_PARTS=ax_parts,
            AX_PARTS_PAD=max(triton.next_power_of_2(ax_parts), 2),
            AX_STRIDE=lora_ax.shape[-1],
            SEG1=seg1,
            SEG2=seg2,
            USE_ASM=self.use_asm,
            num_warps=warps,
        )
        return out.view(*x.shape[:-1], w.out_features)
