"""Put `lumichats-train eval` reports side by side as a Markdown table (for docs/evaluation.md).

    python benchmarks/suite_table.py "LumiChats 270M=a.json,b.json" "base=c.json"

Each column is one decoding run; several files (reports, or the <output>.items.jsonl a run leaves as it
goes) for one column are merged item by item (a run split by language over several processes), a later
file's item replacing an earlier one with the same id.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from trainer.evaluation.report import LABELS
from trainer.evaluation.runner import ItemResult, by_language, summarise
from trainer.evaluation.stats import Proportion


def merged(files: list[str]) -> list[ItemResult]:
    items: dict[str, ItemResult] = {}
    for name in files:
        text = Path(name).read_text(encoding="utf-8")
        if name.endswith(".jsonl"):  # <output>.items.jsonl: the items of a run stopped half-way
            rows = [json.loads(line) for line in text.splitlines() if line.strip()]
        else:
            rows = [item for run in json.loads(text)["suite"].values() for item in run["items"]]
        for row in rows:
            row.pop("run", None)
            items[row["id"]] = ItemResult(**row)
    return list(items.values())


def cell(p: Proportion) -> str:
    if not p.n or p.share is None or p.interval is None:
        return "n/a"
    low, high = p.interval
    return f"{p.share:.0%} [{low:.0%}–{high:.0%}] ({p.passed}/{p.n})"


def main(columns: list[str]) -> None:
    runs = {}
    for column in columns:
        label, files = column.split("=", 1)
        runs[label] = merged(files.split(","))
    print("| score | " + " | ".join(runs) + " |")
    print("|---|" + "---|" * len(runs))
    scores = {label: summarise(results) for label, results in runs.items()}
    for key, text in LABELS.items():
        print(f"| {text} | " + " | ".join(cell(scores[label][key]) for label in runs) + " |")
    print()
    for label, results in runs.items():
        per = by_language(results)
        parts = [f"{lang} {v['language']['passed']}/{v['language']['n']}" for lang, v in per.items()]
        print(f"- {label}: reply language by prompt language: " + ", ".join(parts))


if __name__ == "__main__":
    main(sys.argv[1:])
