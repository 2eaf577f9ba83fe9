"""LumiChats 4B speed on an NVIDIA GPU: our paths against plain transformers + PEFT, in the same process.

    python benchmarks/gpu_speed.py [--out results.json] [--skip-train] [--tokenizer DIR] [--lora]

The model is Gemma-3-4B-IT's architecture from its public config with random weights (speed and memory do
not depend on the values), saved once and loaded in NF4 4-bit as the app loads it. Prints a table:
- decode: batch 1, greedy, 256 new tokens after 512- and 2,048-token prompts; time to first token; peak VRAM;
  plain = model.generate() with its dynamic cache; ours = the engine's TokenGenerator (CUDA graph fast path);
- each decode row twice: "before" = LUMICHATS_FAST_KERNELS=0 (bitsandbytes' 4-bit gemv, SDPA attention),
  "after" = our Triton NF4 gemv and decode attention; a second turn (prompt + reply + a new user turn):
  TTFT with the cache reused against the same prompt from scratch;
- a profile of one decode step (kernels, GPU time by kind) before and after;
- --tokenizer DIR (the Gemma-3 tokenizer files): a fresh ChatEngine's warm-up time and its first and
  second replies' TTFT through the app's own path; --lora: the decode rows again with a random r=8 LoRA
  on the seven projections (the product runs the 4B with its adapter, unmerged);
- correctness: max |logit difference| between the fast path and the eager model on the same prompt, and how
  many of the first 32 greedy tokens agree;
- training: the recipe's step (batch 2 x grad accum 4, LoRA r=8 on 7 projections, 8-bit AdamW, gradient
  checkpointing) at 512 and 2,048 tokens, half the tokens labelled; plain = the model's own loss over full
  logits; ours = trainer.loss (head only where labels exist, chunked). s/step and peak VRAM.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

import torch

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from trainer.common.architectures import GEMMA3_4B  # noqa: E402

GiB = 2**30


def log(*parts: Any) -> None:
    sys.stdout.write(" ".join(str(p) for p in parts) + "\n")
    sys.stdout.flush()


def build(folder: Path) -> None:
    from transformers import Gemma3Config, Gemma3ForConditionalGeneration

    if (folder / "config.json").exists():
        return
    torch.manual_seed(0)
    with torch.device("cuda"):
        model = Gemma3ForConditionalGeneration(Gemma3Config(**GEMMA3_4B)).to(torch.bfloat16)
    model.save_pretrained(folder)
    del model
    torch.cuda.empty_cache()


def load_nf4(folder: Path) -> Any:
    from transformers import AutoModelForCausalLM

    from trainer.common.quantization import nf4_config

    model = AutoModelForCausalLM.from_pretrained(
        folder, quantization_config=nf4_config(torch.bfloat16), dtype=torch.bfloat16, device_map={"": "cuda"}
    )
    return model.eval()


def timed(fn: Any) -> float:
    torch.cuda.synchronize()
    t = time.perf_counter()
    fn()
    torch.cuda.synchronize()
    return time.perf_counter() - t


def plain_decode(model: Any, ids: torch.Tensor, new: int) -> tuple[dict[str, Any], list[int]]:
    """model.generate() with its dynamic cache: TTFT, tok/s, peak, and its greedy tokens."""
    prompt_len = ids.shape[1]
    kwargs = {"do_sample": False, "pad_token_id": 0, "eos_token_id": None}
    model.generate(ids, max_new_tokens=4, min_new_tokens=4, **kwargs)  # warm-up
    ttft = timed(lambda: model.generate(ids, max_new_tokens=1, min_new_tokens=1, **kwargs))
    torch.cuda.reset_peak_memory_stats()
    box: dict[str, Any] = {}
    total = timed(
        lambda: box.update(out=model.generate(ids, max_new_tokens=new, min_new_tokens=new, **kwargs))
    )
    row = {
        "ttft_s": ttft,
        "tok_s": (new - 1) / (total - ttft),
        "peak_gib": torch.cuda.max_memory_allocated() / GiB,
    }
    return row, box["out"][0, prompt_len:].tolist()


def decode(model: Any, prompt_len: int, new: int, plain_tokens: list[int]) -> dict[str, Any]:
    """The engine's TokenGenerator (CUDA graph fast path): speed, reuse on a second turn, correctness."""
    from lumichats_desktop.engine.generation import ReplyStats, TokenGenerator
    from lumichats_desktop.engine.loader import LoadedModel
    from lumichats_desktop.engine.sampling import SamplingParams

    torch.manual_seed(prompt_len)
    ids = torch.randint(1000, 200000, (1, prompt_len), device="cuda")
    loaded = LoadedModel(
        model=model, tokenizer=None, title="4B", device="cuda", quantization="nf4", context_length=8192
    )
    generator = TokenGenerator(loaded)
    generator.stop_ids = set()
    params = SamplingParams(temperature=0.0, max_new_tokens=new)

    def run(prompt: list[int]) -> tuple[list[int], ReplyStats]:
        stats = ReplyStats()
        tokens = list(generator.stream(prompt, params, threading.Event(), stats))
        return tokens, stats

    # What ChatEngine does while the model loads (graph capture; the NF4 configs timed on first use)
    warm_up_s = timed(lambda: generator.warm_up(prompt_len + new + 64))
    torch.cuda.reset_peak_memory_stats()
    tokens, stats = run(ids[0].tolist())
    ours = {
        "warm_up_s": warm_up_s,
        "ttft_s": stats.ttft_s,
        "tok_s": stats.tokens_per_s,
        "peak_gib": torch.cuda.max_memory_allocated() / GiB,
    }
    # Second turn: the first turn, its reply, and a new 40-token user turn.
    follow = ids[0].tolist() + tokens + [106, 107, 105] + torch.randint(1000, 200000, (34,)).tolist()
    follow += [106, 107, 105, 4368, 107]
    _, again = run(follow)
    generator._cache_ids = []  # the same prompt from scratch
    _, scratch = run(follow)
    second_turn = {
        "prompt_tokens": len(follow),
        "reused_tokens": again.reused_tokens,
        "ttft_s_reused": again.ttft_s,
        "ttft_s_from_scratch": scratch.ttft_s,
    }
    fast = generator._fast
    with torch.inference_mode():
        eager_logits = model(input_ids=ids, logits_to_keep=1).logits[0, -1].float()
        fast_logits = fast.prefill(ids[0].tolist()).float()
        step_eager = model(input_ids=torch.cat([ids, ids[:, :1]], 1), logits_to_keep=1).logits[0, -1].float()
        step_fast = fast.step(int(ids[0, 0])).float()
    agree = next(
        (i for i, (a, b) in enumerate(zip(plain_tokens[:32], tokens[:32], strict=False)) if a != b), 32
    )
    return {
        "ours": ours,
        "second_turn": second_turn,
        "graph": fast.graph is not None,
        "nf4_kernel_layers": fast.nf4_layers,
        "norm_kernel_layers": fast.norm_layers,
        "decode_attention": bool(fast.attention),
        "stacked_nf4_launches": len(fast.groups),
        "tuned_nf4_configs": fast.tuned,
        "prefill_max_abs_diff": float((eager_logits - fast_logits).abs().max()),
        "step_max_abs_diff": float((step_eager - step_fast).abs().max()),
        "logit_scale": float(eager_logits.abs().max()),
        "greedy_tokens_agreeing_of_32": agree,
        "profile": safe_profile(fast),
        "prefill_profile": safe_prefill_profile(fast, ids[0].tolist()),
    }


