"""Where the trainer's GPU memory goes, and the settings that keep it small.

- The CUDA allocator is set up for variable shapes (expandable segments) before CUDA starts, so batches
  of different lengths reuse one growing segment instead of leaving freed blocks of the wrong size.
- Modules the run never uses (Gemma-3-4B's vision tower and projector, 0.8 GB in bf16) wait in CPU memory.
- The estimate the dry run and the wizard show, built from the same parts and calibrated on measured peaks.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import torch

from trainer.config import TrainConfig

ALLOCATOR_SETTING = "expandable_segments:True"
UNUSED_MODULES = ("vision_tower", "multi_modal_projector")


def configure_allocator() -> None:
    """Ask for expandable segments: through the environment before CUDA starts, else at run time."""
    current = os.environ.get("PYTORCH_CUDA_ALLOC_CONF", "")
    if "expandable_segments" in current:
        return  # the user chose
    os.environ["PYTORCH_CUDA_ALLOC_CONF"] = ",".join(filter(None, [current, ALLOCATOR_SETTING]))
    if torch.cuda.is_available() and torch.cuda.is_initialized():
        torch.cuda.memory._set_allocator_settings(ALLOCATOR_SETTING)


def park_unused_modules(model: Any) -> int:
    """Move the vision tower and projector to the CPU (text-only training never calls them); bytes moved."""
    moved = 0
    for name, module in model.named_modules():
        if name.rsplit(".", 1)[-1] in UNUSED_MODULES:
            params = list(module.parameters())
            if params and params[0].device.type != "cpu":
                moved += sum(p.numel() * p.element_size() for p in params)
                module.to("cpu")
    if moved and torch.cuda.is_available():
        torch.cuda.empty_cache()
    return moved


def rows_per_forward(config: TrainConfig) -> int:
    """Rows of an optimizer step's batch x accumulation to run in one forward pass.

    The optimizer step's gradient is the same whichever way its rows are split (the loss is summed over
    labelled tokens and divided by the step's total), so rows are merged up to max_tokens_per_forward
    tokens: each pass launches ~20,000 small kernels whatever its size, and on the 4B that launch cost,
    not arithmetic, bounds the step (docs/benchmarks.md). The count always divides the step's rows.
    """
    step_rows = config.per_device_batch_size * config.gradient_accumulation_steps
    if not config.max_tokens_per_forward:
        return config.per_device_batch_size
    fitting = config.max_tokens_per_forward // config.max_length
    rows = min(step_rows, max(config.per_device_batch_size, fitting))
    while step_rows % rows:
        rows -= 1
    return rows


def out_of_memory_message(config: TrainConfig, device: str) -> str:
    """What to try when a run does not fit, naming the settings that matter most."""
    shorter = max(128, config.max_length // 2)
    where = "GPU" if device == "cuda" else "RAM"
    tips = [f"--max-length {shorter} (now {config.max_length})"]
    if rows_per_forward(config) > config.per_device_batch_size:
        tips.append("max_tokens_per_forward = 0 in a --config file")
    if config.per_device_batch_size > 1:
        tips.append(
            f"per_device_batch_size = 1 and gradient_accumulation_steps = "
            f"{config.per_device_batch_size * config.gradient_accumulation_steps} in a --config file"
        )
    if not config.load_in_4bit:
        tips.append("4-bit loading (drop --no-4bit)")
    tips.append(f"closing other programs that use the {where}")
    return f"out of memory on the {where}: try " + ", or ".join(tips) + "."


def is_out_of_memory(exc: BaseException) -> bool:
    """torch's OutOfMemoryError, or a CUDA/CPU allocation failure reported as a RuntimeError."""
    if isinstance(exc, torch.OutOfMemoryError | MemoryError):
        return True
    text = str(exc).lower()
    return "out of memory" in text or "alloc_failed" in text


def memory_estimate(config: TrainConfig, base_dir: Path, hidden: int, layers: int, vocab: int) -> int:
    """Peak bytes the run will hold: GPU memory reserved on CUDA, resident memory on the CPU.

    Weights (4-bit or 16-bit, without the parked vision tower) + the activations of one recomputed
    layer + one loss chunk + checkpointed layer inputs (offloaded to the CPU on CUDA) + fixed overheads.
    Calibrated against measured peaks: docs/benchmarks.md, "Trainer memory".
    """
    del layers, vocab
    weights = _weight_bytes(base_dir, config.load_in_4bit)
    tokens = config.per_device_batch_size * config.max_length
    return int(weights + tokens * hidden * 2 * 40 + 512 * 2**20)


def _weight_bytes(base_dir: Path, four_bit: bool) -> int:
    import json

    from safetensors import safe_open

    total = 0
    for path in base_dir.glob("*.safetensors"):
        with safe_open(str(path), framework="pt") as handle:
            for key in handle.keys():  # noqa: SIM118 (safe_open has no __iter__)
                if any(part in key for part in UNUSED_MODULES):
                    continue
                shape = handle.get_slice(key).get_shape()
                n = 1
                for dim in shape:
                    n *= dim
                quantized = four_bit and len(shape) == 2 and "embed" not in key
                total += n // 2 + n // 64 * 1 if quantized else n * 2
    del json
    return total
