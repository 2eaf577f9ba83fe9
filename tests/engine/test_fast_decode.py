"""The fast path's ring/static cache gives the plain model's logits (CPU here; CUDA graphs on a GPU)."""

from __future__ import annotations

import pytest
import torch

from lumichats_desktop.engine.fast_decode import FastDecoder
from tests.tiny_models import tiny_text_config


@pytest.fixture(scope="module")
def tiny_model():  # type: ignore[no-untyped-def]
    from transformers import Gemma3ForCausalLM

    torch.manual_seed(0)
    config = tiny_text_config()  # sliding window 64: the prompts below run past it
    config._attn_implementation = "sdpa"
    return Gemma3ForCausalLM(config).float().eval()


@pytest.mark.parametrize("prompt_len", [10, 100])
def test_prefill_and_steps_match_the_full_forward_pass(tiny_model, prompt_len: int) -> None:  # type: ignore[no-untyped-def]
    torch.manual_seed(prompt_len)
    ids = torch.randint(3, 262144, (prompt_len + 40,)).tolist()
    with torch.no_grad():
        expected = tiny_model(input_ids=torch.tensor([ids])).logits[0]
    fast = FastDecoder(tiny_model, max_len=256)
    got = [fast.prefill(ids[:prompt_len])]
    for token in ids[prompt_len:-1]:
        got.append(fast.step(token))
    torch.testing.assert_close(torch.stack(got), expected[prompt_len - 1 : -1], rtol=1e-4, atol=1e-4)


def test_a_second_reply_starts_from_a_fresh_cache(tiny_model) -> None:  # type: ignore[no-untyped-def]
    fast = FastDecoder(tiny_model, max_len=256)
    first = fast.prefill([2, 105, 2364, 107])
    fast.step(1000)
    again = fast.prefill([2, 105, 2364, 107])
    torch.testing.assert_close(first, again)


def test_a_prompt_longer_than_the_cache_is_refused(tiny_model) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="does not fit"):
        FastDecoder(tiny_model, max_len=16).prefill(list(range(3, 40)))
