"""LumiChats 270M: the shipped adapter loads on the embedded base and has learned to chat."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.common.catalog import OFFLINE_ID, entry, resolve
from trainer.common.dirs import app_dirs
from trainer.data import load_conversations

DATA = Path(__file__).resolve().parents[1] / "data"


def test_the_offline_default_is_lumichats_270m_with_its_shipped_adapter(embedded_dir: Path) -> None:
    from lumichats_desktop.engine.models import default_model_id

    assert default_model_id(app_dirs()) == OFFLINE_ID
    source = resolve(OFFLINE_ID, app_dirs())
    assert source.adapter_dir is not None and (source.adapter_dir / "adapter_model.safetensors").is_file()
    assert "LumiChats 4B is the real assistant" in entry(OFFLINE_ID).description


@pytest.mark.parametrize(
    ("held_out", "margin"),
    [
        # 20 ShareGPT conversations that neither adapter trained on: v1 read only the first 90 MB, v2's mix
        # (the whole file) held 4 of the 24 this file had, which were removed (build_training_mix.py).
        ("heldout_sharegpt.jsonl", 0.1),
        # Hand-written Q&A in six languages plus a two-turn one; never in any training file.
        ("heldout_multilingual.jsonl", 0.1),
    ],
)
def test_adapter_loss_on_unseen_conversations_is_clearly_below_the_base(
    embedded_dir: Path, held_out: str, margin: float
) -> None:
    from lumichats_desktop.engine.models import open_model
    from trainer.common.cpu import cpu_has_native_bf16
    from trainer.loss import heldout_loss

    conversations, _ = load_conversations(str(DATA / held_out))
    # A plain transformers model (the CPU decode path runs no full forward); bf16 only where it is native:
    # emulated bf16 on an AVX2-only CPU is ~100x slower than fp32.
    dtype = "bf16" if cpu_has_native_bf16() else "fp32"
    loaded = open_model(OFFLINE_ID, app_dirs(), device="cpu", quantization=dtype)
    tuned = heldout_loss(loaded.model, loaded.tokenizer, conversations)
    loaded.set_adapter_enabled(False)
    base = heldout_loss(loaded.model, loaded.tokenizer, conversations)
    assert tuned < base - margin, (tuned, base)
