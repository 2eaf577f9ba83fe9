"""Which OpenAI request fields we honour or refuse, and how stop sequences cut streamed text."""

from __future__ import annotations

from typing import Any

import pytest

from lumichats_desktop.server.config import ServerConfig, is_loopback
from lumichats_desktop.server.protocol import ApiError, StopMatcher, parse_chat_request


def _parse(**body: Any) -> Any:
    base: dict[str, Any] = {"model": "m", "messages": [{"role": "user", "content": "Hi"}]}
    return parse_chat_request(base | body, default_max_tokens=77)


def test_text_parts_are_joined_and_developer_is_a_system_prompt() -> None:
    chat = _parse(
        messages=[
            {"role": "developer", "content": "Be brief."},
            {"role": "user", "content": [{"type": "text", "text": "one"}, {"type": "text", "text": "two"}]},
        ]
    )
    assert [(m.role, m.content) for m in chat.messages] == [("system", "Be brief."), ("user", "one\ntwo")]


def test_sampling_fields_map_onto_the_engine() -> None:
    chat = _parse(temperature=0.2, top_p=0.5, max_tokens=9, seed=4, stop="END", stream=True)
    p = chat.params
    assert (p.temperature, p.top_p, p.max_new_tokens, p.seed) == (0.2, 0.5, 9, 4)
    assert chat.stop == ["END"] and chat.stream
    assert _parse().params.max_new_tokens == 77  # the server's default reply length
    assert _parse(max_completion_tokens=5).params.max_new_tokens == 5


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"n": 2}, "n"),
        ({"temperature": 3}, "temperature"),
        ({"top_p": "high"}, "top_p"),
        ({"max_tokens": 0}, "max_tokens"),
        ({"stop": ["a", "b", "c", "d", "e"]}, "stop"),
        ({"model": ""}, "model"),
        ({"messages": []}, "messages"),
        ({"messages": [{"role": "tool", "content": "x"}]}, "messages.[0].role"),
        (
            {"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {}}]}]},
            "messages.[0].content",
        ),
    ],
)
def test_bad_fields_are_refused_naming_the_field(body: dict[str, Any], param: str) -> None:
    with pytest.raises(ApiError) as caught:
        _parse(**body)
    assert caught.value.status == 400
    assert caught.value.body()["error"]["param"] == param
    assert caught.value.body()["error"]["type"] == "invalid_request_error"


def test_stop_sequence_split_across_chunks_is_cut_and_never_sent() -> None:
    matcher = StopMatcher(["</end>"])
    sent = [matcher.push(t) for t in ("Hello </", "en", "d> more")]
    assert "".join(sent) == "Hello " and matcher.stopped
    assert matcher.flush() == ""


def test_held_back_prefix_is_sent_when_no_stop_follows() -> None:
    matcher = StopMatcher(["STOP"])
    assert matcher.push("a ST") == "a "  # "ST" might start STOP
    assert matcher.push("AR") == "STAR"
    assert matcher.push("S") == ""
    assert matcher.flush() == "S" and not matcher.stopped


def test_listening_beyond_this_computer_needs_a_key() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")
    with pytest.raises(ValueError, match="--api-key"):
        ServerConfig(host="0.0.0.0").check()
    ServerConfig(host="0.0.0.0", api_key="secret").check()
