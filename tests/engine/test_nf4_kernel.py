"""Our reading of bitsandbytes' NF4 layout gives bitsandbytes' own weights, and the kernel its products."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys

import pytest
import torch

from lumichats_desktop.engine.nf4_weights import dequantize, nf4_weight


def _quantized(out_features: int, in_features: int, nested: bool, seed: int):  # type: ignore[no-untyped-def]
    import bitsandbytes as bnb

    torch.manual_seed(seed)
    dense = torch.randn(out_features, in_features, dtype=torch.bfloat16) * 0.05
    param = bnb.nn.Params4bit(
        dense, requires_grad=False, quant_type="nf4", blocksize=64, compress_statistics=nested
    )
    param._quantize("cpu")  # what .cuda() does on a GPU, here on the CPU
    return param


@pytest.mark.parametrize("nested", [True, False])  # our nf4_config uses double quantization
@pytest.mark.parametrize(("out_features", "in_features"), [(256, 128), (64, 640)])
def test_reference_dequant_equals_bitsandbytes(nested: bool, out_features: int, in_features: int) -> None:
    import bitsandbytes.functional as bnbf

    param = _quantized(out_features, in_features, nested, seed=out_features + nested)
    weight = nf4_weight(param, scale_dtype=torch.float32)
    assert weight is not None and weight.packed.shape == (out_features, in_features // 2)
    expected = bnbf.dequantize_4bit(param.data, param.quant_state)
    assert expected.dtype == torch.bfloat16
    torch.testing.assert_close(dequantize(weight, torch.bfloat16), expected, rtol=0, atol=0)
    # What the kernel reads: fp16 scales, within fp16's rounding of bitsandbytes' fp32 ones
    kernel_weight = nf4_weight(param)
    assert kernel_weight is not None and kernel_weight.absmax.dtype == torch.float16
    torch.testing.assert_close(kernel_weight.absmax.float(), weight.absmax, rtol=2**-11, atol=0)


@pytest.mark.skipif(importlib.util.find_spec("triton") is None, reason="Triton is not installed (CPU build)")
@pytest.mark.parametrize(
    "check",
    [
        "nf4_gemv",
        "stacked_gemv",
        "decode_attention",
        "norm_and_rope",
        "fused_layer_kernels",
        "decode_step",
        "decode_step_with_lora",
        "grouped_projections",
        "decode_step_one_projection_at_a_time",
    ],
)
def test_triton_kernels_in_the_interpreter(check: str) -> None:
    """Each kernel against its reference, run by Triton's interpreter on the CPU in a fresh process.

    A process of its own because Triton reads TRITON_INTERPRET when it is first imported.
    """
    done = subprocess.run(
        [sys.executable, "-m", "tests.engine.triton_interpreter_checks", check],
        env={**os.environ, "TRITON_INTERPRET": "1", "LUMICHATS_FAST_KERNELS": "1"},  # every kernel
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == f"{check} ok"
