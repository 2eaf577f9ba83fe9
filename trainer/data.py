"""Training data in: a local file or a Hub dataset as clean conversations, and the held-out split.

Reading and checking rows is trainer/common/conversations.py (the app's preview shares it); this adds
Hub datasets (the `datasets` package) and the seeded split.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from trainer.common.chat_format import Message
from trainer.common.conversations import (
    NOTE_LIMIT,
    ROLE_NAMES,
    DataError,
    DataSummary,
    RowError,
    RowNote,
    _raw_rows,
    conversations_from,
    normalise,
    rows_text,
)

__all__ = [
    "NOTE_LIMIT",
    "ROLE_NAMES",
    "DataError",
    "DataSummary",
    "RowError",
    "RowNote",
    "load_conversations",
    "normalise",
    "rows_text",
    "split",
]


def _hub_rows(dataset_id: str) -> Iterator[tuple[int, Any]]:
    try:
        from datasets import load_dataset
    except ImportError as exc:
        raise DataError(
            f"Loading {dataset_id} from the Hugging Face Hub needs the 'datasets' package "
            "(pip install datasets), or download it and pass the local file."
        ) from exc
    try:
        rows = load_dataset(dataset_id, split="train")
    except Exception as exc:  # network, auth and format errors all end the same way for the user
        raise DataError(f"Could not load {dataset_id} from the Hub: {exc}") from exc
    yield from enumerate(rows, 1)


def load_conversations(source: str, max_rows: int = 0) -> tuple[list[list[Message]], DataSummary]:
    """All usable conversations of a local file or Hub dataset, and what was done to the rest."""
    path = Path(source).expanduser()
    if path.exists():
        rows: Iterable[tuple[int, Any]] = _raw_rows(path)
        name = path.name
    elif source.count("/") == 1 and not source.startswith((".", "/")):
        rows, name = _hub_rows(source), source
    else:
        raise DataError(f"{source} does not exist. Give a .json/.jsonl/.parquet file or a Hub dataset id.")
    out, summary = conversations_from(rows, DataSummary(name), max_rows)
    if not out:
        raise DataError(f"{name}: no usable conversation.\n{summary.text()}")
    return out, summary


T = TypeVar("T")


def split(conversations: list[T], eval_share: float, seed: int, max_eval: int) -> tuple[list[T], list[T]]:
    """A seeded held-out split: (train, eval); at least one row each when there are two or more."""
    order = list(range(len(conversations)))
    random.Random(seed).shuffle(order)
    n_eval = min(max_eval, max(1, round(len(order) * eval_share))) if len(order) > 1 else 0
    held = set(order[:n_eval])
    train = [c for i, c in enumerate(conversations) if i not in held]
    return train, [conversations[i] for i in order[:n_eval]]
