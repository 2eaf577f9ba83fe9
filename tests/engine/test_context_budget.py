"""The context budget keeps the system prompt and the newest whole turns."""

from __future__ import annotations

import pytest

from lumichats_desktop.engine.context_budget import encode_messages, fit_to_context
from lumichats_desktop.engine.errors import ContextOverflowError
from trainer.common.chat_format import Message


def _encode(tokenizer):  # type: ignore[no-untyped-def]
    return lambda text: list(tokenizer(text, add_special_tokens=False).input_ids)


def _long_chat(turns: int) -> list[Message]:
    out = [Message("system", "You are LumiChats.")]
    for i in range(turns):
        out += [Message("user", f"Question {i}: " + "word " * 40), Message("assistant", "answer " * 40)]
    return out + [Message("user", "And the last question?")]


def test_everything_is_kept_when_it_fits(gemma_tokenizer) -> None:  # type: ignore[no-untyped-def]
    chat = _long_chat(2)
    got = fit_to_context(chat, _encode(gemma_tokenizer), context_limit=4096, max_new_tokens=256)
    assert got.messages == chat and got.dropped_messages == 0


def test_oldest_whole_exchanges_are_dropped_and_system_prompt_kept(gemma_tokenizer) -> None:  # type: ignore[no-untyped-def]
    chat = _long_chat(10)
    got = fit_to_context(chat, _encode(gemma_tokenizer), context_limit=600, max_new_tokens=100)
    assert got.messages[0] == chat[0]
    assert got.messages[1].role == "user" and got.messages[-1] == chat[-1]
    assert got.dropped_messages > 0 and got.dropped_messages % 2 == 0
    assert got.messages[1:] == chat[1 + got.dropped_messages :]
    assert len(got.token_ids) + 100 <= 600
    # One more exchange would not have fitted: the budget keeps as much history as it can.
    one_more = [chat[0]] + chat[1 + got.dropped_messages - 2 :]
    assert len(encode_messages(one_more, _encode(gemma_tokenizer))) + 100 > 600


def test_a_message_too_long_on_its_own_is_an_error_not_a_cut(gemma_tokenizer) -> None:  # type: ignore[no-untyped-def]
    huge = [Message("user", "lorem ipsum " * 2000)]
    with pytest.raises(ContextOverflowError, match="too long"):
        fit_to_context(huge, _encode(gemma_tokenizer), context_limit=1024, max_new_tokens=128)


def test_reply_room_larger_than_the_window_is_explained(gemma_tokenizer) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ContextOverflowError, match="max new tokens"):
        fit_to_context(
            [Message("user", "hi")], _encode(gemma_tokenizer), context_limit=512, max_new_tokens=512
        )
