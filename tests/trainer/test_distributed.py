"""Several processes: the batch split, the stop relay, and a real two-process gloo run on the tiny model
that matches one process, stops cleanly when one rank gets SIGTERM, and resumes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.trainer.test_training import _config, _losses
from trainer.config import TrainConfig
from trainer.distributed import batch_plan, one_device_per_process
from trainer.launch import accelerate_command, run_processes, worker_arguments
from trainer.progress import ProgressReporter
from trainer.run import train

REPO = Path(__file__).resolve().parents[2]


def test_the_config_batch_stays_the_global_batch_on_any_number_of_processes() -> None:
    # The recipe (2 x 4 = 8 a step) on 1, 2, 4 and 8 GPUs: 8 conversations a step every time.
    plans = {n: batch_plan(2, 4, n) for n in (1, 2, 4, 8)}
    assert {n: (p.per_device, p.accumulation) for n, p in plans.items()} == {
        1: (2, 4),
        2: (2, 2),
        4: (2, 1),
        8: (1, 1),
    }
    assert all(p.global_batch == 8 for p in plans.values())
    with pytest.raises(ValueError, match=r"cannot be split evenly over 3 processes\. Use 1, 2, 4, 8"):
        batch_plan(2, 4, 3)


def test_one_process_on_a_machine_of_two_gpus_takes_the_configured_rows(tmp_path: Path) -> None:
    # A plain run on a 2-GPU workstation: the Trainer counted both GPUs and doubled the step's rows.
    from transformers import TrainingArguments

    args = TrainingArguments(output_dir=str(tmp_path), per_device_train_batch_size=4, use_cpu=True)
    args._n_gpu = 2  # what transformers sets for a single process that sees two CUDA devices
    assert args.train_batch_size == 8
    one_device_per_process(args)
    assert args.train_batch_size == 4


def test_the_parent_passes_its_arguments_on_and_keeps_its_own() -> None:
    argv = ["--config", "c.toml", "--num-processes", "2", "--accelerate-config=f.yaml", "--resume"]
    assert worker_arguments(argv) == ["--config", "c.toml", "--resume"]
    command = accelerate_command(argv, 2, "cpu")
    assert command[1:3] == ["-m", "accelerate.commands.launch"]
    assert command[command.index("--num_processes") + 1] == "2"
    workers = ["-m", "trainer", "--config", "c.toml", "--resume", "--device", "cpu"]
    assert command[command.index("-m", 3) :] == workers
    with_config = accelerate_command(argv, None, "cuda", Path("fsdp.yaml"))
    assert "--num_processes" not in with_config and "--multi_gpu" not in with_config
    assert with_config[with_config.index("--config_file") + 1] == "fsdp.yaml"


def test_sigterm_to_the_parent_becomes_a_stop_the_ranks_see(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The ranks stand in as one child that waits for the stop file, then exits 0 as a stopped run does.
    ready = tmp_path / "ready"
    waiter = (
        "import os, pathlib, time\n"
        f"pathlib.Path({str(ready)!r}).touch()\n"
        "stop = pathlib.Path(os.environ['LUMICHATS_STOP_FILE'])\n"
        "while not stop.exists(): time.sleep(0.05)\n"
    )
    monkeypatch.setattr("trainer.launch.accelerate_command", lambda *a: [sys.executable, "-c", waiter])

    def sigterm_when_ready() -> None:
        while not ready.exists():
            time.sleep(0.05)
        os.kill(os.getpid(), signal.SIGTERM)

    before = signal.getsignal(signal.SIGTERM)
    thread = threading.Thread(target=sigterm_when_ready)
    thread.start()
    assert run_processes([], 2, "cpu") == 0  # the parent did not die of SIGTERM: it relayed it
    thread.join()
    assert signal.getsignal(signal.SIGTERM) == before


def _rank_pid(parent: int, rank: int) -> int | None:
    """The pid of one rank started by our parent process (found by its environment)."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            env = (entry / "environ").read_bytes().split(b"\0")
        except OSError:
            continue
        if f"LUMICHATS_LAUNCHER_PID={parent}".encode() in env and f"RANK={rank}".encode() in env:
            return int(entry.name)
    return None


@pytest.mark.skipif(sys.platform != "linux", reason="finds the rank's pid in /proc")
def test_two_processes_match_one_and_a_sigterm_on_one_rank_stops_both(
    tmp_path: Path, learnable: Path, tiny_model_dir: Path
) -> None:
    # The same config (2 conversations a step) in 2 processes x 1 and in 1 process x 2; constant learning
    # rate, so the stopped run and the reference can end at different max_steps on the same curve.
    # Length grouping orders rows by the batch shape, which differs between 1 and 2 processes: off here.
    extra = {"per_device_batch_size": 2, "lr_scheduler": "constant", "warmup_steps": 0}
    extra["group_by_length"] = False
    config = _config(tmp_path / "two", learnable, tiny_model_dir, max_steps=400, **extra)
    config_file = tmp_path / "two.toml"
    config.save(tmp_path)
    (tmp_path / "train_config.toml").rename(config_file)
    command = [sys.executable, "-m", "trainer", "--config", str(config_file), "--num-processes", "2"]
    process = subprocess.Popen(
        [*command, "--progress-format", "jsonl"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=REPO,
    )
    assert process.stdout is not None
    events = []
    for line in process.stdout:
        events.append(json.loads(line))  # one stream, nothing but the protocol: no rank 1, no launcher
        if events[-1]["event"] == "step" and events[-1]["step"] == 2:
            rank1 = _rank_pid(process.pid, 1)
            assert rank1 is not None
            os.kill(rank1, signal.SIGTERM)  # only rank 1 is told; rank 0 must stop with it
    assert process.wait(timeout=300) == 0
    kinds = [e["event"] for e in events]
    assert kinds.count("start") == 1 and kinds.count("done") == 1 and kinds.count("eval") == 1
    assert events[-1]["status"] == "cancelled"
    stopped = events[-1]["step"]
    steps = [e["step"] for e in events if e["event"] == "step"]
    assert steps == list(range(1, stopped + 1)) and 2 <= stopped < 400
    out = Path(config.output)
    assert (out / "checkpoints" / f"checkpoint-{stopped}" / "adapter_model.safetensors").is_file()
    assert not (out / "adapter_model.safetensors").exists()  # a stopped run writes no final adapter

    # Resume the 2-process checkpoint (the global batch does not depend on the processes), to 2 more steps.
    more = TrainConfig(**{**vars(config), "max_steps": stopped + 2})
    facts = train(more, ProgressReporter(jsonl=False), resume=True)
    assert facts["steps"] == stopped + 2
    assert (out / "adapter_model.safetensors").is_file() and (out / "README.md").is_file()
    adapters = [p for p in out.rglob("adapter_model.safetensors") if "checkpoints" not in p.parts]
    assert adapters == [out / "adapter_model.safetensors"]

    reference = TrainConfig(**{**vars(more), "output": str(tmp_path / "one" / "adapter")})
    train(reference, ProgressReporter(jsonl=False))
    two, one = _losses(out), _losses(Path(reference.output))
    assert len(two) == len(one) == stopped + 2  # each step logged once: rank 0 alone writes metrics
    assert two == pytest.approx(one, rel=3e-3)  # bf16 sums in another order; without DDP ~8% apart by step 3
