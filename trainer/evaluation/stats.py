"""Proportions with 95% Wilson score intervals: honest at small n and near 0% or 100%."""

from __future__ import annotations

import math
from dataclasses import dataclass

Z95 = 1.959963984540054


@dataclass(frozen=True)
class Proportion:
    """passed of n, as a share with its 95% interval."""

    passed: int
    n: int

    @property
    def share(self) -> float | None:
        return self.passed / self.n if self.n else None

    @property
    def interval(self) -> tuple[float, float] | None:
        return wilson(self.passed, self.n)

    def as_dict(self) -> dict[str, object]:
        low_high = self.interval
        return {
            "passed": self.passed,
            "n": self.n,
            "share": self.share,
            "ci95": list(low_high) if low_high else None,
        }


def wilson(passed: int, n: int, z: float = Z95) -> tuple[float, float] | None:
    """The Wilson score interval for passed successes in n trials (None when n is 0)."""
    if n == 0:
        return None
    p = passed / n
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)
