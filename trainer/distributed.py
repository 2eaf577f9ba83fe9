"""Several training processes (`accelerate launch`, torchrun): this rank, its device, its share of the batch,
and one stop decision for all ranks.

The trainer runs unchanged in each process; what differs per rank is read from the variables the launcher
sets (RANK, LOCAL_RANK, WORLD_SIZE). Rank 0 alone talks to the user and writes files; every rank takes part
in the collectives (training steps, evaluation, the stop vote), so none may skip them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from trainer.common.batches import BatchPlan, batch_plan

__all__ = ["BatchPlan", "Rank", "batch_plan"]

# Set by `lumichats-train --num-processes N` (trainer/launch.py): a file whose existence asks every rank to
# stop, and the pid of that parent, whose death is also a stop (so killed parents leave no orphan ranks).
STOP_FILE_ENV = "LUMICHATS_STOP_FILE"
PARENT_PID_ENV = "LUMICHATS_LAUNCHER_PID"


@dataclass(frozen=True)
class Rank:
    """Which process of how many this is (index across machines, local on this one)."""

    index: int = 0
    local: int = 0
    world: int = 1

    @property
    def main(self) -> bool:
        """Rank 0: the one that prints progress and writes the output folder."""
        return self.index == 0

    @property
    def distributed(self) -> bool:
        return self.world > 1


def this_rank() -> Rank:
    """This process's rank from the launcher's environment (a plain run is rank 0 of 1)."""
    return Rank(
        index=int(os.environ.get("RANK", "0")),
        local=int(os.environ.get("LOCAL_RANK", "0")),
        world=int(os.environ.get("WORLD_SIZE", "1")),
    )


def rank_device(device: str, rank: Rank) -> str:
    """The device this rank trains on: its own GPU (cuda:LOCAL_RANK) when several ranks share a machine."""
    if device != "cuda" or not rank.distributed:
        return device
    count = torch.cuda.device_count()
    if rank.local >= count:
        raise ValueError(
            f"Process {rank.local} on this machine has no GPU of its own ({count} found). "
            f"Start at most {count} processes (--num-processes / --num_processes)."
        )
    # The current device too: FSDP (no device_map) places the shards on it and checks it against its
    # device_id, and NCCL's collectives use it (seen on 2 x H200: "cuda:0 vs cuda:1" on rank 1 otherwise).
    torch.cuda.set_device(rank.local)
    return f"cuda:{rank.local}"


def one_device_per_process(args: Any) -> None:
    """Make the Trainer count one device for this process, whatever the machine has.

    A single process on a machine with several GPUs gets TrainingArguments.n_gpu = all of them, and the
    Trainer then takes per_device_train_batch_size x n_gpu rows per forward although a 4-bit model is
    never wrapped in DataParallel: on 2 x H200 a plain run trained 16 conversations a step instead of the
    recipe's 8 (4.2 s/step against 1.05 s for 2 DDP ranks). Several GPUs are used through ranks
    (`--num-processes`), each with one device.
    """
    if getattr(args, "_n_gpu", 0) > 1:
        args._n_gpu = 1


def sharded_training() -> bool:
    """Whether accelerate shards the model over the ranks (FSDP), so no rank loads a whole copy on its GPU."""
    return os.environ.get("ACCELERATE_USE_FSDP", "false").lower() == "true"


def stop_requested_here() -> bool:
    """A stop asked of this process by its launcher: the stop file exists, or the launcher is gone."""
    stop_file = os.environ.get(STOP_FILE_ENV)
    if stop_file and Path(stop_file).exists():
        return True
    parent = os.environ.get(PARENT_PID_ENV)
    if parent and os.name == "posix":
        try:
            os.kill(int(parent), 0)
        except ProcessLookupError:
            return True
        except (PermissionError, ValueError):
            pass
    return False


def step_vote(stop_here: bool, tokens_here: int) -> tuple[bool, int]:
    """(whether any rank wants to stop, tokens trained on all ranks): a collective, called by every rank
    after every optimizer step.

    A stop seen by one rank only (a signal sent to that process) must end all of them at the same step,
    or the others would wait forever in the next step's gradient all-reduce.
    """
    stop_here = stop_here or stop_requested_here()
    if not (torch.distributed.is_available() and torch.distributed.is_initialized()):
        return stop_here, tokens_here
    backend = torch.distributed.get_backend()
    device = torch.device("cuda", torch.cuda.current_device()) if backend == "nccl" else torch.device("cpu")
    totals = torch.tensor([int(stop_here), tokens_here], dtype=torch.int64, device=device)
    torch.distributed.all_reduce(totals)  # a sum: any stop vote makes it positive
    return bool(totals[0].item()), int(totals[1].item())


def wrap_after_evaluation(trainer: Any) -> None:
    """Let train() wrap the model in DDP although Trainer.evaluate() ran first.

    evaluate() on a fresh Trainer prepares the bare model in evaluation mode and marks it as prepared;
    train() then skips the DDP wrap and every rank trains alone on its own gradients (transformers 5.24,
    accelerate 1.15). FSDP and DeepSpeed prepare the model for real in evaluate(), so they keep it.
    """
    model = trainer.model
    if trainer.is_fsdp_enabled or trainer.is_deepspeed_enabled:
        return
    if getattr(model, "_is_accelerate_prepared", False):
        model._is_accelerate_prepared = False
        trainer.accelerator._models = [m for m in trainer.accelerator._models if m is not model]


def wrapper_kind(model: Any) -> str:
    """ "ddp", "sharded" (FSDP 1 or 2) or "" for a model the Trainer did not wrap (one process, or eval)."""
    if isinstance(model, torch.nn.parallel.DistributedDataParallel):
        return "ddp"
    from torch.distributed.fsdp import FSDPModule, FullyShardedDataParallel

    return "sharded" if isinstance(model, (FullyShardedDataParallel, FSDPModule)) else ""
