"""Sampling settings do what their names promise."""

from __future__ import annotations

import pytest
import torch

from lumichats_desktop.engine.sampling import SamplingParams, sample_next

NONE = torch.tensor([], dtype=torch.long)


def test_temperature_zero_is_greedy() -> None:
    logits = torch.tensor([0.1, 3.0, 2.9, -1.0])
    assert sample_next(logits.clone(), SamplingParams(temperature=0), None, NONE) == 1


def test_top_k_one_always_picks_the_best_token() -> None:
    logits = torch.randn(1000)
    best = int(logits.argmax())
    gen = torch.Generator().manual_seed(0)
    params = SamplingParams(temperature=5.0, top_k=1, top_p=1.0)
    assert {sample_next(logits.clone(), params, gen, NONE) for _ in range(50)} == {best}


def test_top_p_and_min_p_cut_the_unlikely_tail() -> None:
    logits = torch.log(torch.tensor([0.5, 0.3, 0.15, 0.05]))
    gen = torch.Generator().manual_seed(0)
    top_p = SamplingParams(temperature=1.0, top_k=0, top_p=0.8)
    assert {sample_next(logits.clone(), top_p, gen, NONE) for _ in range(300)} == {0, 1}
    min_p = SamplingParams(temperature=1.0, top_k=0, top_p=1.0, min_p=0.5)
    assert {sample_next(logits.clone(), min_p, gen, NONE) for _ in range(300)} == {0, 1}


def test_repetition_penalty_moves_greedy_off_a_seen_token() -> None:
    logits = torch.tensor([2.0, 1.9, 0.0])
    params = SamplingParams(temperature=0, repetition_penalty=1.3)
    assert sample_next(logits.clone(), params, None, torch.tensor([0])) == 1


def test_same_seed_same_choices() -> None:
    logits = torch.randn(5000)
    params = SamplingParams(temperature=1.0, top_k=0, top_p=1.0)
    runs = [[sample_next(logits.clone(), params, torch.Generator().manual_seed(7), NONE)] for _ in range(2)]
    assert runs[0] == runs[1]


@pytest.mark.parametrize(
    "bad",
    [
        {"temperature": -1},
        {"top_p": 0},
        {"top_k": -2},
        {"min_p": 1.0},
        {"repetition_penalty": 0},
        {"max_new_tokens": 0},
    ],
)
def test_out_of_range_settings_are_named(bad: dict[str, float]) -> None:
    name = next(iter(bad))
    with pytest.raises(ValueError, match=name):
        SamplingParams(**bad).check()  # type: ignore[arg-type]


def test_loop_guard_steers_greedy_off_a_repeat_but_not_off_a_short_one() -> None:
    # The reply so far is "A B C D A B C": greedy would continue the loop with D.
    a, b, c, d = 10, 11, 12, 13
    logits = torch.zeros(20)
    logits[d], logits[14] = 2.0, 1.5
    looping = [a, b, c, d, a, b, c]
    guard_off = SamplingParams(temperature=0, dry_multiplier=0)
    assert sample_next(logits.clone(), guard_off, None, NONE, looping) == d
    assert sample_next(logits.clone(), SamplingParams(temperature=0), None, NONE, looping) == 14
    # Reusing two tokens (a name, "of the") is free: "A B ... A" may go on with B.
    logits = torch.zeros(20)
    logits[b], logits[14] = 2.0, 1.9
    assert sample_next(logits.clone(), SamplingParams(temperature=0), None, NONE, [a, b, c, a]) == b


def test_the_loop_guard_is_on_by_default_and_can_be_turned_off() -> None:
    assert SamplingParams().dry_multiplier > 0
    with pytest.raises(ValueError, match="loop guard"):
        SamplingParams(dry_multiplier=-1).check()
