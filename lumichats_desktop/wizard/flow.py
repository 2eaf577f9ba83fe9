"""What the wizard's pages decide, and how the trainer's JSON-lines progress becomes the run page."""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from trainer.common.memory import fits
from trainer.common.resources import resource_dir
from trainer.config import TrainConfig

SAMPLE = "sample"
DEFAULT_HUB_DATASET = "mlabonne/FineTome-100k"
PHASES = {
    "loading data": "Loading data",
    "loading model": "Loading the model",
    "evaluating": "Evaluating on held-out conversations",
    "training": "Training",
    "saving": "Saving the adapter",
}


def sample_dataset() -> Path:
    return resource_dir() / "sample_data" / "sample-conversations.jsonl"


def dataset_for(choice: str, path: str) -> str:
    """The trainer's dataset argument for the data page's choice: the sample, a file, or a Hub id."""
    if choice == SAMPLE:
        return str(sample_dataset())
    if not path.strip():
        raise ValueError("Choose a file (.json, .jsonl or .parquet) or type a Hub dataset id.")
    return path.strip()


def build_config(base: TrainConfig, output_root: Path, name: str, **changes: Any) -> TrainConfig:
    """The run's config: the recipe's defaults, the pages' changes, the output folder."""
    safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in name.strip()) or "my-adapter"
    config = replace(base, output=str(output_root / safe), **changes)
    config.check()
    return config


def trainer_command(
    config_file: Path, resume: bool, dry_run: bool = False, processes: int = 1
) -> tuple[str, list[str]]:
    """(program, arguments) that run the trainer as its own process, from source or from the bundle.

    processes > 1: the trainer starts `accelerate launch` with one process per GPU (DDP) and stays the one
    process the wizard reads and stops. A dry run always checks in one process.
    """
    args = ["--config", str(config_file), "--progress-format", "jsonl"]
    args += ["--resume"] if resume else []
    args += ["--dry-run"] if dry_run else []
    args += ["--num-processes", str(processes)] if processes > 1 and not dry_run else []
    program, *prefix = trainer_program()
    return program, [*prefix, *args]


def trainer_program() -> list[str]:
    """The trainer as a command: lumichats-train beside the bundle's executable, else python -m trainer."""
    if getattr(sys, "frozen", False):
        name = "lumichats-train.exe" if sys.platform == "win32" else "lumichats-train"
        return [str(Path(sys.executable).with_name(name))]
    return [sys.executable, "-m", "trainer"]


def cuda_device_count() -> int:
    """GPUs CUDA can see (0 without CUDA); counts them without creating a CUDA context."""
    import torch

    return int(torch.cuda.device_count())


def gpus_to_offer(device_count: int) -> int:
    """How many GPUs the settings page offers to train on at once: all of them when there are several,
    else 0 (no offer). The packaged app cannot start several trainer processes, so it offers none."""
    return device_count if device_count > 1 and not getattr(sys, "frozen", False) else 0


def processes_for(config: TrainConfig, use_all_gpus: bool, offered: int) -> int:
    """Trainer processes for the run: one per GPU when asked for (and offered), else 1; raises ValueError
    when the config's batch (per device x accumulation, the global batch) cannot be split over them."""
    if not (use_all_gpus and offered > 1):
        return 1
    from trainer.common.batches import batch_plan

    batch_plan(config.per_device_batch_size, config.gradient_accumulation_steps, offered)
    return offered


def memory_verdict(estimate_bytes: int, available_bytes: int, where: str) -> tuple[bool, str]:
    """(fits, a sentence saying so and what to change when it does not)."""
    need, have = estimate_bytes / 2**30, available_bytes / 2**30
    if fits(estimate_bytes, available_bytes):
        return True, f"Fits: about {need:.1f} GB needed, {have:.1f} GB free on {where}."
    return False, (
        f"Will not fit: about {need:.1f} GB needed, {have:.1f} GB free on {where}. Lower the maximum length "
        "or the batch size, turn on 4-bit, or pick a smaller base model."
    )


