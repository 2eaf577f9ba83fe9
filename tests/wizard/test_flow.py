"""The wizard's logic without a screen: config, command, and the progress the run page shows."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from lumichats_desktop.wizard.flow import RunState, build_config, dataset_for, memory_verdict, trainer_command
from trainer.config import TrainConfig


def test_the_config_keeps_the_recipe_and_applies_the_pages(tmp_path: Path) -> None:
    config = build_config(TrainConfig(), tmp_path, "my adapter/1", model="gemma-3-270m", max_steps=12)
    assert config.output == str(tmp_path / "my-adapter-1") and config.max_steps == 12
    assert (config.lora_r, config.lora_alpha, config.learning_rate) == (8, 8, 2e-4)
    with pytest.raises(ValueError, match="max_steps"):
        build_config(TrainConfig(), tmp_path, "x", max_steps=0)
    assert dataset_for("sample", "").endswith("sample-conversations.jsonl")
    with pytest.raises(ValueError, match="Choose a file"):
        dataset_for("file", "  ")


def test_the_trainer_runs_as_its_own_process_with_json_progress(tmp_path: Path) -> None:
    program, args = trainer_command(tmp_path / "c.toml", resume=True)
    assert program == sys.executable and args[:2] == ["-m", "trainer"]
    assert args[2:] == ["--config", str(tmp_path / "c.toml"), "--progress-format", "jsonl", "--resume"]


def _events(*events: dict[str, object]) -> list[str]:
    return [json.dumps({"protocol": 1, **e}) for e in events]


def test_progress_lines_become_the_run_page() -> None:
    state = RunState()
    lines = _events(
        {"event": "start", "max_steps": 30},
        {"event": "phase", "phase": "training"},
        {"event": "eval", "when": "before", "loss": 2.5},
    )
    lines += ["not json: a library's warning", "{broken"]
    lines += _events(
        {
            "event": "step",
            "step": 12,
            "max_steps": 30,
            "loss": 1.9,
            "tokens_per_second": 1234.5,
            "elapsed_s": 41,
            "eta_s": 80,
            "peak_memory_bytes": 3 * 2**30,
        },
    )
    for line in lines:
        state.feed_line(line)
    assert state.status == "running" and state.losses == [(12, 1.9)] and state.eval_before == 2.5
    assert state.progress_text() == "Training 12/30: 00:41 < 01:20 · 1,234 tokens/s · peak 3.0 GB"
    assert state.log_tail == ["not json: a library's warning", "{broken"]
    state.feed_line(json.dumps({"event": "done", "status": "cancelled", "step": 12, "output": "/x"}))
    assert state.status == "cancelled" and state.output == "/x"


def test_a_crash_or_an_error_event_is_explained_with_the_log() -> None:
    state = RunState()
    state.feed_line(json.dumps({"event": "start", "max_steps": 5}))
    state.note_log("Traceback (most recent call last):")
    state.note_log("RuntimeError: boom")
    state.finish_process(exit_code=1, crashed=False)
    assert state.status == "failed" and "Resume continues" in state.error_text()
    assert "RuntimeError: boom" in state.error_text()
    oom = RunState()
    oom.feed_line(json.dumps({"event": "error", "kind": "OutOfMemory", "message": "Out of memory."}))
    assert "Lower the maximum length" in oom.error_text()


def test_memory_verdict_names_what_to_change() -> None:
    fits, text = memory_verdict(2 * 2**30, 8 * 2**30, "cpu")
    assert fits and text.startswith("Fits")
    fits, text = memory_verdict(20 * 2**30, 8 * 2**30, "cuda")
    assert not fits and "4-bit" in text and "batch size" in text


def test_several_gpus_are_offered_and_become_trainer_processes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lumichats_desktop.wizard.flow import gpus_to_offer, processes_for

    assert [gpus_to_offer(n) for n in (0, 1, 2, 8)] == [0, 0, 2, 8]
    recipe = TrainConfig()  # 2 x 4 = 8 conversations a step
    assert processes_for(recipe, use_all_gpus=True, offered=4) == 4
    assert processes_for(recipe, use_all_gpus=False, offered=4) == 1
    with pytest.raises(ValueError, match="cannot be split evenly over 3 processes"):
        processes_for(recipe, use_all_gpus=True, offered=3)
    _, args = trainer_command(tmp_path / "c.toml", resume=False, processes=4)
    assert args[-2:] == ["--num-processes", "4"]
    _, check = trainer_command(tmp_path / "c.toml", resume=False, dry_run=True, processes=4)
    assert "--num-processes" not in check  # the data and memory check runs in one process
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert gpus_to_offer(4) == 0  # the packaged app cannot start accelerate
