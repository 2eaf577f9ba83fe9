"""The evaluation report: one JSON document, and a short table for people."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from trainer.evaluation.stats import Proportion

LABELS = {
    "overall": "overall (every check of an item)",
    "factual": "short facts",
    "arithmetic": "arithmetic",
    "format": "form (list of 3, haiku, JSON)",
    "memory": "memory (turn 1 asked in turn 3)",
    "language": "reply language = prompt's",
    "loop_rate": "loop rate (lower is better)",
}


def _cell(p: Proportion) -> str:
    if not p.n or p.share is None or p.interval is None:
        return "n/a"
    low, high = p.interval
    return f"{p.share:6.1%}  [{low:.0%}-{high:.0%}]  {p.passed}/{p.n}"


def table(runs: Mapping[str, Mapping[str, Proportion]], heldout: Mapping[str, Any] | None = None) -> str:
    """Scores side by side, one column per decoding run, each with its 95% Wilson interval."""
    names = list(runs)
    width = max(len(v) for v in LABELS.values())
    lines = [f"{'score':<{width}}  " + "  ".join(f"{n:<30}" for n in names)]
    for key, label in LABELS.items():
        cells = [_cell(runs[n][key]) if key in runs[n] else "n/a" for n in names]
        lines.append(f"{label:<{width}}  " + "  ".join(f"{c:<30}" for c in cells))
    if heldout:
        lines.append(
            f"held-out response-only loss: {heldout['loss']:.4f} on {heldout['conversations']} conversations "
            f"({heldout['tokens']} reply tokens; {sum(heldout['dedup']['dropped'].values())} dropped as "
            "seen in training)"
        )
    return "\n".join(lines)


def as_json(scores: Mapping[str, Proportion]) -> dict[str, Any]:
    return {name: p.as_dict() for name, p in scores.items()}
