"""Streaming replies: stop reasons, cancellation within a token, KV reuse, errors kept in the stream."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from lumichats_desktop.engine.chat_engine import ChatEngine
from lumichats_desktop.engine.errors import ContextOverflowError
from lumichats_desktop.engine.generation import ReplyStats, StopReason
from lumichats_desktop.engine.loader import load_model
from lumichats_desktop.engine.sampling import SamplingParams
from trainer.common.catalog import ModelSource
from trainer.common.chat_format import ChatFormatError, Message

GREEDY = SamplingParams(temperature=0, max_new_tokens=12)


@pytest.fixture(scope="module", params=["fp32", "fp16"])  # transformers' forward; the CPU decode path
def engine(tiny_model_dir: Path, request: pytest.FixtureRequest) -> ChatEngine:
    return ChatEngine(
        load_model(ModelSource("tiny", tiny_model_dir), quantization=request.param, device="cpu")
    )


def _run(
    engine: ChatEngine,
    messages: list[Message],
    params: SamplingParams = GREEDY,
    cancel: threading.Event | None = None,
) -> tuple[str, ReplyStats]:
    prompt = engine.prepare(messages, max_new_tokens=params.max_new_tokens)
    items = list(engine.stream(prompt, params, cancel or threading.Event()))
    stats = items[-1]
    assert isinstance(stats, ReplyStats)
    return "".join(i for i in items[:-1] if isinstance(i, str)), stats


def test_reply_stops_at_max_new_tokens_with_stats(engine: ChatEngine) -> None:
    _, stats = _run(engine, [Message("user", "Hello")])
    assert stats.stop_reason in (StopReason.LENGTH, StopReason.EOS)
    if stats.stop_reason is StopReason.LENGTH:
        assert stats.new_tokens == 12
    assert stats.prompt_tokens == 10 and stats.ttft_s > 0


def test_cancel_takes_effect_within_one_token(engine: ChatEngine) -> None:
    cancel = threading.Event()
    params = SamplingParams(temperature=1.0, top_k=0, max_new_tokens=200, seed=1)
    prompt = engine.prepare([Message("user", "Count")], max_new_tokens=200)
    stream = engine.stream(prompt, params, cancel)
    seen = 0
    for item in stream:
        if isinstance(item, str):
            seen += 1
            if seen == 3:
                cancel.set()
        else:
            stats = item
    assert stats.stop_reason is StopReason.CANCELLED
    assert stats.new_tokens <= 5  # a chunk may hold up to 2 tokens (byte runs); none after the flag


def test_next_turn_reuses_the_cached_prefix_and_matches_a_fresh_run(
    engine: ChatEngine, tiny_model_dir: Path
) -> None:
    first, _ = _run(engine, [Message("user", "Hello")])
    follow_up = [
        Message("user", "Hello"),
        Message("assistant", first.strip() or "x"),
        Message("user", "More"),
    ]
    reused, stats = _run(engine, follow_up)
    assert stats.reused_tokens > 0
    fresh_engine = ChatEngine(
        load_model(ModelSource("tiny", tiny_model_dir), quantization=engine.loaded.quantization, device="cpu")  # type: ignore[arg-type]
    )
    fresh, fresh_stats = _run(fresh_engine, follow_up)
    assert fresh_stats.reused_tokens == 0
    assert reused == fresh


def test_same_seed_gives_the_same_sampled_reply(engine: ChatEngine) -> None:
    params = SamplingParams(temperature=1.0, max_new_tokens=8, seed=42, min_new_tokens=8)
    engine.reset_cache()
    a, a_stats = _run(engine, [Message("user", "Tell me")], params)
    engine.reset_cache()
    b, _ = _run(engine, [Message("user", "Tell me")], params)
    assert a == b and a_stats.new_tokens == 8  # two empty replies would prove nothing


def test_min_new_tokens_rules_out_a_stop_token_until_then(
    engine: ChatEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    import lumichats_desktop.engine.generation as generation

    def eager_to_stop(logits, *rest):  # type: ignore[no-untyped-def]
        return 106 if logits[106] > float("-inf") else int(logits.argmax())  # <end_of_turn> when allowed

    monkeypatch.setattr(generation, "sample_next", eager_to_stop)
    _, stats = _run(engine, [Message("user", "Hi")], SamplingParams(max_new_tokens=12, min_new_tokens=5))
    assert stats.new_tokens == 5 and stats.stop_reason is StopReason.EOS
    _, stats = _run(engine, [Message("user", "Hi")], SamplingParams(max_new_tokens=12))
    assert stats.new_tokens == 0 and stats.stop_reason is StopReason.EOS
    with pytest.raises(ValueError, match="min_new_tokens"):
        SamplingParams(min_new_tokens=-1).check()


def test_roles_that_do_not_alternate_are_an_error(engine: ChatEngine) -> None:
    with pytest.raises(ChatFormatError, match="alternate"):
        engine.prepare([Message("user", "a"), Message("user", "b")], max_new_tokens=8)


def test_empty_prompt_is_an_error(engine: ChatEngine) -> None:
    with pytest.raises(ChatFormatError, match="empty"):
        engine.prepare([Message("user", "  \n ")], max_new_tokens=8)


def test_a_one_megabyte_prompt_is_refused_clearly(engine: ChatEngine) -> None:
    huge = "data " * 200_000  # 1 MB
    with pytest.raises(ContextOverflowError, match="too long"):
        engine.prepare([Message("user", huge)], max_new_tokens=64)


def test_on_the_cpu_every_token_goes_through_the_thread_choice(
    engine: ChatEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # both CPU paths (transformers' forward, our decode path): else a busy machine decodes 10x slower
    governor = engine._generator.threads
    calls: list[bool] = []
    original = governor.run

    def run(step, timed=True):  # type: ignore[no-untyped-def]
        calls.append(timed)
        return original(step, timed)

    monkeypatch.setattr(governor, "run", run)
    _, stats = _run(engine, [Message("user", "Hello")])
    assert calls.count(False) == 1  # the prompt, at the current count, not timed
    assert calls.count(True) >= stats.new_tokens - 1 > 0  # each token after the first, timed
