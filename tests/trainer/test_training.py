"""Real training runs: a tiny model learns, resume matches an uninterrupted run, SIGTERM checkpoints,
and the real 270M trains on the sample data into an adapter the chat engine loads."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from trainer.config import TrainConfig
from trainer.progress import ProgressReporter
from trainer.run import train

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample_data" / "sample-conversations.jsonl"


def _config(tmp_path: Path, dataset: Path, model: Path, **extra: object) -> TrainConfig:
    values: dict[str, object] = {
        "model": str(model),
        "dataset": str(dataset),
        "output": str(tmp_path / "adapter"),
        "load_in_4bit": False,
        "device": "cpu",
        "max_steps": 40,
        "learning_rate": 3e-2,
        "lora_r": 8,
        "per_device_batch_size": 4,
        "gradient_accumulation_steps": 1,
        "warmup_steps": 2,
        "eval_share": 0.1,
        "save_steps": 20,
        "gradient_checkpointing": False,
        "optimizer": "adamw_torch",
    }
    values.update(extra)
    return TrainConfig(**values)  # type: ignore[arg-type]


def _losses(folder: Path) -> list[float]:
    lines = (folder / "metrics.jsonl").read_text().splitlines()
    return [json.loads(line)["loss"] for line in lines if '"event": "step"' in line]


def test_tiny_model_learns_and_writes_a_complete_adapter(
    tmp_path: Path, learnable: Path, tiny_model_dir: Path
) -> None:
    facts = train(_config(tmp_path, learnable, tiny_model_dir), ProgressReporter(jsonl=False))
    assert facts["eval_after"]["loss"] < facts["eval_before"]["loss"] - 3.0
    out = tmp_path / "adapter"
    for name in (
        "adapter_config.json",
        "adapter_model.safetensors",
        "train_config.toml",
        "metrics.jsonl",
        "README.md",
    ):
        assert (out / name).is_file(), name
    card = (out / "README.md").read_text()
    assert "before training" in card and f"{facts['eval_after']['loss']:.4f}" in card


def test_resume_follows_the_same_loss_trajectory(
    tmp_path: Path, learnable: Path, tiny_model_dir: Path
) -> None:
    whole = _config(tmp_path / "a", learnable, tiny_model_dir, max_steps=4, save_steps=2)
    train(whole, ProgressReporter(jsonl=False))
    first_half = _config(tmp_path / "b", learnable, tiny_model_dir, max_steps=4, save_steps=2)
    stop_after_two = threading.Event()

    class StopAtTwo(ProgressReporter):
        def emit(self, event: str, **fields: object) -> None:
            super().emit(event, **fields)
            if event == "checkpoint" and fields.get("step") == 2:
                stop_after_two.set()
                os.kill(os.getpid(), signal.SIGINT)  # the run's own handler turns this into a clean stop

    facts = train(first_half, StopAtTwo(jsonl=False))
    assert stop_after_two.is_set() and facts["steps"] <= 3
    train(first_half, ProgressReporter(jsonl=False), resume=True)
    resumed = _losses(tmp_path / "b" / "adapter")
    expected = _losses(tmp_path / "a" / "adapter")
    # Steps 3-4 after the resume match the uninterrupted run within bf16 rounding.
    assert resumed[-2:] == pytest.approx(expected[-2:], rel=1e-2)
    assert resumed[:2] == pytest.approx(expected[:2], rel=1e-6)


def test_sigterm_saves_a_checkpoint_and_resume_finishes(
    tmp_path: Path, learnable: Path, tiny_model_dir: Path
) -> None:
    out = tmp_path / "adapter"
    base = [
        sys.executable,
        "-m",
        "trainer",
        "--model",
        str(tiny_model_dir),
        "--dataset",
        str(learnable),
        "--output",
        str(out),
        "--no-4bit",
        "--device",
        "cpu",
    ]
    command = [*base, "--max-steps", "400", "--progress-format", "jsonl"]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=REPO
    )
    assert process.stdout is not None
    events = []
    for line in process.stdout:
        events.append(json.loads(line))  # stdout carries nothing but the protocol
        if events[-1]["event"] == "step" and events[-1]["step"] >= 2:
            process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=120) == 0
    assert events[-1]["event"] == "done" and events[-1]["status"] == "cancelled"
    assert any((out / "checkpoints").glob("checkpoint-*/adapter_model.safetensors"))
    result = subprocess.run(
        [*base, "--max-steps", str(events[-1]["step"] + 2), "--resume"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert (out / "adapter_model.safetensors").is_file()


def test_bad_dataset_ends_with_an_error_event_and_exit_2(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("[{")
    result = subprocess.run(
        [sys.executable, "-m", "trainer", "--dataset", str(broken), "--progress-format", "jsonl"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert result.returncode == 2
    last = json.loads(result.stdout.splitlines()[-1])
    assert last["event"] == "error" and "ends or breaks inside this row" in last["message"]


@pytest.mark.slow
def test_real_270m_trains_on_the_sample_and_the_chat_engine_loads_it(
    tmp_path: Path, embedded_dir: Path
) -> None:
    from lumichats_desktop.engine.models import open_model
    from trainer.common.dirs import app_dirs

    config = TrainConfig(
        model="gemma-3-270m",
        dataset=str(SAMPLE),
        output=str(tmp_path / "lumi270"),
        max_steps=2,
        gradient_accumulation_steps=1,
        eval_share=0.05,
        device="cpu",
    )
    facts = train(config, ProgressReporter(jsonl=False))
    assert facts["steps"] == 2 and facts["eval_before"] and facts["eval_after"]
    adapter = tmp_path / "lumi270"
    assert (
        json.loads((adapter / "adapter_config.json").read_text())["base_model_name_or_path"]
        == "google/gemma-3-270m"
    )
    loaded = open_model(str(adapter), app_dirs(), device="cpu")
    assert loaded.adapter_enabled and loaded.adapter_dir == adapter