def safe_prefill_profile(fast: Any, ids: list[int]) -> dict[str, Any]:
    """Where a from-scratch prefill's time goes (TTFT's main part): wall time (best of 3), GPU kernel
    time and count, the top kernels; before/after rows side by side explain a TTFT difference."""
    from torch.profiler import ProfilerActivity, profile

    try:
        with torch.inference_mode():
            walls = [timed(lambda: fast.prefill(ids)) for _ in range(3)]
            with profile(activities=[ProfilerActivity.CUDA, ProfilerActivity.CPU]) as prof:
                fast.prefill(ids)
                torch.cuda.synchronize()
        names: dict[str, dict[str, float]] = {}
        for event in prof.events():
            if event.device_type != torch.autograd.DeviceType.CUDA:
                continue
            us = getattr(event, "device_time", None) or getattr(event, "cuda_time", 0.0)
            row = names.setdefault(event.name[:90], {"kernels": 0, "us": 0.0})
            row["kernels"] += 1
            row["us"] += us
        return {
            "tokens": len(ids),
            "wall_s": min(walls),
            "walls_s": walls,
            "gpu_us": sum(r["us"] for r in names.values()),
            "kernels": sum(r["kernels"] for r in names.values()),
            "top": dict(sorted(names.items(), key=lambda kv: -kv[1]["us"])[:8]),
        }
    except Exception as exc:  # a profiler problem must not cost the run's other numbers
        return {"error": repr(exc)}


