"""What this computer can run: CUDA devices, Apple MPS, CPU cores, RAM, bfloat16 support."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import torch

from trainer.common.cpu import cpu_flags as cpu_flags  # one capability probe for engine and trainer
from trainer.common.cpu import cpu_has_native_bf16 as cpu_has_native_bf16
from trainer.common.cpu import cpu_kind as cpu_kind
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


def small_model_precision(hw: HardwareInfo) -> str:
    """What the embedded model runs in here, as loader.choose_quantization decides it for a small model."""
    if hw.cuda:
        return "4-bit NF4"
    return "bf16" if hw.cpu_bf16 else "fp32"


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
        cpu_bf16=cpu_has_native_bf16(),
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
