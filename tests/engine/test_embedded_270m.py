"""The real Gemma 3 270M, converted from the bundled GGUF, loads in 4-bit on the CPU and streams."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from lumichats_desktop.engine.chat_engine import ChatEngine
from lumichats_desktop.engine.generation import ReplyStats, StopReason
from lumichats_desktop.engine.loader import load_model
from lumichats_desktop.engine.sampling import SamplingParams
from trainer.common.catalog import ModelSource
from trainer.common.chat_format import Message

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nf4_engine(embedded_dir: Path) -> ChatEngine:
    loaded = load_model(ModelSource("Gemma 3 270M", embedded_dir), quantization="nf4", device="cpu")
    assert loaded.quantization == "nf4"
    return ChatEngine(loaded)


def test_sixteen_tokens_stream_as_readable_text(nf4_engine: ChatEngine) -> None:
    prompt = nf4_engine.prepare([Message("user", "The capital of France is")], max_new_tokens=16)
    items = list(
        nf4_engine.stream(prompt, SamplingParams(temperature=0, max_new_tokens=16), threading.Event())
    )
    stats = items[-1]
    assert isinstance(stats, ReplyStats) and stats.error is None
    text = "".join(i for i in items if isinstance(i, str))
    assert stats.new_tokens == 16 or stats.stop_reason is StopReason.EOS
    assert text.strip() and "\ufffd" not in text
    assert len(items) > 2  # streamed in pieces, not one block at the end


def test_cancel_mid_reply_keeps_the_partial_text(nf4_engine: ChatEngine) -> None:
    cancel = threading.Event()
    prompt = nf4_engine.prepare([Message("user", "Write a long story about a cat.")], max_new_tokens=64)
    chunks: list[str] = []
    stats = None
    for item in nf4_engine.stream(prompt, SamplingParams(temperature=0.8, seed=3, max_new_tokens=64), cancel):
        if isinstance(item, str):
            chunks.append(item)
            if len(chunks) == 4:
                cancel.set()
        else:
            stats = item
    assert stats is not None and stats.stop_reason is StopReason.CANCELLED
    assert 4 <= stats.new_tokens < 10 and "".join(chunks).strip()
