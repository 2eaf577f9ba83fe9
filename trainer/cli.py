"""`lumichats-train` / `python -m trainer`: re-run the LumiChats fine-tune from the command line."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from trainer.common.catalog import ModelNotAvailable
from trainer.common.gguf_import import GGUFImportError
from trainer.config import TrainConfig
from trainer.data import DataError
from trainer.progress import ProgressReporter


def build_parser() -> argparse.ArgumentParser:
    """The command line; anything not given comes from --config, then the recipe's defaults."""
    parser = argparse.ArgumentParser(
        prog="lumichats-train",
        description="Fine-tune a LumiChats LoRA adapter. `lumichats-train eval --help`: score one.",
    )
    parser.add_argument("--config", type=Path, help="a TOML file with any TrainConfig keys")
    parser.add_argument("--dataset", help="a .json/.jsonl/.parquet file or a Hub dataset id")
    parser.add_argument("--model", help="a catalogue id (e.g. gemma-3-270m), a model folder or a .gguf")
    parser.add_argument("--output", help="the adapter folder to write")
    parser.add_argument("--max-steps", type=int, dest="max_steps")
    parser.add_argument("--max-length", type=int, dest="max_length")
    parser.add_argument("--max-rows", type=int, dest="max_rows", help="use only the first N rows")
    parser.add_argument("--device", choices=["auto", "cpu", "cuda"])
    parser.add_argument("--no-4bit", dest="load_in_4bit", action="store_const", const=False)
    parser.add_argument("--resume", action="store_true", help="continue from the last checkpoint in --output")
    parser.add_argument("--dry-run", action="store_true", help="check data and memory, do not train")
    parser.add_argument("--progress-format", choices=["text", "jsonl"], default="text")
    several = parser.add_argument_group("several GPUs (starts `accelerate launch` for you)")
    several.add_argument(
        "--num-processes",
        type=int,
        dest="num_processes",
        help="train in N processes, one per GPU (DDP); the config's batch stays the global batch",
    )
    several.add_argument(
        "--accelerate-config",
        type=Path,
        dest="accelerate_config",
        help="an accelerate config file, e.g. trainer/recipes/fsdp_qlora.yaml for sharded QLoRA",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; expected problems print one clear line (and an error event) and exit 2.

    `lumichats-train eval ...` is the evaluation (trainer/evaluation/cli.py); anything else trains.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["eval"]:
        from trainer.evaluation.cli import main as evaluate

        return evaluate(argv[1:])
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(message)s")
    reporter = ProgressReporter(jsonl=args.progress_format == "jsonl")
    overrides = {
        k: getattr(args, k)
        for k in (
            "dataset",
            "model",
            "output",
            "max_steps",
            "max_length",
            "max_rows",
            "device",
            "load_in_4bit",
        )
    }
    config = None
    try:
        config = TrainConfig.load(args.config, overrides)
        if args.num_processes is not None or args.accelerate_config is not None:
            return _launch(argv, args, config)
        from trainer.run import train

        train(config, reporter, resume=args.resume, dry_run=args.dry_run)
    except (DataError, ModelNotAvailable, GGUFImportError, ValueError, OSError) as exc:
        reporter.emit("error", kind=type(exc).__name__, message=str(exc))
        sys.stderr.write(f"lumichats-train: {exc}\n")
        return 2
    except Exception as exc:
        from trainer.memory import is_out_of_memory, out_of_memory_message
        from trainer.run import pick_device

        if config is not None and is_out_of_memory(exc):
            message = out_of_memory_message(config, pick_device(config.device))
            reporter.emit("error", kind="OutOfMemory", message=message, detail=str(exc).split("\n")[0])
            sys.stderr.write(f"lumichats-train: {message}\n")
            return 3
        reporter.emit("error", kind=type(exc).__name__, message=str(exc))
        raise
    return 0


def _launch(argv: list[str], args: argparse.Namespace, config: TrainConfig) -> int:
    """Start the ranks through accelerate (trainer/launch.py) and return the launcher's exit code."""
    from trainer.distributed import batch_plan, this_rank
    from trainer.launch import run_processes
    from trainer.run import pick_device

    if this_rank().distributed:
        raise ValueError("--num-processes starts accelerate itself; under accelerate launch leave it out.")
    if args.num_processes is not None:  # else the accelerate config file says how many
        batch_plan(config.per_device_batch_size, config.gradient_accumulation_steps, args.num_processes)
    return run_processes(argv, args.num_processes, pick_device(config.device), args.accelerate_config)
