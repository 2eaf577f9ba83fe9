"""A second turn on the fast path prefills only what is new and replies as a fresh run would."""

from __future__ import annotations

import threading

import pytest
import torch

from lumichats_desktop.engine.fast_decode import FastDecoder
from lumichats_desktop.engine.generation import ReplyStats, TokenGenerator
from lumichats_desktop.engine.loader import LoadedModel
from lumichats_desktop.engine.sampling import SamplingParams
from tests.tiny_models import tiny_text_config

GREEDY = SamplingParams(temperature=0, max_new_tokens=20)


@pytest.fixture(scope="module")
def tiny_model():  # type: ignore[no-untyped-def]
    from transformers import Gemma3ForCausalLM

    torch.manual_seed(1)
    config = tiny_text_config()  # sliding window 64: the conversations below run past it
    config._attn_implementation = "sdpa"
    return Gemma3ForCausalLM(config).float().eval()


def _generator(model, monkeypatch: pytest.MonkeyPatch) -> TokenGenerator:  # type: ignore[no-untyped-def]
    """A TokenGenerator on the fast path (eager steps on the CPU, as the CUDA graph replays them)."""
    loaded = LoadedModel(
        model=model, tokenizer=None, title="tiny", device="cpu", quantization="fp32", context_length=4096
    )
    generator = TokenGenerator(loaded)
    generator.stop_ids = set()  # random weights: run to max_new_tokens
    fast = FastDecoder(model, max_len=1024)
    monkeypatch.setattr(generator, "_fast_decoder", lambda needed: fast)
    return generator


def _reply(generator: TokenGenerator, prompt: list[int]) -> tuple[list[int], ReplyStats]:
    stats = ReplyStats()
    tokens = list(generator.stream(prompt, GREEDY, threading.Event(), stats))
    return tokens, stats


def test_the_next_turn_reuses_the_conversation_and_replies_as_from_scratch(  # type: ignore[no-untyped-def]
    tiny_model, monkeypatch: pytest.MonkeyPatch
) -> None:
    torch.manual_seed(2)
    first_prompt = torch.randint(3, 262144, (100,)).tolist()
    generator = _generator(tiny_model, monkeypatch)
    first, stats = _reply(generator, first_prompt)
    assert stats.reused_tokens == 0
    second_prompt = first_prompt + first + [106, 107, 105] + torch.randint(3, 262144, (30,)).tolist()
    second, stats = _reply(generator, second_prompt)
    # The whole first turn (prompt and the 19 reply tokens fed back) comes from the cache.
    assert stats.reused_tokens == len(first_prompt) + len(first) - 1
    fresh, fresh_stats = _reply(_generator(tiny_model, monkeypatch), second_prompt)
    assert fresh_stats.reused_tokens == 0
    assert second == fresh

    retried, stats = _reply(generator, second_prompt)  # "Retry": roll back the reply just given
    assert stats.reused_tokens == len(second_prompt) - 1
    assert retried == fresh


def test_a_warmed_up_generator_replies_as_a_fresh_one(tiny_model, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Warm-up (run while the model loads) leaves nothing behind that a first reply could reuse."""
    prompt = torch.randint(3, 262144, (30,)).tolist()
    warmed = _generator(tiny_model, monkeypatch)
    assert warmed.warm_up()
    tokens, stats = _reply(warmed, prompt)
    assert stats.reused_tokens == 0
    assert tokens == _reply(_generator(tiny_model, monkeypatch), prompt)[0]


def test_switching_the_adapter_off_starts_the_next_reply_over(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cached keys (and the fast step with the adapter's stacked LoRA) belong to the adapter state
    they were made in: after a switch, the reply is the plain model's, not a mix of the two."""
    from pathlib import Path

    from peft import LoraConfig, get_peft_model
    from transformers import Gemma3ForCausalLM

    torch.manual_seed(3)
    config = tiny_text_config()
    config._attn_implementation = "sdpa"
    lora = LoraConfig(r=8, lora_alpha=16, target_modules=["q_proj", "v_proj"], init_lora_weights=False)
    model = get_peft_model(Gemma3ForCausalLM(config).float().eval(), lora).eval()
    loaded = LoadedModel(
        model=model,
        tokenizer=None,
        title="tiny",
        device="cpu",
        quantization="fp32",
        context_length=4096,
        adapters={"default": Path("adapter")},
    )
    monkeypatch.setattr(loaded, "device", "cuda")  # the fast path, run eagerly on these CPU tensors
    generator = TokenGenerator(loaded)
    generator.stop_ids = set()
    prompt = torch.randint(3, 262144, (40,)).tolist()
    first, _ = _reply(generator, prompt)
    loaded.set_adapter_enabled(False)
    follow = prompt + first + [106, 107, 105, 1000, 2000]
    second, stats = _reply(generator, follow)
    assert stats.reused_tokens == 0
    plain = TokenGenerator(loaded)
    plain.stop_ids = set()
    assert second == _reply(plain, follow)[0]
