"""The LumiChats 270M v2 training mix (benchmarks/build_training_mix.py): what it keeps and drops."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from benchmarks.build_training_mix import main
from trainer.common.conversations import read_conversations
from trainer.evaluation.suite import load_suite

REPO = Path(__file__).resolve().parents[2]


def _row(*turns: str) -> dict[str, object]:
    roles = ["human", "gpt"]
    return {"conversations": [{"from": roles[i % 2], "value": t} for i, t in enumerate(turns)]}


def test_the_mix_drops_what_the_evaluation_scores_and_rows_answered_in_another_language(
    tmp_path: Path,
) -> None:
    heldout, _ = read_conversations(REPO / "resources" / "eval" / "heldout.jsonl")
    suite_prompt = load_suite()[0].messages[0].content
    english = _row(
        "How do I keep basil alive on a windowsill?",
        "Give it at least six hours of light, water it when the top of the soil is dry, and pinch off "
        "the flowers so that it keeps growing leaves.",
    )
    spanish = _row(
        "¿Cómo puedo aprender a tocar la guitarra en casa?",
        "Empieza con unos pocos acordes básicos, practica un poco cada día y toca canciones sencillas "
        "que te gusten; así avanzarás sin aburrirte.",
    )
    french_answered_in_english = _row(
        "Peux-tu m'expliquer comment fonctionne une pompe à chaleur dans une maison ?",
        "A heat pump moves heat from the outside air into the house using a refrigerant that is "
        "compressed and expanded in a loop.",
    )
    rows = [
        english,
        english,  # an exact copy
        spanish,
        french_answered_in_english,
        _row(suite_prompt, "An answer to a prompt the behaviour suite asks."),
        _row(*(m.content for m in heldout[0])),  # a conversation of the held-out set
    ]
    source = tmp_path / "sharegpt.json"
    source.write_text(json.dumps(rows), encoding="utf-8")
    out = tmp_path / "mix.jsonl.gz"

    report = main(source, out)

    with gzip.open(out, "rt", encoding="utf-8") as handle:
        mix = [json.loads(line) for line in handle]
    users = [t["value"] for row in mix for t in row["conversations"] if t["from"] == "human"]
    assert suite_prompt not in users  # nothing the suite asks, the hand-written seed set included
    assert heldout[0][0].content not in users
    assert french_answered_in_english["conversations"][0]["value"] not in users  # type: ignore[index]
    drops = report["drops"]
    assert isinstance(drops, dict)
    assert drops["reply in another language than the questions"] == 1
    assert drops["within ShareGPT: exact duplicate"] == 1
    assert drops["asks a behaviour-suite prompt"] == 1
    assert any(reason.startswith("held-out set:") for reason in drops)
    # A Spanish ShareGPT row is rare: it goes in several times; every suite language is in the mix.
    assert users.count(spanish["conversations"][0]["value"]) > 1  # type: ignore[index]
    languages = {row["language"] for row in mix}
    assert {"es", "fr", "de", "it", "pt", "ru", "zh", "ar", "hi"} <= languages
    assert report["mix_non_english_share"] >= 0.4  # type: ignore[operator]