def safe_profile(fast: Any) -> dict[str, Any]:
    try:
        return profile_step(fast)
    except Exception as exc:  # a profiler problem must not cost the run's other numbers
        return {"error": repr(exc), "kernels_per_step": -1, "gpu_us": -1}


def kind_of(kernel: str) -> str:
    name = kernel.lower()
    for kind, marks in (
        ("NF4 gemv (ours)", ("nf4_gemv",)),
        ("attention (ours)", ("_chunk_kernel", "_merge_kernel")),
        ("bnb 4-bit", ("4bit", "kgemm", "kdequant")),
        ("SDPA attention", ("fmha", "attention", "flash", "efficient")),
        ("bf16 matmul (head, LoRA)", ("gemm", "gemv", "sm90_xmma", "cutlass", "nvjet")),
    ):
        if any(m in name for m in marks):
            return kind
    return "small: norm, RoPE, add, copy, mask"


def profile_step(fast: Any) -> dict[str, Any]:
    """One decode step run eagerly under the profiler: the graph replays exactly these kernels."""
    from torch.profiler import ProfilerActivity, profile

    with torch.inference_mode():
        fast.position.fill_(fast.cache.length)
        for _ in range(2):
            fast._step_body()
        torch.cuda.synchronize()
        with profile(activities=[ProfilerActivity.CUDA]) as prof:
            fast._step_body()
            torch.cuda.synchronize()
    kinds: dict[str, dict[str, float]] = {}
    names: dict[str, dict[str, float]] = {}
    count = 0
    for event in prof.events():
        if event.device_type != torch.autograd.DeviceType.CUDA or "memcpy" in event.name.lower():
            continue
        us = getattr(event, "device_time", None) or getattr(event, "cuda_time", 0.0)
        count += 1
        for table, key in ((kinds, kind_of(event.name)), (names, event.name[:90])):
            row = table.setdefault(key, {"kernels": 0, "us": 0.0})
            row["kernels"] += 1
            row["us"] += us
    top = dict(sorted(names.items(), key=lambda kv: -kv[1]["us"])[:12])
    return {
        "kernels_per_step": count,
        "gpu_us": sum(r["us"] for r in kinds.values()),
        "by_kind": kinds,
        "top": top,
    }


