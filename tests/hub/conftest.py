from __future__ import annotations

import json
import os

from tests.hub.fake_hub import FakeRepo

WEIGHTS = os.urandom(700_000)


def model_repo() -> FakeRepo:
    return FakeRepo(
        {
            "config.json": json.dumps({"model_type": "gemma3_text"}).encode(),
            "model.safetensors": WEIGHTS,
            "tokenizer.json": b"{}",
            "pytorch_model.bin": b"pickle, never fetched",
            "README.md": b"# card",
        }
    )
