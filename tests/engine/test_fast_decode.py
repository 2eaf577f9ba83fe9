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


def _full_logits(model, ids: list[int]) -> torch.Tensor:  # type: ignore[no-untyped-def]
    with torch.no_grad():
        return model(input_ids=torch.tensor([ids])).logits[0, -1]  # type: ignore[no-any-return]


def _feed(fast: FastDecoder, ids: list[int]) -> None:
    fast.prefill(ids[:5])
    for token in ids[5:]:
        fast.step(token)


@pytest.mark.parametrize(
    ("cached", "shared", "new_len"),
    [
        (150, 150, 180),  # the next turn extends the last one, well past the 64-token window
        (150, 120, 160),  # a retry/edit: roll back 30 tokens after the ring has wrapped
        (40, 20, 60),  # roll back inside the window
    ],
)
def test_a_prompt_sharing_the_cached_prefix_prefills_only_the_rest(  # type: ignore[no-untyped-def]
    tiny_model, cached: int, shared: int, new_len: int
) -> None:
    torch.manual_seed(cached + shared)
    old = torch.randint(3, 262144, (cached,)).tolist()
    new = old[:shared] + torch.randint(3, 262144, (new_len - shared,)).tolist()
    fast = FastDecoder(tiny_model, max_len=512)
    _feed(fast, old)
    assert fast.reusable(shared) == shared
    got = [fast.prefill(new, reuse=shared)]
    for token in (11, 12):  # and the steps after it still see the right keys
        got.append(fast.step(token))
    expected = [_full_logits(tiny_model, new), _full_logits(tiny_model, [*new, 11])]
    expected.append(_full_logits(tiny_model, [*new, 11, 12]))
    torch.testing.assert_close(torch.stack(got), torch.stack(expected), rtol=1e-4, atol=1e-4)


def test_a_roll_back_past_what_the_ring_holds_starts_over(tiny_model) -> None:  # type: ignore[no-untyped-def]
    fast = FastDecoder(tiny_model, max_len=1024)
    assert fast.ring < 600  # window 64 + the slack: the ring wraps below
    _feed(fast, torch.randint(3, 262144, (600,)).tolist())
    assert fast.reusable(600) == 600 and fast.reusable(590) == 590
    assert fast.reusable(100) == 0
    with pytest.raises(ValueError, match="Cannot reuse"):
        fast.prefill(list(range(3, 200)), reuse=100)