def first_replies(model: Any, tokenizer_dir: Path, results: dict[str, Any]) -> None:
    """A fresh ChatEngine as the app builds one after loading: warm-up time, first and second reply TTFT."""
    from transformers import AutoTokenizer

    from lumichats_desktop.engine.chat_engine import ChatEngine
    from lumichats_desktop.engine.generation import ReplyStats
    from lumichats_desktop.engine.loader import LoadedModel
    from lumichats_desktop.engine.sampling import SamplingParams
    from trainer.common.chat_format import Message

    loaded = LoadedModel(
        model=model,
        tokenizer=AutoTokenizer.from_pretrained(tokenizer_dir),
        title="4B",
        device="cuda",
        quantization="nf4",
        context_length=8192,
    )
    warm = timed(lambda: results.update(engine=ChatEngine(loaded)))
    engine = results.pop("engine")
    params = SamplingParams(temperature=0.0, max_new_tokens=64, min_new_tokens=64)
    messages = [Message("user", "Write a short story about a lighthouse keeper. " * 40)]
    rows = []
    for turn in range(3):
        prompt = engine.prepare(messages, max_new_tokens=64)
        items = list(engine.stream(prompt, params, threading.Event()))
        stats = items[-1]
        assert isinstance(stats, ReplyStats)
        reply = "".join(i for i in items[:-1] if isinstance(i, str))
        rows.append(
            {
                "prompt_tokens": stats.prompt_tokens,
                "reused": stats.reused_tokens,
                "ttft_s": stats.ttft_s,
                "tok_s": stats.tokens_per_s,
            }
        )
        messages += [Message("assistant", reply or "ok"), Message("user", f"And then, part {turn + 2}?")]
    results["chat_engine"] = {"warm_up_s": warm, "replies": rows}
    log(json.dumps({"chat_engine": results["chat_engine"]}))


