"""Progress for people (tqdm on stderr) and for the wizard (JSON lines on stdout, versioned).

Protocol 1.1: one object per line, {"event": "start"|"phase"|"data"|"memory"|"dry_run"|"step"|"eval"|
"checkpoint"|"done"|"error", "protocol": 1, "protocol_minor": 1, ...}; step events carry step, max_steps,
loss, learning_rate, grad_norm, tokens_per_second, elapsed_s, eta_s, peak_memory_bytes.

"protocol" is the major version: a reader refuses another major. A minor version only adds events or
fields (1.1: the data event's dropped_rows/fixed_rows with file and row number, the memory event), so a
reader of 1.0 reads 1.1 and ignores what it does not know.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import torch

from trainer.distributed import step_vote, this_rank
from trainer.progress_text import human_text

PROTOCOL_VERSION = 1
PROTOCOL_MINOR = 1


def peak_memory_bytes() -> int:
    """Peak GPU memory the process held (torch's reserved pool) on CUDA, else its peak resident memory."""
    if torch.cuda.is_available() and torch.cuda.is_initialized():
        return int(torch.cuda.max_memory_reserved())
    try:
        import resource  # POSIX only: Windows has no such module
    except ImportError:
        return 0  # not measured on Windows (the protocol's field stays, with 0)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak if sys.platform == "darwin" else peak * 1024)  # macOS reports bytes, Linux KiB


class ProgressReporter:
    """Writes events as JSON lines (machine) or short lines on stderr (people).

    With several processes only rank 0 reports (one progress stream, one metrics.jsonl); the others
    write only their errors, as text on stderr.
    """

    def __init__(self, jsonl: bool) -> None:
        self.jsonl = jsonl
        self.started = time.monotonic()
        self.metrics_path: Path | None = None
        self.rank = this_rank()

    def emit(self, event: str, **fields: Any) -> None:
        """Report one event (and append it to metrics.jsonl once the output folder is known)."""
        record = {"event": event, "protocol": PROTOCOL_VERSION, "protocol_minor": PROTOCOL_MINOR, **fields}
        if not self.rank.main:
            if event == "error":
                sys.stderr.write(f"[rank {self.rank.index}] [error] {fields.get('message', '')}\n")
            return
        if self.metrics_path is not None:
            with self.metrics_path.open("a", encoding="utf-8") as handle:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        if self.jsonl:
            self._write("stdout", json.dumps(record, ensure_ascii=False) + "\n")
        else:
            text = human_text(event, fields)
            if text:
                self._write("stderr", text + "\n")

    def _write(self, stream: str, text: str) -> None:
        """Write and flush; a reader that went away (the app quit) silences the stream, not the run.

        The run goes on to its stop (the app leaves a stop file when it quits) and writes its checkpoint;
        metrics.jsonl keeps the record.
        """
        handle = getattr(sys, stream)
        try:
            handle.write(text)
            handle.flush()
        except (BrokenPipeError, OSError, ValueError):
            setattr(sys, stream, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 (lives as long as the run)

    @property
    def elapsed(self) -> float:
        """Seconds since the run started."""
        return time.monotonic() - self.started


def make_callback(reporter: ProgressReporter, collator: Any, stop_flag: dict[str, bool]) -> Any:
    """A TrainerCallback that reports steps and checkpoints and stops cleanly on request."""
    from transformers import TrainerCallback

    class ProgressCallback(TrainerCallback):
        def __init__(self) -> None:
            self.tokens_at_start = 0
            self.time_at_start = 0.0
            self.first_step = 0
            self.tokens_all_ranks = 0  # trained since the start, summed over the ranks at each step

        def on_train_begin(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
            self.tokens_at_start = collator.tokens_seen
            self.time_at_start = time.monotonic()
            self.first_step = state.global_step

        def on_step_end(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
            # Every rank votes after every step, so a stop on any rank stops all of them at this step.
            stop, self.tokens_all_ranks = step_vote(
                bool(stop_flag.get("stop")), collator.tokens_seen - self.tokens_at_start
            )
            if stop:
                stop_flag["stop"] = True
                control.should_save = True
                control.should_training_stop = True

        def on_log(self, args: Any, state: Any, control: Any, logs: Any = None, **kwargs: Any) -> None:
            if not logs or "loss" not in logs:
                return
            spent = max(time.monotonic() - self.time_at_start, 1e-9)
            done = max(state.global_step - self.first_step, 1)
            reporter.emit(
                "step",
                step=state.global_step,
                max_steps=state.max_steps,
                loss=logs.get("loss"),
                learning_rate=logs.get("learning_rate"),
                grad_norm=logs.get("grad_norm"),
                tokens_per_second=self.tokens_all_ranks / spent,
                elapsed_s=reporter.elapsed,
                eta_s=spent / done * (state.max_steps - state.global_step),
                peak_memory_bytes=peak_memory_bytes(),
            )

        def on_evaluate(
            self, args: Any, state: Any, control: Any, metrics: Any = None, **kwargs: Any
        ) -> None:
            # Periodic held-out loss during training (eval_steps); before/after are reported by run.py.
            if metrics and "eval_loss" in metrics and 0 < state.global_step < state.max_steps:
                reporter.emit("eval", when="during", step=state.global_step, loss=float(metrics["eval_loss"]))

        def on_save(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
            reporter.emit(
                "checkpoint", step=state.global_step, path=f"{args.output_dir}/checkpoint-{state.global_step}"
            )

    return ProgressCallback()
