"""The stop file: how the app stops a run on every OS, including after the app itself has quit."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_a_run_whose_reader_quit_still_stops_at_the_stop_file_with_a_checkpoint(
    tmp_path: Path, learnable: Path, tiny_model_dir: Path
) -> None:
    out = tmp_path / "adapter"
    stop = tmp_path / "stop-now"
    command = [sys.executable, "-m", "trainer", "--model", str(tiny_model_dir), "--dataset", str(learnable)]
    command += ["--output", str(out), "--no-4bit", "--device", "cpu", "--max-steps", "400"]
    command += ["--progress-format", "jsonl"]
    env = {**os.environ, "LUMICHATS_STOP_FILE": str(stop), "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=REPO)
    assert process.stdout is not None and process.stderr is not None
    for line in process.stdout:
        event = json.loads(line)
        if event["event"] == "step" and event["step"] >= 2:
            break
    process.stdout.close()  # the app quit: nobody reads the trainer's output any more
    process.stderr.close()
    stop.touch()  # what TrainingRun.shutdown() leaves behind
    assert process.wait(timeout=180) == 0  # no BrokenPipeError: it stopped as asked
    records = [json.loads(line) for line in (out / "metrics.jsonl").read_text().splitlines()]
    done = records[-1]
    assert done["event"] == "done" and done["status"] == "cancelled"
    assert (out / "checkpoints" / f"checkpoint-{done['step']}" / "adapter_model.safetensors").is_file()
