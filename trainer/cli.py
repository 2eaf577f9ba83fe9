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
    try:
        config = TrainConfig.load(args.config, overrides)
        from trainer.run import train

        train(config, reporter, resume=args.resume, dry_run=args.dry_run)
    except (DataError, ModelNotAvailable, GGUFImportError, ValueError, OSError) as exc:
        reporter.emit("error", kind=type(exc).__name__, message=str(exc))
        sys.stderr.write(f"lumichats-train: {exc}\n")
        return 2
    except Exception as exc:
        if "out of memory" in str(exc).lower():
            message = "Out of memory. Lower max_length or the batch size, or enable 4-bit."
            reporter.emit("error", kind="OutOfMemory", message=message)
            sys.stderr.write(f"lumichats-train: {message}\n")
            return 3
        reporter.emit("error", kind=type(exc).__name__, message=str(exc))
        raise
    return 0
