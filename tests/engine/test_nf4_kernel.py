"""Our reading of bitsandbytes' NF4 layout gives bitsandbytes' own weights, and the kernel its products."""

from __future__ import annotations

import importlib.util

import pytest
import torch

from lumichats_desktop.engine.nf4_weights import NF4Weight, dequantize, nf4_weight, pair_table


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
    weight = nf4_weight(param)
    assert weight is not None and weight.packed.shape == (out_features, in_features // 2)
    expected = bnbf.dequantize_4bit(param.data, param.quant_state)
    assert expected.dtype == torch.bfloat16
    torch.testing.assert_close(dequantize(weight, torch.bfloat16), expected, rtol=0, atol=0)


def test_the_pair_table_holds_both_levels_of_each_byte() -> None:
    code = torch.linspace(-1, 1, 16)
    table = pair_table(code)
    low = (table & 0xFFFFFFFF).to(torch.int32).view(torch.float32)
    high = (table >> 32).to(torch.int32).view(torch.float32)
    byte = 0x3C  # high nibble 3 (the even element), low nibble 12
    assert low[byte] == code[3] and high[byte] == code[12]


@pytest.mark.skipif(importlib.util.find_spec("triton") is None, reason="Triton is not installed (CPU build)")
def test_triton_kernel_matches_the_reference_in_the_interpreter(monkeypatch: pytest.MonkeyPatch) -> None:
    """Slow but exact check of the kernel's indexing on the CPU (TRITON_INTERPRET=1); CI skips it."""
    monkeypatch.setenv("TRITON_INTERPRET", "1")
    from lumichats_desktop.engine.kernels.nf4_gemv import NF4Gemv

    param = _quantized(32, 256, True, seed=3)
    weight = nf4_weight(param)
    assert isinstance(weight, NF4Weight)
    x = torch.randn(1, 1, 256, dtype=torch.float32)
    got = NF4Gemv(weight, config=(8, 128, 4))(x)
    expected = x.reshape(1, -1) @ dequantize(weight).T
    torch.testing.assert_close(got.reshape(-1), expected.reshape(-1), rtol=1e-4, atol=1e-4)


@pytest.mark.skipif(importlib.util.find_spec("triton") is None, reason="Triton is not installed (CPU build)")
def test_decode_attention_kernel_matches_masked_softmax_in_the_interpreter(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TRITON_INTERPRET", "1")
    from lumichats_desktop.engine.kernels.decode_attention import decode_attention

    torch.manual_seed(4)
    heads, kv_heads, slots, dim = 4, 2, 200, 32  # slots not a multiple of the chunk: edge handled
    q = torch.randn(1, heads, 1, dim)
    k = torch.randn(1, kv_heads, slots, dim)
    v = torch.randn(1, kv_heads, slots, dim)
    mask = torch.rand(slots) < 0.5
    mask[70:140] = False  # a whole chunk with nothing visible
    got = decode_attention(q, k, v, mask, scale=0.2)
    kk = k.repeat_interleave(heads // kv_heads, dim=1)
    vv = v.repeat_interleave(heads // kv_heads, dim=1)
    expected = torch.nn.functional.scaled_dot_product_attention(
        q, kk, vv, attn_mask=mask.view(1, 1, 1, -1), scale=0.2
    )
    torch.testing.assert_close(got, expected, rtol=1e-4, atol=1e-4)


@pytest.mark.skipif(importlib.util.find_spec("triton") is None, reason="Triton is not installed (CPU build)")
def test_norm_and_rope_kernels_match_transformers_in_the_interpreter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRITON_INTERPRET", "1")
    from transformers.models.gemma3.modeling_gemma3 import Gemma3RMSNorm, apply_rotary_pos_emb

    from lumichats_desktop.engine.kernels.decode_elementwise import rms_norm, rope

    torch.manual_seed(5)
    norm = Gemma3RMSNorm(96, eps=1e-6)
    torch.nn.init.normal_(norm.weight)
    x = torch.randn(1, 3, 1, 96) * 4  # three heads' rows; 96 is no power of two
    torch.testing.assert_close(rms_norm(x, norm.weight.detach(), norm.eps), norm(x).detach())
    q, k = torch.randn(1, 4, 1, 32), torch.randn(1, 2, 1, 32)
    angles = torch.rand(1, 1, 32) * 6
    expected = apply_rotary_pos_emb(q, k, angles.cos(), angles.sin())
    got = (rope(q, angles.cos(), angles.sin()), rope(k, angles.cos(), angles.sin()))
    torch.testing.assert_close(got, expected)
