"""A document longer than the context: never cut silently; the part the user picks fits exactly."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from lumichats_desktop.attachments.budget import (
    check_document,
    estimate_tokens,
    estimated_ends,
    room_for_documents,
    tokenizer_ends,
)
from lumichats_desktop.attachments.reading import attachment_from_bytes
from lumichats_desktop.chat.replies import plan_send
from lumichats_desktop.engine.chat_engine import ChatEngine
from lumichats_desktop.engine.errors import ContextOverflowError
from lumichats_desktop.engine.loader import load_model
from lumichats_desktop.storage.store import ConversationStore
from trainer.common.catalog import ModelSource
from trainer.common.chat_format import Message

BOOK = "".join(
    f"Chapter {i}: the river bends north past the mill, and the ferry waits.\n" for i in range(3000)
)


def _count(tokenizer, text: str) -> int:  # type: ignore[no-untyped-def]
    return len(tokenizer(text, add_special_tokens=False).input_ids)


def test_the_longest_fitting_beginning_ends_at_a_line(gemma_tokenizer) -> None:  # type: ignore[no-untyped-def]
    fit = check_document("book.txt", BOOK, 500, tokenizer_ends(gemma_tokenizer))
    kept = fit.fitting_chars
    assert not fit.fits and fit.tokens == _count(gemma_tokenizer, BOOK) and fit.chars == len(BOOK)
    assert _count(gemma_tokenizer, BOOK[:kept]) <= 500
    assert BOOK[kept] == "\n" and _count(gemma_tokenizer, BOOK[: BOOK.index("\n", kept + 1)]) > 500
    assert check_document("short.txt", "two words", 500, tokenizer_ends(gemma_tokenizer)).fits


def _samples(multilingual_texts: list[str]) -> dict[str, str]:
    repo = Path(__file__).resolve().parents[2]
    texts = {
        "book": BOOK[:5000],
        "csv": "\n".join(f"{i},{i * 3.14159:.4f},item{i}" for i in range(500)),
        "json": json.dumps({"texts": multilingual_texts}, ensure_ascii=False),
        "python": (repo / "lumichats_desktop" / "storage" / "store.py").read_text(encoding="utf-8"),
        "markdown": (repo / "docs" / "architecture.md").read_text(encoding="utf-8"),
    }
    texts.update({f"multilingual {i}": t for i, t in enumerate(multilingual_texts)})
    return texts


def test_the_estimate_errs_on_the_long_side(gemma_tokenizer, multilingual_texts) -> None:  # type: ignore[no-untyped-def]
    """Before a model has loaded the window estimates; it must over-count, so what it offers fits."""
    for name, text in _samples(multilingual_texts).items():
        assert estimate_tokens(text) >= _count(gemma_tokenizer, text), name
    fit = check_document("book.txt", BOOK, 500, estimated_ends)
    assert _count(gemma_tokenizer, BOOK[: fit.fitting_chars]) <= 500


def test_room_counts_the_reply_the_message_and_each_blocks_frame() -> None:
    assert room_for_documents(8192, 1024, 100, 2) == 8192 - 1024 - 100 - 2 * 64
    assert room_for_documents(512, 1024, 0) == 0


@pytest.fixture(scope="module")
def engine(tiny_model_dir: Path) -> ChatEngine:
    return ChatEngine(load_model(ModelSource("tiny", tiny_model_dir), quantization="fp32", device="cpu"))


def test_a_too_long_document_is_refused_then_the_chosen_part_fits(engine: ChatEngine, tmp_path: Path) -> None:
    store = ConversationStore(tmp_path / "c.sqlite3")
    book = attachment_from_bytes("book.txt", BOOK.encode())
    plan = plan_send(store, None, "What happens at the mill?", 32, [book])
    messages = [Message(r, t) for r, t in plan.history]
    with pytest.raises(ContextOverflowError, match="attach less text"):
        engine.prepare(messages, max_new_tokens=32, context_limit=1024)
    room = room_for_documents(1024, 32, len(engine.encode("What happens at the mill?")))
    kept = check_document("book.txt", book.text, room, tokenizer_ends(engine.loaded.tokenizer)).fitting_chars
    plan = plan_send(store, None, "What happens at the mill?", 32, [replace(book, kept_chars=kept)])
    prompt = engine.prepare([Message(r, t) for r, t in plan.history], max_new_tokens=32, context_limit=1024)
    assert len(prompt.token_ids) <= 1024 - 32
    text = prompt.messages[-1].content
    assert f"only the first {kept:,} of {len(BOOK):,} characters are included" in text  # the model is told
