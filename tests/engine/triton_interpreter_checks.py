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
    for config in ((4, 64, 2), (8, 128, 4), (2, 64, 2)):
        got = NF4Gemv(weight, config=config)(x, lora=(b, ax, 0.5))
        want = expected.reshape(-1) + 0.5 * b @ ax
        torch.testing.assert_close(got.reshape(-1), want, rtol=1e-4, atol=1e-4)


def stacked_gemv() -> None:
    """Three projections stacked row-wise, each with its own LoRA branch: one launch, three products."""
    from dataclasses import replace

    from lumichats_desktop.engine.kernels.nf4_gemv import NF4Gemv
    from lumichats_desktop.engine.nf4_weights import dequantize, nf4_weight

    torch.manual_seed(8)
    parts = [nf4_weight(_params4bit(torch.randn(n, 128, dtype=torch.bfloat16) * 0.05)) for n in (32, 16, 16)]
    assert all(p is not None for p in parts)
    stacked = replace(
        parts[0],  # type: ignore[arg-type]
        packed=torch.cat([p.packed for p in parts]),  # type: ignore[union-attr]
        absmax=torch.cat([p.absmax for p in parts]),  # type: ignore[union-attr]
        out_features=64,
    )
    x = torch.randn(1, 1, 128)
    a = [torch.randn(4, 128) for _ in parts]
    b = [torch.randn(p.out_features, 4) for p in parts]  # type: ignore[union-attr]
    ax = torch.cat([ai @ x.reshape(-1) for ai in a])
    expected = torch.cat(
        [
            x.reshape(-1) @ dequantize(p).T + 0.5 * bi @ (ai @ x.reshape(-1))  # type: ignore[arg-type]
            for p, ai, bi in zip(parts, a, b, strict=True)
        ]
    )
    for config in ((16, 128, 4), (4, 64, 2), (1, 128, 2)):
        got = NF4Gemv(stacked, config=config, bounds=(32, 48))(x, lora=(torch.cat(b), ax, 0.5))
        torch.testing.assert_close(got.reshape(-1), expected, rtol=1e-4, atol=1e-4)


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


