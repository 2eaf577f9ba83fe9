"""What this computer can run: CUDA devices, Apple MPS, CPU cores, RAM, bfloat16 support."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import torch


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

    @property
    def best_device(self) -> str:
        """cuda when a GPU is present, else cpu (MPS lacks bitsandbytes 4-bit, so CPU is safer)."""
        return "cuda" if self.cuda else "cpu"


def _cpu_has_bf16() -> bool:
    # Native bf16 matmuls need AVX512-BF16 or AMX on x86, or BF16 on ARM; without them bf16 is slow.
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            flags = handle.read()
    except OSError:
        return False
    return any(flag in flags for flag in ("avx512_bf16", "amx_bf16", " bf16"))


def _ram_bytes() -> int:
    try:
        return int(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES"))
    except (ValueError, OSError, AttributeError):
        return 0


def probe() -> HardwareInfo:
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
        ram_bytes=_ram_bytes(),
        cpu_bf16=_cpu_has_bf16(),
        mps=bool(getattr(torch.backends, "mps", None) and torch.backends.mps.is_available()),
        cuda=cuda,
    )
