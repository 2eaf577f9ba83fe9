"""Held-out response-only loss on conversations that are not in the training data."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import tomllib

from trainer.common.chat_format import Message
from trainer.common.resources import resource_dir
from trainer.data import DataError, load_conversations
from trainer.evaluation.dedup import TrainingIndex, deduplicate
from trainer.loss import heldout_sums

log = logging.getLogger(__name__)


def default_heldout_path() -> Path:
    """The held-out set that ships with the app (resources/eval/README.md says how it was made)."""
    return resource_dir() / "eval" / "heldout.jsonl"


def training_files(adapter_dir: Path | None) -> tuple[list[str], list[str]]:
    """(files found, files missing) that the adapter's train_config.toml says it trained on.

    Relative paths are tried from the working folder, then from the repository (or app) root.
    """
    if adapter_dir is None or not (adapter_dir / "train_config.toml").is_file():
        return [], []
    config = tomllib.loads((adapter_dir / "train_config.toml").read_text(encoding="utf-8"))
    found, missing = [], []
    for name in [config.get("dataset", ""), *config.get("extra_datasets", [])]:
        if not name:
            continue
        candidates = [Path(name), resource_dir().parent / name]
        hit = next((p for p in candidates if p.is_file()), None)
        if hit is not None:
            found.append(str(hit))
        else:
            missing.append(str(name))
    return found, missing


def load_training(files: list[str]) -> list[list[Message]]:
    """Every conversation of the training files (unreadable files are a DataError naming the file)."""
    conversations: list[list[Message]] = []
    for name in files:
        rows, _ = load_conversations(name)
        conversations += rows
    return conversations


def heldout_loss(
    model: Any,
    tokenizer: Any,
    heldout_files: list[str],
    train_files: list[str],
    max_length: int = 1024,
    max_rows: int = 0,
) -> dict[str, Any]:
    """Mean response-only loss per reply token on held-out rows not seen in training, with counts."""
    held: list[list[Message]] = []
    for name in heldout_files:
        rows, _ = load_conversations(name)
        held += rows
    index = TrainingIndex(load_training(train_files))
    kept, report = deduplicate(held, index)
    if not kept:
        raise DataError("Every held-out conversation is also in the training data: nothing left to score.")
    if max_rows:
        kept = kept[:max_rows]
    total, count, scored = heldout_sums(model, tokenizer, kept, max_length)
    return {
        "loss": total / max(count, 1),
        "conversations": scored,
        "tokens": count,
        "max_length": max_length,
        "files": heldout_files,
        "deduplicated_against": {"files": train_files, "conversations": index.size},
        "dedup": report.as_dict(),
    }