def fused_layer_kernels() -> None:
    """Norm chains and GELU * up in bf16 give what transformers' modules give, and their LoRA A x
    partial sums add up to A times their output."""
    from transformers.models.gemma3.modeling_gemma3 import Gemma3MLP, Gemma3RMSNorm

    from lumichats_desktop.engine.kernels.decode_elementwise import gelu_mul, norm_chain
    from tests.tiny_models import tiny_text_config

    torch.manual_seed(7)
    d = 400  # no power of two, and more than one 256-column chunk
    first, second = Gemma3RMSNorm(d, eps=1e-6), Gemma3RMSNorm(d, eps=1e-6)
    for norm in (first, second):
        torch.nn.init.normal_(norm.weight)
        norm.to(torch.bfloat16)
    h = (torch.randn(1, 1, d) * 30).to(torch.bfloat16)
    residual = (torch.randn(1, 1, d) * 8).to(torch.bfloat16)
    a = torch.randn(24, d)  # three stacked rank-8 A matrices, fp32 as PEFT keeps them
    close = {"rtol": 1.6e-2, "atol": 2e-2}  # one bf16 step: a sum in another order may round otherwise
    with torch.no_grad():
        normed, none, ax = norm_chain(h, first.weight, 1e-6, lora_a=a)
        assert none is None and ax is not None and ax.shape == (2, 24)
        torch.testing.assert_close(normed, first(h), **close)
        torch.testing.assert_close(ax.sum(0), a @ normed.float().reshape(-1), rtol=1e-4, atol=1e-3)
        total = residual + first(h)
        total_got, got, ax = norm_chain(h, first.weight, 1e-6, residual, second.weight, lora_a=a[:16])
        assert got is not None and ax is not None
        torch.testing.assert_close(total_got, total, **close)
        torch.testing.assert_close(got, second(total), **close)
        torch.testing.assert_close(ax.sum(0), a[:16] @ got.float().reshape(-1), rtol=1e-4, atol=1e-3)
        only_total, none, no_ax = norm_chain(h, first.weight, 1e-6, residual)
        assert none is None and no_ax is None
        torch.testing.assert_close(only_total, total_got, rtol=0, atol=0)
        mlp = Gemma3MLP(tiny_text_config())
        gate, up = (
            (torch.randn(1, 1, 1500) * 3).to(torch.bfloat16),
            torch.randn(1, 1, 1500).to(torch.bfloat16),
        )
        a = torch.randn(8, 1500)
        act, ax = gelu_mul(gate, up, lora_a=a, block=512)
        assert ax is not None and ax.shape == (3, 8)
        torch.testing.assert_close(act, mlp.act_fn(gate) * up, **close)
        torch.testing.assert_close(ax.sum(0), a @ act.float().reshape(-1), rtol=1e-4, atol=1e-3)


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
    assert fast.nf4_layers == 14 and fast.norm_layers == 13 and fast.attention and len(fast.groups) == 4
    assert fast.fused_layers == 2
    got = [fast.prefill(ids[:-2]), fast.step(ids[-2]), fast.step(ids[-1])]
    torch.testing.assert_close(torch.stack(got), expected, rtol=1e-3, atol=1e-3)
    # A LoRA put on the stacked model afterwards: stacked again, with its branches, in the same memory.
    from peft import LoraConfig, get_peft_model

    weights = _storage_bytes([p.data for p in model.parameters()])
    config = LoraConfig(r=8, lora_alpha=16, target_modules=list(PROJECTIONS), init_lora_weights=False)
    model = get_peft_model(model, config).eval()
    with torch.no_grad():
        expected = model(input_ids=torch.tensor([ids])).logits[0, -1]
    fast = FastDecoder(model, max_len=128)
    assert len(fast.groups) == 4 and all(group.rank == 8 for group in fast.groups)
    fast.prefill(ids[:-1])
    torch.testing.assert_close(fast.step(ids[-1]), expected, rtol=1e-3, atol=1e-3)
    bases = [p.data for n, p in model.named_parameters() if "lora_" not in n]
    assert _storage_bytes(bases) == weights


def decode_step_with_lora(groups: int = 4) -> None:
    """The same with a PEFT LoRA (r=8, seven projections, non-zero B) added inside the NF4 kernel; q/k/v
    and gate/up stacked (`groups` of them), their LoRA branches too. Then with the adapter off."""
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
    assert fast.nf4_layers == 14 and fast.lora_layers == 14 and len(fast.groups) == groups
    from lumichats_desktop.engine.kernels import nf4_gemv

    calls = []  # separate A x launches in the step: the fused layers compute the rest with x
    separate = nf4_gemv.lora_a
    nf4_gemv.lora_a = lambda x, a: calls.append(a.shape) or separate(x, a)  # type: ignore[assignment]
    try:
        prefill = fast.prefill(ids[:-1])
        calls.clear()
        got = [prefill, fast.step(ids[-1])]
    finally:
        nf4_gemv.lora_a = separate  # type: ignore[assignment]
    torch.testing.assert_close(torch.stack(got), expected, rtol=1e-3, atol=1e-3)
    # only o_proj's, 2 layers; one projection at a time: o_proj's and 3 + 2 for q/k/v and gate/up
    assert len(calls) == (2 if groups else 12), calls
    model.base_model.disable_adapter_layers()  # the app can switch the adapter off
    fast = FastDecoder(model, max_len=128)
    got = [fast.prefill(ids[:-1]), fast.step(ids[-1])]
    torch.testing.assert_close(torch.stack(got), base, rtol=1e-3, atol=1e-3)


def _storage_bytes(tensors: list[torch.Tensor]) -> int:
    """Bytes of the distinct memory blocks behind tensors (views of one block count once)."""
    blocks = {t.untyped_storage().data_ptr(): t.untyped_storage().nbytes() for t in tensors}
    return sum(blocks.values())


