"""What this computer can run: CUDA devices, Apple MPS, CPU cores, RAM, bfloat16 support."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import torch

from trainer.common.memory import available_ram_bytes, ram_bytes


@dataclass(frozen=True)
class CudaDevice:
    """One NVIDIA GPU as torch sees it."""

    index: int
    name: str
    total_bytes: int
    free_bytes: int
    capability: tuple[int, int]
    bf16: bool


@dataclass(frozen=True)
class HardwareInfo:
    """A snapshot of the machine, taken before loading a model."""

    cpu_cores: int
    ram_bytes: int
    cpu_bf16: bool
    mps: bool
    cuda: list[CudaDevice] = field(default_factory=list)
    available_ram_bytes: int = 0
    four_bit: dict[str, bool] = field(default_factory=dict)  # device -> bitsandbytes NF4 works there
    cpu_kind: str = "avx2"  # amx / avx512_bf16 / avx2 / basic (cpu_kind() below)

    @property
    def best_device(self) -> str:
        """cuda when a GPU is present, else cpu (MPS lacks bitsandbytes 4-bit, so CPU is safer)."""
        return "cuda" if self.cuda else "cpu"


def cpu_flags() -> set[str]:
    """The CPU's feature flags as Linux reports them (empty where /proc/cpuinfo is not readable)."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            text = handle.read()
    except OSError:
        return set()
    flags: set[str] = set()
    for line in text.splitlines():
        key, _, value = line.partition(":")
        if key.strip() in ("flags", "Features"):
            flags.update(value.split())
    return flags


def cpu_kind(flags: set[str] | None = None) -> str:
    """amx / avx512_bf16 / avx2 / basic: what decides the CPU decode path (engine/cpu_plan.py).

    LUMICHATS_CPU_KIND overrides the probe (to test or to work around a wrong report).
    """
    forced = os.environ.get("LUMICHATS_CPU_KIND")
    if forced:
        return forced
    flags = cpu_flags() if flags is None else flags
    if "amx_bf16" in flags:
        return "amx"
    if "avx512_bf16" in flags or "bf16" in flags:  # "bf16": ARMv8.6 reports it under Features
        return "avx512_bf16"
    if "avx2" in flags and "fma" in flags:
        return "avx2"
    return "basic"


def _cpu_has_bf16() -> bool:
    # Native bf16 matmuls need AVX512-BF16 or AMX on x86, or BF16 on ARM; without them bf16 is slow.
    return cpu_kind() in ("amx", "avx512_bf16")


def four_bit_works(device: str) -> bool:
    """Quantize and dequantize a small tensor with bitsandbytes NF4 on device."""
    try:
        import bitsandbytes.functional as bnbf

        x = torch.randn(64, 64, dtype=torch.bfloat16, device=device)
        packed, state = bnbf.quantize_4bit(x, quant_type="nf4")
        back = bnbf.dequantize_4bit(packed, state)
        return bool((back - x).abs().mean() < 0.2)
    except Exception:  # missing library, no kernel for this device, driver trouble: all mean "no"
        return False


def summary(hw: HardwareInfo) -> str:
    """A few words per device for the Models dialog and `lumichats models`."""
    parts = [
        f"CPU: {hw.cpu_cores} cores, {hw.ram_bytes / 2**30:.0f} GB RAM "
        f"({hw.available_ram_bytes / 2**30:.1f} GB free)"
        f"{', bf16' if hw.cpu_bf16 else ''}{', 4-bit OK' if hw.four_bit.get('cpu') else ', no 4-bit'}"
    ]
    for d in hw.cuda:
        parts.append(
            f"GPU {d.index}: {d.name}, {d.free_bytes / 2**30:.1f} of {d.total_bytes / 2**30:.1f} GB free, "
            f"compute {d.capability[0]}.{d.capability[1]}{', bf16' if d.bf16 else ''}"
            f"{', 4-bit OK' if hw.four_bit.get(f'cuda:{d.index}') else ', no 4-bit'}"
        )
    if hw.mps:
        parts.append("Apple GPU (MPS): available; 4-bit needs CUDA or the CPU there")
    return "\n".join(parts)


def probe(check_four_bit: bool = False) -> HardwareInfo:
    """Look at the machine now."""
    cuda = []
    if torch.cuda.is_available():
        for index in range(torch.cuda.device_count()):
            props = torch.cuda.get_device_properties(index)
            free, total = torch.cuda.mem_get_info(index)
            capability = (props.major, props.minor)
            cuda.append(CudaDevice(index, props.name, total, free, capability, capability >= (8, 0)))
    return HardwareInfo(
        cpu_cores=os.cpu_count() or 1,
        ram_bytes=ram_bytes(),
        cpu_bf16=_cpu_has_bf16(),
        cpu_kind=cpu_kind(),
        mps=bool(getattr(torch.backends, "mps", None) and torch.backends.mps.is_available()),
        cuda=cuda,
        available_ram_bytes=available_ram_bytes(),
        four_bit=(
            {"cpu": four_bit_works("cpu")}
            | {f"cuda:{d.index}": four_bit_works(f"cuda:{d.index}") for d in cuda}
            if check_four_bit
            else {}
        ),
    )
