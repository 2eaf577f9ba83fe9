"""The 4B recipe on 1 GPU and on N GPUs (DDP, optionally sharded FSDP-QLoRA): s/step, tokens/s, scaling
efficiency and peak memory per GPU, measured through the real trainer command.

    python benchmarks/multi_gpu_train.py [--gpus N] [--steps 20] [--sharded] [--out results.json]
    python benchmarks/multi_gpu_train.py --model PATH --device cpu --gpus 2 --steps 3   # a CPU smoke run

Each run is `python -m trainer --config <recipe> [--num-processes N]` as a user starts it; the config's
global batch (2 x 4 = 8 conversations a step, 2,048 tokens at most) is the same for every N, so the
speed-up is s/step(1 GPU) / s/step(N GPUs) and the scaling efficiency is that speed-up / N. The base is
Gemma-3-4B-IT's architecture with random weights (speed and memory do not depend on the values), loaded in
NF4 as the recipe does; the data are the bundled sample conversations repeated. s/step is the median time
between step events after the first 3 (warm-up); tokens/s is the trainer's own figure (all ranks); peak
memory per GPU is the largest `nvidia-smi` memory.used seen on each GPU during the run (CUDA context and
allocator cache included), next to rank 0's torch peak from the step events.
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
GiB = 2**30


def log(*parts: Any) -> None:
    sys.stdout.write(" ".join(str(p) for p in parts) + "\n")
    sys.stdout.flush()


def random_4b(folder: Path, tokenizer: Path | None = None) -> Path:
    """Gemma-3-4B's architecture, random bf16 weights, with the Gemma-3 tokenizer (of the embedded 270M
    unless a folder holding tokenizer.json and tokenizer_config.json is given)."""
    import torch
    from transformers import Gemma3Config, Gemma3ForConditionalGeneration

    from tests.tiny_models import copy_tokenizer
    from trainer.common.architectures import GEMMA3_4B
    from trainer.common.catalog import ensure_embedded
    from trainer.common.dirs import app_dirs

    if not (folder / "config.json").exists():
        torch.manual_seed(0)
        with torch.device("cuda" if torch.cuda.is_available() else "cpu"):
            model = Gemma3ForConditionalGeneration(Gemma3Config(**GEMMA3_4B)).to(torch.bfloat16)
        model.save_pretrained(folder)
        del model
        torch.cuda.empty_cache()  # the runs' per-GPU peaks must not include this process's cache
    copy_tokenizer(tokenizer or ensure_embedded(app_dirs()), folder)
    return folder


def dataset(folder: Path, rows: int, words: int) -> Path:
    """Rows as long as the recipe's (2,048 tokens): each a question from the bundled samples answered by
    the samples' replies strung together to about `words` words (the values do not matter for speed)."""
    sample = (REPO / "resources" / "sample_data" / "sample-conversations.jsonl").read_text(encoding="utf-8")
    conversations = [json.loads(line)["conversations"] for line in sample.splitlines() if line.strip()]
    replies = " ".join(turn["value"] for c in conversations for turn in c if turn["from"] == "gpt").split()
    path = folder / "data.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i in range(rows):
            question = conversations[i % len(conversations)][0]["value"]
            start = (i * 7) % len(replies)
            answer = " ".join(replies[(start + j) % len(replies)] for j in range(words))
            turns = [{"from": "human", "value": question}, {"from": "gpt", "value": answer}]
            out.write(json.dumps({"conversations": turns}) + "\n")
    return path


class GpuMemory:
    """The largest nvidia-smi memory.used per GPU while the run lasts (polled twice a second)."""

    def __init__(self) -> None:
        self.peak: dict[int, int] = {}
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._poll, daemon=True)

    def _poll(self) -> None:
        while not self.done.wait(0.5):
            try:
                out = subprocess.run(
                    ["nvidia-smi", "--query-gpu=index,memory.used", "--format=csv,noheader,nounits"],
                    capture_output=True,
                    text=True,
                    timeout=10,
                ).stdout
            except (OSError, subprocess.TimeoutExpired):
                return
            for line in out.splitlines():
                index, used = (int(x) for x in line.split(","))
                self.peak[index] = max(self.peak.get(index, 0), used * 2**20)

    def __enter__(self) -> GpuMemory:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.done.set()
        self.thread.join()


