"""One fine-tune end to end: data, model, eval before, train (resumable), eval after, save, card."""

from __future__ import annotations

import json
import math
import signal
import time
from collections import Counter
from dataclasses import asdict
from pathlib import Path
from typing import Any

import torch

from trainer.card import write_card
from trainer.common.catalog import CATALOG, resolve
from trainer.common.dirs import app_dirs
from trainer.common.memory import available_ram_bytes
from trainer.config import TrainConfig
from trainer.data import DataSummary, load_conversations, split
from trainer.distributed import (
    Rank,
    batch_plan,
    one_device_per_process,
    rank_device,
    sharded_training,
    step_vote,
    this_rank,
    wrap_after_evaluation,
)
from trainer.labels import Example, ResponseOnlyCollator, build_example
from trainer.memory import memory_estimate, rows_per_forward
from trainer.model import compute_dtype
from trainer.progress import ProgressReporter, make_callback, peak_memory_bytes


def pick_device(requested: str) -> str:
    """cuda when asked for or available, else cpu."""
    if requested == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    return requested


TOO_LONG = "no reply left after truncation to max_length"


def _examples(
    rows: list[tuple[Any, tuple[str, int]]], tokenizer: Any, max_length: int, summary: DataSummary
) -> list[Example]:
    """Tokenized rows; one with no reply left after truncation is dropped and named by file and row."""
    kept = []
    for conversation, (file, row) in rows:
        example = build_example(conversation, tokenizer, max_length)
        if example is None:
            summary.note_drop(row, TOO_LONG, file)
        else:
            kept.append(example)
    return kept


