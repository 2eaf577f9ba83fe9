"""The CPU decode options side by side on LumiChats 270M: weight format, threads, quality, bytes.

    python benchmarks/cpu_paths.py [--formats fp32,fp16,qint8,int8] [--threads 1,2] [--rounds 3]

`fp16-padded` is fp16 packed the way it was before issue 23's memory work (FBGEMM pads 640 columns to 1,024).

Every option is packed the way the app packs it (engine/cpu_load.py: straight from the bf16 safetensors,
LumiChats adapter merged) and timed in ABAB rounds within this one process, so the machine's load falls
on all of them alike. Quality: the held-out response-only loss (tests/data/heldout_*.jsonl, the rows
trainer.loss.heldout_loss scores) through each option's own forward pass, against fp32's: fp32 runs the
checkpoint's bf16 weights exactly (widened, fp32 arithmetic), so it is the bf16 model's own loss without
the rounding of bf16 arithmetic (which this AVX2 CPU only emulates, ~100x slower).
"""

from __future__ import annotations

import argparse
import os
import platform
import time
from pathlib import Path

import torch

from lumichats_desktop.cli import quiet_libraries
from lumichats_desktop.engine.cpu_decode import CpuDecoder
from lumichats_desktop.engine.cpu_load import load_cpu_decoder
from lumichats_desktop.engine.hardware import cpu_kind
from lumichats_desktop.engine.models import resolve_source
from lumichats_desktop.paths import app_dirs
from trainer.data import load_conversations
from trainer.labels import build_example

REPO = Path(__file__).resolve().parents[1]
PROMPT = (
    "<start_of_turn>user\nExplain in a few sentences why the sky is blue.<end_of_turn>\n"
    "<start_of_turn>model\n"
)


def heldout_loss(decoder: CpuDecoder, tokenizer: object, max_length: int = 1024) -> float:
    """Mean response-only loss per labelled token, computed through the decoder's own matmuls."""
    total, count = 0.0, 0
    for name in ("heldout_sharegpt.jsonl", "heldout_multilingual.jsonl"):
        conversations, _ = load_conversations(str(REPO / "tests" / "data" / name))
        for messages in conversations:
            example = build_example(messages, tokenizer, max_length)
            if example is None:
                continue
            decoder.crop(0)
            hidden = decoder.hidden_states(example.input_ids)
            labels = torch.tensor(example.labels[1:])
            keep = labels != -100
            logits = decoder.logits(hidden[:-1][keep])
            total += float(torch.nn.functional.cross_entropy(logits, labels[keep], reduction="sum"))
            count += int(keep.sum())
    decoder.crop(0)
    return total / count


def decode_rate(decoder: CpuDecoder, prompt: list[int], tokens: int) -> tuple[float, float]:
    """(prefill + first token seconds, decode tokens/s) for greedy decoding."""
    decoder.crop(0)
    started = time.perf_counter()
    token = int(decoder.forward(prompt).argmax())
    first = time.perf_counter() - started
    started = time.perf_counter()
    for _ in range(tokens):
        token = int(decoder.forward([token]).argmax())
    return first, tokens / (time.perf_counter() - started)


def _load(source: object, fmt: str) -> CpuDecoder:
    """fmt, or `fp16-padded`: fp16 as FBGEMM packs it whole (its input width padded to 512s), as before."""
    from lumichats_desktop.engine import cpu_weights

    padded = fmt == "fp16-padded"
    cpu_weights.FP16_UNPADDED = not padded
    try:
        return load_cpu_decoder(source.base_dir, "fp16" if padded else fmt, source.adapter_dir)  # type: ignore[attr-defined, arg-type]
    finally:
        cpu_weights.FP16_UNPADDED = True


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--formats", default="fp32,fp16,qint8,int8")
    parser.add_argument("--threads", default="1,2")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--tokens", type=int, default=32)
    parser.add_argument("--no-loss", action="store_true")
    parser.add_argument("--loss-threads", type=int, default=1, help="1: a busy machine stalls 2+ threads")
    parser.add_argument("--max-length", type=int, default=1024, help="held-out rows cut to this many tokens")
    args = parser.parse_args()
    quiet_libraries()
    from transformers import AutoTokenizer

    source = resolve_source("lumichats-270m", app_dirs())
    tokenizer = AutoTokenizer.from_pretrained(source.base_dir)
    prompt = tokenizer(PROMPT, add_special_tokens=False).input_ids
    formats = args.formats.split(",")
    decoders = {fmt: _load(source, fmt) for fmt in formats}
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, {cpu_kind()}; "
        f"torch {torch.__version__}; load {os.getloadavg()}"
    )
    results: dict[tuple[str, int], list[tuple[float, float]]] = {}
    for round_ in range(args.rounds):
        for threads in [int(t) for t in args.threads.split(",")]:
            torch.set_num_threads(threads)
            for fmt in formats:
                first, rate = decode_rate(decoders[fmt], prompt, args.tokens)
                results.setdefault((fmt, threads), []).append((first, rate))
                load = os.getloadavg()[0]
                print(
                    f"round {round_ + 1} {fmt:11} {threads} threads: first {first:.3f} s, "
                    f"{rate:.2f} tok/s (load {load:.1f})",
                    flush=True,
                )
    print(f"{'format':8} {'threads':>7} {'MB/token':>9} {'first s':>8} {'tok/s (median)':>15}")
    for (fmt, threads), runs in results.items():
        firsts = sorted(r[0] for r in runs)
        rates = sorted(r[1] for r in runs)
        mb = decoders[fmt].nbytes / 1e6
        print(f"{fmt:8} {threads:7} {mb:9.0f} {firsts[len(firsts) // 2]:8.3f} {rates[len(rates) // 2]:15.2f}")
    print(f"load after: {os.getloadavg()}")
    if not args.no_loss:
        torch.set_num_threads(args.loss_threads)
        reference = None
        for fmt in formats:  # fp32 first (the default order): each line can then say how far it is
            started = time.perf_counter()
            loss = heldout_loss(decoders[fmt], tokenizer, args.max_length)
            reference = loss if fmt == "fp32" else reference
            delta = f" ({(loss / reference - 1) * 100:+.2f}% vs fp32)" if reference else ""
            took = time.perf_counter() - started
            print(f"held-out loss {fmt:8} {loss:.4f}{delta}  [{took:.0f} s]", flush=True)


if __name__ == "__main__":
    main()
