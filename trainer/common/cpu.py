"""What the CPU computes natively; shared by the chat engine and the trainer so both pick one dtype."""

from __future__ import annotations

BF16_FLAGS = ("avx512_bf16", "amx_bf16", " bf16")  # x86 AVX-512-BF16 / AMX, Arm's BF16 feature


def cpu_has_native_bf16() -> bool:
    """True when the CPU has bf16 matmul instructions; without them torch's bf16 runs ~100x slower than fp32.

    Measured on an AVX2-only CPU: a 512x640x2048 bf16 matmul took 6.7 s against 70 ms in fp32.
    """
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            flags = handle.read()
    except OSError:
        return False
    return any(flag in flags for flag in BF16_FLAGS)