def histogram(lengths: list[int], max_length: int) -> dict[str, int]:
    """Token lengths in eight equal bins up to max_length."""
    width = max(1, math.ceil(max_length / 8))
    counts = Counter(min(n // width, 7) for n in lengths)
    return {f"{i * width}-{(i + 1) * width - 1}": counts.get(i, 0) for i in range(8)}


def _free_memory(device: str) -> int:
    """Bytes free where the run would train: the first GPU's free memory, or available RAM."""
    if device == "cuda":
        return int(torch.cuda.mem_get_info(0)[0])
    return available_ram_bytes()


def _base_name(config: TrainConfig, base_dir: Path) -> str:
    # Record the Hub id (portable) when the base is a catalogue model, else the folder.
    for item in CATALOG:
        if config.model == item.id:
            return item.base_repo
    return str(base_dir)


def train(
    config: TrainConfig, reporter: ProgressReporter, *, resume: bool = False, dry_run: bool = False
) -> dict[str, Any]:
    """Run the fine-tune; returns the summary that is also written to the output folder."""
    from transformers import AutoConfig, AutoTokenizer, Trainer, TrainingArguments
    from transformers.trainer_utils import get_last_checkpoint

    out = Path(config.output)
    rank = this_rank()  # several processes: each its own device; rank 0 alone writes (trainer/distributed.py)
    device = rank_device(pick_device(config.device), rank)
    plan = batch_plan(config.per_device_batch_size, config.gradient_accumulation_steps, rank.world)
    reporter.emit("start", max_steps=config.max_steps, device=device, config=asdict(config))
    reporter.emit("phase", phase="loading data")
    conversations, summary = load_conversations(config.dataset, config.max_rows)
    for extra in config.extra_datasets:
        more, extra_summary = load_conversations(extra)
        conversations += more
        summary.merge(extra_summary)
    base_dir = resolve(config.model, app_dirs()).base_dir
    tokenizer = AutoTokenizer.from_pretrained(base_dir)
    paired = list(zip(conversations, summary.origins, strict=True))
    train_rows, eval_rows = split(paired, config.eval_share, config.seed, config.max_eval_rows)
    train_set = _examples(train_rows, tokenizer, config.max_length, summary)
    eval_set = _examples(eval_rows, tokenizer, config.max_length, summary)
    summary.kept = len(train_set) + len(eval_set)
    facts: dict[str, Any] = {
        "data_summary": summary.text(),
        "train_rows": len(train_set),
        "eval_rows": len(eval_set),
        "base": _base_name(config, base_dir),
        "device": device,
        "processes": rank.world,
    }
    lengths = [len(e.input_ids) for e in train_set]
    supervised = sum(e.supervised for e in train_set) / max(1, sum(lengths))
    reporter.emit(
        "data",
        rows=summary.rows,
        kept=len(train_set) + len(eval_set),
        train=len(train_set),
        eval=len(eval_set),
        fixed=dict(summary.fixed),
        dropped=dict(summary.dropped),
        dropped_rows=[n.as_dict() for n in summary.dropped_rows],
        fixed_rows=[n.as_dict() for n in summary.fixed_rows],
        fixed_row_count=summary.fixed_row_count,
        supervised_share=supervised,
        length_histogram=histogram(lengths, config.max_length),
    )
    model_config = AutoConfig.from_pretrained(base_dir)
    text = getattr(model_config, "text_config", model_config)
    estimate = memory_estimate(
        config,
        base_dir,
        text.hidden_size,
        device,
        longest=max(lengths, default=0),
        fp32=compute_dtype(device) == torch.float32,
    )
    free = _free_memory(device)
    if dry_run:
        result = {
            **facts,
            "memory_estimate_bytes": estimate,
            "available_memory_bytes": free,
            "supervised_share": supervised,
        }
        reporter.emit("dry_run", **{k: v for k, v in result.items() if k != "data_summary"})
        return result
    reporter.emit("memory", memory_estimate_bytes=estimate, available_memory_bytes=free, device=device)
    if not train_set:
        raise ValueError(f"No training rows left.\n{summary.text()}")
    out.mkdir(parents=True, exist_ok=True)
    if rank.main:
        config.save(out)
    reporter.metrics_path = out / "metrics.jsonl"
    reporter.emit("phase", phase="loading model")
    from transformers import set_seed

    from trainer.model import count_params, load_for_training

    set_seed(config.seed)  # the LoRA's random init: the same on every rank, and the same as one process
    model, tokenizer = load_for_training(base_dir, config, device, sharded=sharded_training())
    counts = count_params(model)
    facts.update(trainable=counts.trainable, total=counts.total)
    collator = ResponseOnlyCollator(tokenizer.pad_token_id or 0, model.config.model_type == "gemma3")
    stop: dict[str, bool] = {}
    # This rank's share of the optimizer step, in as few forward passes as fit (same gradient).
    rows = rows_per_forward(config, plan.per_device, plan.accumulation)
    args = TrainingArguments(
        output_dir=str(out / "checkpoints"),
        per_device_train_batch_size=rows,
        per_device_eval_batch_size=rows,
        gradient_accumulation_steps=plan.per_device * plan.accumulation // rows,
        ddp_find_unused_parameters=False,  # every LoRA weight takes part in every step
        learning_rate=config.learning_rate,
        lr_scheduler_type=config.lr_scheduler,
        warmup_steps=config.warmup_steps,
        max_steps=config.max_steps,
        optim=config.optimizer,
        logging_steps=config.logging_steps,
        save_steps=config.save_steps,
        save_total_limit=2,
        eval_strategy="steps" if config.eval_steps and eval_set else "no",
        eval_steps=config.eval_steps or None,
        seed=config.seed,
        data_seed=config.seed,
        bf16=compute_dtype(device) == torch.bfloat16,
        train_sampling_strategy="group_by_length" if config.group_by_length else "random",
        use_cpu=device == "cpu",
        report_to=[],
        remove_unused_columns=False,
        disable_tqdm=True,  # the reporter prints one line per logged step instead (text or jsonl)
        dataloader_num_workers=0,
        prediction_loss_only=True,
    )
    one_device_per_process(args)
    as_rows = [{"input_ids": e.input_ids, "labels": e.labels} for e in train_set]
    eval_rows_ = [{"input_ids": e.input_ids, "labels": e.labels} for e in eval_set]
    from trainer.loss import make_trainer_class

    trainer = make_trainer_class(Trainer)(
        model=model,
        args=args,
        train_dataset=as_rows,
        eval_dataset=eval_rows_ or None,
        data_collator=collator,
        callbacks=[make_callback(reporter, collator, stop)],
    )
    # PrinterCallback prints raw log dicts on stdout (the protocol's channel); the reporter says it better.
    from transformers.trainer_callback import PrinterCallback
    from transformers.trainer_callback import ProgressCallback as TqdmCallback

    for callback in (PrinterCallback, TqdmCallback):
        trainer.remove_callback(callback)

    def evaluate(when: str) -> dict[str, float] | None:
        if not eval_rows_:
            return None
        reporter.emit("phase", phase="evaluating")
        loss = float(trainer.evaluate()["eval_loss"])
        result = {"loss": loss, "perplexity": math.exp(min(loss, 50))}
        reporter.emit("eval", when=when, **result)
        return result

    checkpoints = out / "checkpoints"
    last = get_last_checkpoint(str(checkpoints)) if resume and checkpoints.is_dir() else None
    if last is None:
        facts["eval_before"] = evaluate("before")
        if rank.distributed:
            wrap_after_evaluation(trainer)
    else:
        previous = out / "summary.json"
        if previous.is_file():
            facts["eval_before"] = json.loads(previous.read_text(encoding="utf-8")).get("eval_before")
    _write_summary(out, facts, rank)
    handlers = {
        s: signal.signal(s, lambda *_: stop.update(stop=True)) for s in (signal.SIGINT, signal.SIGTERM)
    }
    # A stop asked while the model loaded or the "before" evaluation ran (every rank votes): no step.
    stopped_early = step_vote(bool(stop.get("stop")), 0)[0]
    reporter.emit("phase", phase="training")
    started = time.monotonic()
    try:
        if stopped_early:
            stop["stop"] = True
        else:
            trainer.train(resume_from_checkpoint=last)
    finally:
        for sig, handler in handlers.items():
            signal.signal(sig, handler)
    facts["train_seconds"] = time.monotonic() - started
    facts["steps"] = trainer.state.global_step
    facts["skipped_steps"] = trainer.skipped_steps  # batches whose gradients were not finite
    # Agreed by all ranks: a stop that reached one rank after the last step must not leave the others
    # waiting in the evaluation below.
    if step_vote(bool(stop.get("stop")), 0)[0]:
        _write_summary(out, facts, rank)
        reporter.emit(
            "done",
            status="cancelled",
            step=trainer.state.global_step,
            output=str(out),
            resume_hint=f"run again with --resume --output {out}",
        )
        return facts
    facts["eval_after"] = evaluate("after")
    reporter.emit("phase", phase="saving")
    _save_adapter(trainer, model, out, rank, compute_dtype(device))
    if rank.main:
        _portable_adapter_config(out, facts["base"])
        write_card(out, config, facts)
        _write_summary(out, facts, rank)
    reporter.emit(
        "done",
        status="finished",
        output=str(out),
        steps=facts["steps"],
        eval_before=facts.get("eval_before"),
        eval_after=facts.get("eval_after"),
        peak_memory_bytes=peak_memory_bytes(),
    )
    return facts


def _write_summary(out: Path, facts: dict[str, Any], rank: Rank) -> None:
    if not rank.main:
        return
    (out / "summary.json").write_text(json.dumps(facts, indent=2, ensure_ascii=False), encoding="utf-8")


def _save_adapter(trainer: Any, model: Any, out: Path, rank: Rank, dtype: Any) -> None:
    """The adapter, once: rank 0 writes it; a sharded (FSDP) model is first gathered from every rank."""
    if trainer.is_fsdp_enabled:
        # As PEFT documents for FSDP: gather the full adapter, then the Trainer's rank 0 writes it.
        trainer.accelerator.state.fsdp_plugin.set_state_dict_type("FULL_STATE_DICT")
        trainer.save_model(str(out))
        if rank.main:
            (out / "training_args.bin").unlink(missing_ok=True)
    elif rank.main:
        from trainer.model import save_adapter

        save_adapter(model, out, dtype)  # in the compute dtype (bf16 on GPUs), as PEFT and Unsloth ship it


def _portable_adapter_config(out: Path, base: str) -> None:
    path = out / "adapter_config.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["base_model_name_or_path"] = base
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
