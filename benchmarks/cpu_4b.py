"""The Gemma-3 4B's text model on the CPU decode path: load, first token of a long prompt, decode tok/s.

    python benchmarks/cpu_4b.py --folder /tmp/gemma3-4b-random [--format fp16] [--threads 2]
        [--prompt-tokens 500] [--new-tokens 16] [--gguf out.gguf]

Random weights with the 4B's text shapes (trainer/common/architectures.py GEMMA3_4B's text part; the
timing of a dense forward does not depend on the values), written once as bf16 safetensors shards,
tensor by tensor (about 7.8 GB on disk, a few hundred MB in memory at a time). Then packed by
engine/cpu_load.py the way the app packs a CPU model and run with the given threads: peak RSS
(/proc VmHWM), load time, prefill + first token for a prompt of random token ids, greedy decode tok/s.
With --gguf it also writes the same weights as an F16 GGUF for llama.cpp (needs the `gguf` package and
the 270M's GGUF for the tokenizer metadata).
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

import torch

LAYERS_PER_SHARD = 2


def text_config(layers: int = 0):  # type: ignore[no-untyped-def]
    """The 4B's Gemma3TextConfig, as the full model's config nests it; only its first `layers` if given."""
    from transformers import Gemma3Config

    from trainer.common.architectures import GEMMA3_4B

    config = Gemma3Config(**GEMMA3_4B).get_text_config()
    if layers:
        config.num_hidden_layers = layers
        config.layer_types = config.layer_types[:layers]
    return config


def first_layers(folder: Path, layers: int) -> Path:
    """A folder that reads as the model cut to its first `layers` (the shards linked, not copied).

    Used where the whole 4B in fp16 (7.8 GB) does not fit beside what else runs on the machine: the
    embedding/head and every layer have the full 4B's shapes, so a step is the head plus layers x one layer.
    """
    cut = folder.with_name(f"{folder.name}-{layers}layers")
    cut.mkdir(exist_ok=True)
    for shard in folder.glob("*.safetensors"):
        link = cut / shard.name
        if not link.exists():
            link.symlink_to(shard)
    text_config(layers).save_pretrained(cut)
    return cut


def shapes(config) -> dict[str, list[int]]:  # type: ignore[no-untyped-def]
    """Every tensor name of a Gemma3ForCausalLM checkpoint with its shape."""
    hidden, heads, kv, hd = (
        config.hidden_size,
        config.num_attention_heads,
        config.num_key_value_heads,
        config.head_dim,
    )
    mlp = config.intermediate_size
    names: dict[str, list[int]] = {
        "model.embed_tokens.weight": [config.vocab_size, hidden],
        "model.norm.weight": [hidden],
    }
    for i in range(config.num_hidden_layers):
        p = f"model.layers.{i}."
        names |= {
            p + "self_attn.q_proj.weight": [heads * hd, hidden],
            p + "self_attn.k_proj.weight": [kv * hd, hidden],
            p + "self_attn.v_proj.weight": [kv * hd, hidden],
            p + "self_attn.o_proj.weight": [hidden, heads * hd],
            p + "self_attn.q_norm.weight": [hd],
            p + "self_attn.k_norm.weight": [hd],
            p + "mlp.gate_proj.weight": [mlp, hidden],
            p + "mlp.up_proj.weight": [mlp, hidden],
            p + "mlp.down_proj.weight": [hidden, mlp],
            p + "input_layernorm.weight": [hidden],
            p + "post_attention_layernorm.weight": [hidden],
            p + "pre_feedforward_layernorm.weight": [hidden],
            p + "post_feedforward_layernorm.weight": [hidden],
        }
    return names


def random_tensor(name: str, shape: list[int], generator: torch.Generator) -> torch.Tensor:
    if len(shape) == 1:
        return torch.zeros(shape, dtype=torch.bfloat16)  # RMSNorm weights: the norm multiplies by 1 + w
    return (torch.randn(shape, generator=generator) * 0.02).to(torch.bfloat16)


def write_model(folder: Path) -> None:
    """The random 4B text model as bf16 safetensors shards (skipped when already there)."""
    from safetensors.torch import save_file

    if (folder / "config.json").is_file():
        return
    folder.mkdir(parents=True, exist_ok=True)
    config = text_config()
    generator = torch.Generator().manual_seed(0)
    groups: dict[str, list[str]] = {}
    for name in shapes(config):
        layer = name.split(".")[2] if name.startswith("model.layers.") else "rest"
        key = "rest" if layer == "rest" else str(int(layer) // LAYERS_PER_SHARD)
        groups.setdefault(key, []).append(name)
    all_shapes = shapes(config)
    weight_map = {}
    for index, names in enumerate(groups.values()):
        filename = f"model-{index:05d}.safetensors"
        save_file({n: random_tensor(n, all_shapes[n], generator) for n in names}, str(folder / filename))
        weight_map |= {n: filename for n in names}
        print(f"wrote {filename} ({len(names)} tensors)", flush=True)
    (folder / "model.safetensors.index.json").write_text(
        json.dumps({"metadata": {}, "weight_map": weight_map})
    )
    config.save_pretrained(folder)


GGUF_LAYER_NAMES = {
    "self_attn.q_proj": "attn_q",
    "self_attn.k_proj": "attn_k",
    "self_attn.v_proj": "attn_v",
    "self_attn.o_proj": "attn_output",
    "self_attn.q_norm": "attn_q_norm",
    "self_attn.k_norm": "attn_k_norm",
    "mlp.gate_proj": "ffn_gate",
    "mlp.up_proj": "ffn_up",
    "mlp.down_proj": "ffn_down",
    "input_layernorm": "attn_norm",
    "post_attention_layernorm": "post_attention_norm",
    "pre_feedforward_layernorm": "ffn_norm",
    "post_feedforward_layernorm": "post_ffw_norm",
}


def write_gguf(folder: Path, tokenizer_gguf: Path, target: Path, layers: int) -> None:
    """The same random weights as an F16 GGUF llama.cpp reads (norms as 1 + w, as llama.cpp's converter
    stores them), with the 270M GGUF's tokenizer (262,144 tokens: the table's first 262,144 rows)."""
    import gguf
    import numpy as np

    from lumichats_desktop.engine.cpu_safetensors import SafetensorsFolder

    config = text_config(layers)
    source = gguf.GGUFReader(str(tokenizer_gguf))
    vocab = len(source.fields["tokenizer.ggml.tokens"].data)
    writer = gguf.GGUFWriter(str(target), "gemma3")
    writer.add_context_length(config.max_position_embeddings)
    writer.add_embedding_length(config.hidden_size)
    writer.add_block_count(config.num_hidden_layers)
    writer.add_feed_forward_length(config.intermediate_size)
    writer.add_head_count(config.num_attention_heads)
    writer.add_head_count_kv(config.num_key_value_heads)
    writer.add_key_length(config.head_dim)
    writer.add_value_length(config.head_dim)
    writer.add_layer_norm_rms_eps(config.rms_norm_eps)
    writer.add_rope_freq_base(1_000_000.0)
    writer.add_rope_scaling_type(gguf.RopeScalingType.LINEAR)
    writer.add_rope_scaling_factor(8.0)
    writer.add_sliding_window(config.sliding_window)
    writer.add_file_type(gguf.LlamaFileType.MOSTLY_F16)
    for key, field in source.fields.items():
        if key.startswith("tokenizer."):
            value = field.contents()
            kind = field.types[0]
            if kind == gguf.GGUFValueType.ARRAY:
                writer.add_array(key, value)
            else:
                writer.add_key_value(key, value, kind)
    files = SafetensorsFolder.in_folder(folder)
    tensors: list[tuple[str, str, bool]] = [("token_embd.weight", "model.embed_tokens.weight", False)]
    for i in range(config.num_hidden_layers):
        for ours, theirs in GGUF_LAYER_NAMES.items():
            tensors.append((f"blk.{i}.{theirs}.weight", f"model.layers.{i}.{ours}.weight", "norm" in ours))
    tensors.append(("output_norm.weight", "model.norm.weight", True))

    def array(name: str, norm: bool) -> np.ndarray:
        if norm:
            return (1.0 + files.read(name).float()).numpy()
        rows = vocab if name.endswith("embed_tokens.weight") else None
        return files.read(name, 0, rows).to(torch.float16).numpy()

    for gguf_name, name, norm in tensors:
        shape = files.shape(name)
        if name.endswith("embed_tokens.weight"):
            shape = [vocab, shape[1]]
        dtype = np.float32 if norm else np.float16
        count = 1
        for size in shape:
            count *= size
        writer.add_tensor_info(gguf_name, shape, np.dtype(dtype), count * np.dtype(dtype).itemsize)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_ti_data_to_file()
    for _, name, norm in tensors:
        writer.write_tensor_data(array(name, norm))
    writer.close()


def quantize_gguf(source: Path, target: Path, threads: int) -> None:
    """Q4_K_M through llama.cpp's own quantizer (llama-cpp-python's C API)."""
    import ctypes

    import llama_cpp

    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = llama_cpp.LLAMA_FTYPE_MOSTLY_Q4_K_M
    params.nthread = threads
    if llama_cpp.llama_model_quantize(str(source).encode(), str(target).encode(), ctypes.byref(params)):
        raise RuntimeError("llama_model_quantize failed")


def run_llama(gguf_path: Path, threads: int, prompt_tokens: int, new_tokens: int) -> None:
    from llama_cpp import Llama

    started = time.perf_counter()
    llm = Llama(
        model_path=str(gguf_path), n_ctx=1024, n_threads=threads, n_threads_batch=threads, verbose=False
    )
    load_s = time.perf_counter() - started
    ids = torch.randint(3, 262000, (prompt_tokens,), generator=torch.Generator().manual_seed(1)).tolist()
    load = os.getloadavg()[0]
    started = time.perf_counter()
    first = last = started
    made = 0
    for _ in llm.generate(ids, top_k=1, temp=0.0, reset=True):
        made += 1
        last = time.perf_counter()
        if made == 1:
            first = last
        if made == new_tokens + 1:
            break
    print(
        f"llama.cpp Q4_K_M, {threads} threads, load avg {load:.1f} -> {os.getloadavg()[0]:.1f}: loaded in "
        f"{load_s:.1f} s, first token of a {prompt_tokens}-token prompt {first - started:.1f} s, decode "
        f"{(made - 1) / max(last - first, 1e-9):.2f} tok/s, peak RSS {peak_mb()} MB",
        flush=True,
    )


def peak_mb() -> int:
    with open("/proc/self/status", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("VmHWM"):
                return int(line.split()[1]) // 1024
    return 0


def run(folder: Path, fmt: str, threads: int, prompt_tokens: int, new_tokens: int) -> None:
    from lumichats_desktop.engine.cpu_load import load_cpu_decoder

    torch.set_num_threads(threads)
    started = time.perf_counter()
    decoder = load_cpu_decoder(folder, fmt, None)  # type: ignore[arg-type]
    load_s = time.perf_counter() - started
    print(
        f"{fmt}: packed in {load_s:.1f} s, {decoder.nbytes / 1e9:.2f} GB read per token, "
        f"peak RSS {peak_mb()} MB"
    )
    ids = torch.randint(3, 262000, (prompt_tokens,), generator=torch.Generator().manual_seed(1)).tolist()
    load = os.getloadavg()[0]
    started = time.perf_counter()
    token = int(decoder.forward(ids).argmax())
    first_s = time.perf_counter() - started
    started = time.perf_counter()
    for _ in range(new_tokens):
        token = int(decoder.forward([token]).argmax())
    tok_s = new_tokens / (time.perf_counter() - started)
    print(
        f"{fmt}, {threads} threads, load avg {load:.1f} -> {os.getloadavg()[0]:.1f}: first token of a "
        f"{prompt_tokens}-token prompt {first_s:.1f} s, decode {tok_s:.2f} tok/s, peak RSS {peak_mb()} MB",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folder", type=Path, default=Path("/tmp/gemma3-4b-random"))
    parser.add_argument("--format", default="fp16")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--prompt-tokens", type=int, default=500)
    parser.add_argument("--new-tokens", type=int, default=16)
    parser.add_argument("--write-only", action="store_true")
    parser.add_argument("--layers", type=int, default=0, help="run only the first N of the 34 layers")
    parser.add_argument(
        "--gguf", type=Path, help="write (once) and run llama.cpp on this Q4_K_M GGUF instead"
    )
    parser.add_argument(
        "--tokenizer-gguf", type=Path, default=Path.home() / ".cache/LumiChats/bench/gemma-3-270m-q4_k_m.gguf"
    )
    args = parser.parse_args()
    write_model(args.folder)
    folder = first_layers(args.folder, args.layers) if args.layers else args.folder
    if args.gguf is not None:
        f16 = args.gguf.with_suffix(".f16.gguf")
        if not args.gguf.is_file():
            if not f16.is_file():
                write_gguf(folder, args.tokenizer_gguf, f16, args.layers)
            quantize_gguf(f16, args.gguf, args.threads)
            f16.unlink()
        if not args.write_only:
            run_llama(args.gguf, args.threads, args.prompt_tokens, args.new_tokens)
    elif not args.write_only:
        run(folder, args.format, args.threads, args.prompt_tokens, args.new_tokens)


if __name__ == "__main__":
    main()
