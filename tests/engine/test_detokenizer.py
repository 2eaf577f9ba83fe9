"""Streaming text never shows a half character, and the chunks add up to the final text."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from lumichats_desktop.engine.detokenizer import IncrementalDetokenizer

SLOW_OK = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _stream(tokenizer, ids: list[int]) -> list[str]:  # type: ignore[no-untyped-def]
    detok = IncrementalDetokenizer(tokenizer)
    chunks = [detok.push(i) for i in ids]
    chunks.append(detok.finish())
    return [c for c in chunks if c]


def test_every_multilingual_text_streams_without_replacement_chars(
    gemma_tokenizer,
    multilingual_texts: list[str],  # type: ignore[no-untyped-def]
) -> None:
    for text in multilingual_texts:
        ids = gemma_tokenizer(text, add_special_tokens=False).input_ids
        chunks = _stream(gemma_tokenizer, ids)
        assert "".join(chunks) == gemma_tokenizer.decode(ids, skip_special_tokens=True) == text
        assert not any("\ufffd" in c for c in chunks), (text, chunks)


@SLOW_OK
@given(data=st.data())
def test_any_slice_of_a_multilingual_text_streams_cleanly(
    gemma_tokenizer,
    multilingual_texts: list[str],
    data: st.DataObject,  # type: ignore[no-untyped-def]
) -> None:
    text = "".join(data.draw(st.lists(st.sampled_from(multilingual_texts), min_size=1, max_size=4)))
    ids = gemma_tokenizer(text, add_special_tokens=False).input_ids
    chunks = _stream(gemma_tokenizer, ids)
    assert "".join(chunks) == text
    assert not any("\ufffd" in c for c in chunks)


@SLOW_OK
@given(ids=st.lists(st.integers(min_value=0, max_value=262143), max_size=40))
@example(ids=[238, 0, 366])  # <0x00> <pad> <0x80>: decoding skips <pad> and joins the bytes (found by CI)
def test_random_token_sequences_join_to_the_full_decode(gemma_tokenizer, ids: list[int]) -> None:  # type: ignore[no-untyped-def]
    chunks = _stream(gemma_tokenizer, ids)
    assert "".join(chunks) == gemma_tokenizer.decode(ids, skip_special_tokens=True)


@SLOW_OK
@given(text=st.text(min_size=1, max_size=60))
def test_arbitrary_unicode_round_trips_through_the_stream(gemma_tokenizer, text: str) -> None:  # type: ignore[no-untyped-def]
    ids = gemma_tokenizer(text, add_special_tokens=False).input_ids
    chunks = _stream(gemma_tokenizer, ids)
    assert "".join(chunks) == gemma_tokenizer.decode(ids, skip_special_tokens=True)
    if "\ufffd" not in text:
        assert not any("\ufffd" in c for c in chunks)


def _tiny_tokenizer(pieces: list[str]):  # type: ignore[no-untyped-def]
    from tokenizers import Tokenizer, models
    from transformers import PreTrainedTokenizerFast

    vocab = {piece: i for i, piece in enumerate(["<unk>", *pieces])}
    return PreTrainedTokenizerFast(
        tokenizer_object=Tokenizer(models.WordLevel(vocab, unk_token="<unk>")), unk_token="<unk>"
    )


def test_a_tokenizer_made_after_another_was_freed_never_gets_its_byte_tokens() -> None:
    import gc

    from lumichats_desktop.engine.detokenizer import held_token_ids

    # A freed tokenizer's address is mostly handed to a later one (CPython reuses the memory; 186 of 200
    # here), so a cache keyed by id() gave the new tokenizer an old one's ids. Each round's byte token
    # has another id, so a set handed on from any earlier round is wrong.
    for round in range(12):
        tokenizer = _tiny_tokenizer([f"word{i}" for i in range(round)] + ["<0x41>"])
        assert held_token_ids(tokenizer) == {0, round + 1}, round  # <unk> is special, <0x41> a byte
        del tokenizer
        gc.collect()


def test_the_vocabulary_is_scanned_once_per_tokenizer(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from lumichats_desktop.engine import detokenizer

    tokenizer = _tiny_tokenizer(["<0x41>", "hello"])
    scans: list[object] = []
    get_vocab = tokenizer.get_vocab
    monkeypatch.setattr(tokenizer, "get_vocab", lambda: scans.append(1) or get_vocab())
    first = detokenizer.held_token_ids(tokenizer)
    IncrementalDetokenizer(tokenizer)
    assert detokenizer.held_token_ids(tokenizer) is first and len(scans) == 1
