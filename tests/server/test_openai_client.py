"""The official `openai` package, sync and streaming, against a real server on the tiny model."""

from __future__ import annotations

import http.client
import threading

import openai
import pytest
from openai import OpenAI

from lumichats_desktop.engine.chat_engine import ChatEngine
from tests.server.conftest import MODEL, Served, serving

HELLO = [{"role": "user", "content": "Hello"}]


def _client(url: str, key: str = "none") -> OpenAI:
    return OpenAI(base_url=url, api_key=key, max_retries=0, timeout=120)


def test_models_and_a_whole_reply_with_usage(served: Served) -> None:
    client = _client(served.url)
    assert [m.id for m in client.models.list()] == [MODEL]
    reply = client.chat.completions.create(model=MODEL, messages=HELLO, max_tokens=6, temperature=0)
    choice = reply.choices[0]
    assert choice.message.role == "assistant" and isinstance(choice.message.content, str)
    assert choice.finish_reason in ("stop", "length")
    assert reply.usage is not None and reply.usage.prompt_tokens == 10  # <bos> + the Gemma-3 turn
    if choice.finish_reason == "length":
        assert reply.usage.completion_tokens == 6
    assert reply.usage.total_tokens == reply.usage.prompt_tokens + reply.usage.completion_tokens
    assert served.server.requests_served == 1
    assert "POST /v1/chat/completions 200 whole, 10+" in served.records[-1].line


def test_streamed_reply_equals_the_whole_reply(served: Served) -> None:
    client = _client(served.url)
    whole = client.chat.completions.create(model=MODEL, messages=HELLO, max_tokens=6, temperature=0)
    chunks = list(
        client.chat.completions.create(
            model=MODEL,
            messages=HELLO,
            max_tokens=6,
            temperature=0,
            stream=True,
            stream_options={"include_usage": True},
        )
    )
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == whole.choices[0].message.content
    finish = [c.choices[0].finish_reason for c in chunks if c.choices and c.choices[0].finish_reason]
    assert finish == [whole.choices[0].finish_reason]
    assert (
        chunks[-1].usage is not None and chunks[-1].usage.completion_tokens == whole.usage.completion_tokens
    )  # type: ignore[union-attr]


def test_same_seed_same_reply(served: Served) -> None:
    client = _client(served.url)
    replies = [
        client.chat.completions.create(model=MODEL, messages=HELLO, max_tokens=8, temperature=1.0, seed=7)
        .choices[0]
        .message.content
        for _ in range(2)
    ]
    assert replies[0] == replies[1]


def test_stop_sequence_ends_the_reply_before_it(served: Served) -> None:
    client = _client(served.url)
    messages = [{"role": "user", "content": "Count"}]
    free = client.chat.completions.create(model=MODEL, messages=messages, max_tokens=8, temperature=1, seed=3)
    text = free.choices[0].message.content or ""
    assert len(text) >= 4, text
    stop = text[2:4]
    cut = client.chat.completions.create(
        model=MODEL, messages=messages, max_tokens=8, temperature=1, seed=3, stop=[stop]
    )
    assert cut.choices[0].finish_reason == "stop"
    assert cut.choices[0].message.content == text[: text.index(stop)]


def test_errors_arrive_as_openai_exceptions(served: Served) -> None:
    client = _client(served.url)
    with pytest.raises(openai.NotFoundError) as not_found:
        client.chat.completions.create(model="gpt-4o", messages=HELLO)
    assert "tiny" in not_found.value.message and not_found.value.code == "model_not_found"
    with pytest.raises(openai.BadRequestError) as bad:
        client.chat.completions.create(model=MODEL, messages=HELLO, n=2)
    assert bad.value.param == "n"
    with pytest.raises(openai.BadRequestError, match="alternate"):
        client.chat.completions.create(model=MODEL, messages=HELLO + HELLO, max_tokens=2)
    with pytest.raises(openai.BadRequestError) as too_long:
        client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "word " * 5000}])
    assert too_long.value.code == "context_length_exceeded"
    with pytest.raises(openai.APIStatusError) as too_large:
        client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "x" * 5_000_000}])
    assert too_large.value.status_code == 413


def test_a_key_is_required_when_set_and_never_logged(tiny_engine: ChatEngine) -> None:
    key = "s3cret-key-4242"
    with serving(tiny_engine, api_key=key) as served:
        with pytest.raises(openai.AuthenticationError):
            _client(served.url, "wrong").models.list()
        conn = http.client.HTTPConnection("127.0.0.1", served.port, timeout=30)
        conn.request("GET", "/v1/models")  # no Authorization header at all
        missing = conn.getresponse()
        assert missing.status == 401 and b"Bearer" in missing.read()
        conn.close()
        reply = _client(served.url, key).chat.completions.create(model=MODEL, messages=HELLO, max_tokens=2)
        assert reply.choices[0].message is not None
        assert [r.status for r in served.records] == [401, 401, 200]
        assert not any(key in r.line for r in served.records)


def test_too_many_waiting_requests_get_503(tiny_engine: ChatEngine) -> None:
    with serving(tiny_engine, delay_s=0.3, max_waiting=1) as served:
        client = _client(served.url)
        first = threading.Thread(
            target=lambda: client.chat.completions.create(model=MODEL, messages=HELLO, max_tokens=5)
        )
        first.start()
        assert served.backend.first_text.wait(60)
        with pytest.raises(openai.InternalServerError) as busy:
            client.chat.completions.create(model=MODEL, messages=HELLO, max_tokens=2)
        first.join()
        assert busy.value.status_code == 503 and busy.value.code == "server_busy"
        # Once the first reply is done the server takes requests again.
        assert client.chat.completions.create(model=MODEL, messages=HELLO, max_tokens=1).choices
