"""Sharded QLoRA (FSDP): the shipped accelerate config turns FSDP on as PEFT documents it, the base loads
the way FSDP needs it, and the loss FSDP runs equals the chunked loss of one process.

What runs here is limited by the CPU: accelerate enables FSDP only for GPU-type runs (a --cpu run stays
plain multi-CPU DDP), so no FSDP step is taken on this machine; the GPU benchmark covers that."""

from __future__ import annotations

import argparse
from pathlib import Path
from unittest import mock

import pytest
import torch

from trainer.config import TrainConfig
from trainer.loss import _sharded_loss_sum, response_only_loss_sum

CONFIG = Path(__file__).resolve().parents[2] / "trainer" / "recipes" / "fsdp_qlora.yaml"


def test_the_fsdp_config_is_accepted_by_accelerate_and_sets_what_the_trainer_reads() -> None:
    from accelerate.commands.config.config_args import load_config_from_file
    from accelerate.commands.launch import _validate_launch_command, launch_command_parser
    from accelerate.utils.launch import prepare_multi_gpu_env

    loaded = load_config_from_file(str(CONFIG))
    assert loaded.distributed_type.value == "FSDP"
    # True: a decoder layer holds the frozen 4-bit base and the trainable LoRA together, which FSDP 1
    # flattens only with the original parameters kept ("uniform requires_grad" error on 2 x H200).
    assert loaded.fsdp_config["fsdp_use_orig_params"] is True
    assert loaded.fsdp_config["fsdp_transformer_layer_cls_to_wrap"] == "Gemma3DecoderLayer"
    args = launch_command_parser().parse_args(
        ["--config_file", str(CONFIG), "--num_processes", "2", "-m", "trainer"]
    )
    args, _, _ = _validate_launch_command(args)
    with mock.patch("torch.cuda.device_count", return_value=2):
        env = prepare_multi_gpu_env(argparse.Namespace(**vars(args)))
    assert env["ACCELERATE_USE_FSDP"] == "true" and env["FSDP_CPU_RAM_EFFICIENT_LOADING"] == "true"
    with mock.patch.dict("os.environ", env):
        from trainer.distributed import sharded_training

        assert sharded_training()


def test_sharded_loading_stores_4bit_weights_in_the_compute_dtype(tiny_model_dir: Path) -> None:
    from lumichats_desktop.engine.hardware import four_bit_works
    from trainer.model import compute_dtype, load_for_training

    if not four_bit_works("cpu"):
        pytest.skip("bitsandbytes has no 4-bit CPU kernel here")
    config = TrainConfig(model=str(tiny_model_dir), load_in_4bit=True, gradient_checkpointing=True)
    model, _ = load_for_training(tiny_model_dir, config, "cpu", sharded=True)
    packed = [p for p in model.parameters() if p.__class__.__name__ == "Params4bit"]
    frozen = {p.dtype for p in model.parameters() if not p.requires_grad}
    dtype = compute_dtype("cpu")  # bf16 where the CPU has it natively (as on GPUs), fp32 on AVX2-only CPUs
    assert packed and all(p.dtype == dtype for p in packed)  # bnb_4bit_quant_storage
    assert frozen == {dtype}  # no upcast: one dtype per FSDP unit


def test_the_sharded_loss_equals_the_chunked_loss(tiny_model_dir: Path) -> None:
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32)
    ids = torch.tensor([[2, 10, 11, 12, 13, 14, 0], [2, 20, 21, 22, 23, 24, 25]])
    labels = torch.tensor([[-100, -100, 11, 12, -100, -100, -100], [-100, -100, -100, 22, 23, 24, 25]])
    batch = {"input_ids": ids, "labels": labels, "attention_mask": (ids != 0).long()}
    chunked, n = response_only_loss_sum(model, batch, chunk_rows=2)
    sharded, m = _sharded_loss_sum(model, batch)
    assert n == m == 6
    assert float(sharded.detach()) == pytest.approx(float(chunked.detach()), rel=1e-5)
