"""The trainer's lean default path: compute dtype by CPU capability, offloaded checkpointing that changes
no gradient, the adapter saved in the compute dtype, and a clear out-of-memory message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from safetensors import safe_open

from tests.tiny_models import tiny_text_config
from trainer.common import cpu
from trainer.config import TrainConfig
from trainer.labels import IGNORE, ResponseOnlyCollator
from trainer.loss import response_only_loss_sum
from trainer.model import compute_dtype, load_for_training, lora_config, save_adapter
from trainer.offload import use_offloaded_checkpointing
from trainer.progress import ProgressReporter
from trainer.run import train


@pytest.mark.parametrize(("native", "expected"), [(True, torch.bfloat16), (False, torch.float32)])
def test_cpu_compute_dtype_follows_the_cpus_native_bf16(
    monkeypatch: pytest.MonkeyPatch, native: bool, expected: torch.dtype, tiny_model_dir: Path
) -> None:
    monkeypatch.setattr(cpu, "cpu_has_native_bf16", lambda: native)
    assert compute_dtype("cpu") == expected
    config = TrainConfig(model=str(tiny_model_dir), load_in_4bit=False, gradient_checkpointing=False)
    model, _ = load_for_training(tiny_model_dir, config, "cpu")
    base = {p.dtype for n, p in model.named_parameters() if "lora_" not in n}
    assert base == {expected}  # no bf16 matmuls left on a CPU that would emulate them


def test_the_engine_and_the_trainer_share_one_capability_check() -> None:
    from lumichats_desktop.engine import hardware

    assert hardware.cpu_has_native_bf16 is cpu.cpu_has_native_bf16


def _lora_model():  # type: ignore[no-untyped-def]
    from peft import get_peft_model
    from transformers import Gemma3ForCausalLM

    torch.manual_seed(0)
    model = Gemma3ForCausalLM(tiny_text_config()).float()
    model = get_peft_model(model, lora_config(TrainConfig()))
    for name, param in model.named_parameters():
        if "lora_B" in name:
            torch.nn.init.normal_(param, std=0.05)
    return model


def _batch() -> dict[str, torch.Tensor]:
    torch.manual_seed(1)
    rows = []
    for length, prompt in ((40, 12), (90, 30)):
        ids = torch.randint(3, 262144, (length,)).tolist()
        rows.append({"input_ids": ids, "labels": [IGNORE] * prompt + ids[prompt:]})
    return ResponseOnlyCollator(pad_id=0, needs_token_type_ids=False)(rows)


def _loss_and_grads(model) -> tuple[torch.Tensor, dict[str, torch.Tensor]]:  # type: ignore[no-untyped-def]
    model.zero_grad()
    total, count = response_only_loss_sum(model, _batch())
    loss = total / count
    loss.backward()
    return loss.detach(), {n: p.grad.clone() for n, p in model.named_parameters() if p.requires_grad}


def test_offloaded_checkpointing_gives_the_same_loss_and_lora_gradients() -> None:
    model = _lora_model()
    model.train()
    loss, grads = _loss_and_grads(model)
    model.get_base_model().activation_checkpointing_enable({"use_reentrant": False})
    assert use_offloaded_checkpointing(model) == 2  # both decoder layers
    offloaded_loss, offloaded = _loss_and_grads(model)
    torch.testing.assert_close(offloaded_loss, loss)
    assert grads and offloaded.keys() == grads.keys()
    for name in grads:
        assert grads[name].abs().sum() > 0, name  # every LoRA weight, layer 0 included, gets a gradient
        torch.testing.assert_close(offloaded[name], grads[name], msg=name)


def test_adapter_is_saved_in_the_compute_dtype(tmp_path: Path) -> None:
    model = _lora_model()
    save_adapter(model, tmp_path, torch.bfloat16)
    with safe_open(str(tmp_path / "adapter_model.safetensors"), framework="pt") as handle:
        dtypes = {handle.get_tensor(k).dtype for k in handle.keys()}  # noqa: SIM118
    assert dtypes == {torch.bfloat16}


def test_out_of_memory_ends_with_what_to_try_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import trainer.run
    from trainer.cli import main

    def fail(*args: object, **kwargs: object) -> None:
        raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")

    monkeypatch.setattr(trainer.run, "train", fail)
    code = main(["--device", "cpu", "--max-length", "2048", "--progress-format", "jsonl"])
    out, err = capsys.readouterr()
    event = json.loads(out.splitlines()[-1])
    assert code == 3 and event["event"] == "error" and event["kind"] == "OutOfMemory"
    assert event["message"].startswith("out of memory on the RAM: try --max-length 1024 (now 2048)")
    assert "per_device_batch_size = 1 and gradient_accumulation_steps = 8" in event["message"]
    assert "Traceback" not in err


def test_a_cpu_run_without_native_bf16_writes_an_fp32_adapter_and_with_it_bf16(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, tiny_model_dir: Path
) -> None:
    rows = [{"conversations": [{"from": "human", "value": "Hi?"}, {"from": "gpt", "value": "Hello."}]}] * 8
    data = tmp_path / "rows.jsonl"
    data.write_text("\n".join(json.dumps(r) for r in rows))
    for native, expected in ((False, torch.float32), (True, torch.bfloat16)):
        monkeypatch.setattr(cpu, "cpu_has_native_bf16", lambda native=native: native)
        out = tmp_path / f"adapter-{native}"
        config = TrainConfig(
            model=str(tiny_model_dir),
            dataset=str(data),
            output=str(out),
            load_in_4bit=False,
            device="cpu",
            max_steps=1,
            per_device_batch_size=2,
            gradient_accumulation_steps=1,
            eval_share=0.2,
            optimizer="adamw_torch",
        )
        train(config, ProgressReporter(jsonl=False))
        with safe_open(str(out / "adapter_model.safetensors"), framework="pt") as handle:
            assert {handle.get_tensor(k).dtype for k in handle.keys()} == {expected}  # noqa: SIM118


GiB = 2**30


def test_the_4b_estimate_is_within_20_percent_of_the_h200_peaks() -> None:
    from transformers import Gemma3Config, Gemma3ForConditionalGeneration

    from trainer.common.architectures import GEMMA3_4B
    from trainer.memory import memory_estimate

    with torch.device("meta"):
        model = Gemma3ForConditionalGeneration(Gemma3Config(**GEMMA3_4B))
    shapes = {k: list(v.shape) for k, v in model.state_dict().items() if k != "lm_head.weight"}
    # Peak reserved, docs/gpu_train_memory_h200.json: 512 (benchmark), 2,048 (benchmark and lumichats-train).
    for length, measured in ((512, [4.06]), (2048, [5.05, 6.04])):
        config = TrainConfig(max_length=length)
        estimate = memory_estimate(config, Path("."), 2560, "cuda", shapes=shapes) / GiB
        for peak in measured:
            assert abs(estimate - peak) <= 0.2 * peak, (length, estimate, peak)


def test_the_270m_cpu_estimate_is_within_20_percent_of_the_measured_rss(embedded_dir: Path) -> None:
    from trainer.memory import memory_estimate

    # lumichats-train on the bundled sample (longest row < 256 tokens), fp32 on this AVX2-only CPU:
    # peak RSS 2,461,827,072 bytes (docs/benchmarks.md, "Trainer memory").
    config = TrainConfig(model=str(embedded_dir))
    estimate = memory_estimate(config, embedded_dir, 640, "cpu", longest=255, fp32=True)
    assert abs(estimate - 2_461_827_072) <= 0.2 * 2_461_827_072
