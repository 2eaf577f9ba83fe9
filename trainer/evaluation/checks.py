"""Automatic checks on one reply: the answer, the form asked for, and whether the reply loops.

Each check returns True/False; None means "does not apply" (and is left out of the score).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

# Arabic-Indic, Persian and Devanagari digits count as the digits they are.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९", "0123456789" * 3)
_NUMBER = re.compile(r"(?<![\d.])-?\d+(?:[.,]\d+)?(?![\d])")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•·]|\d+[.)、:]|[a-c][.)])\s*\S")
_CJK = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_CJK_CHAR = re.compile(rf"[{_CJK}]")
_BREAK = re.compile(r"[\s.,;:!?¿¡\"'()\[\]{}«»،؟।॥。，、！？：；（）…*#`|/\\-]+")

LOOP_NGRAM = 6  # a run of six words (or CJK characters) ...
LOOP_REPEATS = 3  # ... seen three times in one reply is a loop


def normalise(text: str) -> str:
    """NFC, digits in ASCII, thousands separators dropped ("1,000" and "1 000" read as 1000)."""
    text = unicodedata.normalize("NFC", text).translate(_DIGITS)
    return re.sub(r"(?<=\d)[,\u202f\u00a0 ](?=\d{3}\b)", "", text)


def numbers(text: str) -> list[float]:
    """Every number written in the text."""
    return [float(n.replace(",", ".")) for n in _NUMBER.findall(normalise(text))]


def _latin_or_cyrillic(word: str) -> bool:
    return all(
        ch.isascii() or "LATIN" in unicodedata.name(ch, "") or "CYRILLIC" in unicodedata.name(ch, "")
        for ch in word
    )


def mentions(reply: str, answers: Sequence[str]) -> bool:
    """True when the reply names any of the answers.

    Numbers are compared as numbers (so "17" is not "7"); Latin words as whole words, case-insensitive
    unless the answer has a capital ("Au", not the French word "au"); Cyrillic words as word starts
    (Russian inflects: Казань, Казани); other scripts as substrings (no spaces in Chinese, Hindi's
    vowel signs are not word characters).
    """
    text = normalise(reply)
    found = numbers(text)
    for answer in answers:
        if re.fullmatch(r"-?\d+(?:\.\d+)?", answer):
            if float(answer) in found:
                return True
            continue
        haystack, needle = (text, answer) if answer != answer.lower() else (text.lower(), answer.lower())
        if _latin_or_cyrillic(needle):
            latin = all(ch.isascii() or "LATIN" in unicodedata.name(ch, "") for ch in needle)
            tail = r"(?!\w)" if latin else ""
            if re.search(rf"(?<!\w){re.escape(needle)}{tail}", haystack):
                return True
        elif needle in haystack:
            return True
    return False


def has_number(reply: str, expected: float) -> bool:
    """True when the expected number appears in the reply."""
    return float(expected) in numbers(reply)


def list_items(reply: str) -> int:
    """How many list items (bulleted or numbered lines) the reply has."""
    return sum(1 for line in reply.splitlines() if _LIST_ITEM.match(line))


def poem_lines(reply: str) -> int:
    """Lines of the poem: non-empty lines that are not a title, an introduction or a code fence."""
    count = 0
    for line in reply.splitlines():
        stripped = line.strip().strip("*_").strip()
        if not stripped or stripped.startswith(("#", "```")) or stripped.endswith((":", "：")):
            continue
        count += 1
    return count


def json_object(reply: str) -> dict[str, object] | None:
    """The first JSON object in the reply (bare or in a code fence), or None."""
    decoder = json.JSONDecoder()
    for start in (m.start() for m in re.finditer(r"\{", reply)):
        try:
            value, _ = decoder.raw_decode(reply, start)
        except ValueError:
            continue
        if isinstance(value, dict):
            return value
    return None


def has_json_keys(reply: str, keys: Sequence[str]) -> bool:
    """True when the reply holds a JSON object with all the keys."""
    value = json_object(reply)
    return value is not None and all(key in value for key in keys)


def units(text: str) -> list[str]:
    """Words, with each CJK character a word of its own (those scripts write no spaces)."""
    spaced = _CJK_CHAR.sub(lambda m: f" {m.group()} ", text.lower())
    return [w for w in _BREAK.split(spaced) if w]


def loops(reply: str, n: int = LOOP_NGRAM, repeats: int = LOOP_REPEATS) -> bool:
    """True when some run of n words (CJK: characters) appears `repeats` times or more."""
    words = units(reply)
    if len(words) < n * repeats:
        return False
    grams = Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))
    return max(grams.values()) >= repeats
