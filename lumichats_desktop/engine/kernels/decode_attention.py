"""Single-query attention over the fast path's static/ring cache, split over the slots (flash-decoding).

PyTorch's memory-efficient attention gives one query token only (kv heads) programs, each walking every
cache slot in turn: ~60 us a layer on an H200, 23% of a decode step. Here the slots are split into
chunks, one program per (kv head, chunk) scores the group's query heads against its chunk with the
boolean mask the graph rebuilds each step, and a second small kernel merges the chunks' softmax
statistics. Masked slots are not read at all, so a mostly empty global cache costs what it holds.
"""

from __future__ import annotations

import torch
import triton
import triton.language as tl

NEG = tl.constexpr(-1.0e30)  # a finite "minus infinity": a chunk with no visible slot stays harmless


@triton.jit
def _chunk_kernel(
    q_ptr,
    k_ptr,
    v_ptr,
    mask_ptr,
    acc_ptr,
    stats_ptr,
    scale,
    SLOTS: tl.constexpr,
    CHUNK: tl.constexpr,
    GROUP: tl.constexpr,
    GROUP_PAD: tl.constexpr,
    DIM: tl.constexpr,
    BLOCK_S: tl.constexpr,
):
    head = tl.program_id(0)
    chunk = tl.program_id(1)
    chunks = tl.num_programs(1)
    g = tl.arange(0, GROUP_PAD)
    d = tl.arange(0, DIM)
    q = tl.load(q_ptr + (head * GROUP + g)[:, None] * DIM + d[None, :], mask=(g < GROUP)[:, None], other=0.0)
    m = tl.full((GROUP_PAD,), NEG, dtype=tl.float32)
    total = tl.zeros((GROUP_PAD,), dtype=tl.float32)
    acc = tl.zeros((GROUP_PAD, DIM), dtype=tl.float32)
    base = head.to(tl.int64) * SLOTS * DIM
    for i in range(0, CHUNK, BLOCK_S):
        s = chunk * CHUNK + i + tl.arange(0, BLOCK_S)
        visible = tl.load(mask_ptr + s, mask=s < SLOTS, other=0) != 0
        k = tl.load(k_ptr + base + s[:, None] * DIM + d[None, :], mask=visible[:, None], other=0.0)
        scores = tl.dot(q, tl.trans(k)) * scale
        scores = tl.where(visible[None, :], scores, NEG)
        m_new = tl.maximum(m, tl.max(scores, axis=1))
        p = tl.exp(scores - m_new[:, None])
        p = tl.where(visible[None, :], p, 0.0)
        alpha = tl.exp(m - m_new)
        v = tl.load(v_ptr + base + s[:, None] * DIM + d[None, :], mask=visible[:, None], other=0.0)
        acc = acc * alpha[:, None] + tl.dot(p.to(v.dtype), v)
        total = total * alpha + tl.sum(p, axis=1)
        m = m_new
    row = (head * GROUP + g) * chunks + chunk  # (query head, chunk)
    tl.store(acc_ptr + row[:, None] * DIM + d[None, :], acc, mask=(g < GROUP)[:, None])
    tl.store(stats_ptr + row * 2, m, mask=g < GROUP)
    tl.store(stats_ptr + row * 2 + 1, total, mask=g < GROUP)


@triton.jit
def _merge_kernel(
    acc_ptr, stats_ptr, out_ptr, CHUNKS: tl.constexpr, CHUNKS_PAD: tl.constexpr, DIM: tl.constexpr
):
    qh = tl.program_id(0)
    c = tl.arange(0, CHUNKS_PAD)
    d = tl.arange(0, DIM)
    valid = c < CHUNKS
    m = tl.load(stats_ptr + (qh * CHUNKS + c) * 2, mask=valid, other=NEG)
    total = tl.load(stats_ptr + (qh * CHUNKS + c) * 2 + 1, mask=valid, other=0.0)
    acc = tl.load(acc_ptr + (qh * CHUNKS + c)[:, None] * DIM + d[None, :], mask=valid[:, None], other=0.0)
    top = tl.max(m, axis=0)
    weight = tl.where(valid, tl.exp(m - top), 0.0)
    out = tl.sum(acc * weight[:, None], axis=0) / tl.sum(total * weight, axis=0)
    tl.store(out_ptr + qh * DIM + d, out.to(out_ptr.dtype.element_ty))


def decode_attention(
    query: torch.Tensor, key: torch.Tensor, value: torch.Tensor, mask: torch.Tensor, scale: float
) -> torch.Tensor:
    """query (1, heads, 1, dim); key/value (1, kv_heads, slots, dim) contiguous; mask (slots,) bool.

    Returns (1, heads, 1, dim): softmax(q k^T * scale) v over the slots the mask lets through.
    """
    _, heads, _, dim = query.shape
    _, kv_heads, slots, _ = key.shape
    group = heads // kv_heads
    block_s = 32
    chunk = 128 if slots >= 1024 else 64
    chunks = triton.cdiv(slots, chunk)
    acc = torch.empty(heads, chunks, dim, dtype=torch.float32, device=query.device)
    stats = torch.empty(heads, chunks, 2, dtype=torch.float32, device=query.device)
    out = torch.empty(1, heads, 1, dim, dtype=query.dtype, device=query.device)
    _chunk_kernel[(kv_heads, chunks)](
        query.contiguous(),
        key,
        value,
        mask.reshape(-1).view(torch.uint8),
        acc,
        stats,
        scale,
        SLOTS=slots,
        CHUNK=chunk,
        GROUP=group,
        GROUP_PAD=max(16, triton.next_power_of_2(group)),
        DIM=dim,
        BLOCK_S=block_s,
        num_warps=4,
    )
    _merge_kernel[(heads,)](
        acc, stats, out, CHUNKS=chunks, CHUNKS_PAD=triton.next_power_of_2(chunks), DIM=dim, num_warps=4
    )
    return out
