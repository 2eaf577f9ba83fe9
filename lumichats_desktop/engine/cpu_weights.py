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
# FBGEMM's fp16 packing rounds a matrix's input dimension up to a multiple of this many columns.
FBGEMM_K_BLOCK = 512
# fp16 matrices whose input width is not a multiple of FBGEMM_K_BLOCK are packed without the padding
# (PackedLinear._pack_fp16_unpadded); benchmarks/cpu_memory.py and cpu_paths.py turn it off to compare.
FP16_UNPADDED = True


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

    def __init__(self, weight: torch.Tensor, fmt: WeightFormat, *, one_row: bool = False) -> None:
        """weight (out, in) in fmt; one_row: the app feeds it one row at a time (the output head)."""
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
            self._bytes = weight.numel() * 2
            self._fold = 0
            if not (FP16_UNPADDED and self._pack_fp16_unpadded(weight, one_row)):
                self._packed = torch.ops.quantized.linear_prepack_fp16(weight, None)
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

    def _pack_fp16_unpadded(self, weight: torch.Tensor, one_row: bool) -> bool:
        """Pack fp16 without FBGEMM's padding of the input width to a multiple of 512; False if it can't.

        The padding cost the 270M's 640-wide tied head (262,144 x 640) 512 MB instead of 336, and its
        q/k/v and gate/up 277 MB instead of 200 (the 4B's widths are multiples of 512: nothing to do).
        The first 512 columns are packed as they are. The last 128 are folded: block j of the rows
        (a quarter of them) is laid side by side with the others, 4 x 128 = 512 columns wide, and a
        token's last 128 values go in 4 copies placed block-diagonally, so folded output (j, m) is
        output j * rows/4 + m: the result read in order is the tail's share of every output. That
        costs 4x the arithmetic on those columns, which a token (memory-bound) hardly notices but a
        prompt does (the 270M's first token took up to 1.6x as long), so the layers' matrices also keep
        those columns as plain fp16 for prompts (26 MB for the 270M; FBGEMM's own unpacking is too
        slow to do per prompt). The head (one_row) sees one row per token in the app; from
        GEMM_ROWS rows (the held-out loss) it unpacks its folded columns per call.
        """
        tail = self.in_features % FBGEMM_K_BLOCK
        fold = FBGEMM_K_BLOCK // tail if tail else 0
        if not tail or FBGEMM_K_BLOCK % tail or self.out_features % fold:
            return False
        self._main_k, self._fold = self.in_features - tail, fold
        main = weight[:, : self._main_k].contiguous()
        self._packed_main = torch.ops.quantized.linear_prepack_fp16(main, None) if self._main_k else None
        del main
        per_block = self.out_features // fold
        folded = weight[:, self._main_k :].reshape(fold, per_block, tail).transpose(0, 1)
        folded = folded.reshape(per_block, fold * tail)
        self._packed_tail = torch.ops.quantized.linear_prepack_fp16(folded, None)
        self._tail = torch.empty(0) if one_row else weight[:, self._main_k :].to(torch.float16)
        # A one-row input's block-diagonal copies live in a buffer kept zero off its diagonal blocks.
        self._spread_one = torch.zeros(fold, fold * tail)
        self._diagonal_one = self._spread_one.as_strided((fold, tail), ((fold + 1) * tail, 1))
        return True

    def _fp16_unpadded(self, x: torch.Tensor) -> torch.Tensor:
        rows, fold, tail = x.shape[0], self._fold, self.in_features - self._main_k
        if rows >= GEMM_ROWS and self._tail.numel():  # a prompt: the last columns widened, one BLAS call
            y = x[:, self._main_k :] @ self._tail.float().T
        elif rows >= GEMM_ROWS:  # the folded columns unpacked (the same fp16 values), one BLAS call
            folded = torch.ops.quantized.linear_unpack_fp16(self._packed_tail)[0]
            # row m * fold + j of the unpacked view is output j * rows/fold + m
            y = (x[:, self._main_k :] @ folded.view(self.out_features, tail).T).view(rows, -1, fold)
            y = y.transpose(1, 2).reshape(rows, self.out_features)
        else:
            if rows == 1:
                self._diagonal_one.copy_(x[:, self._main_k :].expand(fold, tail))
                spread = self._spread_one
            else:  # row (i, j) holds x[i]'s last columns at block j
                spread = x.new_zeros(rows, fold, fold, tail)
                spread.diagonal(dim1=1, dim2=2).copy_(x[:, self._main_k :, None].expand(rows, tail, fold))
                spread = spread.view(rows * fold, fold * tail)
            y = torch.ops.quantized.linear_dynamic_fp16(spread, self._packed_tail)
            y = y.view(rows, self.out_features)
        if self._packed_main is not None:
            y += torch.ops.quantized.linear_dynamic_fp16(x[:, : self._main_k], self._packed_main)
        return y

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
            if self._fold:
                return self._fp16_unpadded(x.float())
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
                parts.append(PackedLinear(block, head_fmt, one_row=True))
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
