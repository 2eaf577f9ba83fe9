"""`lumichats-train --num-processes N`: start `accelerate launch` with this trainer in N processes.

The parent stays in front of the user (and the wizard): it passes its own arguments on to every rank,
returns the launcher's exit code, and turns a stop sent to it (SIGTERM from the wizard, Ctrl-C) into a
stop file that every rank checks after each step, so all ranks end at the same step with one checkpoint
and exit 0, instead of the launcher killing its workers mid-save.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from types import FrameType

import torch

from trainer.distributed import PARENT_PID_ENV, STOP_FILE_ENV

# Our own options, consumed here and not passed on to the ranks.
LAUNCH_OPTIONS = ("--num-processes", "--accelerate-config")
# How long the launcher waits for ranks told to stop (finish the step, write the checkpoint) before it kills
# them; torchrun's default of 30 s is shorter than one step of the 4B recipe on a slow card.
SHUTDOWN_TIMEOUT_S = 900


def worker_arguments(argv: Sequence[str]) -> list[str]:
    """argv without the options that only the parent uses (--num-processes N, --accelerate-config F)."""
    out: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in LAUNCH_OPTIONS:
            skip = True
            continue
        if arg.startswith(tuple(f"{o}=" for o in LAUNCH_OPTIONS)):
            continue
        out.append(arg)
    return out


def accelerate_command(
    argv: Sequence[str], processes: int | None, device: str, accelerate_config: Path | None = None
) -> list[str]:
    """The `accelerate launch` command line that runs `python -m trainer argv` in `processes` processes.

    Without an accelerate config it is plain DDP on one machine through torchrun (accelerate's multi-GPU
    launcher); with `--device cpu` the ranks talk over gloo instead of NCCL, which is how the tests run it.
    """
    command = [sys.executable, "-m", "accelerate.commands.launch"]
    if processes is not None:  # else the accelerate config's num_processes
        command += ["--num_processes", str(processes)]
    if accelerate_config is not None:
        command += ["--config_file", str(accelerate_config)]
    else:
        command += ["--multi_gpu", "--num_machines", "1", "--mixed_precision", "no", "--dynamo_backend", "no"]
    return [*command, "-m", "trainer", *worker_arguments(argv), *(["--device", device] if device else [])]


def check_processes(processes: int | None, device: str) -> None:
    """Raise ValueError when the processes cannot each get a GPU, or a packaged build cannot start them."""
    if getattr(sys, "frozen", False):
        raise ValueError(
            "Training in several processes needs the Python package (pip install lumichats-desktop), "
            "not the packaged app: run lumichats-train --num-processes N from that install."
        )
    if processes is None:
        return
    if processes < 1:
        raise ValueError("--num-processes must be at least 1.")
    gpus = torch.cuda.device_count()
    if device == "cuda" and processes > gpus:
        raise ValueError(f"{processes} processes need {processes} GPUs; this computer has {gpus}.")


def run_processes(
    argv: Sequence[str], processes: int | None, device: str, accelerate_config: Path | None = None
) -> int:
    """Run the ranks and wait; SIGTERM or SIGINT here asks them all to stop at the end of their step."""
    check_processes(processes, device)
    with tempfile.TemporaryDirectory(prefix="lumichats-train-") as folder:
        # The wizard's TrainingRun names its own stop file (it works on every OS); the ranks watch that one.
        stop_file = Path(os.environ.get(STOP_FILE_ENV) or Path(folder) / "stop")
        env = {
            **os.environ,
            STOP_FILE_ENV: str(stop_file),
            PARENT_PID_ENV: str(os.getpid()),
            "TORCH_ELASTIC_SHUTDOWN_TIMEOUT": os.environ.get(
                "TORCH_ELASTIC_SHUTDOWN_TIMEOUT", str(SHUTDOWN_TIMEOUT_S)
            ),
            "PYTHONUNBUFFERED": "1",
        }
        # A session of its own: a Ctrl-C in the terminal reaches only this parent, which asks the ranks
        # to stop; the launcher itself would kill them after its shutdown timeout.
        child = subprocess.Popen(
            accelerate_command(argv, processes, device, accelerate_config),
            env=env,
            start_new_session=os.name == "posix",
        )

        def ask_to_stop(signum: int, frame: FrameType | None) -> None:
            stop_file.touch()

        previous = {s: signal.signal(s, ask_to_stop) for s in (signal.SIGINT, signal.SIGTERM)}
        try:
            return child.wait()
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            if child.poll() is None:
                child.kill()
