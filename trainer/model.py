"""The base model for training (NF4 or 16-bit) with the recipe's LoRA on the language model only."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from trainer.common import cpu
from trainer.common.quantization import nf4_config
from trainer.config import TrainConfig
from trainer.memory import configure_allocator, park_unused_modules
from trainer.offload import use_offloaded_checkpointing

# Match the projections of the language model; the vision tower's layers are left alone.
LANGUAGE_MODEL_ONLY = r"^(?!.*(vision_tower|multi_modal_projector)).*\.({names})$"


def target_regex(names: list[str]) -> str:
    """PEFT's target_modules as a regex that skips Gemma-3-4B's vision tower."""
    return LANGUAGE_MODEL_ONLY.format(names="|".join(names))


def lora_config(config: TrainConfig) -> Any:
    """The recipe's LoRA: r, alpha, dropout on the seven projections of the language model."""
    from peft import LoraConfig

    return LoraConfig(
        r=config.lora_r,
        lora_alpha=config.lora_alpha,
        lora_dropout=config.lora_dropout,
        target_modules=target_regex(config.target_modules),
        bias="none",
        task_type="CAUSAL_LM",
    )


@dataclass
class ParamCounts:
    """Trainable (LoRA) and total parameters, as the model card states them."""

    trainable: int
    total: int


def count_params(model: Any) -> ParamCounts:
    """Count parameters; 4-bit weights pack two values per byte, so count them unpacked."""
    trainable = total = 0
    for param in model.parameters():
        n = param.numel()
        if param.__class__.__name__ == "Params4bit":
            n = int(getattr(param, "quant_state").shape.numel())  # noqa: B009
        total += n
        if param.requires_grad:
            trainable += n
    return ParamCounts(trainable, total)


def compute_dtype(device: str) -> torch.dtype:
    """bf16 where the hardware computes it natively (Gemma-3 overflows fp16), fp32 otherwise.

    On a CPU without AVX-512-BF16/AMX (most laptops) bf16 matmuls are emulated and ~100x slower than fp32.
    """
    if device.startswith("cuda"):
        return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float32
    return torch.bfloat16 if cpu.cpu_has_native_bf16() else torch.float32


def load_for_training(
    base_dir: Path, config: TrainConfig, device: str, sharded: bool = False
) -> tuple[Any, Any]:
    """(peft model, tokenizer) ready for the Trainer, lean on GPU memory.

    Unlike PEFT's prepare_model_for_kbit_training, nothing is upcast to fp32: the 262k x 2,560 embedding
    (also the output head) and the residual stream stay in the compute dtype, which halves their memory
    and keeps the head's matmul on the bf16 tensor cores. The vision tower waits on the CPU, and on CUDA
    the checkpointed layers keep their inputs in CPU memory (trainer/offload.py).

    sharded (FSDP over several GPUs): no device_map, since FSDP places the shards; the 4-bit weights are
    stored in the compute dtype (bnb_4bit_quant_storage) so FSDP can flatten them with the rest; nothing
    is moved off the GPU by hand (FSDP owns placement).
    """
    from peft import get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    if device.startswith("cuda"):
        configure_allocator()
    dtype = compute_dtype(device)
    kwargs: dict[str, Any] = {"dtype": dtype, "use_safetensors": True}
    if not sharded:
        kwargs["device_map"] = {"": device}  # each rank its own device (cuda:LOCAL_RANK)
    if config.load_in_4bit:
        kwargs["quantization_config"] = nf4_config(dtype, quant_storage=dtype if sharded else None)
    tokenizer = AutoTokenizer.from_pretrained(base_dir)
    model = AutoModelForCausalLM.from_pretrained(base_dir, **kwargs)
    if not sharded:
        park_unused_modules(model)
    model.requires_grad_(False)
    model.config.use_cache = False
    if config.gradient_checkpointing:
        # Also makes the embedding output require grad, which the offloaded layers need to back-propagate.
        model.activation_checkpointing_enable({"use_reentrant": False})
        if device.startswith("cuda") and not sharded:
            use_offloaded_checkpointing(model)
    model = get_peft_model(model, lora_config(config))
    if sharded:
        # FSDP flattens each wrapped unit into one tensor of one dtype; PEFT keeps LoRA weights in fp32
        # next to the bf16 base, which FSDP refuses ("Must flatten tensors with uniform dtype", 2 x H200).
        for param in model.parameters():
            if param.requires_grad and param.dtype != dtype:
                param.data = param.data.to(dtype)
    return model, tokenizer


def save_adapter(model: Any, out: Path, dtype: torch.dtype) -> None:
    """Write the adapter in the dtype the base computes in (bf16 on GPUs), as PEFT and Unsloth ship it.

    Training keeps the LoRA weights in fp32 (the optimizer's master copy); the file does not need it.
    """
    for param in model.parameters():
        if param.requires_grad and param.dtype != dtype:
            param.data = param.data.to(dtype)
    model.save_pretrained(out)
