"""The loop guard's penalty grows with the length of the repeat it would extend."""

from __future__ import annotations

from trainer.common.repetition import LoopGuard, dry_penalties


def test_longer_repeats_are_punished_harder() -> None:
    guard = LoopGuard(multiplier=1.0, base=2.0, allowed_length=2)
    # "1 2 3 4 | 1 2 3": extending with 4 would repeat a 4-token run (3 matched so far).
    assert dry_penalties([1, 2, 3, 4, 1, 2, 3], guard) == {4: 2.0}
    # "1 2 3 4 5 | 1 2 3 4": 4 matched, twice the penalty again.
    assert dry_penalties([1, 2, 3, 4, 5, 1, 2, 3, 4], guard) == {5: 4.0}


def test_short_reuse_and_a_guard_turned_off_cost_nothing() -> None:
    assert dry_penalties([7, 8, 9, 7], LoopGuard()) == {}  # one matched token: below allowed_length
    assert dry_penalties([1, 2, 3, 1, 2, 3, 1, 2], LoopGuard(multiplier=0)) == {}
    assert dry_penalties([], LoopGuard()) == {}


def test_a_token_repeated_over_and_over_is_pushed_down() -> None:
    penalties = dry_penalties([5] * 10, LoopGuard())
    assert set(penalties) == {5} and penalties[5] > 10