def train(folder: Path, seq: int, results: dict[str, Any]) -> None:
    import bitsandbytes as bnb
    from peft import get_peft_model, prepare_model_for_kbit_training

    from trainer.config import TrainConfig
    from trainer.loss import response_only_loss_sum
    from trainer.model import lora_config

    model = load_nf4(folder)
    model = prepare_model_for_kbit_training(
        model, use_gradient_checkpointing=True, gradient_checkpointing_kwargs={"use_reentrant": False}
    )
    model = get_peft_model(model, lora_config(TrainConfig()))
    model.train()
    optimizer = bnb.optim.AdamW8bit([p for p in model.parameters() if p.requires_grad], lr=2e-4)
    torch.manual_seed(seq)
    batches = []
    for _ in range(4):
        ids = torch.randint(1000, 200000, (2, seq), device="cuda")
        labels = ids.clone()
        labels[:, : seq // 2] = -100
        batches.append({"input_ids": ids, "labels": labels, "token_type_ids": torch.zeros_like(ids)})

    def step(ours: bool) -> float:
        n = sum(int((b["labels"][:, 1:] != -100).sum()) for b in batches)
        loss_sum = 0.0
        for b in batches:
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

    row = {}
    for name, ours in (("plain", False), ("ours", True)):
        step(ours)  # warm-up
        torch.cuda.reset_peak_memory_stats()
        seconds = [timed(lambda o=ours: step(o)) for _ in range(2)]
        row[name] = {"s_per_step": min(seconds), "peak_gib": torch.cuda.max_memory_allocated() / GiB}
    results[f"train_{seq}"] = row
    log(json.dumps({f"train_{seq}": row}))
    torch.cuda.empty_cache()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folder", type=Path, default=Path("/tmp/gemma3-4b-random"))
    parser.add_argument("--out", type=Path)
    parser.add_argument("--skip-train", action="store_true")
    parser.add_argument("--skip-decode", action="store_true")
    parser.add_argument("--tokenizer", type=Path, help="a folder with the Gemma-3 tokenizer files")
    parser.add_argument(
        "--after-kernels",
        default="auto",
        help='LUMICHATS_FAST_KERNELS for the "after" rows: auto, 1, "norm,attention"',
    )
    parser.add_argument(
        "--base-kernels",
        action="append",
        default=[],
        help='LUMICHATS_FAST_KERNELS for more rows without a LoRA, run before "after" (our NF4 forwards,'
        ' once installed, stay on the layers), e.g. "norm,attention" for bitsandbytes\' gemv',
    )
    parser.add_argument("--lora", action="store_true", help="also decode with a random r=8 LoRA")
    parser.add_argument(
        "--lora-kernels",
        action="append",
        default=[],
        help='LUMICHATS_FAST_KERNELS for more LoRA rows (repeatable), e.g. "nf4,norm,attention"',
    )
    args = parser.parse_args()
    import bitsandbytes
    import transformers

    results: dict[str, Any] = {
        "gpu": torch.cuda.get_device_name(),
        "torch": torch.__version__,
        "transformers": transformers.__version__,
        "bitsandbytes": bitsandbytes.__version__,
        "date": time.strftime("%Y-%m-%d"),
    }
    log(json.dumps(results))
    t = time.perf_counter()
    build(args.folder)
    log(f"built the random 4B in {time.perf_counter() - t:.0f} s")
    try:
        if not args.skip_decode:
            model = load_nf4(args.folder)
            log(f"NF4 weights: {torch.cuda.memory_allocated() / GiB:.2f} GiB")
            plain_tokens = {}
            for prompt_len in (512, 2048):
                torch.manual_seed(prompt_len)
                ids = torch.randint(1000, 200000, (1, prompt_len), device="cuda")
                row, plain_tokens[prompt_len] = plain_decode(model, ids, 64)  # 32 are compared
                results[f"decode_{prompt_len}"] = {"plain": row}
            # before (bitsandbytes + SDPA) first: our kernels, once installed, stay on the layers
            stages = [("before", "0")] + [(f"after[{f}]", f) for f in args.base_kernels]
            for stage, flag in [*stages, ("after", args.after_kernels)]:  # "after" last: see above
                os.environ["LUMICHATS_FAST_KERNELS"] = flag
                for prompt_len in (512, 2048):
                    row = decode(model, prompt_len, 256, plain_tokens[prompt_len])
                    results[f"decode_{prompt_len}"][stage] = row
                    brief = {k: v for k, v in row.items() if k != "profile"}
                    brief["kernels_per_step"] = row["profile"]["kernels_per_step"]
                    brief["gpu_us"] = row["profile"]["gpu_us"]
                    log(stage, prompt_len, json.dumps(brief))
            log(json.dumps({"profile_512_before": results["decode_512"]["before"]["profile"]}, indent=1))
            log(json.dumps({"profile_512_after": results["decode_512"]["after"]["profile"]}, indent=1))
            if args.tokenizer:
                first_replies(model, args.tokenizer, results)
            if args.lora:
                from peft import LoraConfig, get_peft_model

                targets = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]
                lora = LoraConfig(r=8, lora_alpha=16, target_modules=targets, init_lora_weights=False)
                model = get_peft_model(model, lora).eval()
                for flag in [args.after_kernels, *args.lora_kernels]:
                    os.environ["LUMICHATS_FAST_KERNELS"] = flag
                    for prompt_len in (512, 2048):
                        row = decode(model, prompt_len, 256, plain_tokens[prompt_len])
                        name = f"decode_{prompt_len}_lora"
                        name += "" if flag == args.after_kernels else f"[{flag}]"
                        results[name] = row
                        brief = {k: v for k, v in row.items() if k != "profile"}
                        kernels, gpu_us = row["profile"]["kernels_per_step"], row["profile"]["gpu_us"]
                        log(name, json.dumps(brief), kernels, gpu_us)
                log(json.dumps({"profile_512_lora": results["decode_512_lora"]["profile"]}, indent=1))
            del model
            torch.cuda.empty_cache()
        if not args.skip_train:
            for seq in (512, 2048):
                train(args.folder, seq, results)
    finally:
        if args.out:
            args.out.write_text(json.dumps(results, indent=2))
    log(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
