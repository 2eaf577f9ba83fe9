"""The behaviour suite's automatic checks judge replies the way a reader would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from trainer.evaluation import checks
from trainer.evaluation.language import identify
from trainer.evaluation.runner import score, summarise
from trainer.evaluation.stats import wilson
from trainer.evaluation.suite import SuiteError, load_suite

# The looping reply from the issue (greedy, LumiChats 270M).
LOOPING = "It is a soothing and calming sound that can be heard in the depths of the earth. " * 4


def test_numbers_are_matched_as_numbers_not_as_substrings() -> None:
    assert checks.mentions("A week has 7 days.", ["7"])
    assert not checks.mentions("There are 17 days.", ["7"])
    assert checks.has_number("17 × 23 = 391", 391)
    assert checks.has_number("La respuesta es 1.000", 1000) is False  # 1.000 reads as one, not a thousand
    assert checks.has_number("The answer is 1,000.", 1000)
    assert checks.has_number("الجواب ٣٩١", 391)  # Arabic-Indic digits
    assert checks.has_number("उत्तर ३९१ है", 391)  # Devanagari digits


def test_words_are_matched_per_script() -> None:
    assert checks.mentions("Le symbole chimique de l'or est Au.", ["Au"])
    assert not checks.mentions("L'eau bout à 100 degrés au niveau de la mer.", ["Au"])
    assert checks.mentions("Ты живёшь в Казани.", ["казан"])  # Russian inflects the city
    assert checks.mentions("你住在成都。", ["成都"])
    assert checks.mentions("आपका नाम प्रिया है।", ["प्रिया"])
    assert not checks.mentions("Il y a sept jours.", ["septembre"])


def test_forms_are_counted() -> None:
    assert checks.list_items("Here you go:\n1. Apple\n2. Pear\n3. Plum") == 3
    assert checks.list_items("- red\n- green\n- blue\n- black") == 4
    haiku = "Here is a haiku:\n\nMoon over water\nsilver light on sleeping waves\nthe night holds its breath"
    assert checks.poem_lines(haiku) == 3
    assert checks.has_json_keys('```json\n{"name": "Ana", "age": 30}\n```', ["name", "age"])
    assert not checks.has_json_keys('{"name": "Ana"}', ["name", "age"])
    assert not checks.has_json_keys("name: Ana, age: 30", ["name", "age"])


def test_the_looping_reply_from_the_issue_is_a_loop_and_a_normal_one_is_not() -> None:
    assert checks.loops(LOOPING)
    assert checks.loops("水在海平面上沸腾。" * 5)  # CJK: characters count as words
    normal = (
        "The sky looks blue because air scatters short blue wavelengths of sunlight more than red ones, "
        "so blue light reaches our eyes from every direction of the sky."
    )
    assert not checks.loops(normal)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The capital of Italy is Rome, a very old city.", "en"),
        ("La capitale de l'Italie est Rome, une très vieille ville.", "fr"),
        ("La capital de Italia es Roma, una ciudad muy antigua.", "es"),
        ("Die Hauptstadt von Italien ist Rom, eine sehr alte Stadt.", "de"),
        ("意大利的首都是罗马。", "zh"),
        ("عاصمة إيطاليا هي روما، وهي مدينة قديمة جدا.", "ar"),
        ("इटली की राजधानी रोम है, जो बहुत पुराना शहर है।", "hi"),
        ("Столица Италии — Рим, очень древний город.", "ru"),
    ],
)
def test_reply_language_is_identified(text: str, language: str) -> None:
    assert identify(text) == language


def test_too_short_to_tell_is_not_scored() -> None:
    assert identify("Rome.") is None
    assert identify("391") is None


def test_wilson_intervals_match_the_textbook() -> None:
    low, high = wilson(0, 10) or (0, 0)
    assert low == 0 and high == pytest.approx(0.2775, abs=1e-3)
    low, high = wilson(5, 10) or (0, 0)
    assert (low, high) == (pytest.approx(0.2366, abs=1e-3), pytest.approx(0.7634, abs=1e-3))
    assert wilson(0, 0) is None


def test_the_bundled_suite_has_150_items_in_8_languages_with_every_kind_of_check() -> None:
    items = load_suite()
    assert len(items) >= 150
    assert len({i.language for i in items}) >= 8
    assert {i.kind for i in items} >= {"fact", "arithmetic", "list3", "haiku", "json", "memory", "open"}
    for item in (i for i in items if i.kind == "memory"):
        fact, ack, question = item.messages
        assert (fact.role, ack.role, question.role) == ("user", "assistant", "user")
        # The fact is said in turn 1 only: the reply in turn 2 does not repeat it.
        assert checks.mentions(fact.content, item.expect["expect_any"]), item.id
        assert not checks.mentions(ack.content, item.expect["expect_any"]), item.id


def test_a_broken_suite_line_is_named(tmp_path: Path) -> None:
    path = tmp_path / "suite.jsonl"
    good = {"id": "a", "language": "en", "kind": "open", "messages": [{"role": "user", "content": "Hi"}]}
    bad = {**good, "id": "b", "messages": [{"role": "assistant", "content": "Hi"}]}
    path.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    with pytest.raises(SuiteError, match="line 2"):
        load_suite(path)


def test_scores_count_what_applies() -> None:
    items = {i.id: i for i in load_suite()}
    results = [
        score(items["fr-fact-2"], "La capitale de la France est Paris."),  # right, in French
        score(items["fr-fact-1"], "The capital of France is Paris, of course."),  # wrong item, English
        score(items["en-arithmetic-1"], "17 × 23 = 391"),
        score(items["en-open-1"], LOOPING),
    ]
    scores = summarise(results)
    assert (scores["factual"].passed, scores["factual"].n) == (1, 2)
    assert (scores["arithmetic"].passed, scores["arithmetic"].n) == (1, 1)
    assert (scores["language"].passed, scores["language"].n) == (1, 2)
    assert (scores["loop_rate"].passed, scores["loop_rate"].n) == (1, 4)
    assert (scores["overall"].passed, scores["overall"].n) == (2, 4)
