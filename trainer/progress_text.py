"""The trainer's events as lines a person reads on stderr (`lumichats-train` without --progress-format jsonl).

The same events the wizard reads as JSON lines, worded for a terminal: the data summary with the rows
that were dropped or fixed (file, row number, reason), the token-length histogram, the memory estimate
against free memory, one line per logged step with loss and time left, and where the adapter went.
"""

from __future__ import annotations

from typing import Any

from trainer.common.memory import fits
from trainer.data import rows_text

ROWS_SHOWN = 20  # rows named per kind (dropped, fixed) before "... and N more"
BAR_WIDTH = 30


def human_text(event: str, fields: dict[str, Any]) -> str | None:
    """The lines for one event, or None for one a person need not see (errors: the CLI prints those)."""
    render = _RENDERERS.get(event)
    return render(fields) if render is not None else None


def _start(f: dict[str, Any]) -> str:
    config = f.get("config") or {}
    return (
        f"lumichats-train: {f.get('max_steps')} steps of {config.get('model', '?')} on {f.get('device')}, "
        f"data {config.get('dataset', '?')}, output {config.get('output', '?')}"
    )


def _phase(f: dict[str, Any]) -> str:
    return f"-- {f.get('phase')}"


def _data(f: dict[str, Any]) -> str:
    dropped = sum((f.get("dropped") or {}).values())
    lines = [
        f"Data: {f.get('rows')} rows read, {f.get('kept')} kept ({f.get('train')} to train on, "
        f"{f.get('eval')} held out), {dropped} dropped, {f.get('fixed_row_count', 0)} fixed."
    ]
    lines += [f"  dropped ({n}): {reason}" for reason, n in (f.get("dropped") or {}).items()]
    lines += [f"  fixed ({n}): {reason}" for reason, n in (f.get("fixed") or {}).items()]
    lines += rows_text("Dropped rows:", f.get("dropped_rows") or [], dropped, ROWS_SHOWN)
    lines += rows_text("Fixed rows:", f.get("fixed_rows") or [], int(f.get("fixed_row_count", 0)), ROWS_SHOWN)
    share = f.get("supervised_share")
    if share is not None:
        lines.append(f"Tokens the loss is computed on (the replies): {100 * float(share):.0f}%")
    lines.append("Token lengths of the training rows:")
    lines += histogram_lines(f.get("length_histogram") or {})
    return "\n".join(lines)


def histogram_lines(bins: dict[str, int]) -> list[str]:
    """'   0-127 tokens  ██████████ 12' per bin, bars scaled to the largest."""
    peak = max(bins.values(), default=0) or 1
    width = max((len(k) for k in bins), default=0)
    return [
        f"  {k:>{width}} tokens  {'█' * round(BAR_WIDTH * v / peak):<{BAR_WIDTH}} {v}"
        for k, v in bins.items()
    ]


def memory_line(estimate: int, free: int, device: str) -> str:
    """'Memory: about 3.1 GB needed, 20.4 GB free on cpu: fits.' or what to change when it does not."""
    text = f"Memory: about {estimate / 2**30:.1f} GB needed, {free / 2**30:.1f} GB free on {device}"
    if fits(estimate, free):
        return text + ": fits."
    return (
        text + ": will NOT fit. Lower --max-length or the batch size, use 4-bit (drop --no-4bit), "
        "or pick a smaller base model."
    )


def _memory(f: dict[str, Any]) -> str:
    return memory_line(
        int(f.get("memory_estimate_bytes", 0)), int(f.get("available_memory_bytes", 0)), str(f.get("device"))
    )


def _dry_run(f: dict[str, Any]) -> str:
    return (
        _memory(f)
        + f"\nDry run: {f.get('train_rows')} rows to train on, {f.get('eval_rows')} held out; nothing was "
        "trained. Run again without --dry-run to train."
    )


def clock(seconds: float) -> str:
    seconds = max(0, int(seconds))
    if seconds < 3600:
        return f"{seconds // 60:02d}:{seconds % 60:02d}"
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def _step(f: dict[str, Any]) -> str:
    parts = [f"step {f.get('step')}/{f.get('max_steps')}"]
    if f.get("loss") is not None:
        parts.append(f"loss {float(f['loss']):.4f}")
    if f.get("learning_rate") is not None:
        parts.append(f"lr {float(f['learning_rate']):.2e}")
    if f.get("tokens_per_second"):
        parts.append(f"{float(f['tokens_per_second']):,.0f} tokens/s")
    timing = f"{clock(float(f.get('elapsed_s') or 0))} elapsed"
    if f.get("eta_s") is not None:
        timing += f", about {clock(float(f['eta_s']))} left"
    parts.append(timing)
    return "  ".join(parts)


def _eval(f: dict[str, Any]) -> str:
    when = {"before": "before training", "after": "after training"}.get(
        str(f.get("when")), f"at step {f.get('step')}"
    )
    text = f"Held-out loss {when}: {float(f['loss']):.4f}"
    if f.get("perplexity") is not None:
        text += f" (perplexity {float(f['perplexity']):.2f})"
    return text


def _checkpoint(f: dict[str, Any]) -> str:
    return f"Checkpoint saved: {f.get('path')}"


def _done(f: dict[str, Any]) -> str:
    if f.get("status") == "cancelled":
        return (
            f"Stopped at step {f.get('step')}; the last checkpoint is kept in {f.get('output')}. "
            f"To continue: {f.get('resume_hint', 'run again with --resume')}."
        )
    text = f"Done: {f.get('steps')} steps. The adapter is in {f.get('output')}"
    before, after = f.get("eval_before"), f.get("eval_after")
    if isinstance(before, dict) and isinstance(after, dict):
        text += f" (held-out loss {before['loss']:.4f} before, {after['loss']:.4f} after)"
    return text + "."


_RENDERERS = {
    "start": _start,
    "phase": _phase,
    "data": _data,
    "memory": _memory,
    "dry_run": _dry_run,
    "step": _step,
    "eval": _eval,
    "checkpoint": _checkpoint,
    "done": _done,
}
