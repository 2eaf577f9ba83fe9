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


def rows_per_forward(
    config: TrainConfig, per_device: int | None = None, accumulation: int | None = None
) -> int:
    """Rows of an optimizer step's batch x accumulation to run in one forward pass.

    The optimizer step's gradient is the same whichever way its rows are split (the loss is summed over
    labelled tokens and divided by the step's total), so rows are merged up to max_tokens_per_forward
    tokens: each pass launches ~20,000 small kernels whatever its size, and on the 4B that launch cost,
    not arithmetic, bounds the step (docs/benchmarks.md). The count always divides the step's rows.
    """
    per_device = per_device or config.per_device_batch_size  # this rank's share under DDP
    accumulation = accumulation or config.gradient_accumulation_steps
    step_rows = per_device * accumulation
    if not config.max_tokens_per_forward:
        return per_device
    fitting = config.max_tokens_per_forward // config.max_length
    rows = min(step_rows, max(per_device, fitting))
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


# Calibration (docs/benchmarks.md, "Trainer memory"): bytes per token of one forward pass, per unit of
# hidden size, for the recomputed layer's activations, its gradients and the allocator's slack.
GPU_BYTES_PER_TOKEN_HIDDEN = 100  # the 4B on an H200: +0.99 GiB from 4,096 to 8,192 tokens a pass
GPU_FIXED = 640 * 2**20  # loss chunks (logits, softmax) + LoRA, 8-bit Adam, cuBLAS workspaces
CPU_BYTES_PER_TOKEN_HIDDEN = 400  # fp32 activations, kept rather than recomputed where cheaper on the CPU
CPU_RUNTIME = 900 * 2**20  # Python, torch, transformers, the 262k-token tokenizer, the dataset


def memory_estimate(
    config: TrainConfig,
    base_dir: Path,
    hidden: int,
    device: str,
    longest: int = 0,
    fp32: bool = False,
    shapes: dict[str, list[int]] | None = None,
) -> int:
    """Peak bytes the run will hold: GPU memory reserved on CUDA, peak resident memory (RSS) on the CPU.

    Weights as loaded (4-bit linears, 16- or 32-bit embedding; the vision tower parked on the CPU does not
    count on CUDA) + one forward pass's activations (rows_per_forward rows of the longest example, capped
    at max_length) + fixed parts, calibrated against measured peaks (docs/benchmarks.md, "Trainer memory").
    """
    length = min(config.max_length, longest) if longest else config.max_length
    tokens = rows_per_forward(config) * length
    shapes = shapes if shapes is not None else safetensors_shapes(base_dir)
    if device == "cuda":
        weights = weight_bytes(shapes, config.load_in_4bit, 2, skip=UNUSED_MODULES)
        return int(weights + tokens * hidden * GPU_BYTES_PER_TOKEN_HIDDEN + GPU_FIXED)
    element = 4 if fp32 else 2
    weights = weight_bytes(shapes, config.load_in_4bit, element)
    on_disk = weight_bytes(shapes, False, 2)  # the bf16 file is read (mapped) while loading
    return int(CPU_RUNTIME + on_disk + weights + tokens * hidden * CPU_BYTES_PER_TOKEN_HIDDEN)


def safetensors_shapes(base_dir: Path) -> dict[str, list[int]]:
    """Every tensor's shape from the model folder's safetensors headers (no weights are read)."""
    from safetensors import safe_open

    shapes: dict[str, list[int]] = {}
    for path in sorted(base_dir.glob("*.safetensors")):
        with safe_open(str(path), framework="pt") as handle:
            for key in handle.keys():  # noqa: SIM118 (safe_open is not iterable)
                shapes[key] = list(handle.get_slice(key).get_shape())
    return shapes


def weight_bytes(
    shapes: dict[str, list[int]], four_bit: bool, element: int, skip: tuple[str, ...] = ()
) -> int:
    """Bytes of the weights once loaded: NF4 linears take half a byte a weight plus their block scales
    (one byte per 64 weights, double-quantized), the embedding and norms `element` bytes a value."""
    total = 0
    for key, shape in shapes.items():
        if any(part in key for part in skip):
            continue
        n = 1
        for dim in shape:
            n *= dim
        if four_bit and len(shape) == 2 and "embed" not in key and not any(m in key for m in UNUSED_MODULES):
            total += n // 2 + n // 64 + n // 16384 * 4
        else:
            total += n * element
    return total
