"""Build resources/eval/heldout.jsonl: held-out conversations deduplicated against LumiChats 270M's data.

    python benchmarks/build_heldout_set.py ShareGPT_V3_unfiltered_cleaned_split.json

The adapter trained on the file's first 90,000,000 bytes and the bundled sample. Candidates are rows
that start after byte 100,000,000, plus the hand-written multilingual conversations in tests/data.
Every candidate also seen in training (exact, same first prompt, or MinHash near duplicate; see
trainer/evaluation/dedup.py) is dropped. Of the rest: all non-English rows (up to 40) and a seeded
sample of English ones, 160 in all, each under 6,000 characters (the loss reads 1,024 tokens anyway).
"""

from __future__ import annotations

import json
import random
import re
import sys
import tempfile
from pathlib import Path

from trainer.data import load_conversations, normalise
from trainer.evaluation.dedup import TrainingIndex, conversation_text, deduplicate
from trainer.evaluation.language import identify

REPO = Path(__file__).resolve().parents[1]
TRAINED_BYTES = 90_000_000
HELD_FROM = 100_000_000
TARGET, NON_ENGLISH, MAX_CHARS = 160, 40, 6000


def main(sharegpt: Path) -> None:
    data = sharegpt.read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        head = Path(tmp) / "sharegpt_head.json"
        head.write_bytes(data[:TRAINED_BYTES])
        trained, _ = load_conversations(str(head))
    sample, _ = load_conversations(str(REPO / "resources" / "sample_data" / "sample-conversations.jsonl"))
    index = TrainingIndex(trained + sample)
    text = data[HELD_FROM:].decode("utf-8", errors="ignore")
    decoder = json.JSONDecoder()
    start = re.search(r'\{\s*"id"', text)
    pos = start.start() if start else -1
    candidates = []
    while pos >= 0:
        try:
            row, end = decoder.raw_decode(text, pos)
        except json.JSONDecodeError:
            break
        try:
            messages, _ = normalise(row)
            if len(conversation_text(messages)) <= MAX_CHARS:
                candidates.append(messages)
        except ValueError:
            pass
        following = re.compile(r'\{\s*"id"').search(text, end)
        pos = following.start() if following else -1
    kept, report = deduplicate(candidates, index)
    english = [c for c in kept if identify(conversation_text(c)) in ("en", None)]
    other = [c for c in kept if c not in english][:NON_ENGLISH]
    random.Random(3407).shuffle(english)
    chosen = other + english[: TARGET - len(other)]
    hand, _ = load_conversations(str(REPO / "tests" / "data" / "heldout_multilingual.jsonl"))
    out = REPO / "resources" / "eval" / "heldout.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for messages in chosen + hand:
            row = {"messages": [{"role": m.role, "content": m.content} for m in messages]}
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(
        json.dumps(
            {
                "training_conversations": index.size,
                "candidates": len(candidates),
                "dedup": report.as_dict(),
                "non_english": len(other),
                "written": len(chosen) + len(hand),
            },
            indent=2,
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
