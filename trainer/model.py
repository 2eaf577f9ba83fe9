"""The base model for training (NF4 or 16-bit) with the recipe's LoRA on the language model only."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from trainer.common.quantization import nf4_config
from trainer.config import TrainConfig

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
    """bf16 where the hardware has it (Gemma-3 overflows fp16), fp32 otherwise."""
    if device.startswith("cuda"):
        return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float32
    return torch.bfloat16


def load_for_training(
    base_dir: Path, config: TrainConfig, device: str, sharded: bool = False
) -> tuple[Any, Any]:
    """(peft model, tokenizer) ready for the Trainer.

    sharded (FSDP over several GPUs): no device_map, since FSDP places the shards; the 4-bit weights are
    stored in the compute dtype (bnb_4bit_quant_storage) so FSDP can flatten them with the rest; and they
    are not upcast for k-bit training, which would mix dtypes inside one FSDP unit.
    """
    from peft import get_peft_model, prepare_model_for_kbit_training
    from transformers import AutoModelForCausalLM, AutoTokenizer

    dtype = compute_dtype(device)
    kwargs: dict[str, Any] = {"dtype": dtype, "use_safetensors": True}
    if not sharded:
        kwargs["device_map"] = {"": device}  # each rank its own device (cuda:LOCAL_RANK)
    if config.load_in_4bit:
        kwargs["quantization_config"] = nf4_config(dtype, quant_storage=dtype if sharded else None)
    tokenizer = AutoTokenizer.from_pretrained(base_dir)
    model = AutoModelForCausalLM.from_pretrained(base_dir, **kwargs)
    if config.load_in_4bit and not sharded:
        model = prepare_model_for_kbit_training(
            model,
            use_gradient_checkpointing=config.gradient_checkpointing,
            gradient_checkpointing_kwargs={"use_reentrant": False},
        )
    elif config.gradient_checkpointing:
        model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
        model.enable_input_require_grads()
    model = get_peft_model(model, lora_config(config))
    return model, tokenizer
