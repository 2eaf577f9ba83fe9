"""Weight-only quantized matrices for the CPU decoder: int8 per output row, or int4 in groups of 32.

At batch 1 a decode step reads every weight once, so bytes per token set the speed: the 270M's tied
262k x 640 head is 671 MB a token in fp32, 168 MB in int8. torch ships CPU kernels that multiply
activations by int8 / int4 weights without expanding them (`_weight_int8pack_mm`,
`_weight_int4pack_mm_for_cpu`); they are vectorized for bf16 activations (fp32 activations take a
scalar path several times slower on AVX2), so activations enter them as bf16 and leave as fp32.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Literal

import torch

WeightFormat = Literal["int8", "int4", "fp32", "bf16", "fp16", "qint8"]
INT4_GROUP = 32
# From this many rows at once (a prompt), expanding the weight and calling the BLAS gemm beats the
# weight-only kernels, which are written for a handful of rows.
GEMM_ROWS = 16


class PackedLinear:
    """y = x @ W.T for a weight kept as int8 rows + scales, int4 groups, or plain fp32/bf16."""

    @classmethod
    def from_int8(cls, data: torch.Tensor, scales: torch.Tensor) -> PackedLinear:
        """An int8 matrix from rows already quantized (shares their memory)."""
        packed = cls.__new__(cls)
        packed.fmt = "int8"
        packed.out_features, packed.in_features = data.shape
        packed.data, packed.scales, packed.zeros = data, scales, torch.empty(0)
        packed._kernel_scales = scales.to(torch.bfloat16)
        return packed

    def __init__(self, weight: torch.Tensor, fmt: WeightFormat) -> None:
        weight = weight.detach().float()
        self.fmt = fmt
        self.out_features, self.in_features = weight.shape
        self.scales = torch.empty(0)
        self.zeros = torch.empty(0)
        if fmt == "int8":
            self.scales = (weight.abs().amax(dim=1) / 127).clamp(min=1e-12)
            self.data = torch.round(weight / self.scales[:, None]).clamp(-127, 127).to(torch.int8)
            self._kernel_scales = self.scales.to(torch.bfloat16)
        elif fmt == "int4":
            if self.in_features % INT4_GROUP:
                raise ValueError(f"int4 needs in_features divisible by {INT4_GROUP}, got {self.in_features}")
            self.data, self.scales, self.zeros = _quantize_int4(weight)
            self._scales_and_zeros = (
                torch.stack([self.scales, self.zeros], dim=-1).transpose(0, 1).contiguous().to(torch.bfloat16)
            )
        elif fmt == "bf16":
            self.data = weight.to(torch.bfloat16)
        elif fmt == "fp16":
            self.data = torch.empty(0)
            self._packed = torch.ops.quantized.linear_prepack_fp16(weight, None)
            self._bytes = weight.numel() * 2
        elif fmt == "qint8":
            self.scales = (weight.abs().amax(dim=1) / 127).clamp(min=1e-12)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                q = torch.quantize_per_channel(
                    weight, self.scales.double(), torch.zeros(len(weight), dtype=torch.long), 0, torch.qint8
                )
            self._packed = torch.ops.quantized.linear_prepack(q, None)
            self._bytes = weight.numel()
            self.data = torch.empty(0)
        else:
            self.data = weight.contiguous()

    @property
    def nbytes(self) -> int:
        """Bytes a decode step reads for this matrix."""
        if self.fmt in ("fp16", "qint8"):
            return self._bytes
        extra = self.scales.numel() * self.scales.element_size() * (2 if self.fmt == "int4" else 1)
        return self.data.numel() * self.data.element_size() + extra

    def dequantize(self, rows: slice | torch.Tensor | None = None) -> torch.Tensor:
        """The weight (or some of its rows) as fp32."""
        pick = slice(None) if rows is None else rows
        if self.fmt == "int8":
            return self.data[pick].float() * self.scales[pick, None]
        if self.fmt == "int4":
            eye = torch.eye(self.in_features, dtype=torch.bfloat16)
            full = self(eye).T.contiguous()  # the kernel's own view of the weight, exactly
            return full[pick]
        return self.data[pick].float()

    def __call__(self, x: torch.Tensor) -> torch.Tensor:
        """x: (rows, in_features) fp32 or bf16 -> (rows, out_features) fp32."""
        if self.fmt == "fp32":
            return torch.nn.functional.linear(x.float(), self.data)
        if self.fmt == "bf16":
            return torch.nn.functional.linear(x.to(torch.bfloat16), self.data).float()
        if self.fmt == "fp16":
            return torch.ops.quantized.linear_dynamic_fp16(x.float(), self._packed)
        if self.fmt == "qint8":
            return torch.ops.quantized.linear_dynamic(x.float(), self._packed, True)
        if x.shape[0] >= GEMM_ROWS and self.fmt == "int8":
            return torch.nn.functional.linear(x.float(), self.dequantize())
        xb = x.to(torch.bfloat16)
        if self.fmt == "int8":
            return torch.ops.aten._weight_int8pack_mm(xb, self.data, self._kernel_scales).float()
        return torch.ops.aten._weight_int4pack_mm_for_cpu(
            xb, self.data, INT4_GROUP, self._scales_and_zeros
        ).float()


def _quantize_int4(weight: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Asymmetric 4-bit in groups of 32 along the input, packed the way torch's CPU kernel reads it.

    torch's convention: w = (q - 8) * scale + zero, q in 0..15, one (scale, zero) per group and row.
    """
    rows, cols = weight.shape
    grouped = weight.view(rows, cols // INT4_GROUP, INT4_GROUP)
    low = grouped.amin(dim=-1, keepdim=True)
    high = grouped.amax(dim=-1, keepdim=True)
    scale = ((high - low) / 15).clamp(min=1e-12)
    q = torch.round((grouped - low) / scale).clamp(0, 15).to(torch.int32).view(rows, cols)
    zero = low + 8 * scale
    packed = torch.ops.aten._convert_weight_to_int4pack_for_cpu(q, 1)
    return packed, scale.squeeze(-1), zero.squeeze(-1)


class PackedEmbedding:
    """The tied embedding table: the output head in the chosen format, and rows for the input tokens.

    Packed in blocks of rows so that packing never holds the whole table in fp32 (671 MB for the 270M).
    The input rows come from `table` when given (the table memory-mapped from the model file: a lookup
    touches a few pages) or else from an int8 copy (the head's own data when the head is int8).
    """

    BLOCK = 16384

    def __init__(
        self,
        weight: torch.Tensor | None,
        fmt: WeightFormat,
        *,
        blocks: Callable[[int, int], torch.Tensor] | None = None,
        table: torch.Tensor | None = None,
    ) -> None:
        """From a whole weight, or from blocks(start, stop) of rows with the shape of `table`."""
        if weight is not None:
            whole, table_shape = weight, weight.shape

            def whole_rows(start: int, stop: int) -> torch.Tensor:
                return whole[start:stop]

            read_rows: Callable[[int, int], torch.Tensor] = whole_rows
        elif blocks is not None and table is not None:
            read_rows, table_shape = blocks, table.shape
        else:
            raise ValueError("PackedEmbedding needs a weight, or blocks and the mapped table")
        rows = table_shape[0]
        starts = range(0, rows, self.BLOCK)
        head_fmt: WeightFormat = "int8" if fmt == "int4" else fmt
        self.table = table
        self.exact = None
        self.row_data = torch.empty(0, dtype=torch.int8)
        self.row_scales = torch.empty(0)
        if head_fmt == "int8" or (table is None and fmt != "fp32"):
            self.row_data = torch.empty(table_shape, dtype=torch.int8)
            self.row_scales = torch.empty(rows)
        if fmt == "fp32" and table is None:
            self.exact = torch.empty(table_shape)  # the reference path: no rounding at all
        parts = []
        for start in starts:
            block = read_rows(start, start + self.BLOCK).float()
            end = start + len(block)
            if self.row_data.numel():
                scales = (block.abs().amax(dim=1) / 127).clamp(min=1e-12)
                self.row_scales[start:end] = scales
                self.row_data[start:end] = torch.round(block / scales[:, None]).to(torch.int8)
            if self.exact is not None:
                self.exact[start:end] = block
            if head_fmt != "int8":
                parts.append(PackedLinear(block, head_fmt))
            del block
        self.parts = parts or [PackedLinear.from_int8(self.row_data, self.row_scales)]

    @property
    def nbytes(self) -> int:
        """Bytes the head reads per token."""
        return sum(part.nbytes for part in self.parts)

    def head(self, hidden: torch.Tensor) -> torch.Tensor:
        """Logits (rows, vocabulary), fp32."""
        if len(self.parts) == 1:
            return self.parts[0](hidden)
        return torch.cat([part(hidden) for part in self.parts], dim=-1)

    def rows(self, ids: torch.Tensor) -> torch.Tensor:
        """Embedding rows for token ids, fp32."""
        if self.table is not None:
            return self.table[ids].float()
        if self.exact is not None:
            return self.exact[ids]
        return self.row_data[ids].float() * self.row_scales[ids, None]
