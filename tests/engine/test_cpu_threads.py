"""The decode thread count follows the machine's load: steps timed on a simulated clock."""

from __future__ import annotations

import pytest

from lumichats_desktop.engine.cpu_threads import ThreadGovernor, thread_options


class Machine:
    """A CPU whose step time depends on the thread count and on how busy it is; a clock that steps advance."""

    def __init__(self, step_s: dict[int, float]) -> None:
        self.step_s = step_s
        self.now = 0.0
        self.threads = 0
        self.changes: list[int] = []

    def clock(self) -> float:
        return self.now

    def set_threads(self, count: int) -> None:
        self.threads = count
        self.changes.append(count)

    def step(self) -> int:
        self.now += self.step_s[self.threads]
        return self.threads


def decode(governor: ThreadGovernor, machine: Machine, seconds: float) -> list[int]:
    """Steps for `seconds` of simulated time; the thread count each step ran at."""
    used = []
    end = machine.now + seconds
    while machine.now < end:
        used.append(governor.run(machine.step))
    return used


def test_a_busy_machine_decodes_on_fewer_threads_and_rarely_pays_for_a_look_at_more() -> None:
    # two threads collapse when other programs want the cores (measured: 0.3-1.3 vs 4.4-12.8 tok/s)
    machine = Machine({2: 2.5, 1: 0.1})
    governor = ThreadGovernor(2, machine.set_threads, clock=machine.clock)
    used = decode(governor, machine, 120.0)
    assert governor.current == 1
    assert used.count(2) <= 3  # a look every ~50 s, each given up after its first step
    assert len(used) > 0.9 * 1200


def test_a_machine_where_more_threads_collapse_is_left_at_once() -> None:
    machine = Machine({4: 1.0, 2: 0.25, 1: 0.05})
    governor = ThreadGovernor(4, machine.set_threads, clock=machine.clock)
    assert governor.current == 2  # half to start with
    decode(governor, machine, 5.0)
    assert governor.current == 1


def test_a_quiet_machine_keeps_all_threads_and_looks_ever_less_often() -> None:
    machine = Machine({2: 0.034, 1: 0.042})
    governor = ThreadGovernor(2, machine.set_threads, clock=machine.clock)
    assert decode(governor, machine, 1.2)[0] == 1  # starts on half the threads...
    used = decode(governor, machine, 30.0)
    assert governor.current == 2  # ...and takes all of them once they prove faster
    assert used.count(1) < 0.05 * len(used)  # the looks at one thread cost under 5% of the steps
    assert len(machine.changes) < 20  # backing off: not a switch every second


def test_when_the_load_goes_away_decoding_returns_to_all_threads() -> None:
    machine = Machine({2: 0.25, 1: 0.05})
    governor = ThreadGovernor(2, machine.set_threads, clock=machine.clock)
    decode(governor, machine, 20.0)  # long enough for the looks at two threads to back off
    assert governor.current == 1
    machine.step_s = {2: 0.034, 1: 0.042}  # the other program ended
    decode(governor, machine, 30.0)  # two threads were last seen slow: looked at again within ~20 s
    assert governor.current == 2


def test_a_count_the_user_set_is_kept_whatever_the_timings() -> None:
    machine = Machine({3: 0.5, 1: 0.01})
    governor = ThreadGovernor(3, machine.set_threads, fixed=True, clock=machine.clock)
    assert set(decode(governor, machine, 10.0)) == {3}


def test_a_prefill_runs_at_the_current_count_and_does_not_count_as_a_timing() -> None:
    machine = Machine({2: 0.034, 1: 0.042})
    governor = ThreadGovernor(2, machine.set_threads, clock=machine.clock)
    machine.step_s = {2: 2.0, 1: 2.0}
    for _ in range(10):  # long prompts, each far slower than a token: never read as a slow count
        assert governor.run(machine.step, timed=False) == 1
    machine.step_s = {2: 0.034, 1: 0.042}
    decode(governor, machine, 5.0)
    assert governor.current == 2


@pytest.mark.parametrize(("most", "options"), [(1, [1]), (2, [2, 1]), (7, [7, 3, 1]), (16, [16, 8, 1])])
def test_counts_tried(most: int, options: list[int]) -> None:
    assert thread_options(most) == options
