"""The one NF4 setting both the chat engine and the trainer load Gemma-3 with."""

from __future__ import annotations

from typing import Any

# Gemma-3-4B's vision tower and projector stay unquantized (the app is text-only and the LoRA skips them);
# the tied output head stays in 16-bit, where its precision matters most.
NOT_QUANTIZED = ["vision_tower", "multi_modal_projector", "lm_head"]


def nf4_config(compute_dtype: Any, quant_storage: Any = None) -> Any:
    """bitsandbytes NF4 with double quantization, computing in compute_dtype (bf16; fp32 without it).

    quant_storage: the dtype the packed 4-bit weights are stored in; FSDP needs a float one (bitsandbytes'
    FSDP-QLoRA guide), the default uint8 suits everything else.
    """
    from transformers import BitsAndBytesConfig

    extra = {"bnb_4bit_quant_storage": quant_storage} if quant_storage is not None else {}
    return BitsAndBytesConfig(
        load_in_4bit=True,
        bnb_4bit_quant_type="nf4",
        bnb_4bit_use_double_quant=True,
        bnb_4bit_compute_dtype=compute_dtype,
        llm_int8_skip_modules=NOT_QUANTIZED,
        **extra,
    )
