"""The fast path's KV reuse across turns, measured on the CPU with the real Gemma-3 270M (no GPU needed).

    python benchmarks/fast_reuse_cpu.py [--model DIR] [--turn-tokens 600]

FastDecoder runs its steps eagerly off CUDA, so the same code the GPU path captures is timed here. Turn 1:
a ~1,200-token conversation, 32 greedy tokens; turn 2: that conversation + the reply + a new user turn.
Prints the second turn's reused tokens and its time to first token with the cache kept against the same
prompt prefilled from scratch, interleaved (A B A B), and whether both give the same reply.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
from pathlib import Path

import torch

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

EMBEDDED = Path.home() / ".cache/LumiChats/embedded/gemma-3-270m"


def main() -> None:
    from transformers import AutoModelForCausalLM

    from lumichats_desktop.engine.fast_decode import FastDecoder
    from lumichats_desktop.engine.generation import ReplyStats, TokenGenerator
    from lumichats_desktop.engine.loader import LoadedModel
    from lumichats_desktop.engine.sampling import SamplingParams

    parser = argparse.ArgumentParser()
    parser.add_argument("--model", type=Path, default=EMBEDDED)
    parser.add_argument("--turn-tokens", type=int, default=1200)
    args = parser.parse_args()
    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_pretrained(args.model, dtype=torch.float32).eval()
    loaded = LoadedModel(
        model=model, tokenizer=None, title="270M", device="cpu", quantization="fp32", context_length=8192
    )
    generator = TokenGenerator(loaded)
    generator.stop_ids = set()
    fast = FastDecoder(model, max_len=4096)
    generator._fast_decoder = lambda needed: fast  # type: ignore[method-assign]
    params = SamplingParams(temperature=0, max_new_tokens=32)

    def reply(prompt: list[int]) -> tuple[list[int], ReplyStats]:
        stats = ReplyStats()
        return list(generator.stream(prompt, params, threading.Event(), stats)), stats

    first = [2, 105, 2364, 107] + torch.randint(1000, 200000, (args.turn_tokens,)).tolist() + [106, 107, 105]
    tokens, _ = reply(first)
    second = first + tokens + [106, 107, 105, 2364, 107] + torch.randint(1000, 200000, (40,)).tolist()
    second += [106, 107, 105, 4368, 107]
    reused, scratch = [], []
    for _ in range(2):  # A B A B
        tokens, _ = reply(first)  # the cache holds turn 1 and its reply again
        kept, kept_stats = reply(second)
        reused.append(kept_stats.ttft_s)
        generator._cache_ids = []
        fresh, fresh_stats = reply(second)
        scratch.append(fresh_stats.ttft_s)
    sys.stdout.write(
        f"second turn: {len(second)} prompt tokens, {kept_stats.reused_tokens} reused; TTFT "
        f"{statistics.median(reused) * 1000:.0f} ms with the cache kept, "
        f"{statistics.median(scratch) * 1000:.0f} ms from scratch; same reply: {kept == fresh}\n"
    )


if __name__ == "__main__":
    main()
