"""Why a later reply's first token can be slow: TTFT of several replies through a fresh ChatEngine (4B, NF4,
random weights, the Gemma-3 tokenizer), with a Python profile of each reply's path to its first token.

    python benchmarks/gpu_replies.py --tokenizer DIR [--replies 4] [--lora]

Prints, per reply: prompt tokens, reused tokens, TTFT, tok/s, and the functions that took the most
cumulative time before the first token (cProfile), so a re-capture or a kernel compile shows by name.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gpu_speed import build, load_nf4


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folder", type=Path, default=Path("/tmp/gemma3-4b-random"))
    parser.add_argument("--tokenizer", type=Path, required=True)
    parser.add_argument("--replies", type=int, default=4)
    parser.add_argument("--lora", action="store_true")
    parser.add_argument("--lines", type=int, default=45, help="profile lines by cumulative time")
    args = parser.parse_args()

    from transformers import AutoTokenizer

    from lumichats_desktop.engine.chat_engine import ChatEngine
    from lumichats_desktop.engine.generation import ReplyStats
    from lumichats_desktop.engine.loader import LoadedModel
    from lumichats_desktop.engine.sampling import SamplingParams
    from trainer.common.chat_format import Message

    build(args.folder)
    model = load_nf4(args.folder)
    if args.lora:
        from peft import LoraConfig, get_peft_model

        targets = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]
        model = get_peft_model(model, LoraConfig(r=8, lora_alpha=16, target_modules=targets)).eval()
    loaded = LoadedModel(
        model=model,
        tokenizer=AutoTokenizer.from_pretrained(args.tokenizer),
        title="4B",
        device="cuda",
        quantization="nf4",
        context_length=8192,
    )
    t = time.perf_counter()
    engine = ChatEngine(loaded)
    print(f"warm-up {time.perf_counter() - t:.2f} s", flush=True)
    params = SamplingParams(temperature=0.0, max_new_tokens=64, min_new_tokens=64)
    messages = [Message("user", "Write a short story about a lighthouse keeper. " * 40)]
    for turn in range(args.replies):
        prompt = engine.prepare(messages, max_new_tokens=64)
        profiler = cProfile.Profile()
        stream = engine.stream(prompt, params, threading.Event())
        began = time.perf_counter()
        profiler.enable()
        first = next(stream)
        profiler.disable()
        waited = time.perf_counter() - began  # what the user waits: everything before the first text
        items = [first, *stream]
        stats = items[-1]
        assert isinstance(stats, ReplyStats)
        print(
            f"reply {turn + 1}: prompt {stats.prompt_tokens}, reused {stats.reused_tokens}, "
            f"TTFT {stats.ttft_s:.3f} s (first text after {waited:.3f} s), {stats.tokens_per_s:.1f} tok/s",
            flush=True,
        )
        for order, count in (("cumulative", args.lines), ("tottime", 12)):
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats(order).print_stats(count)
            lines = [line[:220] for line in out.getvalue().splitlines()[6:] if line.strip()]
            print(f"-- by {order}", *lines, sep="\n", flush=True)
        reply = "".join(i for i in items[:-1] if isinstance(i, str))
        messages += [Message("assistant", reply or "ok"), Message("user", f"And then, part {turn + 2}?")]


if __name__ == "__main__":
    main()
