"""The wire itself, with the standard library's HTTP client: SSE framing, error bodies, the safety
checks (origin, host, body cap), and a client that leaves mid-reply stopping the model."""

from __future__ import annotations

import http.client
import json
import time
from typing import Any

from lumichats_desktop.engine.chat_engine import ChatEngine
from lumichats_desktop.server.jobs import JobEnd
from tests.server.conftest import MODEL, Served, serving

HELLO = {"model": MODEL, "messages": [{"role": "user", "content": "Hello"}]}


def _post(
    port: int, body: Any, headers: dict[str, str] | None = None, path: str = "/v1/chat/completions"
) -> tuple[int, dict[str, str], bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    conn.request("POST", path, data, {"Content-Type": "application/json", **(headers or {})})
    response = conn.getresponse()
    result = response.status, dict(response.getheaders()), response.read()
    conn.close()
    return result


def _error(raw: bytes) -> dict[str, Any]:
    body = json.loads(raw)
    assert set(body["error"]) == {"message", "type", "param", "code"}
    error: dict[str, Any] = body["error"]
    return error


def test_stream_is_server_sent_events_ending_with_done(served: Served) -> None:
    status, headers, raw = _post(served.port, HELLO | {"stream": True, "max_tokens": 4, "temperature": 0})
    assert status == 200 and headers["Content-Type"].startswith("text/event-stream")
    events = [e for e in raw.decode().split("\n\n") if e]
    assert all(e.startswith("data: ") for e in events)
    assert events[-1] == "data: [DONE]"
    chunks = [json.loads(e[6:]) for e in events[:-1]]
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    assert {c["object"] for c in chunks} == {"chat.completion.chunk"}
    assert len({c["id"] for c in chunks}) == 1
    assert chunks[-1]["choices"][0]["finish_reason"] in ("stop", "length")


def test_bad_json_unknown_path_and_oversized_body_get_openai_errors(served: Served) -> None:
    status, _, raw = _post(served.port, b"{not json")
    assert status == 400 and "not valid JSON" in _error(raw)["message"]
    status, _, raw = _post(served.port, HELLO, path="/v1/completions")
    assert status == 404 and "/v1/chat/completions" in _error(raw)["message"]
    status, _, raw = _post(served.port, HELLO | {"pad": "x" * (5 * 1024 * 1024)})
    assert status == 413 and _error(raw)["code"] == "request_too_large"


def test_web_pages_are_refused_unless_cors_allows_them(tiny_engine: ChatEngine, served: Served) -> None:
    status, headers, raw = _post(served.port, HELLO, {"Origin": "https://evil.example"})
    assert status == 403 and "Access-Control-Allow-Origin" not in headers
    # A page whose domain was rebound to 127.0.0.1 still names its own host: refused without a key.
    status, _, raw = _post(served.port, HELLO, {"Host": "evil.example:80"})
    assert status == 403 and _error(raw)["code"] == "bad_host"
    assert served.backend.events == []  # nothing reached the model
    page = "http://localhost:3000"
    with serving(tiny_engine, cors_origins=(page,)) as open_to_page:
        conn = http.client.HTTPConnection("127.0.0.1", open_to_page.port, timeout=30)
        conn.request("OPTIONS", "/v1/chat/completions", headers={"Origin": page})
        preflight = conn.getresponse()
        preflight.read()
        assert preflight.status == 204
        assert preflight.getheader("Access-Control-Allow-Origin") == page
        assert "Authorization" in (preflight.getheader("Access-Control-Allow-Headers") or "")
        status, headers, _ = _post(open_to_page.port, HELLO | {"max_tokens": 1}, {"Origin": page})
        assert status == 200 and headers["Access-Control-Allow-Origin"] == page


def _leave_mid_reply(served: Served, body: dict[str, Any]) -> tuple[float, JobEnd]:
    conn = http.client.HTTPConnection("127.0.0.1", served.port, timeout=60)
    conn.request(
        "POST", "/v1/chat/completions", json.dumps(body).encode(), {"Content-Type": "application/json"}
    )
    assert served.backend.first_text.wait(60)
    left_at = time.monotonic()
    assert conn.sock is not None
    conn.sock.close()
    deadline = time.monotonic() + 60
    while not served.backend.ends() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert served.backend.ends(), "the model was still generating 60 s after the client left"
    end = served.backend.ends()[0]
    assert isinstance(end, JobEnd)
    return left_at, end


def test_a_client_that_leaves_cancels_its_reply_within_a_token(tiny_engine: ChatEngine) -> None:
    for stream in (False, True):
        # Each token takes at least 0.25 s, so "within one token" is measurable on a busy machine.
        with serving(tiny_engine, delay_s=0.25) as served:
            body = HELLO | {"stream": stream, "max_tokens": 400, "temperature": 1.0, "seed": 5}
            left_at, end = _leave_mid_reply(served, body)
            assert end.finish_reason == "cancelled", stream
            after = [t for t, e in served.backend.events if isinstance(e, str) and t > left_at]
            assert len(after) <= 1, f"{len(after)} tokens after the client left (stream={stream})"
            assert end.completion_tokens < 10
            deadline = time.monotonic() + 10
            while not served.records and time.monotonic() < deadline:
                time.sleep(0.05)
            assert served.records[-1].status == 499 and "cancelled" in served.records[-1].line
            assert served.server.requests_served == 0
            # The model is free at once for the next client.
            status, _, _ = _post(served.port, HELLO | {"max_tokens": 1})
            assert status == 200
