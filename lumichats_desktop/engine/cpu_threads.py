"""How many threads a CPU decode step runs on, chosen from how long steps take on this machine right now.

On the 2-core box two threads decode faster than one while nothing else runs, and 10-30x slower when
other programs (or the window, drawing the reply) want the cores: every matmul ends in an OpenMP barrier
that waits for whichever thread the scheduler parked (docs/benchmarks.md, "Decode threads on a busy
machine"). No fixed count is right on a desktop, so the governor keeps timing steps: now and then it runs
a few at another count and keeps whichever is faster. A count the user set (LUMICHATS_THREADS) is kept.
"""

from __future__ import annotations

import statistics
import time
from collections import deque
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

MIN_GAIN = 0.10  # switch only for a step at least 10% faster: step times wander by a few percent
TRIAL_STEPS = 3  # timed steps at the other count, after one untimed step to settle the new count
FIRST_LOOK_S = 1.0  # the first look at another count comes this soon (a short reply never pays for one)
GIVE_UP = 2.0  # a trial step (even the settling one) this many times slower than now ends the trial at once
LONGEST_WAIT_S = 8.0  # a count that keeps losing is tried again at least this often (the load changes)...
LOOK_SHARE = 0.05  # ...unless its trial would then take more than 5% of the time: a slow count waits longer


def thread_options(most: int) -> list[int]:
    """The counts worth trying, most first: all the threads we may use, half of them, and one."""
    return sorted({most, max(1, most // 2), 1}, reverse=True)


class ThreadGovernor:
    """Runs decode steps at the thread count that is fastest now; tries the others from time to time."""

    def __init__(
        self,
        most: int,
        set_threads: Callable[[int], None],
        *,
        fixed: bool = False,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        self.options = [most] if fixed else thread_options(most)
        # Start at half: on a busy machine all threads can be 10x slower, on a quiet one half is ~20% slower.
        self.current = most if fixed else max(1, most // 2)
        self._set_threads = set_threads
        self._clock = clock
        self._applied: int | None = None
        self._settling = False  # the first step after a change of count is not timed
        self._times: dict[int, deque[float]] = {n: deque(maxlen=5) for n in self.options}
        self._trial: int | None = None
        self._trial_left = 0
        self._next_trial = 0  # index into the other counts, taken in turn
        self._wait = FIRST_LOOK_S
        self._look_at = clock() + self._wait

    def run(self, step: Callable[[], T], timed: bool = True) -> T:
        """step() at the chosen count; timed steps (one token each) feed the choice, a prefill does not."""
        count = self._choose() if timed else self.current
        if count != self._applied or not timed:  # a prompt sets it again: a load may have set another count
            self._set_threads(count)
            self._settling = self._settling or count != self._applied
            self._applied = count
        started = self._clock()
        result = step()
        if timed:
            self._record(count, self._clock() - started)
        return result

    def _choose(self) -> int:
        if self._trial is not None:
            return self._trial
        others = [n for n in self.options if n != self.current]
        if others and len(self._times[self.current]) >= 2 and self._clock() >= self._look_at:
            self._trial = others[self._next_trial % len(others)]
            self._next_trial += 1
            self._times[self._trial].clear()
            self._trial_left = TRIAL_STEPS
            return self._trial
        return self.current

    def _record(self, count: int, seconds: float) -> None:
        trying = self._trial is not None and count == self._trial
        if trying and seconds > GIVE_UP * statistics.median(self._times[self.current]):
            self._times[count].append(seconds)  # far slower already: no need for more steps at this count
            self._end_trial(won=False)
            return
        if self._settling:
            self._settling = False
            return
        self._times[count].append(seconds)
        if not trying:
            return
        self._trial_left -= 1
        if self._trial_left > 0:
            return
        trial = statistics.median(self._times[count])
        now = statistics.median(self._times[self.current])
        self._end_trial(won=trial < now * (1 - MIN_GAIN))

    def _end_trial(self, won: bool) -> None:
        if won:
            assert self._trial is not None
            self.current, self._wait = self._trial, FIRST_LOOK_S
        else:
            self._wait = min(self._wait * 2, LONGEST_WAIT_S)
        self._trial = None
        self._schedule()

    def _schedule(self) -> None:
        """When to look at the next other count: after the back-off wait and, for a count seen slow, rarely
        enough that one step at its last known speed (a trial that slow ends there) stays a small share."""
        others = [n for n in self.options if n != self.current]
        if not others:
            return
        known = self._times[others[self._next_trial % len(others)]]
        cost = statistics.median(known) if known else 0.0
        self._look_at = self._clock() + max(self._wait, cost / LOOK_SHARE)
