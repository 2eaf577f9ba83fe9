"""Fixtures shared by the trainer's tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


@pytest.fixture
def learnable(tmp_path: Path) -> Path:
    """The same three short exchanges many times: a model that learns must get its loss down."""
    rows = [
        {"conversations": [{"from": "human", "value": q}, {"from": "gpt", "value": a}]}
        for q, a in [
            ("Colour of the sky?", "Blue."),
            ("Colour of grass?", "Green."),
            ("Two plus two?", "Four."),
        ]
    ] * 20
    path = tmp_path / "learnable.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows))
    return path
