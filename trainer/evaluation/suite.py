"""The behaviour suite: prompts written for the project, each with what its reply must show.

One JSON object a line (resources/eval/behaviour_suite.jsonl): id, language (ISO 639-1), kind,
messages (role/content, ending with the user's turn) and the checks that apply:

- expect_any: the reply names one of these (facts, memory probes; checks.mentions)
- expect_number: the reply contains this number (arithmetic)
- expect_items: the reply is a list of exactly this many items
- expect_lines: the poem has exactly this many lines (a haiku: 3)
- expect_json_keys: the reply holds a JSON object with these keys

Every reply is also checked for loops, and a non-English prompt's prose reply for its language.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trainer.common.chat_format import ChatFormatError, Message, validate
from trainer.common.resources import resource_dir

# Replies whose language is not checked: a number or a JSON object is in no language.
NO_LANGUAGE_CHECK = frozenset({"arithmetic", "json"})
CHECK_KEYS = ("expect_any", "expect_number", "expect_items", "expect_lines", "expect_json_keys")


class SuiteError(ValueError):
    """The suite file cannot be used; the message names the line and the problem."""


@dataclass(frozen=True)
class SuiteItem:
    """One prompt and the checks on its reply."""

    id: str
    language: str
    kind: str
    messages: list[Message]
    expect: dict[str, Any] = field(default_factory=dict)

    @property
    def checks_language(self) -> bool:
        """Whether the reply's language is scored (non-English prose replies)."""
        return self.language != "en" and self.kind not in NO_LANGUAGE_CHECK


def default_suite_path() -> Path:
    """The suite that ships with the app."""
    return resource_dir() / "eval" / "behaviour_suite.jsonl"


def load_suite(path: Path | None = None) -> list[SuiteItem]:
    """All items of a suite file, or SuiteError naming the first bad line."""
    path = path or default_suite_path()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise SuiteError(f"{path}: cannot read the suite ({exc}).") from exc
    items: list[SuiteItem] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            messages = [Message(m["role"], m["content"]) for m in row["messages"]]
            validate(messages, ends_with="user")
            item = SuiteItem(
                id=str(row["id"]),
                language=str(row["language"]),
                kind=str(row["kind"]),
                messages=messages,
                expect={k: row[k] for k in CHECK_KEYS if k in row},
            )
        except (ValueError, KeyError, TypeError, ChatFormatError) as exc:
            raise SuiteError(f"{path}, line {number}: {exc}") from exc
        if item.id in seen:
            raise SuiteError(f"{path}, line {number}: the id {item.id!r} is used twice.")
        seen.add(item.id)
        items.append(item)
    if not items:
        raise SuiteError(f"{path}: the suite has no items.")
    return items


def pick(items: list[SuiteItem], languages: list[str] | None, per_language: int) -> list[SuiteItem]:
    """A slice: only these languages, and at most per_language items of each (0: all), in file order."""
    kept: list[SuiteItem] = []
    counts: dict[str, int] = {}
    for item in items:
        if languages and item.language not in languages:
            continue
        if per_language and counts.get(item.language, 0) >= per_language:
            continue
        counts[item.language] = counts.get(item.language, 0) + 1
        kept.append(item)
    return kept
