"""Tiny random Gemma-3 models that load in a second but use the real tokenizer and vocabulary."""

from __future__ import annotations

import shutil
from pathlib import Path

import torch

TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json")


def tiny_text_config():  # type: ignore[no-untyped-def]
    """A Gemma3TextConfig with the real vocabulary and sliding/full layers, a few MB in size."""
    from transformers import Gemma3TextConfig

    return Gemma3TextConfig(
        vocab_size=262144,
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=2,
        num_attention_heads=2,
        num_key_value_heads=1,
        head_dim=32,
        sliding_window=64,
        layer_types=["sliding_attention", "full_attention"],
        max_position_embeddings=4096,
        # Large enough weights that a LoRA can move the logits: at 0.02 the tied 262k-way head caps
        # how far any loss can fall, and "the model learns" could not be tested.
        initializer_range=0.3,
    )


def copy_tokenizer(src: Path, dst: Path) -> None:
    """Put the real Gemma-3 tokenizer next to a tiny model."""
    for name in TOKENIZER_FILES:
        shutil.copy(src / name, dst / name)


def save_tiny_gemma3(folder: Path, tokenizer_dir: Path, seed: int = 0) -> Path:
    """Save a random tiny Gemma3ForCausalLM (bf16 safetensors) with the real tokenizer."""
    from transformers import Gemma3ForCausalLM

    torch.manual_seed(seed)
    model = Gemma3ForCausalLM(tiny_text_config()).to(torch.bfloat16)
    model.save_pretrained(folder)
    copy_tokenizer(tokenizer_dir, folder)
    return folder


def save_tiny_adapter(model_dir: Path, folder: Path, seed: int = 1) -> Path:
    """A LoRA adapter (r=8, the recipe's seven projections) with non-zero B so it changes outputs."""
    from peft import LoraConfig, get_peft_model
    from transformers import Gemma3ForCausalLM

    torch.manual_seed(seed)
    base = Gemma3ForCausalLM.from_pretrained(model_dir, dtype=torch.float32)
    config = LoraConfig(
        r=8,
        lora_alpha=8,
        target_modules=["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],
        init_lora_weights=False,
    )
    peft_model = get_peft_model(base, config)
    peft_model.save_pretrained(folder)
    return folder


def tiny_vision_config():  # type: ignore[no-untyped-def]
    """A Gemma3Config (text + SigLIP tower) shaped like the 4B's, a few MB: 56-pixel images, 4 tokens each.

    The text vocabulary is the 4B's 262,208 so the image soft token (262,144, past the tokenizer's
    last id) has an embedding, as in the real model.
    """
    from transformers import Gemma3Config, SiglipVisionConfig

    text = tiny_text_config()
    text.vocab_size = 262208
    vision = SiglipVisionConfig(
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=1,
        num_attention_heads=2,
        image_size=56,
        patch_size=14,
        vision_use_head=False,
    )
    return Gemma3Config(text_config=text, vision_config=vision, mm_tokens_per_image=4)


def save_tiny_gemma3_vision(folder: Path, tokenizer_dir: Path, seed: int = 0) -> Path:
    """Save a random tiny Gemma3ForConditionalGeneration (bf16 safetensors) with the real tokenizer."""
    from transformers import Gemma3ForConditionalGeneration

    torch.manual_seed(seed)
    model = Gemma3ForConditionalGeneration(tiny_vision_config())
    # transformers starts the projector from zeros (the image would reach the text model as nothing);
    # random weights make the picture change the logits, as the trained 4B's projector does.
    torch.nn.init.normal_(model.model.multi_modal_projector.mm_input_projection_weight, std=0.3)
    model.to(torch.bfloat16).save_pretrained(folder)
    copy_tokenizer(tokenizer_dir, folder)
    return folder
