"""Our Triton kernels against their references, for Triton's interpreter on the CPU.

    TRITON_INTERPRET=1 python -m tests.engine.triton_interpreter_checks CHECK

Run by tests/engine/test_nf4_kernel.py in a process of its own (Triton reads TRITON_INTERPRET when first
imported). Prints "CHECK ok" on success; a failed comparison raises.
"""

from __future__ import annotations

import sys

import torch

PROJECTIONS = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")


def _params4bit(weight: torch.Tensor):  # type: ignore[no-untyped-def]
    import bitsandbytes as bnb

    param = bnb.nn.Params4bit(weight, requires_grad=False, quant_type="nf4", compress_statistics=True)
    param._quantize("cpu")  # what .cuda() does on a GPU
    return param


def nf4_gemv() -> None:
    from lumichats_desktop.engine.kernels.nf4_gemv import NF4Gemv
    from lumichats_desktop.engine.nf4_weights import dequantize, nf4_weight

    torch.manual_seed(3)
    weight = nf4_weight(_params4bit(torch.randn(32, 256, dtype=torch.bfloat16) * 0.05))
    assert weight is not None
    x = torch.randn(1, 1, 256)
    for config in ((8, 128, 4), (1, 256, 2)):
        got = NF4Gemv(weight, config=config)(x)
        expected = x.reshape(1, -1) @ dequantize(weight).T
        torch.testing.assert_close(got.reshape(-1), expected.reshape(-1), rtol=1e-4, atol=1e-4)
    a, b = torch.randn(8, 256), torch.randn(32, 8)  # a LoRA branch added in the kernel
    ax = a @ x.reshape(-1)
    got = NF4Gemv(weight)(x, lora=(b, ax, 0.5))
    torch.testing.assert_close(got.reshape(-1), expected.reshape(-1) + 0.5 * b @ ax, rtol=1e-4, atol=1e-4)


def decode_attention() -> None:
    from lumichats_desktop.engine.kernels.decode_attention import decode_attention as attend

    torch.manual_seed(4)
    heads, kv_heads, slots, dim = 4, 2, 200, 32  # slots not a multiple of the chunk: edge handled
    q = torch.randn(1, heads, 1, dim)
    k = torch.randn(1, kv_heads, slots, dim)
    v = torch.randn(1, kv_heads, slots, dim)
    mask = torch.rand(slots) < 0.5
    mask[70:140] = False  # a whole chunk with nothing visible
    got = attend(q, k, v, mask, scale=0.2)
    kk = k.repeat_interleave(heads // kv_heads, dim=1)
    vv = v.repeat_interleave(heads // kv_heads, dim=1)
    sdpa = torch.nn.functional.scaled_dot_product_attention
    expected = sdpa(q, kk, vv, attn_mask=mask.view(1, 1, 1, -1), scale=0.2)
    torch.testing.assert_close(got, expected, rtol=1e-4, atol=1e-4)


def norm_and_rope() -> None:
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


def _tiny_nf4_model(repeat: int = 1, dtype: torch.dtype = torch.float32):  # type: ignore[no-untyped-def]
    """The tiny Gemma-3 with its seven projections in NF4 (double quantized), as the app loads the 4B.

    repeat: how many times its (sliding, global) pair of layers is stacked; dtype: the compute dtype.
    """
    import bitsandbytes as bnb
    from transformers import Gemma3ForCausalLM

    from tests.tiny_models import tiny_text_config

    torch.manual_seed(6)
    config = tiny_text_config()
    config.layer_types = config.layer_types * repeat
    config.num_hidden_layers = len(config.layer_types)
    config._attn_implementation = "sdpa"
    model = Gemma3ForCausalLM(config).to(dtype).eval()
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
                    compute_dtype=dtype,
                    quant_type="nf4",
                    compress_statistics=True,
                )
                quantized.weight = _params4bit(linear.weight.data)
                setattr(parent, name, quantized)
    return model


def decode_step() -> None:
    """FastDecoder with every kernel in place (14 NF4 layers, 13 norms, attention, RoPE) = the eager model."""
    from lumichats_desktop.engine.fast_decode import FastDecoder

    model = _tiny_nf4_model()
    ids = torch.randint(3, 262144, (80,)).tolist()  # past the 64-token window
    with torch.no_grad():
        expected = model(input_ids=torch.tensor([ids])).logits[0, -3:]
    fast = FastDecoder(model, max_len=128)
    assert fast.nf4_layers == 14 and fast.norm_layers == 13 and fast.attention
    got = [fast.prefill(ids[:-2]), fast.step(ids[-2]), fast.step(ids[-1])]
    torch.testing.assert_close(torch.stack(got), expected, rtol=1e-3, atol=1e-3)


def decode_step_with_lora() -> None:
    """The same with a PEFT LoRA (r=8, seven projections, non-zero B) added inside the NF4 kernel."""
    from peft import LoraConfig, get_peft_model

    from lumichats_desktop.engine.fast_decode import FastDecoder

    torch.manual_seed(7)
    config = LoraConfig(r=8, lora_alpha=16, target_modules=list(PROJECTIONS), init_lora_weights=False)
    model = get_peft_model(_tiny_nf4_model(), config).eval()
    ids = torch.randint(3, 262144, (40,)).tolist()
    with torch.no_grad():
        expected = model(input_ids=torch.tensor([ids])).logits[0, -2:]
        with model.disable_adapter():
            base = model(input_ids=torch.tensor([ids])).logits[0, -2:]
    assert not torch.allclose(expected, base, atol=1e-2)  # the adapter matters to these logits
    fast = FastDecoder(model, max_len=128)
    assert fast.nf4_layers == 14 and fast.lora_layers == 14
    got = [fast.prefill(ids[:-1]), fast.step(ids[-1])]
    torch.testing.assert_close(torch.stack(got), expected, rtol=1e-3, atol=1e-3)


CHECKS = {
    f.__name__: f for f in (nf4_gemv, decode_attention, norm_and_rope, decode_step, decode_step_with_lora)
}

if __name__ == "__main__":
    name = sys.argv[1]
    CHECKS[name]()
    sys.stdout.write(f"{name} ok\n")
