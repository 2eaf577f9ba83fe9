"""Which weight format the CPU decode path uses, from what the CPU reports.

Measured on an AVX2-only CPU (docs/benchmarks.md, "CPU decode path"): torch's weight-only kernels
(`_weight_int8pack_mm`, `_weight_int4pack_mm_for_cpu`) are vectorized for bf16 activations and run
bf16 arithmetic in software there, so FBGEMM's AVX2 kernels win: fp16 weights expanded to fp32 in
registers. With AVX-512-BF16 or AMX the bf16 dot products are native and the int8 weight-only kernel
reads half the bytes of fp16.
"""

from __future__ import annotations

from dataclasses import dataclass

from lumichats_desktop.engine.hardware import HardwareInfo

# Above this many bytes of bf16 weights a CPU load is 4-bit (NF4) instead: the 4B in fp16 or int8
# would need 4-8 GB of RAM, more than most laptops can spare beside the desktop.
CPU_PATH_MAX_BYTES = 2 * 1024**3
FORMAT_BY_KIND = {"amx": "int8", "avx512_bf16": "int8", "avx2": "fp16", "basic": "fp16"}


@dataclass(frozen=True)
class CpuPlan:
    """What runs a model on this CPU, and why (shown by `lumichats models`)."""

    kind: str
    weights: str
    reason: str


def cpu_plan(hw: HardwareInfo, weights_bytes: int) -> CpuPlan:
    """The CPU path's weight format for a model with weights_bytes of bf16 safetensors."""
    kind = hw.cpu_kind
    if weights_bytes > CPU_PATH_MAX_BYTES:
        return CpuPlan(kind, "nf4", "large model: 4-bit weights to fit in RAM")
    fmt = FORMAT_BY_KIND.get(kind, "fp16")
    if fmt == "int8":
        reason = "native bf16 dot products: int8 weights with bf16 activations, half the bytes of fp16"
    else:
        reason = "no native bf16: fp16 weights through FBGEMM's AVX2 kernels, fp32 arithmetic"
    return CpuPlan(kind, fmt, reason)
