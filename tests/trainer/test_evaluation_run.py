"""`lumichats-train eval` end to end: a tiny model in CI, and a slice on the real LumiChats 270M."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import torch

from trainer.common.chat_format import Message
from trainer.common.repetition import LoopGuard
from trainer.evaluation.dedup import TrainingIndex, deduplicate
from trainer.evaluation.generate import Decoding, Responder, load

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data"


def _eval(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "trainer", "eval", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=600,
    )


def test_eval_on_a_tiny_model_writes_scores_with_intervals_and_a_table(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "report.json"
    result = _eval(
        "--model", str(tiny_model_dir),
        "--languages", "en,fr", "--per-language", "3",
        "--max-new-tokens", "8", "--dtype", "fp32",
        "--heldout", str(DATA / "heldout_multilingual.jsonl"),
        "--train-data", str(REPO / "resources" / "sample_data" / "sample-conversations.jsonl"),
        "--output", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(out.read_text(encoding="utf-8"))
    (run,) = report["suite"].values()
    assert len(run["items"]) == 6
    overall = run["scores"]["overall"]
    assert overall["n"] == 6 and len(overall["ci95"]) == 2
    assert report["heldout"]["conversations"] == 7 and report["heldout"]["loss"] > 0
    assert "loop rate" in result.stdout and "held-out response-only loss" in result.stdout
    # Each item was also saved as it was scored, so a run stopped half-way keeps its replies.
    partial = out.with_suffix(".items.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in partial] == [r["id"] for r in run["items"]]


def test_eval_names_a_missing_suite_and_exits_2(tiny_model_dir: Path, tmp_path: Path) -> None:
    result = _eval("--model", str(tiny_model_dir), "--suite", str(tmp_path / "nope.jsonl"), "--skip-loss")
    assert result.returncode == 2
    assert "nope.jsonl" in result.stderr and "cannot read the suite" in result.stderr


def test_the_suite_hears_what_the_app_would_say(tiny_model_dir: Path) -> None:
    """Greedy replies through the eval's generate() equal the chat engine's, loop guard on and off."""
    from lumichats_desktop.engine.chat_engine import ChatEngine
    from lumichats_desktop.engine.loader import load_model
    from lumichats_desktop.engine.sampling import SamplingParams
    from trainer.common.catalog import ModelSource

    engine = ChatEngine(load_model(ModelSource("tiny", tiny_model_dir), quantization="fp32", device="cpu"))
    model, tokenizer = load(tiny_model_dir, None, torch.float32)
    conversation = [
        Message("user", "My name is Lina."),
        Message("assistant", "Nice to meet you!"),
        Message("user", "What is my name?"),
    ]
    for strength in (0.0, 0.8):
        params = SamplingParams(temperature=0, dry_multiplier=strength, max_new_tokens=24)
        prompt = engine.prepare(conversation, max_new_tokens=24)
        engine.reset_cache()
        app = "".join(p for p in engine.stream(prompt, params, threading.Event()) if isinstance(p, str))
        decoding = Decoding(temperature=0, guard=LoopGuard(multiplier=strength), max_new_tokens=24)
        (ours,) = Responder(model, tokenizer, decoding)([conversation])
        assert ours == app.strip(), strength


def test_held_out_rows_seen_in_training_are_dropped() -> None:
    trained = [
        [Message("user", "Explain how photosynthesis works in green plants, step by step."),
         Message("assistant", "Plants turn light, water and CO2 into sugar and oxygen.")],
        [Message("user", "Write a short story about a dragon who is afraid of the dark and a brave knight."),
         Message("assistant", "Once upon a time a small dragon lived in a cave and feared the night. " * 3)],
    ]  # fmt: skip
    held = [
        trained[0],  # exact
        [Message("user", "explain how PHOTOSYNTHESIS works in green plants -- step by step"),
         Message("assistant", "A different answer, but the same question.")],  # same first prompt
        [Message("user", "Tell me a short story about a dragon who is afraid of the dark and a knight."),
         Message("assistant", "Once upon a time a small dragon lived in a cave and feared the night. " * 3)],
        [Message("user", "What is the boiling point of water at sea level?"),
         Message("assistant", "100 degrees Celsius.")],  # new
    ]  # fmt: skip
    kept, report = deduplicate(held, TrainingIndex(trained))
    assert kept == [held[3]]
    assert report.dropped == {"exact duplicate": 1, "same first prompt": 1, "near duplicate": 1}


@pytest.mark.slow
def test_a_slice_of_the_suite_on_lumichats_270m(embedded_dir: Path, tmp_path: Path) -> None:
    """The real offline model answers the suite's first English facts (greedy, as the card reports)."""
    out = tmp_path / "report.json"
    result = _eval(
        "--model", "lumichats-270m", "--languages", "en", "--per-language", "2",
        "--max-new-tokens", "24", "--skip-loss", "--output", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(out.read_text(encoding="utf-8"))
    (run,) = report["suite"].values()
    assert [r["id"] for r in run["items"]] == ["en-fact-1", "en-fact-2"]
    assert run["scores"]["factual"]["passed"] == 2, [r["reply"] for r in run["items"]]
