"""Peak memory of the app's default CPU load of LumiChats 270M, stage by stage, beside the old route.

    python benchmarks/cpu_memory.py [--threads 1] [--rounds 2] [--new-tokens 64] [--sides files,transformers]

Each side runs in its own process (peak RSS is per process) and they alternate (ABAB), so the machine's
load falls on all of them alike. Sides:
  files         the app's default: `open_model("lumichats-270m")`, packed straight from the safetensors
                files (engine/cpu_load.py) in the format engine/cpu_plan.py picks for this CPU.
  transformers  the route before: transformers' bf16 model + PEFT adapter, packed from it
                (engine/cpu_decode.build_decoder), the embedding copy freed after.
  padded        `files` with fp16 packed as FBGEMM pads it (640 columns stored as 1,024), as before issue 23's
                memory work: what the unpadded packing saves.
  int8          `files` with every matrix int8 weight-only (what AVX-512-BF16 CPUs get; emulated bf16 here).
  floor         torch, transformers and the tokenizer (as the app's CPU load reads it) only: what any load of
                this model costs before weights.
Prints VmRSS / VmHWM (peak) after each stage from /proc/self/status, then first-token time (prefill +
first token) and decode tok/s of a greedy reply through the engine's TokenGenerator.
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
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))


def memory_mb() -> tuple[int, int]:
    """(VmRSS, VmHWM) in MB: resident now and the most ever resident."""
    fields = {}
    with open("/proc/self/status", encoding="utf-8") as handle:
        for line in handle:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                fields[key] = int(value.split()[0]) // 1024
    return fields["VmRSS"], fields["VmHWM"]


def run_side(side: str, threads: int, new_tokens: int) -> dict[str, Any]:
    stages: dict[str, tuple[int, int]] = {"start": memory_mb()}
    import torch
    import transformers  # noqa: F401  (counted in "imports", as the app has it loaded)

    os.environ["LUMICHATS_THREADS"] = str(threads)  # the loader sets torch's thread count from it
    torch.set_num_threads(threads)
    stages["imports"] = memory_mb()
    from lumichats_desktop.cli import quiet_libraries
    from lumichats_desktop.engine.models import open_model, resolve_source
    from lumichats_desktop.paths import app_dirs

    quiet_libraries()
    source = resolve_source("lumichats-270m", app_dirs())
    started = time.perf_counter()
    if side == "floor":  # the tokenizer as the app's CPU load reads it
        from lumichats_desktop.engine.cpu_load import map_large_blocks_separately
        from lumichats_desktop.engine.loader import load_tokenizer

        map_large_blocks_separately()
        load_tokenizer(source.base_dir, lean=True)
        stages["tokenizer"] = memory_mb()
        return {"stages": stages}
    if side == "transformers":
        loaded = _transformers_route(source)
    else:
        if side == "int8":
            os.environ["LUMICHATS_CPU_KIND"] = "avx512_bf16"
        if side == "padded":
            from lumichats_desktop.engine import cpu_weights

            cpu_weights.FP16_UNPADDED = False
        loaded = open_model("lumichats-270m", app_dirs(), device="cpu")
    load_s = time.perf_counter() - started
    stages["loaded"] = memory_mb()
    first_s, tok_s, prompt = _reply(loaded, threads, new_tokens)
    stages["replied"] = memory_mb()
    return {
        "stages": stages,
        "load_s": load_s,
        "first_s": first_s,
        "tok_s": tok_s,
        "prompt": prompt,
        "format": loaded.quantization,
    }


def _transformers_route(source: Any) -> Any:
    """The load as it was before engine/cpu_load.py: through transformers' model and PEFT."""
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from lumichats_desktop.engine.cpu_decode import build_decoder
    from lumichats_desktop.engine.hardware import probe
    from lumichats_desktop.engine.loader import LoadedModel, _release_embedding, choose_quantization

    quant = choose_quantization("auto", "cpu", source.base_dir, probe())
    tokenizer = AutoTokenizer.from_pretrained(source.base_dir)
    model = AutoModelForCausalLM.from_pretrained(
        source.base_dir, dtype=torch.bfloat16, device_map={"": "cpu"}
    )
    model = PeftModel.from_pretrained(model, str(source.adapter_dir), adapter_name="default").eval()
    cpu = build_decoder(model, quant, "default")  # type: ignore[arg-type]
    _release_embedding(model)
    return LoadedModel(model, tokenizer, source.title, "cpu", quant, 32768, cpu=cpu)


def _reply(loaded: Any, threads: int, new_tokens: int) -> tuple[float, float, int]:
    import threading

    from cpu_vs_llamacpp import prompt_ids

    from lumichats_desktop.engine.generation import ReplyStats, TokenGenerator
    from lumichats_desktop.engine.sampling import SamplingParams

    ids = prompt_ids(loaded.tokenizer, 57)
    generator = TokenGenerator(loaded)
    generator.stop_ids = set()  # fixed length
    warm = SamplingParams(temperature=0, max_new_tokens=4)
    list(generator.stream(ids, warm, threading.Event(), ReplyStats()))
    generator.reset()
    stats = ReplyStats()
    list(
        generator.stream(
            ids, SamplingParams(temperature=0, max_new_tokens=new_tokens), threading.Event(), stats
        )
    )
    return stats.ttft_s or 0.0, stats.tokens_per_s or 0.0, len(ids)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--new-tokens", type=int, default=64)
    parser.add_argument("--sides", default="files,padded,transformers,int8,floor")
    parser.add_argument("--side", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.side:
        print(json.dumps(run_side(args.side, args.threads, args.new_tokens)))
        return
    import torch
    import transformers

    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores; "
        f"torch {torch.__version__}, transformers {transformers.__version__}; "
        f"{args.threads} threads; {args.new_tokens} new tokens"
    )
    results: dict[str, list[dict[str, Any]]] = {}
    for round_ in range(args.rounds):
        for side in args.sides.split(","):
            load = os.getloadavg()[0]
            out = subprocess.run(
                [sys.executable, __file__, "--side", side, "--threads", str(args.threads),
                 "--new-tokens", str(args.new_tokens)],
                capture_output=True, text=True, check=True,
            )  # fmt: skip
            result = json.loads(out.stdout.strip().splitlines()[-1])
            results.setdefault(side, []).append(result)
            stages = "  ".join(f"{k} {rss}/{hwm}" for k, (rss, hwm) in result["stages"].items())
            speed = ""
            if "tok_s" in result:
                speed = (
                    f" | {result['format']} load {result['load_s']:.1f} s, "
                    f"first token {result['first_s']:.3f} s, {result['tok_s']:.2f} tok/s"
                )
            print(
                f"round {round_ + 1} {side:12} (load avg {load:.1f}) RSS/peak MB: {stages}{speed}", flush=True
            )
    print("\nmedian peak RSS (VmHWM) MB by side:")
    for side, runs in results.items():
        peaks = sorted(max(hwm for _, hwm in r["stages"].values()) for r in runs)
        print(f"  {side:12} {peaks[len(peaks) // 2]}")


if __name__ == "__main__":
    main()
