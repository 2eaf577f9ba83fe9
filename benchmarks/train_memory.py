"""The 4B QLoRA recipe on an NVIDIA GPU: plain PEFT against the trainer's default path, in one process.

    python benchmarks/train_memory.py [--folder /tmp/gemma3-4b-random] [--out results.json]
        [--steps-512 20] [--steps-2048 6] [--profile]

Gemma-3-4B-IT's architecture with random weights (built by benchmarks/gpu_speed.py's build()), loaded in
NF4. Both paths train the recipe's LoRA (r=8 on the seven projections, 8-bit AdamW, lr 2e-4, batch 2 x
accumulation 4, gradient checkpointing) on the same batches from the same LoRA initialisation, under
bf16 autocast as transformers' Trainer runs them:
- plain: PEFT's documented QLoRA setup (prepare_model_for_kbit_training, non-reentrant checkpointing,
  the model's own loss over full logits);
- ours: trainer.model.load_for_training and trainer.loss.response_only_loss_sum, what `lumichats-train` runs.
Prints per length and path: s/optimizer step (median after one warm-up step), tokens/s, torch's peak
allocated and reserved, the device's peak used memory (sampled), the loss of every step and the largest
relative difference between the two paths' losses. --profile adds where the peak of one step goes.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from trainer.memory import configure_allocator  # noqa: E402

configure_allocator()  # before CUDA starts, for both paths alike

import torch  # noqa: E402

GiB = 2**30


def log(*parts: Any) -> None:
    sys.stdout.write(" ".join(str(p) for p in parts) + "\n")
    sys.stdout.flush()


class DevicePeak:
    """The device's used memory (what nvidia-smi shows, CUDA context included), sampled every 5 ms."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            free, total = torch.cuda.mem_get_info()
            self.peak = max(self.peak, total - free)
            time.sleep(0.005)

    def __enter__(self) -> DevicePeak:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def batches_for(seq: int, step: int, micro: int = 4, batch: int = 2) -> list[dict[str, torch.Tensor]]:
    """The same token batches for both paths: random ids, the second half of each row labelled."""
    generator = torch.Generator().manual_seed(1000 * seq + step)
    out = []
    for _ in range(micro):
        ids = torch.randint(1000, 200000, (batch, seq), generator=generator)
        labels = ids.clone()
        labels[:, : seq // 2] = -100
        out.append(
            {
                "input_ids": ids.cuda(),
                "labels": labels.cuda(),
                "attention_mask": torch.ones_like(ids).cuda(),
                "token_type_ids": torch.zeros_like(ids).cuda(),
            }
        )
    return out


def merged(batches: list[dict[str, torch.Tensor]], rows: int) -> list[dict[str, torch.Tensor]]:
    """The same rows in passes of `rows` rows (trainer.memory.rows_per_forward), as the trainer runs them."""
    per = batches[0]["input_ids"].shape[0]
    group = max(1, rows // per)
    return [
        {k: torch.cat([b[k] for b in batches[i : i + group]]) for k in batches[0]}
        for i in range(0, len(batches), group)
    ]


def load_plain(folder: Path) -> Any:
    from peft import get_peft_model, prepare_model_for_kbit_training
    from transformers import AutoModelForCausalLM

    from trainer.common.quantization import nf4_config
    from trainer.config import TrainConfig
    from trainer.model import lora_config

    model = AutoModelForCausalLM.from_pretrained(
        folder, quantization_config=nf4_config(torch.bfloat16), dtype=torch.bfloat16, device_map={"": "cuda"}
    )
    model = prepare_model_for_kbit_training(
        model, use_gradient_checkpointing=True, gradient_checkpointing_kwargs={"use_reentrant": False}
    )
    torch.manual_seed(3407)
    return get_peft_model(model, lora_config(TrainConfig()))


def load_ours(folder: Path, seq: int) -> Any:
    from trainer.config import TrainConfig
    from trainer.model import load_for_training

    torch.manual_seed(3407)
    model, _ = load_for_training(folder, TrainConfig(model=str(folder), max_length=seq), "cuda")
    return model


def weights_breakdown(model: Any) -> dict[str, float]:
    """GiB of parameters and buffers on the GPU by kind."""
    kinds: dict[str, float] = {}
    for name, tensor in list(model.named_parameters()) + list(model.named_buffers()):
        if tensor.device.type != "cuda":
            continue
        if "lora_" in name:
            kind = "lora"
        elif "vision_tower" in name or "multi_modal_projector" in name:
            kind = "vision"
        elif "embed_tokens" in name or "lm_head" in name:
            kind = f"embedding ({str(tensor.dtype).replace('torch.', '')})"
        elif tensor.__class__.__name__ == "Params4bit":
            kind = "nf4 linear"
        else:
            kind = f"other ({str(tensor.dtype).replace('torch.', '')})"
        kinds[kind] = kinds.get(kind, 0.0) + tensor.numel() * tensor.element_size() / GiB
    return {k: round(v, 3) for k, v in sorted(kinds.items())}


def make_step(model: Any, ours: bool, optimizer: Any) -> Any:
    from trainer.loss import response_only_loss_sum

    def step(batches: list[dict[str, torch.Tensor]]) -> float:
        n = sum(int((b["labels"][:, 1:] != -100).sum()) for b in batches)
        loss_sum = 0.0
        for b in batches:
            with torch.autocast("cuda", dtype=torch.bfloat16):
                if ours:
                    total, _ = response_only_loss_sum(model, b)
                    loss = total / n
                else:
                    loss = model(**b).loss / len(batches)
            loss.backward()
            loss_sum += float(loss)
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        return loss_sum

    return step


def profile_step(step: Any, batches: list[dict[str, torch.Tensor]], top: int = 12) -> dict[str, Any]:
    """Replay one step's allocation trace; at its peak, group the live step allocations by origin."""
    base = torch.cuda.memory_allocated()
    torch.cuda.memory._record_memory_history(max_entries=400000, stacks="python")
    step(batches)
    snapshot = torch.cuda.memory._snapshot()
    torch.cuda.memory._record_memory_history(enabled=None)
    live: dict[int, tuple[int, str]] = {}
    current = peak = 0
    at_peak: dict[int, tuple[int, str]] = {}
    for event in snapshot["device_traces"][0]:
        action, addr, size = event["action"], event["addr"], event["size"]
        if action == "alloc":
            live[addr] = (size, _origin(event.get("frames", [])))
            current += size
            if current > peak:
                peak, at_peak = current, dict(live)
        elif action == "free_completed" and addr in live:
            current -= live.pop(addr)[0]
    groups: dict[str, int] = {}
    for size, origin in at_peak.values():
        groups[origin] = groups.get(origin, 0) + size
    ranked = sorted(groups.items(), key=lambda kv: -kv[1])[:top]
    return {
        "allocated_before_step_gib": base / GiB,
        "step_peak_above_that_gib": peak / GiB,
        "live_at_peak_by_origin_gib": {k: round(v / GiB, 3) for k, v in ranked},
    }


def gpu_busy(step: Any, batches: list[dict[str, torch.Tensor]]) -> dict[str, Any]:
    """Share of one step's wall time the GPU spends in kernels (torch.profiler), and the kernel count."""
    from torch.profiler import ProfilerActivity, profile

    torch.cuda.synchronize()
    with profile(activities=[ProfilerActivity.CUDA]) as prof:
        t = time.perf_counter()
        step(batches)
        torch.cuda.synchronize()
        wall = time.perf_counter() - t
    kernels = [e for e in prof.events() if e.device_type == torch.autograd.DeviceType.CUDA]
    busy = sum(e.device_time for e in kernels) / 1e6
    by_name: dict[str, float] = {}
    for e in kernels:
        by_name[e.name[:60]] = by_name.get(e.name[:60], 0.0) + e.device_time / 1e6
    top = sorted(by_name.items(), key=lambda kv: -kv[1])[:8]
    return {
        "wall_s": wall,
        "kernel_s": busy,
        "kernels": len(kernels),
        "top_kernels_s": {k: round(v, 3) for k, v in top},
    }


def _origin(frames: list[dict[str, Any]]) -> str:
    keys = ("/trainer/", "/transformers/models/", "/peft/", "/bitsandbytes/", "/torch/utils/checkpoint")
    for frame in frames:
        name = frame.get("filename", "")
        if any(k in name for k in keys):
            short = name.split("site-packages/")[-1].split("/src/")[-1]
            return f"{short}:{frame.get('line')} {frame.get('name')}"
    return frames[0].get("name", "?") if frames else "?"


def run_path(folder: Path, seq: int, ours: bool, steps: int, profile: bool) -> dict[str, Any]:
    import bitsandbytes as bnb

    from trainer.config import TrainConfig
    from trainer.memory import rows_per_forward
    from trainer.model import count_params

    rows = rows_per_forward(TrainConfig(max_length=seq)) if ours else 2

    def data(step: int) -> list[dict[str, torch.Tensor]]:
        return merged(batches_for(seq, step), rows)

    torch.cuda.empty_cache()
    torch.cuda.reset_peak_memory_stats()
    t = time.perf_counter()
    model = load_ours(folder, seq) if ours else load_plain(folder)
    model.train()
    load_s = time.perf_counter() - t
    row: dict[str, Any] = {
        "load_s": load_s,
        "rows_per_forward": rows,
        "trainable": count_params(model).trainable,
        "after_load_allocated_gib": torch.cuda.memory_allocated() / GiB,
        "load_peak_reserved_gib": torch.cuda.max_memory_reserved() / GiB,
        "weights_on_gpu_gib": weights_breakdown(model),
    }
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = bnb.optim.AdamW8bit(params, lr=2e-4, betas=(0.9, 0.999), weight_decay=0.0)
    step = make_step(model, ours, optimizer)
    losses, seconds = [], []
    torch.cuda.reset_peak_memory_stats()
    with DevicePeak() as device_peak:
        for i in range(steps):
            batches = data(i)
            torch.cuda.synchronize()
            t = time.perf_counter()
            losses.append(step(batches))
            torch.cuda.synchronize()
            seconds.append(time.perf_counter() - t)
    tokens = 4 * 2 * seq
    row.update(
        losses=losses,
        s_per_step=statistics.median(seconds[1:]) if steps > 1 else seconds[0],
        tokens_per_s=tokens / (statistics.median(seconds[1:]) if steps > 1 else seconds[0]),
        peak_allocated_gib=torch.cuda.max_memory_allocated() / GiB,
        peak_reserved_gib=torch.cuda.max_memory_reserved() / GiB,
        device_peak_used_gib=device_peak.peak / GiB,
    )
    if profile:
        row["profile"] = profile_step(step, data(99))
        row["gpu_busy"] = gpu_busy(step, data(98))
    del model, optimizer, step
    gc.collect()
    torch.cuda.empty_cache()
    return row


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folder", type=Path, default=Path("/tmp/gemma3-4b-random"))
    parser.add_argument("--out", type=Path)
    parser.add_argument("--steps-512", type=int, default=20)
    parser.add_argument("--steps-2048", type=int, default=6)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--only", choices=["plain", "ours"])
    args = parser.parse_args()
    import bitsandbytes
    import peft
    import transformers

    sys.path.insert(0, str(REPO / "benchmarks"))
    from gpu_speed import build

    results: dict[str, Any] = {
        "gpu": torch.cuda.get_device_name(),
        "torch": torch.__version__,
        "transformers": transformers.__version__,
        "peft": peft.__version__,
        "bitsandbytes": bitsandbytes.__version__,
        "date": time.strftime("%Y-%m-%d"),
    }
    log(json.dumps(results))
    build(args.folder)
    paths = [p for p in ("plain", "ours") if args.only in (None, p)]
    try:
        for seq, steps in ((512, args.steps_512), (2048, args.steps_2048)):
            for name in paths:
                row = run_path(args.folder, seq, name == "ours", steps, args.profile and seq == 2048)
                results[f"train_{seq}_{name}"] = row
                log(json.dumps({f"train_{seq}_{name}": row}))
                if args.out:
                    args.out.write_text(json.dumps(results, indent=2))
    finally:
        if args.out:
            args.out.write_text(json.dumps(results, indent=2))
    log(table(results))


def table(results: dict[str, Any]) -> str:
    lines = [
        "| length | path | s/step | tokens/s | peak allocated | peak reserved | device peak | trainable |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for seq in (512, 2048):
        plain, ours = results.get(f"train_{seq}_plain"), results.get(f"train_{seq}_ours")
        for name, row in (("plain PEFT", plain), ("ours", ours)):
            if row:
                lines.append(
                    f"| {seq} | {name} | {row['s_per_step']:.2f} | {row['tokens_per_s']:,.0f} | "
                    f"{row['peak_allocated_gib']:.2f} GiB | {row['peak_reserved_gib']:.2f} GiB | "
                    f"{row['device_peak_used_gib']:.2f} GiB | {row['trainable']:,} |"
                )
        if plain and ours:
            diffs = [abs(a - b) / abs(a) for a, b in zip(plain["losses"], ours["losses"], strict=False)]
            lines.append(
                f"| {seq} | ours vs plain | {plain['s_per_step'] / ours['s_per_step']:.2f}x | | | | | "
                f"max rel. loss diff {max(diffs):.2e} over {len(diffs)} steps |"
            )
    return "\n".join(lines)


if __name__ == "__main__":
    main()
