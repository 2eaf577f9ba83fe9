"""Turn a Gemma-3 `.gguf` into a safetensors + tokenizer.json folder, once.

Loading a GGUF through transformers re-derives the tokenizer every time and dequantizes every tensor;
converting once makes every later load take seconds. The conversion itself reads the file once
(gguf_fast.py); transformers' own loader remains the fallback for files that path does not cover.
"""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from trainer.common.gguf_fast import convert_fast

Progress = Callable[[str, float], None]
log = logging.getLogger(__name__)

SUPPORTED_GGUF_ARCHITECTURES = ("gemma3",)
MARKER = "lumichats-conversion.json"


class GGUFImportError(RuntimeError):
    """The file is not a Gemma-3 GGUF we can convert."""


def no_progress(message: str, fraction: float) -> None:
    del message, fraction


def gguf_architecture(path: Path) -> str:
    """Read `general.architecture` from a GGUF header without loading tensors (or the vocabulary)."""
    from transformers.integrations.gguf import read_gguf_metadata

    try:
        metadata, _ = read_gguf_metadata(str(path))
    except Exception as exc:  # ValueError (not GGUF), struct.error/IndexError (cut short), OSError
        raise GGUFImportError(
            f"{path} is not a readable GGUF file ({exc}). Check that the download finished."
        ) from exc
    architecture = metadata.get("general.architecture")
    if architecture is None:
        raise GGUFImportError(f"{path} has no general.architecture field; it is not a model GGUF.")
    return str(architecture)


def is_converted(out_dir: Path) -> bool:
    """True when a finished conversion lives in out_dir (the marker is written last)."""
    return (out_dir / MARKER).is_file() and (out_dir / "model.safetensors").is_file()


def convert_gguf(gguf_path: Path, out_dir: Path, progress: Progress = no_progress) -> Path:
    """Convert a Gemma-3 GGUF into out_dir; a crash mid-way leaves no half-written model behind."""
    architecture = gguf_architecture(gguf_path)
    if architecture not in SUPPORTED_GGUF_ARCHITECTURES:
        raise GGUFImportError(
            f"{gguf_path.name} holds a {architecture!r} model; LumiChats runs Gemma-3 models only."
        )
    work = out_dir.with_name(out_dir.name + ".partial")
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    converter = "fast"
    try:
        convert_fast(gguf_path, work, progress)
    except Exception as exc:  # a file the fast reader does not cover: transformers' own (slower) path
        log.warning("fast GGUF conversion failed (%s); using transformers' loader", exc)
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        _convert_with_transformers(gguf_path, work, progress)
        converter = "transformers"
    marker = {"source": gguf_path.name, "converter": converter}
    (work / MARKER).write_text(json.dumps(marker), encoding="utf-8")
    shutil.rmtree(out_dir, ignore_errors=True)
    work.rename(out_dir)
    progress("Ready", 1.0)
    return out_dir


def _convert_with_transformers(gguf_path: Path, work: Path, progress: Progress) -> None:
    """transformers' legacy GGUF loading: correct for every file it supports, minutes for Gemma-3."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    progress("Reading the tokenizer", 0.05)
    tokenizer = AutoTokenizer.from_pretrained(gguf_path.parent, gguf_file=gguf_path.name)
    progress("Unpacking the weights", 0.45)
    # Dequantizing is fastest in float32; the saved copy is bfloat16 (half the disk, Gemma's dtype).
    model: Any = AutoModelForCausalLM.from_pretrained(
        gguf_path.parent, gguf_file=gguf_path.name, dtype=torch.float32
    )
    model.to(torch.bfloat16)
    model.config.dtype = torch.bfloat16
    # The weights are dequantized now; drop the GGUF marker so save_pretrained writes plain tensors.
    model.hf_quantizer = None
    model.is_quantized = False
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    progress("Saving", 0.85)
    model.save_pretrained(work)
    tokenizer.save_pretrained(work)
