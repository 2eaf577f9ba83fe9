"""The model `lumichats serve` loads by default (the embedded 270M and its bundled adapter), read
through the official `openai` client."""

from __future__ import annotations

from pathlib import Path

import pytest
from openai import OpenAI

from lumichats_desktop.engine.chat_engine import ChatEngine
from lumichats_desktop.engine.models import open_model
from lumichats_desktop.paths import app_dirs
from tests.server.conftest import MODEL, serving


@pytest.mark.slow
def test_openai_client_streams_a_real_answer(embedded_dir: Path) -> None:
    engine = ChatEngine(open_model("lumichats-270m", app_dirs(), device="cpu"))
    with serving(engine) as served:
        client = OpenAI(base_url=served.url, api_key="none", max_retries=0, timeout=300)
        stream = client.chat.completions.create(
            model=MODEL,
            messages=[{"role": "user", "content": "What is the capital of France?"}],
            max_tokens=16,
            temperature=0,
            stream=True,
        )
        chunks = [c.choices[0].delta.content or "" for c in stream if c.choices]
    text = "".join(chunks)
    assert "Paris" in text, text
    assert len([c for c in chunks if c]) > 2  # streamed in pieces, not one block at the end
