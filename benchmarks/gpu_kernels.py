"""Our Triton decode kernels against bitsandbytes and SDPA on an NVIDIA GPU: correctness, time, GB/s.

    python benchmarks/gpu_kernels.py [--out kernels.json]

NF4 matrix-vector products on the 4B's shapes (q/o 2560<->2048, k/v 2560->1024, gate/up 2560->10240,
down 10240->2560, and q+k+v, gate+up stacked as the decode step runs them), one token, weights
quantized by bitsandbytes as the app loads them (NF4, blocksize 64, double quantization). Each timing
walks enough copies of the weight (over 256 MB) that nothing is served from the 50 MB L2, inside a
CUDA graph (the decode step is one), median of the replays. Ours is shown untuned (`pick_config`) and
as the load-time tuner (engine/kernels/nf4_tune.py) sets it.
GB/s counts the bytes that must be read: packed weights + the scales as each path stores them + x + y.
Then single-query attention over a masked cache (1,280-slot ring, 2,048- and 8,192-slot global caches).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import torch

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

SHAPES = {  # name: (rows, columns, where stacked projections' rows start)
    "q/o(T)": (2048, 2560, ()),
    "k/v": (1024, 2560, ()),
    "gate/up": (10240, 2560, ()),
    "down": (2560, 10240, ()),
    "o": (2560, 2048, ()),
    "q+k+v stacked": (4096, 2560, (2048, 3072)),  # q 2048, k 1024, v 1024 rows
    "gate+up stacked": (20480, 2560, (10240,)),
}


def log(*parts: Any) -> None:
    sys.stdout.write(" ".join(str(p) for p in parts) + "\n")
    sys.stdout.flush()


def graph_time(fn: Any, reps: int = 10) -> float:
    """Median seconds of one fn() replayed as a CUDA graph."""
    import triton.testing

    return float(triton.testing.do_bench_cudagraph(fn, rep=reps * 10, return_mode="median")) / 1e3


def rel_err(a: torch.Tensor, b: torch.Tensor) -> float:
    return float((a.float() - b.float()).norm() / b.float().norm())


def nf4_rows(results: dict[str, Any]) -> None:
    rows = {}
    for name, (out_f, in_f, bounds) in SHAPES.items():
        rows[name] = nf4_row(out_f, in_f, bounds)
        log(name, json.dumps(rows[name]))
        torch.cuda.empty_cache()
    results["nf4_gemv"] = rows


def nf4_row(out_f: int, in_f: int, bounds: tuple[int, ...]) -> dict[str, Any]:
    """bitsandbytes, our untuned start and the configuration the load-time tuner picks, on one shape."""
    import bitsandbytes as bnb

    from lumichats_desktop.engine.kernels.nf4_gemv import NF4Gemv, pick_config
    from lumichats_desktop.engine.kernels.nf4_tune import TuneJob, _search
    from lumichats_desktop.engine.nf4_weights import dequantize, nf4_weight

    torch.manual_seed(out_f + in_f)
    packed_bytes = out_f * in_f // 2
    copies = max(2, (256 << 20) // packed_bytes)
    w = torch.randn(out_f, in_f, dtype=torch.bfloat16, device="cuda") * 0.02
    first = bnb.nn.Params4bit(
        w, requires_grad=False, quant_type="nf4", blocksize=64, compress_statistics=True
    )
    first = first.cuda()  # quantized on the GPU; the copies share its scales, each has its own bytes
    state = first.quant_state
    layers = [first.data] + [first.data.clone() for _ in range(copies - 1)]
    x = torch.randn(1, 1, in_f, dtype=torch.bfloat16, device="cuda")
    base = nf4_weight(first)
    assert base is not None
    weights = [base] + [replace(base, packed=d.view(out_f, in_f // 2)) for d in layers[1:]]
    ref = (x.float().reshape(1, -1) @ dequantize(base).T).reshape(-1)
    bnb_out = bnb.matmul_4bit(x, first.t(), quant_state=state).reshape(-1)
    t_bnb = graph_time(lambda: [bnb.matmul_4bit(x, d.t(), quant_state=state) for d in layers]) / copies
    # bitsandbytes reads uint8 scales (+ a few fp32); ours fp16 scales: count what each reads
    bytes_bnb = packed_bytes + out_f * in_f // 64 + 2 * (in_f + out_f)
    bytes_ours = packed_bytes + 2 * out_f * in_f // 64 + 2 * (in_f + out_f)
    kernels = [NF4Gemv(w, bounds=bounds) for w in weights]
    chosen, t_best, t_start = _search([TuneJob(k, torch.bfloat16) for k in kernels])
    t_best, t_start = t_best / copies, t_start / copies
    kernels[0].config = chosen
    got = kernels[0](x).reshape(-1)
    for k in kernels:  # the same kernel, levels gathered from memory instead of held in PTX registers
        k.use_asm = False
    t_gather = graph_time(lambda: [k(x) for k in kernels]) / copies
    got_gather = kernels[0](x).reshape(-1)
    return {
        "shape": [out_f, in_f],
        "bnb_us": t_bnb * 1e6,
        "bnb_gb_s": bytes_bnb / t_bnb / 1e9,
        "bnb_rel_err_vs_fp32": rel_err(bnb_out, ref),
        "ours_us": t_best * 1e6,
        "ours_gb_s": bytes_ours / t_best / 1e9,
        "ours_config": list(chosen),
        "untuned_config": list(pick_config(out_f, in_f, bounds)),
        "untuned_us": t_start * 1e6,
        "ours_rel_err_vs_fp32": rel_err(got, ref),
        "ours_rel_err_vs_bnb": rel_err(got, bnb_out),
        "ours_levels_gathered_us": t_gather * 1e6,
        "ours_rel_err_asm_vs_gathered": rel_err(got, got_gather),
    }


def attention_rows(results: dict[str, Any]) -> None:
    rows = {}
    for slots, visible in ((1280, 1024), (2048, 600), (2048, 2000), (8192, 2600)):
        rows[f"{slots}_slots_{visible}_visible"] = attention_row(slots, visible)
        log(slots, visible, json.dumps(rows[f"{slots}_slots_{visible}_visible"]))
    results["decode_attention"] = rows


def attention_row(slots: int, visible: int) -> dict[str, Any]:
    """SDPA (as transformers calls it for one query) and our kernel over 34 layers' worth of caches."""
    from lumichats_desktop.engine.kernels.decode_attention import decode_attention

    heads, kv_heads, dim = 8, 4, 256
    torch.manual_seed(slots + visible)
    copies = 34
    q = torch.randn(1, heads, 1, dim, dtype=torch.bfloat16, device="cuda")
    ks = [torch.randn(1, kv_heads, slots, dim, dtype=torch.bfloat16, device="cuda") for _ in range(copies)]
    vs = [torch.randn(1, kv_heads, slots, dim, dtype=torch.bfloat16, device="cuda") for _ in range(copies)]
    mask = torch.zeros(slots, dtype=torch.bool, device="cuda")
    mask[:visible] = True  # a global cache fills from the front; a ring is full once it wraps
    m4 = mask.view(1, 1, 1, -1)
    scale = dim**-0.5

    def sdpa(k: torch.Tensor, v: torch.Tensor) -> torch.Tensor:  # what transformers runs for one query
        packed = q.view(1, kv_heads, heads // kv_heads, dim)
        out = torch.nn.functional.scaled_dot_product_attention(packed, k, v, attn_mask=m4, scale=scale)
        return out.view(1, heads, 1, dim)

    expected = torch.nn.functional.scaled_dot_product_attention(
        q.float(),
        ks[0].float().repeat_interleave(2, 1),
        vs[0].float().repeat_interleave(2, 1),
        attn_mask=m4,
        scale=scale,
    )
    got = decode_attention(q, ks[0], vs[0], mask, scale)
    t_sdpa = graph_time(lambda: [sdpa(k, v) for k, v in zip(ks, vs, strict=True)]) / copies
    t_ours = (
        graph_time(lambda: [decode_attention(q, k, v, mask, scale) for k, v in zip(ks, vs, strict=True)])
        / copies
    )
    return {
        "sdpa_us": t_sdpa * 1e6,
        "ours_us": t_ours * 1e6,
        "ours_rel_err_vs_fp32": rel_err(got, expected),
        "sdpa_rel_err_vs_fp32": rel_err(sdpa(ks[0], vs[0]), expected),
        "ours_gb_s_visible_kv": 2 * visible * kv_heads * dim * 2 / t_ours / 1e9,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path)
    parser.add_argument("--skip-attention", action="store_true")
    args = parser.parse_args()
    results: dict[str, Any] = {"gpu": torch.cuda.get_device_name(), "torch": torch.__version__}
    try:
        nf4_rows(results)
        if not args.skip_attention:
            attention_rows(results)
    finally:
        if args.out:
            args.out.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
