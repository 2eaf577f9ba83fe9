"""The adapter card (README.md): recipe, data, evaluation before/after, hardware."""

from __future__ import annotations

import platform
from dataclasses import asdict
from pathlib import Path
from typing import Any

from trainer.config import TrainConfig


def write_card(folder: Path, config: TrainConfig, facts: dict[str, Any]) -> None:
    """Write README.md into the adapter folder."""
    before, after = facts.get("eval_before"), facts.get("eval_after")
    rows = "\n".join(f"| {k} | {v} |" for k, v in asdict(config).items())
    text = f"""# LumiChats adapter: {folder.name}

A LoRA adapter trained with `lumichats-train` (response-only loss on the Gemma-3 turn format).

## Evaluation (held-out split, response-only loss)

| | loss | perplexity |
|---|---|---|
| before training | {_fmt(before, "loss")} | {_fmt(before, "perplexity")} |
| after training | {_fmt(after, "loss")} | {_fmt(after, "perplexity")} |

Held-out conversations: {facts.get("eval_rows")}; training conversations: {facts.get("train_rows")}.

## Data

```
{facts.get("data_summary", "")}
```

## Run

Base: `{facts.get("base")}`; steps: {facts.get("steps")}; trainable parameters: {facts.get("trainable")}
of {facts.get("total")}; device: {facts.get("device")} × {facts.get("processes", 1)} process(es);
time: {facts.get("train_seconds", 0):.0f} s;
machine: {platform.machine()}, Python {platform.python_version()}.

## Recipe (train_config.toml)

| setting | value |
|---|---|
{rows}
"""
    (folder / "README.md").write_text(text, encoding="utf-8")


def _fmt(result: dict[str, float] | None, key: str) -> str:
    return f"{result[key]:.4f}" if result and key in result else "n/a"
