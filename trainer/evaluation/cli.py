"""`lumichats-train eval`: score a model (and adapter) on held-out loss and the behaviour suite."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from trainer.common.catalog import resolve
from trainer.common.dirs import app_dirs
from trainer.common.repetition import LoopGuard
from trainer.evaluation.generate import Decoding
from trainer.evaluation.runner import ItemResult
from trainer.progress import ProgressReporter

APP_TEMPERATURE, APP_TOP_P, APP_TOP_K = 0.7, 0.95, 64  # engine/sampling.py's defaults


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lumichats-train eval",
        description="Held-out loss (deduplicated against the training data) and the behaviour suite.",
    )
    parser.add_argument("--model", required=True, help="a catalogue id (lumichats-270m) or a model folder")
    parser.add_argument("--adapter", type=Path, help="a LoRA adapter folder to put on the model")
    parser.add_argument("--no-adapter", action="store_true", help="score the base model alone")
    parser.add_argument("--suite", type=Path, help="a behaviour suite file (default: the bundled one)")
    parser.add_argument("--languages", help="only these prompt languages, comma-separated (e.g. en,fr)")
    parser.add_argument("--per-language", type=int, default=0, help="at most N items per language (0: all)")
    parser.add_argument(
        "--decoding",
        choices=["greedy", "sampling", "both"],
        default="greedy",
        help="greedy, the app's default sampling (T=0.7, top-p 0.95, top-k 64), or both",
    )
    parser.add_argument(
        "--loop-guard", type=float, default=LoopGuard().multiplier, help="DRY strength as in the app; 0: off"
    )
    parser.add_argument("--max-new-tokens", type=int, default=128)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--batch-size", type=int, default=8, help="replies generated together (1: exactly the app's greedy)"
    )
    parser.add_argument("--heldout", action="append", help="held-out conversations (default: bundled set)")
    parser.add_argument(
        "--train-data",
        action="append",
        help="training files to deduplicate against (default: those in the adapter's train_config.toml)",
    )
    parser.add_argument(
        "--heldout-rows", type=int, default=0, help="score only the first N kept rows (0: all)"
    )
    parser.add_argument("--max-length", type=int, default=1024, help="tokens of each held-out row scored")
    parser.add_argument("--skip-loss", action="store_true")
    parser.add_argument("--skip-suite", action="store_true")
    parser.add_argument("--dtype", choices=["bf16", "fp32"], default="bf16", help="bf16 is what the app runs")
    parser.add_argument("--output", type=Path, help="write the report (JSON) here")
    parser.add_argument("--progress-format", choices=["text", "jsonl"], default="text")
    return parser


def _decodings(args: argparse.Namespace) -> dict[str, Decoding]:
    guard = LoopGuard(multiplier=args.loop_guard)
    greedy = Decoding(temperature=0.0, guard=guard, max_new_tokens=args.max_new_tokens, seed=args.seed)
    sampled = Decoding(
        temperature=APP_TEMPERATURE,
        top_p=APP_TOP_P,
        top_k=APP_TOP_K,
        guard=guard,
        max_new_tokens=args.max_new_tokens,
        seed=args.seed,
    )
    chosen = {"greedy": [greedy], "sampling": [sampled], "both": [greedy, sampled]}[args.decoding]
    return {d.label(): d for d in chosen}


def evaluate(args: argparse.Namespace, reporter: ProgressReporter) -> dict[str, Any]:
    """Everything the command does, returning the report."""
    import torch

    from trainer.evaluation.generate import Responder, load
    from trainer.evaluation.heldout import default_heldout_path, heldout_loss, training_files
    from trainer.evaluation.report import as_json, table
    from trainer.evaluation.runner import by_language, run_suite, summarise
    from trainer.evaluation.suite import load_suite, pick

    source = resolve(args.model, app_dirs())
    adapter = None if args.no_adapter else (args.adapter or source.adapter_dir)
    if adapter is not None and not (adapter / "adapter_config.json").is_file():
        raise ValueError(f"{adapter} is not an adapter folder (it has no adapter_config.json).")
    items = []
    if not args.skip_suite:
        languages = [x.strip() for x in args.languages.split(",")] if args.languages else None
        items = pick(load_suite(args.suite), languages, args.per_language)
        if not items:
            raise ValueError(f"No suite item is in the languages {args.languages}.")
    reporter.emit("phase", phase="loading model")
    dtype = torch.bfloat16 if args.dtype == "bf16" else torch.float32
    model, tokenizer = load(source.base_dir, adapter, dtype)
    report: dict[str, Any] = {
        "model": args.model,
        "base_dir": str(source.base_dir),
        "adapter": str(adapter) if adapter else None,
        "dtype": args.dtype,
        "device": str(next(model.parameters()).device),
        "batch_size": args.batch_size,
    }
    if not args.skip_loss:
        reporter.emit("phase", phase="held-out loss")
        train_files, missing = (args.train_data, []) if args.train_data else training_files(adapter)
        report["heldout"] = heldout_loss(
            model,
            tokenizer,
            args.heldout or [str(default_heldout_path())],
            train_files,
            max_length=args.max_length,
            max_rows=args.heldout_rows,
        )
        report["heldout"]["training_files_missing"] = missing
        reporter.emit("eval", when="heldout", loss=report["heldout"]["loss"])
    runs: dict[str, Any] = {}
    report["suite"] = {}
    for label, decoding in _decodings(args).items() if items else ():
        reporter.emit("phase", phase=f"behaviour suite, {label}")
        responder = Responder(model, tokenizer, decoding)
        started = time.monotonic()
        partial = args.output.with_suffix(".items.jsonl") if args.output else None
        results = run_suite(items, responder, _progress(reporter, label, partial), args.batch_size)
        scores = summarise(results)
        runs[label] = scores
        report["suite"][label] = {
            "decoding": asdict(decoding),
            "seconds": time.monotonic() - started,
            "scores": as_json(scores),
            "by_language": by_language(results),
            "items": [asdict(r) for r in results],
        }
    report["table"] = table(runs, report.get("heldout"))
    return report


def _progress(reporter: ProgressReporter, label: str, partial: Path | None) -> Any:
    """Report each scored item; with --output, also append it to <output>.items.jsonl as it comes.

    A long run on a slow CPU that is stopped half-way still leaves every reply it scored.
    """

    def show(number: int, total: int, result: ItemResult) -> None:
        if partial is not None:
            partial.parent.mkdir(parents=True, exist_ok=True)
            with partial.open("a", encoding="utf-8") as handle:
                handle.write(json.dumps({"run": label, **asdict(result)}, ensure_ascii=False) + "\n")
        if reporter.jsonl:
            reporter.emit(
                "eval_item", run=label, item=number, items=total, id=result.id, passed=result.passed
            )
        else:
            mark = "ok  " if result.passed else "FAIL"
            failed = ",".join(k for k, v in result.checks.items() if v is False)
            sys.stderr.write(f"[{number}/{total}] {mark} {result.id} {failed} ({result.seconds:.1f}s)\n")

    return show


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `lumichats-train eval`; problems print one clear line and exit 2."""
    from trainer.common.catalog import ModelNotAvailable
    from trainer.data import DataError
    from trainer.evaluation.suite import SuiteError

    args = build_parser().parse_args(argv)
    reporter = ProgressReporter(jsonl=args.progress_format == "jsonl")
    try:
        report = evaluate(args, reporter)
    except (ModelNotAvailable, DataError, SuiteError, ValueError, OSError) as exc:
        reporter.emit("error", kind=type(exc).__name__, message=str(exc))
        sys.stderr.write(f"lumichats-train eval: {exc}\n")
        return 2
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if reporter.jsonl:
        reporter.emit("done", status="finished", report=str(args.output) if args.output else None)
    else:
        sys.stdout.write(report["table"] + "\n")
    return 0
