"""Response-only labels, token by token, with the real Gemma-3 tokenizer."""

from __future__ import annotations

from trainer.common.chat_format import Message
from trainer.labels import IGNORE, ResponseOnlyCollator, build_example


def _supervised_runs(example) -> list[list[int]]:  # type: ignore[no-untyped-def]
    runs: list[list[int]] = []
    previous = IGNORE
    for token, label in zip(example.input_ids, example.labels, strict=True):
        if label != IGNORE:
            assert label == token
            if previous == IGNORE:
                runs.append([])
            runs[-1].append(token)
        previous = label
    return runs


def test_only_replies_and_their_end_of_turn_carry_loss(gemma_tokenizer) -> None:  # type: ignore[no-untyped-def]
    conversation = [
        Message("system", "Réponds en français."),
        Message("user", "Hello?"),
        Message("assistant", "Bonjour ! 👋"),
        Message("user", "مرحبا"),
        Message("assistant", "你好，世界"),
    ]
    example = build_example(conversation, gemma_tokenizer, 2048)
    assert example is not None
    decoded = [gemma_tokenizer.decode(run) for run in _supervised_runs(example)]
    assert decoded == ["Bonjour ! 👋<end_of_turn>", "你好，世界<end_of_turn>"]
    assert example.input_ids[0] == 2 and example.labels[0] == IGNORE  # <bos> is never a target
    full = gemma_tokenizer.decode(example.input_ids)
    assert full.startswith("<bos><start_of_turn>user\nRéponds en français.\n\nHello?")


def test_truncation_keeps_rows_with_a_reply_and_drops_the_rest(gemma_tokenizer) -> None:  # type: ignore[no-untyped-def]
    long_question = [Message("user", "word " * 500), Message("assistant", "Short answer.")]
    assert build_example(long_question, gemma_tokenizer, 64) is None
    example = build_example([Message("user", "Hi"), Message("assistant", "long " * 500)], gemma_tokenizer, 64)
    assert example is not None and len(example.input_ids) == 64 and example.supervised > 0


def test_collator_pads_right_with_ignored_labels() -> None:
    collator = ResponseOnlyCollator(pad_id=0, needs_token_type_ids=True)
    batch = collator(
        [{"input_ids": [2, 5, 6], "labels": [-100, 5, 6]}, {"input_ids": [2, 7], "labels": [-100, 7]}]
    )
    assert batch["input_ids"].tolist() == [[2, 5, 6], [2, 7, 0]]
    assert batch["labels"].tolist() == [[-100, 5, 6], [-100, 7, -100]]
    # Causal attention with padding on the right: no real token can see a pad, so nothing is masked.
    assert batch["attention_mask"].tolist() == [[1, 1, 1], [1, 1, 1]]
    assert batch["token_type_ids"].sum() == 0 and collator.tokens_seen == 5