@dataclass
class RunState:
    """Everything the run page shows, rebuilt from the trainer's events; nothing here needs Qt."""

    status: str = "idle"  # idle, running, finished, cancelled, failed
    phase: str = ""
    step: int = 0
    max_steps: int = 0
    losses: list[tuple[int, float]] = field(default_factory=list)
    evals: list[tuple[int, float]] = field(default_factory=list)
    tokens_per_second: float = 0.0
    peak_memory_bytes: int = 0
    elapsed_s: float = 0.0
    eta_s: float | None = None
    eval_before: float | None = None
    eval_after: float | None = None
    output: str = ""
    error: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    dry_run: dict[str, Any] = field(default_factory=dict)
    log_tail: list[str] = field(default_factory=list)
    started_at: float = field(default_factory=time.monotonic)

    def feed_line(self, line: str) -> str | None:
        """Apply one stdout line; returns the event name (None for a line that is not an event)."""
        try:
            event = json.loads(line)
        except ValueError:
            self.note_log(line)
            return None
        if not isinstance(event, dict) or "event" not in event:
            self.note_log(line)
            return None
        self.apply(event)
        return str(event["event"])

    def note_log(self, line: str) -> None:
        if line.strip():
            self.log_tail = (self.log_tail + [line.rstrip()])[-20:]

    def apply(self, event: dict[str, Any]) -> None:
        kind = event["event"]
        if kind == "start":
            self.status, self.max_steps = "running", int(event.get("max_steps", 0))
        elif kind == "phase":
            self.phase = PHASES.get(str(event.get("phase")), str(event.get("phase")))
        elif kind == "data":
            self.data = event
        elif kind == "dry_run":
            self.dry_run = event
        elif kind == "step":
            self.step, self.max_steps = int(event["step"]), int(event.get("max_steps", self.max_steps))
            if event.get("loss") is not None:
                self.losses.append((self.step, float(event["loss"])))
            self.tokens_per_second = float(event.get("tokens_per_second") or 0.0)
            self.peak_memory_bytes = int(event.get("peak_memory_bytes") or 0)
            self.elapsed_s = float(event.get("elapsed_s") or 0.0)
            self.eta_s = event.get("eta_s")
        elif kind == "eval":
            loss = float(event["loss"])
            when = event.get("when")
            if when == "before":
                self.eval_before = loss
            elif when == "after":
                self.eval_after = loss
            self.evals.append((int(event.get("step", self.step if when != "before" else 0)), loss))
        elif kind == "done":
            self.status = "finished" if event.get("status") == "finished" else "cancelled"
            self.output = str(event.get("output", self.output))
        elif kind == "error":
            self.status, self.error = "failed", str(event.get("message", ""))

    def finish_process(self, exit_code: int, crashed: bool) -> None:
        """The trainer process ended; a crash without an error event still becomes a clear failure."""
        if self.status == "running" or (self.status == "idle" and (crashed or exit_code)):
            self.status = "failed"
            self.error = self.error or (
                f"The trainer stopped unexpectedly (exit code {exit_code}). Its checkpoints are kept: "
                "Resume continues from the last one."
            )

    def progress_text(self) -> str:
        """'Running 12/30: 00:41 < 01:20 · 1,234 tokens/s · peak 3.2 GB'."""
        text = f"{self.phase or 'Starting'} {self.step}/{self.max_steps}: {_clock(self.elapsed_s)}"
        if self.eta_s is not None:
            text += f" < {_clock(float(self.eta_s))}"
        if self.tokens_per_second:
            text += f" · {self.tokens_per_second:,.0f} tokens/s"
        if self.peak_memory_bytes:
            text += f" · peak {self.peak_memory_bytes / 2**30:.1f} GB"
        return text

    def error_text(self) -> str:
        """The failure, what to do, and the trainer's last log lines."""
        advice = ""
        lowered = self.error.lower()
        if "out of memory" in lowered:
            advice = " Lower the maximum length or the batch size, or turn on 4-bit, then Resume."
        elif "no space" in lowered or "disk" in lowered:
            advice = " Free some disk space, then Resume: the checkpoints are kept."
        tail = "\n".join(self.log_tail[-8:])
        return f"{self.error}{advice}" + (f"\n\nLast lines of the trainer's log:\n{tail}" if tail else "")


def _clock(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return (
        f"{seconds // 60:02d}:{seconds % 60:02d}"
        if seconds < 3600
        else f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
    )
