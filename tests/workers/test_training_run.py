"""TrainingRun: the trainer as a child process, stopped through its stop file on every OS, resumed, read in
UTF-8, and refused with a clear message when it speaks another protocol version."""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from lumichats_desktop.workers.training_run import TrainingRun
from trainer.config import TrainConfig


@dataclass
class Seen:
    """What the run reported, in order."""

    events: list[dict[str, Any]] = field(default_factory=list)
    logs: list[str] = field(default_factory=list)
    ended: list[tuple[int, bool]] = field(default_factory=list)

    def watch(self, run: TrainingRun) -> Seen:
        run.progress.connect(self.events.append)
        run.log.connect(self.logs.append)
        run.ended.connect(lambda code, crashed: self.ended.append((code, crashed)))
        return self

    def steps(self) -> list[int]:
        return [int(e["step"]) for e in self.events if e["event"] == "step"]


def _child(tmp_path: Path, code: str) -> list[str]:
    script = tmp_path / "child.py"
    script.write_text(code, encoding="utf-8")
    return [sys.executable, str(script)]


# A stand-in trainer: reports its environment, then waits for the stop file as the real one does per step.
WAITS_FOR_STOP = """
import json, os, pathlib, sys, time
stop = pathlib.Path(os.environ["LUMICHATS_STOP_FILE"])
env = {k: os.environ.get(k) for k in ("PYTHONIOENCODING", "PYTHONUTF8", "PYTHONUNBUFFERED")}
print(json.dumps({"event": "start", "protocol": 1, "protocol_minor": 9, "env": env, "note": "ñ 日本 🙂"},
                 ensure_ascii=False), flush=True)
sys.stderr.write("log line: ü\\n")
deadline = time.monotonic() + 60
while not stop.exists() and time.monotonic() < deadline:
    time.sleep(0.05)
done = {"event": "done", "protocol": 1, "status": "cancelled", "saw_stop": stop.exists()}
print(json.dumps(done), flush=True)
"""


def test_stop_writes_the_stop_file_the_child_watches_and_nothing_is_killed(
    qtbot: QtBot, tmp_path: Path
) -> None:
    run = TrainingRun()
    seen = Seen().watch(run)
    stop_file = tmp_path / "out" / ".stop"
    stop_file.parent.mkdir()
    stop_file.touch()  # left over from an earlier run: must not stop this one at once
    run.start(_child(tmp_path, WAITS_FOR_STOP), stop_file)
    qtbot.waitUntil(lambda: bool(seen.events), timeout=20_000)
    start = seen.events[0]
    assert start["env"] == {"PYTHONIOENCODING": "utf-8", "PYTHONUTF8": "1", "PYTHONUNBUFFERED": "1"}
    assert start["note"] == "ñ 日本 🙂"  # a newer minor version (9) is read as it is
    qtbot.waitUntil(lambda: "log line: ü" in seen.logs, timeout=10_000)
    assert run.running and not seen.ended
    run.stop()
    assert stop_file.exists() and run.stopping
    qtbot.waitUntil(lambda: bool(seen.ended), timeout=20_000)
    assert seen.ended == [(0, False)]  # it ended by itself: exit 0, not killed
    assert seen.events[-1]["saw_stop"] is True
    assert not stop_file.exists()  # cleaned up after the run


def test_a_child_that_ignores_the_stop_is_killed_after_the_timeout(qtbot: QtBot, tmp_path: Path) -> None:
    run = TrainingRun(stop_timeout_s=0.5)
    seen = Seen().watch(run)
    run.start(
        _child(tmp_path, "import time\nprint('ready', flush=True)\ntime.sleep(60)\n"), tmp_path / ".stop"
    )
    qtbot.waitUntil(lambda: "ready" in seen.logs, timeout=20_000)
    run.stop()
    qtbot.waitUntil(lambda: bool(seen.ended), timeout=10_000)
    assert seen.ended[0][1] is True  # crashed: it had to be killed
    assert any("did not stop within" in line for line in seen.logs)


