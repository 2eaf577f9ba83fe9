"""Turn a Gemma-3 `.gguf` into a safetensors + tokenizer.json folder, once.

Loading a GGUF through transformers re-derives the tokenizer every time (~15 s for Gemma's 262k
vocabulary) and dequantizes every tensor; converting once makes every later load take seconds.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

Progress = Callable[[str, float], None]

SUPPORTED_GGUF_ARCHITECTURES = ("gemma3",)
MARKER = "lumichats-conversion.json"


class GGUFImportError(RuntimeError):
    """The file is not a Gemma-3 GGUF we can convert."""


def no_progress(message: str, fraction: float) -> None:
    del message, fraction


def gguf_architecture(path: Path) -> str:
    """Read `general.architecture` from a GGUF header without loading tensors."""
    from gguf import GGUFReader

    try:
        reader = GGUFReader(str(path))
    except Exception as exc:  # gguf raises ValueError/struct.error/OSError on damaged files
        raise GGUFImportError(
            f"{path} is not a readable GGUF file ({exc}). Check that the download finished."
        ) from exc
    field = reader.fields.get("general.architecture")
    if field is None:
        raise GGUFImportError(f"{path} has no general.architecture field; it is not a model GGUF.")
    return bytes(field.parts[field.data[0]]).decode("utf-8")


def is_converted(out_dir: Path) -> bool:
    """True when a finished conversion lives in out_dir (the marker is written last)."""
    return (out_dir / MARKER).is_file() and (out_dir / "model.safetensors").is_file()


def convert_gguf(gguf_path: Path, out_dir: Path, progress: Progress = no_progress) -> Path:
    """Convert a Gemma-3 GGUF into out_dir; a crash mid-way leaves no half-written model behind."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    architecture = gguf_architecture(gguf_path)
    if architecture not in SUPPORTED_GGUF_ARCHITECTURES:
        raise GGUFImportError(
            f"{gguf_path.name} holds a {architecture!r} model; LumiChats runs Gemma-3 models only."
        )
    work = out_dir.with_name(out_dir.name + ".partial")
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
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
    (work / MARKER).write_text(json.dumps({"source": gguf_path.name}), encoding="utf-8")
    shutil.rmtree(out_dir, ignore_errors=True)
    work.rename(out_dir)
    progress("Ready", 1.0)
    return out_dir
