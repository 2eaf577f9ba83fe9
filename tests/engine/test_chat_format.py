"""Gemma-3's turn format, checked against hand-written prompts."""

from __future__ import annotations

import pytest

from trainer.common.chat_format import ChatFormatError, Message, render, segments

U, A, S = "user", "assistant", "system"


def test_single_user_turn() -> None:
    assert render([Message(U, "Hello")]) == (
        "<bos><start_of_turn>user\nHello<end_of_turn>\n<start_of_turn>model\n"
    )


def test_system_text_opens_the_first_user_turn() -> None:
    got = render([Message(S, "Be brief."), Message(U, "Hi"), Message(A, "Hello!"), Message(U, "Bye")])
    assert got == (
        "<bos><start_of_turn>user\nBe brief.\n\nHi<end_of_turn>\n"
        "<start_of_turn>model\nHello!<end_of_turn>\n"
        "<start_of_turn>user\nBye<end_of_turn>\n"
        "<start_of_turn>model\n"
    )


def test_content_is_stripped_but_inner_whitespace_kept() -> None:
    got = render([Message(S, "  sys  \n"), Message(U, "\n  line one\n\n  line two \t\n")])
    assert got == (
        "<bos><start_of_turn>user\nsys\n\nline one\n\n  line two<end_of_turn>\n<start_of_turn>model\n"
    )


def test_non_latin_text_passes_through_untouched() -> None:
    arabic = "مرحبا! كيف حالك؟"
    japanese = "こんにちは。東京の天気は？"
    got = render([Message(U, arabic), Message(A, japanese), Message(U, "👋🏽")])
    assert f"user\n{arabic}<end_of_turn>" in got
    assert f"model\n{japanese}<end_of_turn>" in got
    assert got.endswith("<start_of_turn>user\n👋🏽<end_of_turn>\n<start_of_turn>model\n")


def test_training_segments_supervise_only_the_reply_and_its_end_marker() -> None:
    parts = segments([Message(U, "Q"), Message(A, " Answer ")], add_generation_prompt=False, ends_with=A)
    supervised = [p.text for p in parts if p.supervised]
    assert supervised == ["Answer<end_of_turn>"]
    assert "".join(p.text for p in parts) == (
        "<bos><start_of_turn>user\nQ<end_of_turn>\n<start_of_turn>model\nAnswer<end_of_turn>\n"
    )


@pytest.mark.parametrize(
    ("messages", "needle"),
    [
        ([], "empty"),
        ([Message(A, "hi")], "alternate"),
        ([Message(U, "a"), Message(U, "b")], "alternate"),
        ([Message(U, "a"), Message(S, "b")], "only the first"),
        ([Message("bot", "a")], "role 'bot'"),
        ([Message(U, "   ")], "is empty"),
        ([Message(S, "only system")], "no user message"),
        ([Message(U, "a"), Message(A, "b")], "last message must be from the user"),
    ],
)
def test_malformed_conversations_are_refused_with_a_reason(messages: list[Message], needle: str) -> None:
    with pytest.raises(ChatFormatError, match=needle):
        render(messages)


def test_segment_wise_encoding_equals_encoding_the_whole_prompt(
    gemma_tokenizer,
    multilingual_texts: list[str],  # type: ignore[no-untyped-def]
) -> None:
    from lumichats_desktop.engine.context_budget import encode_messages

    def encode(text: str) -> list[int]:
        return list(gemma_tokenizer(text, add_special_tokens=False).input_ids)

    for text in multilingual_texts:
        messages = [Message(S, "System."), Message(U, text), Message(A, text[::-1]), Message(U, text)]
        assert encode_messages(messages, encode) == encode(render(messages))
    ids = encode(render([Message(U, "Hi")]))
    assert ids[:2] == [2, 105] and ids[-3:] == [105, 4368, 107]
