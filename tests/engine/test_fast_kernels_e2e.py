"""The decode step with all our Triton kernels in place gives the eager model's logits (tiny NF4 Gemma-3).

Runs the kernels in Triton's interpreter on the CPU (TRITON_INTERPRET=1): skipped where Triton is not
installed, as in CI; on a CUDA machine benchmarks/gpu_speed.py makes the same comparison on the 4B.
"""

from __future__ import annotations

import importlib.util

import pytest
import torch

from tests.tiny_models import tiny_text_config

pytestmark = pytest.mark.skipif(importlib.util.find_spec("triton") is None, reason="Triton is not installed")
PROJECTIONS = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")


def _tiny_nf4_model():  # type: ignore[no-untyped-def]
    """The tiny Gemma-3 with its seven projections in NF4 (double quantized), as the app loads the 4B."""
    import bitsandbytes as bnb
    from transformers import Gemma3ForCausalLM

    torch.manual_seed(6)
    config = tiny_text_config()
    config._attn_implementation = "sdpa"
    model = Gemma3ForCausalLM(config).float().eval()
    for layer in model.model.layers:
        for parent in (layer.self_attn, layer.mlp):
            for name in PROJECTIONS:
                linear = getattr(parent, name, None)
                if linear is None:
                    continue
                quantized = bnb.nn.Linear4bit(
                    linear.in_features,
                    linear.out_features,
                    bias=False,
                    compute_dtype=torch.float32,
                    quant_type="nf4",
                    compress_statistics=True,
                )
                param = bnb.nn.Params4bit(
                    linear.weight.data, requires_grad=False, quant_type="nf4", compress_statistics=True
                )
                param._quantize("cpu")
                quantized.weight = param
                setattr(parent, name, quantized)
    return model


def test_a_step_with_our_kernels_matches_the_eager_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRITON_INTERPRET", "1")
    from lumichats_desktop.engine.fast_decode import FastDecoder

    model = _tiny_nf4_model()
    ids = torch.randint(3, 262144, (80,)).tolist()  # past the 64-token window
    with torch.no_grad():
        expected = model(input_ids=torch.tensor([ids])).logits[0, -3:]
    fast = FastDecoder(model, max_len=128)
    assert fast.nf4_layers == 14 and fast.norm_layers == 13 and fast.attention
    got = [fast.prefill(ids[:-2]), fast.step(ids[-2]), fast.step(ids[-1])]
    torch.testing.assert_close(torch.stack(got), expected, rtol=1e-3, atol=1e-3)
