"""LumiChats 4B speed on an NVIDIA GPU: our paths against plain transformers + PEFT, in the same process.

    python benchmarks/gpu_speed.py [--out results.json] [--skip-train]

The model is Gemma-3-4B-IT's architecture from its public config with random weights (speed and memory do
not depend on the values), saved once and loaded in NF4 4-bit as the app loads it. Prints a table:
- decode: batch 1, greedy, 256 new tokens after 512- and 2,048-token prompts; time to first token; peak VRAM;
  plain = model.generate() with its dynamic cache; ours = the engine's TokenGenerator (CUDA graph fast path);
- correctness: max |logit difference| between the fast path and the eager model on the same prompt, and how
  many of the first 32 greedy tokens agree;
- training: the recipe's step (batch 2 x grad accum 4, LoRA r=8 on 7 projections, 8-bit AdamW, gradient
  checkpointing) at 512 and 2,048 tokens, half the tokens labelled; plain = the model's own loss over full
  logits; ours = trainer.loss (head only where labels exist, chunked). s/step and peak VRAM.
"""

from __future__ import annotations

import argparse
import json
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


def decode(model: Any, prompt_len: int, new: int, results: dict[str, Any]) -> None:
    from lumichats_desktop.engine.generation import ReplyStats, TokenGenerator
    from lumichats_desktop.engine.loader import LoadedModel
    from lumichats_desktop.engine.sampling import SamplingParams

    torch.manual_seed(prompt_len)
    ids = torch.randint(1000, 200000, (1, prompt_len), device="cuda")
    kwargs = {"do_sample": False, "pad_token_id": 0, "eos_token_id": None}
    model.generate(ids, max_new_tokens=4, min_new_tokens=4, **kwargs)  # warm-up
    ttft = timed(lambda: model.generate(ids, max_new_tokens=1, min_new_tokens=1, **kwargs))
    torch.cuda.reset_peak_memory_stats()
    box: dict[str, Any] = {}
    total = timed(
        lambda: box.update(out=model.generate(ids, max_new_tokens=new, min_new_tokens=new, **kwargs))
    )
    plain_tokens = box["out"][0, prompt_len:].tolist()
    plain = {
        "ttft_s": ttft,
        "tok_s": (new - 1) / (total - ttft),
        "peak_gib": torch.cuda.max_memory_allocated() / GiB,
    }

    loaded = LoadedModel(
        model=model, tokenizer=None, title="4B", device="cuda", quantization="nf4", context_length=8192
    )
    generator = TokenGenerator(loaded)
    generator.stop_ids = set()
    params = SamplingParams(temperature=0.0, max_new_tokens=new)

    def run() -> tuple[list[int], ReplyStats]:
        stats = ReplyStats()
        tokens = list(generator.stream(ids[0].tolist(), params, threading.Event(), stats))
        return tokens, stats

    run()  # warm-up: sizes the cache and captures the graph
    torch.cuda.reset_peak_memory_stats()
    tokens, stats = run()
    ours = {
        "ttft_s": stats.ttft_s,
        "tok_s": stats.tokens_per_s,
        "peak_gib": torch.cuda.max_memory_allocated() / GiB,
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
    results[f"decode_{prompt_len}"] = {
        "plain": plain,
        "ours": ours,
        "graph": fast.graph is not None,
        "prefill_max_abs_diff": float((eager_logits - fast_logits).abs().max()),
        "step_max_abs_diff": float((step_eager - step_fast).abs().max()),
        "logit_scale": float(eager_logits.abs().max()),
        "greedy_tokens_agreeing_of_32": agree,
    }
    log(json.dumps({f"decode_{prompt_len}": results[f"decode_{prompt_len}"]}))


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
            for prompt_len in (512, 2048):
                decode(model, prompt_len, 256, results)
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
