"""The recipe's LoRA on the real Gemma-3-4B architecture (built on the meta device: no weights)."""

from __future__ import annotations

import torch

from trainer.common.architectures import GEMMA3_4B
from trainer.config import TrainConfig
from trainer.model import count_params, lora_config

# From unsloth/gemma-3-4b-it's public config.json.


def test_recipe_gives_the_model_cards_parameter_counts() -> None:
    from peft import get_peft_model
    from transformers import Gemma3Config, Gemma3ForConditionalGeneration

    config = Gemma3Config(**GEMMA3_4B)
    with torch.device("meta"):
        model = Gemma3ForConditionalGeneration(config)
    assert count_params(model).total == 4_300_079_472
    peft_model = get_peft_model(model, lora_config(TrainConfig()))
    counts = count_params(peft_model)
    assert counts.trainable == 14_901_248
    assert counts.total == 4_314_980_720
    lora_names = [n for n, p in peft_model.named_parameters() if p.requires_grad]
    assert lora_names and not any("vision_tower" in n for n in lora_names)