def test_quitting_returns_at_once_and_the_child_stops_by_itself(qtbot: QtBot, tmp_path: Path) -> None:
    run = TrainingRun()
    seen = Seen().watch(run)
    run.start(_child(tmp_path, WAITS_FOR_STOP), tmp_path / ".stop")
    qtbot.waitUntil(lambda: bool(seen.events), timeout=20_000)
    began = time.monotonic()
    run.shutdown()
    assert time.monotonic() - began < 0.5  # the UI thread did not wait for the child
    assert run.process is not None and run.process.wait(timeout=20) == 0


def test_another_protocol_version_is_refused_with_what_to_do(qtbot: QtBot, tmp_path: Path) -> None:
    run = TrainingRun()
    seen = Seen().watch(run)
    newer = "import json, time\nprint(json.dumps({'event': 'start', 'protocol': 2}), flush=True)\n"
    newer += "time.sleep(60)\n"
    began = time.monotonic()
    run.start(_child(tmp_path, newer), tmp_path / ".stop")
    qtbot.waitUntil(lambda: bool(seen.ended), timeout=20_000)
    assert time.monotonic() - began < 30  # ended at once, not after the child's minute
    assert [e["event"] for e in seen.events] == ["error"]  # the mismatched event itself is not applied
    error = seen.events[0]
    assert error["kind"] == "ProtocolMismatch"
    assert "protocol version 2" in error["message"] and "reads version 1" in error["message"]
    assert "update LumiChats Desktop and its trainer together" in error["message"]


@pytest.mark.slow
def test_a_real_run_on_the_tiny_model_stops_with_a_checkpoint_and_resumes(
    qtbot: QtBot, tmp_path: Path, tiny_model_dir: Path
) -> None:
    data = tmp_path / "chats.jsonl"
    row = {
        "conversations": [{"from": "human", "value": "Colour of the sky?"}, {"from": "gpt", "value": "Blue."}]
    }
    data.write_text("\n".join(json.dumps(row) for _ in range(30)), encoding="utf-8")
    out = tmp_path / "adapter"
    config = TrainConfig(
        model=str(tiny_model_dir),
        dataset=str(data),
        output=str(out),
        max_steps=400,
        max_length=64,
        per_device_batch_size=1,
        gradient_accumulation_steps=1,
        save_steps=2,
        warmup_steps=0,
        device="cpu",
        load_in_4bit=False,
    )
    config.save(out)
    run = TrainingRun()
    seen = Seen().watch(run)
    run.start_trainer(out / "train_config.toml")
    qtbot.waitUntil(lambda: len(seen.steps()) >= 3, timeout=120_000)
    run.stop()
    qtbot.waitUntil(lambda: bool(seen.ended), timeout=120_000)
    assert seen.ended == [(0, False)], seen.logs[-10:]  # stopped by the stop file: exit 0, not killed
    assert not (out / ".stop").exists()
    done = seen.events[-1]
    assert done["event"] == "done" and done["status"] == "cancelled"
    stopped_at = int(done["step"])
    assert stopped_at < 400 and (out / "checkpoints" / f"checkpoint-{stopped_at}").is_dir()

    replace(config, max_steps=stopped_at + 2).save(out)  # finish soon after resuming
    resumed = Seen().watch(run)
    command = run.start_trainer(out / "train_config.toml", resume=True)
    assert "--resume" in command and "jsonl" in command
    qtbot.waitUntil(lambda: bool(resumed.ended), timeout=120_000)
    assert resumed.ended == [(0, False)], resumed.logs[-10:]
    assert resumed.steps()[0] == stopped_at + 1  # went on from the checkpoint, not from step 1
    assert resumed.events[-1]["status"] == "finished"
    assert (out / "adapter_model.safetensors").is_file()
