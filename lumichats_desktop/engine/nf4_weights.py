"""bitsandbytes' NF4 weights read as plain tensors, for our own batch-1 matrix-vector kernel.

bitsandbytes stays the loader and the trainer's format; this module only reads what it stored:
- `packed`: uint8, two 4-bit codes a byte, row-major over the (out, in) weight, the even element in the
  high nibble;
- `absmax`: one scale per 64 consecutive weights; with double quantization (our nf4_config) those
  scales are themselves uint8 codes into a 256-entry map, with one fp32 scale per 256 of them plus an
  offset. We expand them once, at load, to fp16 for the kernel (fp32 for the exactness test): 1/32 of a
  byte more per weight than bitsandbytes' uint8 codes (0.11 GiB for the 4B, half of fp32's), no second
  lookup per step, and a relative rounding of at most 2^-11, far inside the bf16 rounding of the output;
- `code`: the 16 NF4 levels.
`dequantize` is the pure-torch reference the kernel is tested against (and bitsandbytes against it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import torch


@dataclass(frozen=True)
class NF4Weight:
    """One NF4 matrix as the kernel reads it."""

    packed: torch.Tensor  # (out, in // 2) uint8
    absmax: torch.Tensor  # (out * in // blocksize,) float16 (float32 where asked)
    code: torch.Tensor  # (16,) float32
    out_features: int
    in_features: int
    blocksize: int


def expand_absmax(quant_state: Any) -> torch.Tensor:
    """The per-block scales as fp32, undoing bitsandbytes' double quantization if it was used."""
    absmax = quant_state.absmax
    if not getattr(quant_state, "nested", False):
        return absmax.float()
    inner = quant_state.state2
    scales = inner.absmax.float().repeat_interleave(inner.blocksize)[: absmax.numel()]
    return inner.code.float().to(absmax.device)[absmax.long()] * scales + float(quant_state.offset)


def nf4_weight(weight: Any, scale_dtype: torch.dtype = torch.float16) -> NF4Weight | None:
    """The NF4 view of a bitsandbytes Params4bit, or None if its layout is not the one we read."""
    state = getattr(weight, "quant_state", None)
    if state is None or getattr(state, "quant_type", None) != "nf4" or weight.dtype != torch.uint8:
        return None
    out_features, in_features = (int(d) for d in state.shape)
    blocksize = int(state.blocksize)
    if in_features % blocksize or blocksize % 2 or weight.numel() * 2 != out_features * in_features:
        return None  # a scale block straddling two rows: not worth a special case
    return NF4Weight(
        packed=weight.data.reshape(out_features, in_features // 2),
        absmax=expand_absmax(state).to(scale_dtype).contiguous(),
        code=state.code.float().to(weight.device).contiguous(),
        out_features=out_features,
        in_features=in_features,
        blocksize=blocksize,
    )


def dequantize(w: NF4Weight, dtype: torch.dtype = torch.float32) -> torch.Tensor:
    """The (out, in) weight in dtype: level * block scale, computed in fp32 as bitsandbytes does."""
    high = (w.packed >> 4).long()
    low = (w.packed & 15).long()
    levels = torch.stack([w.code[high], w.code[low]], dim=-1).reshape(-1, w.blocksize)
    scaled = levels * w.absmax.float()[:, None]
    return scaled.reshape(w.out_features, w.in_features).to(dtype)
