"""The hand-written multilingual seed set as conversations (~95 per language, 10 languages).

    from benchmarks.multilingual_seed import seed_conversations

Built from the tables in multilingual_seed_data.py and multilingual_seed_prose.py: capitals, sums,
memory of a fact across turns (with and without a question in between), numbered lists of three,
JSON objects, short prose answers and three-line poems. Every reply is in the question's language,
which is the habit LumiChats 270M v1 lacked. Deterministic (seeded), so the mix can be rebuilt.
"""

from __future__ import annotations

import json
import random

from benchmarks.multilingual_seed_data import CAPITALS, COLOURS, JSONS, LISTS, NAMES, TEMPLATES
from benchmarks.multilingual_seed_prose import POEMS, PROSE
from trainer.common.chat_format import Message

SUMS_PER_LANGUAGE = 40
DOG_COUNTS = {"ru": (2, 3, 4), "ar": (4, 5, 6, 7)}  # the noun's plural form fits these counts


def _pairs(*texts: str) -> list[Message]:
    return [Message("user" if i % 2 == 0 else "assistant", t) for i, t in enumerate(texts)]


def _sums(language: str, rng: random.Random) -> list[list[Message]]:
    t = TEMPLATES[language]
    out = []
    for n in range(SUMS_PER_LANGUAGE):
        op = rng.choice(["+", "-", "×"])
        if op == "×":
            a, b = rng.randint(2, 19), rng.randint(2, 12)
            r = a * b
        else:
            a, b = rng.randint(10, 400), rng.randint(2, 200)
            a, b = (a, b) if op == "+" or a >= b else (b, a)
            r = a + b if op == "+" else a - b
        question = str(t["sum_q"][n % 2]).format(a=a, op=op, b=b)
        out.append(_pairs(question, str(t["sum_a"]).format(a=a, op=op, b=b, r=r)))
    return out


def _memories(language: str, rng: random.Random) -> list[list[Message]]:
    t = TEMPLATES[language]
    capitals = CAPITALS[language]
    facts = [("name", v) for v in NAMES[language]]
    facts += [("dogs", str(v)) for v in DOG_COUNTS.get(language, (2, 4, 5, 7))]
    facts += [("color", v) for v in COLOURS[language]]
    out = []
    for number, (kind, value) in enumerate(facts):
        said, ack, ask, answer = (s.format(v=value) for s in t[kind])
        out.append(_pairs(said, ack, ask, answer))
        if number % 2 == 0:  # a question in between: the fact is two turns back
            country, city = rng.choice(capitals)
            between = str(t["capital_q"][0]).format(c=country)
            reply = str(t["capital_a"]).format(c=country, x=city)
            out.append(_pairs(said, ack, between, reply, ask, answer))
    return out


def seed_conversations() -> dict[str, list[list[Message]]]:
    """The seed set by language."""
    rng = random.Random(20261129)
    out: dict[str, list[list[Message]]] = {}
    for language, t in TEMPLATES.items():
        rows: list[list[Message]] = []
        for country, city in CAPITALS[language]:
            for question in t["capital_q"]:
                rows.append(_pairs(question.format(c=country), str(t["capital_a"]).format(c=country, x=city)))
        rows += _sums(language, rng)
        rows += _memories(language, rng)
        for topic, items in LISTS[language]:
            listing = "\n".join(f"{n}. {item}" for n, item in enumerate(items, 1))
            rows.append(_pairs(str(t["list_q"]).format(t=topic), listing))
        for desc, k1, k2, v1, v2 in JSONS[language]:
            obj = json.dumps({k1: v1, k2: v2}, ensure_ascii=False)
            rows.append(_pairs(str(t["json_q"]).format(k1=k1, k2=k2, desc=desc), obj))
        rows += [_pairs(q, a) for q, a in PROSE[language] + POEMS[language]]
        out[language] = rows
    return out
