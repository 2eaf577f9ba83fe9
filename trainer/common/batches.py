"""How a recipe's batch is split over training processes: arithmetic shared by the trainer and the wizard."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BatchPlan:
    """How one optimizer step's conversations are taken: per device, accumulated, over the processes."""

    per_device: int
    accumulation: int
    processes: int

    @property
    def global_batch(self) -> int:
        return self.per_device * self.accumulation * self.processes


def batch_plan(per_device_batch_size: int, gradient_accumulation_steps: int, processes: int) -> BatchPlan:
    """Split the config's global batch (per_device_batch_size x gradient_accumulation_steps) over processes.

    The config describes one optimizer step as one device would take it, so a recipe means the same
    training on 1 GPU or 8. Each rank takes global / processes conversations a step: the largest
    per-device batch not above per_device_batch_size that divides that share, accumulated as often as
    needed. Recipe 2 x 4 = 8: 2 processes take 2 x 2 each, 4 take 2 x 1, 8 take 1 x 1.
    """
    total = per_device_batch_size * gradient_accumulation_steps
    if total % processes:
        fitting = [n for n in range(1, total + 1) if total % n == 0]
        raise ValueError(
            f"The global batch ({per_device_batch_size} x {gradient_accumulation_steps} = {total} "
            f"conversations a step) cannot be split evenly over {processes} processes. Use "
            f"{', '.join(map(str, fitting))} processes, or make per_device_batch_size x "
            f"gradient_accumulation_steps a multiple of {processes}."
        )
    share = total // processes
    per_device = max(d for d in range(1, min(per_device_batch_size, share) + 1) if share % d == 0)
    return BatchPlan(per_device, share // per_device, processes)
