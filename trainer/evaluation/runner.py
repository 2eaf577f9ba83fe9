"""Run the suite through a responder, score every reply, and sum the scores up with their intervals."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from trainer.common.chat_format import Message
from trainer.evaluation import checks
from trainer.evaluation.language import identify
from trainer.evaluation.stats import Proportion
from trainer.evaluation.suite import SuiteItem

Respond = Callable[[Sequence[Sequence[Message]]], list[str]]  # a batch of conversations -> replies
Progress = Callable[[int, int, "ItemResult"], None]

# The scores, each the share of items of some kinds whose check passed (see summarise).
SCORES = ("overall", "factual", "arithmetic", "format", "memory", "language", "loop_rate")
ANSWER_KINDS = {"factual": "fact", "arithmetic": "arithmetic", "memory": "memory"}
FORM_KINDS = frozenset({"list3", "haiku", "json"})


@dataclass
class ItemResult:
    """One reply and its checks (None: the check does not apply)."""

    id: str
    language: str
    kind: str
    reply: str
    checks: dict[str, bool | None] = field(default_factory=dict)
    reply_language: str | None = None
    seconds: float = 0.0

    @property
    def passed(self) -> bool:
        """Every check that applies passed."""
        return all(v for v in self.checks.values() if v is not None)


def score(item: SuiteItem, reply: str) -> ItemResult:
    """Check one reply against what its item expects."""
    result = ItemResult(item.id, item.language, item.kind, reply)
    expect = item.expect
    if "expect_any" in expect:
        result.checks["answer"] = checks.mentions(reply, expect["expect_any"])
    if "expect_number" in expect:
        result.checks["answer"] = checks.has_number(reply, expect["expect_number"])
    if "expect_items" in expect:
        result.checks["form"] = checks.list_items(reply) == expect["expect_items"]
    if "expect_lines" in expect:
        result.checks["form"] = checks.poem_lines(reply) == expect["expect_lines"]
    if "expect_json_keys" in expect:
        result.checks["form"] = checks.has_json_keys(reply, expect["expect_json_keys"])
    if item.checks_language:
        result.reply_language = identify(reply)
        result.checks["language"] = (
            None if result.reply_language is None else result.reply_language == item.language
        )
    result.checks["no_loop"] = not checks.loops(reply)
    return result


def run_suite(
    items: Sequence[SuiteItem], respond: Respond, progress: Progress | None = None, batch_size: int = 1
) -> list[ItemResult]:
    """Generate and score a reply for each item, in order, batch_size conversations at a time."""
    results: list[ItemResult] = []
    for start in range(0, len(items), batch_size):
        batch = items[start : start + batch_size]
        started = time.perf_counter()
        replies = respond([item.messages for item in batch])
        seconds = (time.perf_counter() - started) / len(batch)
        for item, reply in zip(batch, replies, strict=True):
            result = score(item, reply)
            result.seconds = seconds
            results.append(result)
            if progress is not None:
                progress(len(results), len(items), result)
    return results


def _share(results: Sequence[ItemResult], check: str, kinds: Callable[[str], bool]) -> Proportion:
    values = [r.checks.get(check) for r in results if kinds(r.kind)]
    applied = [v for v in values if v is not None]
    return Proportion(sum(applied), len(applied))


def summarise(results: Sequence[ItemResult]) -> dict[str, Proportion]:
    """Each score as passed/n: overall = items with every check passed; loop_rate = replies that loop."""
    scores: dict[str, Proportion] = {
        "overall": Proportion(sum(r.passed for r in results), len(results)),
    }
    for name, kind in ANSWER_KINDS.items():
        scores[name] = _share(results, "answer", lambda k, kind=kind: k == kind)  # type: ignore[misc]
    scores["format"] = _share(results, "form", lambda k: k in FORM_KINDS)
    scores["language"] = _share(results, "language", lambda k: True)
    looping = sum(1 for r in results if r.checks.get("no_loop") is False)
    scores["loop_rate"] = Proportion(looping, len(results))
    return {name: scores[name] for name in SCORES}


def by_language(results: Sequence[ItemResult]) -> dict[str, dict[str, Any]]:
    """Overall and language scores for each prompt language (where the weak spots are)."""
    out: dict[str, dict[str, Any]] = {}
    for language in dict.fromkeys(r.language for r in results):
        mine = [r for r in results if r.language == language]
        out[language] = {
            "overall": Proportion(sum(r.passed for r in mine), len(mine)).as_dict(),
            "language": _share(mine, "language", lambda k: True).as_dict(),
        }
    return out
