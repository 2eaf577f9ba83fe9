"""Load time, time to first token, decode tokens/s and peak memory: our engine vs plain generate().

    python benchmarks/engine_speed.py [--model gemma-3-270m] [--device cpu] [--quantization auto]

Both run greedy on the same loaded model in the same process, so the numbers compare like for like.
"""

from __future__ import annotations

import argparse
import platform
import resource
import threading
import time

import torch
import transformers

from lumichats_desktop.cli import quiet_libraries
from lumichats_desktop.engine.chat_engine import ChatEngine
from lumichats_desktop.engine.generation import ReplyStats
from lumichats_desktop.engine.models import open_model
from lumichats_desktop.engine.sampling import SamplingParams
from lumichats_desktop.paths import app_dirs
from trainer.common.chat_format import Message

PROMPT = "Explain in a few sentences why the sky is blue."


def peak_memory_mb(device: str) -> float:
    if device == "cuda":
        return torch.cuda.max_memory_allocated() / 2**20
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ours(engine: ChatEngine, new_tokens: int) -> ReplyStats:
    params = SamplingParams(temperature=0, max_new_tokens=new_tokens)
    engine.reset_cache()
    prompt = engine.prepare([Message("user", PROMPT)], max_new_tokens=new_tokens)
    stats = ReplyStats()
    for item in engine.stream(prompt, params, threading.Event()):
        if isinstance(item, ReplyStats):
            stats = item
    return stats


def plain_generate(engine: ChatEngine, new_tokens: int) -> tuple[float, float]:
    """(ttft_s, tokens/s) for transformers' generate() with a TextIteratorStreamer-free timing."""
    model, tok = engine.loaded.model, engine.loaded.tokenizer
    ids = torch.tensor([engine.prepare([Message("user", PROMPT)], max_new_tokens=new_tokens).token_ids])
    ids = ids.to(engine.loaded.device)
    kwargs = {"do_sample": False, "pad_token_id": tok.pad_token_id, "eos_token_id": []}
    with torch.inference_mode():
        started = time.perf_counter()
        model.generate(ids, max_new_tokens=1, min_new_tokens=1, **kwargs)
        ttft = time.perf_counter() - started
        started = time.perf_counter()
        out = model.generate(ids, max_new_tokens=new_tokens, min_new_tokens=new_tokens, **kwargs)
        total = time.perf_counter() - started
    made = out.shape[1] - ids.shape[1]
    return ttft, (made - 1) / max(total - ttft, 1e-9)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="gemma-3-270m")
    parser.add_argument("--device", default="auto")
    parser.add_argument("--quantization", default="auto")
    parser.add_argument("--new-tokens", type=int, default=64)
    args = parser.parse_args()
    quiet_libraries()
    started = time.perf_counter()
    loaded = open_model(args.model, app_dirs(), device=args.device, quantization=args.quantization)
    load_s = time.perf_counter() - started
    engine = ChatEngine(loaded)
    ours(engine, 8)  # warm-up
    stats = ours(engine, args.new_tokens)
    ttft, plain_tps = plain_generate(engine, args.new_tokens)
    print(
        f"machine: {platform.processor() or platform.machine()}, {torch.get_num_threads()} threads, "
        f"torch {torch.__version__}, transformers {transformers.__version__}"
    )
    print(f"model: {loaded.title} on {loaded.device} ({loaded.quantization}), load {load_s:.1f} s")
    print(f"{'path':28} {'TTFT s':>8} {'tok/s':>8}")
    print(f"{'LumiChats engine':28} {stats.ttft_s:8.3f} {stats.tokens_per_s:8.1f}")
    print(f"{'transformers generate()':28} {ttft:8.3f} {plain_tps:8.1f}")
    print(f"peak memory: {peak_memory_mb(loaded.device):.0f} MB")


if __name__ == "__main__":
    main()