def grouped_projections() -> None:
    """q/k/v and gate/up in one launch each: same products as one at a time, no weight held twice."""
    from peft import LoraConfig, get_peft_model

    from lumichats_desktop.engine.fast_decode import FastDecoder

    torch.manual_seed(9)
    config = LoraConfig(r=8, lora_alpha=16, target_modules=list(PROJECTIONS), init_lora_weights=False)
    model = get_peft_model(_tiny_nf4_model(), config).eval()
    attn = model.base_model.model.model.layers[0].self_attn
    mlp = model.base_model.model.model.layers[1].mlp
    chunk = torch.randn(1, 5, 64)  # a prefill's rows: bitsandbytes' own path
    with torch.no_grad():
        before = [getattr(attn, n)(chunk) for n in ("q_proj", "k_proj", "v_proj")]
    weights_before = _storage_bytes([p.data for p in model.parameters()])
    fast = FastDecoder(model, max_len=64)
    assert len(fast.groups) == 4 and fast.nf4_layers == 14  # 2 layers x (q/k/v, gate/up)
    # Each projection's Params4bit now views its slice of the stack: the weights take no more memory.
    group = attn.nf4_group_q_proj
    stack = group.gemv.weight.packed
    for base in group.bases:
        assert base.weight.untyped_storage().data_ptr() == stack.untyped_storage().data_ptr()
    assert _storage_bytes([p.data for p in model.parameters()]) == weights_before
    with torch.no_grad():
        after = [getattr(attn, n)(chunk) for n in ("q_proj", "k_proj", "v_proj")]
        for a, b in zip(before, after, strict=True):
            torch.testing.assert_close(a, b, rtol=0, atol=0)
        x = torch.randn(1, 1, 64)
        grouped = [attn.q_proj(x), attn.k_proj(x), attn.v_proj(x)]  # the order Gemma3Attention uses
        assert grouped[1].data_ptr() == grouped[0].data_ptr() + 64 * 4  # slices of one launch's output
        alone = [attn.q_proj(x.clone())]  # another tensor: k and v compute their own
        alone += [attn.k_proj(x.clone()), attn.v_proj(x.clone())]
        assert alone[1].data_ptr() != alone[0].data_ptr() + 64 * 4
        eager = [m.forward.group_inner.lora_original(x) for m in group.modules]
        for g, a, e in zip(grouped, alone, eager, strict=True):
            torch.testing.assert_close(g, a, rtol=1e-4, atol=1e-4)
            torch.testing.assert_close(g, e, rtol=1e-4, atol=1e-4)
        gate, up = mlp.gate_proj(x), mlp.up_proj(x)
        for got, module in ((gate, mlp.gate_proj), (up, mlp.up_proj)):
            want = module.forward.group_inner.lora_original(x)
            torch.testing.assert_close(got, want, rtol=1e-4, atol=1e-4)
        attn.q_proj(x)
        x.mul_(2)  # changed after q_proj saw it: k_proj must not hand out the stale slice
        torch.testing.assert_close(attn.k_proj(x), group.modules[1].forward.group_inner.lora_original(x))
        # The adapter switched off: the stack serves the base weights alone, as PEFT would.
        model.base_model.disable_adapter_layers()
        y = torch.randn(1, 1, 64)
        q_off = attn.q_proj(y)
        torch.testing.assert_close(q_off, attn.q_proj.base_layer(y), rtol=1e-4, atol=1e-4)
        assert not torch.allclose(q_off, grouped[0], atol=1e-2)


def decode_step_one_projection_at_a_time() -> None:
    """The LoRA decode step with our NF4 kernel but no stacking (LUMICHATS_FAST_KERNELS without group)."""
    import os

    os.environ["LUMICHATS_FAST_KERNELS"] = "nf4,norm,attention"
    decode_step_with_lora(groups=0)


CHECKS = {
    f.__name__: f
    for f in (
        nf4_gemv,
        stacked_gemv,
        decode_attention,
        norm_and_rope,
        fused_layer_kernels,
        decode_step,
        decode_step_with_lora,
        grouped_projections,
        decode_step_one_projection_at_a_time,
    )
}

if __name__ == "__main__":
    name = sys.argv[1]
    CHECKS[name]()
    sys.stdout.write(f"{name} ok\n")