def run(config: Path, processes: int, sharded: bool, work: Path) -> dict[str, Any]:
    command = [sys.executable, "-m", "trainer", "--config", str(config), "--progress-format", "jsonl"]
    command += ["--output", str(work / f"out-{processes}{'-fsdp' if sharded else ''}")]
    if processes > 1 or sharded:
        command += ["--num-processes", str(processes)]
    if sharded:
        command += ["--accelerate-config", str(REPO / "trainer" / "recipes" / "fsdp_qlora.yaml")]
    log("$", " ".join(command))
    events: list[dict[str, Any]] = []
    stamps: list[float] = []
    with GpuMemory() as memory:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=REPO)
        assert process.stdout is not None
        for line in process.stdout:
            event = json.loads(line)
            events.append(event)
            if event["event"] == "step":
                stamps.append(time.monotonic())
        code = process.wait()
    if code or events[-1].get("status") != "finished":
        raise SystemExit(f"the run with {processes} process(es) failed (exit {code}): {events[-1:]}")
    steps = [e for e in events if e["event"] == "step"]
    gaps = [b - a for a, b in itertools.pairwise(stamps[3:])]
    return {
        "processes": processes,
        "sharded": sharded,
        "s_per_step": statistics.median(gaps) if gaps else float("nan"),
        "step_gaps_s": [round(b - a, 3) for a, b in itertools.pairwise(stamps)],
        "tokens_per_second": steps[-1]["tokens_per_second"],
        "rank0_peak_allocated_gib": steps[-1]["peak_memory_bytes"] / GiB,
        "peak_used_gib_per_gpu": {i: round(b / GiB, 2) for i, b in sorted(memory.peak.items())},
    }


def main() -> None:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw)
    parser.add_argument("--gpus", type=int, default=0, help="N (default: every GPU)")
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--max-length", type=int, default=2048)
    parser.add_argument("--words", type=int, default=1500, help="words per reply (1,500 fill 2,048 tokens)")
    parser.add_argument("--sharded", action="store_true", help="also run N GPUs with the FSDP-QLoRA config")
    parser.add_argument("--model", type=Path, help="a model folder instead of the random 4B")
    parser.add_argument("--tokenizer", type=Path, help="a folder with the Gemma-3 tokenizer files")
    parser.add_argument("--device", default="cuda", choices=["cuda", "cpu"])
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    import torch

    gpus = args.gpus or torch.cuda.device_count()
    with tempfile.TemporaryDirectory(prefix="lumichats-multi-gpu-") as tmp:
        work = Path(tmp)
        model = args.model or random_4b(work / "gemma-3-4b-random", args.tokenizer)
        config = work / "recipe.toml"
        settings = {
            "model": str(model),
            # every step sees new conversations
            "dataset": str(dataset(work, rows=16 * args.steps + 32, words=args.words)),
            "max_steps": args.steps,
            "max_length": args.max_length,
            "device": args.device,
            "eval_share": 0.01,
            "max_eval_rows": 8,
            "save_steps": 10_000,  # one checkpoint at the end at most: the benchmark measures steps
            "load_in_4bit": args.device == "cuda",
            **({} if args.device == "cuda" else {"optimizer": "adamw_torch"}),
        }
        config.write_text("\n".join(f"{k} = {json.dumps(v)}" for k, v in settings.items()) + "\n")
        name = torch.cuda.get_device_name(0) if torch.cuda.is_available() else "CPU"
        log(f"machine: {torch.cuda.device_count()} x {name}")
        results = []
        for processes, sharded in [(1, False), (gpus, False)] + ([(gpus, True)] if args.sharded else []):
            results.append(run(config, processes, sharded, work))
            log("result:", json.dumps(results[-1]))  # each run as it ends, should a later one fail
    base = results[0]["s_per_step"]
    log(
        "\n| setup | s/step | tokens/s | speed-up | scaling efficiency | peak GiB per GPU (nvidia-smi) "
        "| rank 0 torch peak GiB |"
    )
    log("|---|---|---|---|---|---|---|")
    for r in results:
        speedup = base / r["s_per_step"]
        r["speedup"], r["scaling_efficiency"] = speedup, speedup / r["processes"]
        name = f"{r['processes']} GPU{'s' if r['processes'] > 1 else ''} {'FSDP' if r['sharded'] else 'DDP'}"
        log(
            f"| {name} | {r['s_per_step']:.2f} | {r['tokens_per_second']:,.0f} | {speedup:.2f}x "
            f"| {r['scaling_efficiency']:.0%} | {r['peak_used_gib_per_gpu']} "
            f"| {r['rank0_peak_allocated_gib']:.1f} |"
        )
    if args.out:
        args.out.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
