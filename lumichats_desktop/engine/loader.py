"""Load a Gemma-3 model (NF4 4-bit, bf16 or fp32) with an optional PEFT adapter on top.

Only safetensors are read and remote code is never trusted. Failures a person can fix (missing or
corrupt files, another architecture, not enough memory) become `ModelLoadError` with advice.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import torch
from safetensors import SafetensorError

from lumichats_desktop.engine.errors import ModelLoadError, ModelWontFitError
from lumichats_desktop.engine.fit import estimate, wont_fit_message
from lumichats_desktop.engine.hardware import HardwareInfo, probe
from trainer.common.catalog import ModelSource
from trainer.common.cpu import decode_threads
from trainer.common.quantization import nf4_config

log = logging.getLogger(__name__)

Quantization = Literal["auto", "nf4", "bf16", "fp32", "int8", "fp16"]
# Weight formats the CPU decode path (engine/cpu_decode.py) runs; engine/cpu_plan.py picks one.
CPU_PATH_FORMATS = ("int8", "fp16")
GEMMA3_TYPES = ("gemma3", "gemma3_text")
ADAPTER_NAME = "default"


@dataclass
class LoadedModel:
    """A model ready to generate, with what the status bar shows about it."""

    model: Any
    tokenizer: Any
    title: str
    device: str
    quantization: str
    context_length: int
    adapter_dir: Path | None = None
    adapters: dict[str, Path] = field(default_factory=dict)
    adapter_switched_off: bool = False
    # The CpuDecoder when the CPU decode path runs this model (quantization int8/fp16); then `model` is
    # None (packed straight from the files) or keeps only the unmerged layer weights for adapter switches
    # (an adapter PEFT has to apply); either way it cannot run a forward pass itself.
    cpu: Any = None

    @property
    def dtype(self) -> torch.dtype:
        """The dtype activations are computed in."""
        return torch.float32 if self.quantization == "fp32" else torch.bfloat16

    @property
    def adapter_enabled(self) -> bool:
        """Whether the PEFT adapter currently shapes the replies."""
        return bool(self.adapters) and not self.adapter_switched_off

    def set_adapter_enabled(self, enabled: bool) -> None:
        """Switch the adapter off (plain base model) or on again without reloading the base."""
        if not self.adapters:
            raise ModelLoadError("This model has no adapter to switch.")
        if self.cpu is not None:  # the adapter is merged into the packed weights: pack them again
            self.cpu.use_adapter(enabled)
        elif enabled:
            self.model.enable_adapter_layers()
        else:
            self.model.disable_adapter_layers()
        self.adapter_switched_off = not enabled


def read_config(folder: Path) -> dict[str, Any]:
    """The model's config.json, checked to be a Gemma-3 model stored as safetensors."""
    config_path = folder / "config.json"
    if not config_path.is_file():
        raise ModelLoadError(
            f"{folder} has no config.json, so it is not a complete model folder. "
            "Download or convert the model again."
        )
    try:
        config: dict[str, Any] = json.loads(config_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelLoadError(f"{config_path} is damaged ({exc}). Download the model again.") from exc
    model_type = config.get("model_type")
    if model_type not in GEMMA3_TYPES:
        raise ModelLoadError(f"{folder.name} is a {model_type!r} model; LumiChats runs Gemma-3 models only.")
    if not any(folder.glob("*.safetensors")):
        pickles = [p.name for p in folder.glob("*.bin")] + [p.name for p in folder.glob("*.pt")]
        detail = (
            f" It has only pickle files ({', '.join(pickles)}), which can run code when loaded."
            if pickles
            else ""
        )
        raise ModelLoadError(f"{folder} has no .safetensors weights.{detail} Use a safetensors copy.")
    return config


def _check_adapter_folder(folder: Path) -> None:
    if not (folder / "adapter_config.json").is_file():
        raise ModelLoadError(f"{folder} is not a LoRA adapter folder (no adapter_config.json).")
    if not (folder / "adapter_model.safetensors").is_file():
        raise ModelLoadError(f"{folder} has no adapter_model.safetensors; re-save the adapter.")


def weights_bytes(folder: Path) -> int:
    """Bytes of safetensors weights in a folder."""
    return sum(p.stat().st_size for p in folder.glob("*.safetensors"))


def choose_quantization(requested: Quantization, device: str, folder: Path, hw: HardwareInfo) -> str:
    """NF4 on CUDA; on the CPU what engine/cpu_plan.py picks for this CPU and model size."""
    if requested != "auto":
        return requested
    if device == "cuda":
        return "nf4"
    from lumichats_desktop.engine.cpu_plan import cpu_plan

    return cpu_plan(hw, weights_bytes(folder)).weights


def context_length(config: dict[str, Any]) -> int:
    """The longest sequence the model was trained for."""
    text = config.get("text_config") or config
    return int(text.get("max_position_embeddings") or 8192)


def check_fit(
    source: ModelSource,
    config: dict[str, Any],
    quant: str,
    device: str,
    hw: HardwareInfo,
    context_tokens: int,
) -> None:
    """Raise ModelWontFitError (with what to do) when the estimate exceeds the device's free memory."""
    params = int(weights_bytes(source.base_dir) / (4 if config.get("torch_dtype") == "float32" else 2))
    need = estimate(config, params, quant, min(context_tokens, context_length(config)))
    if device == "cuda" and hw.cuda:
        have, where = hw.cuda[0].free_bytes, hw.cuda[0].name
    else:
        have, where = hw.available_ram_bytes, "this computer's RAM"
    if have and need.total > have:
        raise ModelWontFitError(wont_fit_message(source.title, need, have, where, context_tokens))


def _release_embedding(model: Any) -> None:
    """Free the transformers copy of the tied embedding/head (the CPU path packed its own).

    That is 335 MB of the 270M's 536 MB. The rest of `model` stays: it is where an adapter switch
    takes the unmerged layer weights from. Its own forward pass no longer runs after this.
    """
    base = model.get_base_model() if hasattr(model, "get_base_model") else model
    empty = torch.nn.Parameter(torch.empty(0, dtype=torch.bfloat16), requires_grad=False)
    base.get_input_embeddings().weight = empty
    output = base.get_output_embeddings()
    if output is not None:
        output.weight = empty


def load_tokenizer(folder: Path, *, lean: bool = False) -> Any:
    """The model's fast tokenizer; lean: read tokenizer.json straight into the Rust tokenizer.

    transformers 5's GemmaTokenizer parses tokenizer.json in Python and keeps the parsed vocabulary and
    514k merges as Python objects beside the Rust tokenizer built from them: ~280 MB resident for the
    262k-token Gemma-3 vocabulary against ~120 MB for the Rust tokenizer alone (measured,
    docs/benchmarks.md "Peak memory of the 270M"). The same file gives the same ids, offsets and text
    (tests/engine/test_cpu_memory.py). The freed parse buffers go back to the OS right after.
    """
    from transformers import AutoTokenizer, TokenizersBackend

    from lumichats_desktop.engine.cpu_load import give_back_freed_memory

    if lean and (folder / "tokenizer.json").is_file():
        tokenizer = TokenizersBackend.from_pretrained(folder)
    else:
        tokenizer = AutoTokenizer.from_pretrained(folder)
    give_back_freed_memory()
    return tokenizer


def _cpu_decoder_from_files(source: ModelSource, quant: str) -> Any:
    """The CPU decoder packed straight from the files (engine/cpu_load.py), or None if PEFT must do it."""
    from lumichats_desktop.engine.cpu_load import load_cpu_decoder, packs_from_files

    if not packs_from_files(source.base_dir, source.adapter_dir):
        return None
    return load_cpu_decoder(source.base_dir, quant, source.adapter_dir)  # type: ignore[arg-type]


def load_model(
    source: ModelSource,
    *,
    quantization: Quantization = "auto",
    device: str = "auto",
    hardware: HardwareInfo | None = None,
    context_tokens: int = 8192,
) -> LoadedModel:
    """Load source onto device; raise ModelLoadError with advice when that is not possible."""
    hw = hardware or probe()
    device = hw.best_device if device == "auto" else device
    if device == "cuda" and not hw.cuda:
        raise ModelLoadError("No CUDA GPU was found; choose the CPU instead.")
    if device == "cpu":
        torch.set_num_threads(decode_threads())  # physical cores, one left for the window
    config = read_config(source.base_dir)
    if source.adapter_dir is not None:
        _check_adapter_folder(source.adapter_dir)
    quant = choose_quantization(quantization, device, source.base_dir, hw)
    check_fit(source, config, quant, device, hw, context_tokens)
    kwargs: dict[str, Any] = {
        "use_safetensors": True,
        "trust_remote_code": False,
        "device_map": {"": device},
    }
    if quant == "nf4":
        compute = torch.bfloat16 if (device == "cpu" or any(d.bf16 for d in hw.cuda)) else torch.float32
        kwargs["quantization_config"] = nf4_config(compute)
        kwargs["dtype"] = compute
    elif quant in CPU_PATH_FORMATS:
        if device != "cpu":
            raise ModelLoadError(f"{quant} runs on the CPU only; choose nf4 or bf16 for {device}.")
        kwargs["dtype"] = torch.bfloat16  # the source of the packed weights, at half the size of fp32
    else:
        kwargs["dtype"] = torch.float32 if quant == "fp32" else torch.bfloat16
    cpu = None
    try:
        if quant in CPU_PATH_FORMATS:  # packed on the CPU: every MB counts (docs/benchmarks.md)
            from lumichats_desktop.engine.cpu_load import map_large_blocks_separately

            map_large_blocks_separately()
        tokenizer = load_tokenizer(source.base_dir, lean=quant in CPU_PATH_FORMATS)
        adapters: dict[str, Path] = {}
        if source.adapter_dir is not None:
            adapters[ADAPTER_NAME] = source.adapter_dir
        if quant in CPU_PATH_FORMATS:
            cpu = _cpu_decoder_from_files(source, quant)
        model: Any = None
        if cpu is None:
            from transformers import AutoModelForCausalLM

            model = AutoModelForCausalLM.from_pretrained(source.base_dir, **kwargs)
        if model is not None and source.adapter_dir is not None:
            from peft import PeftModel

            model = PeftModel.from_pretrained(model, str(source.adapter_dir), adapter_name=ADAPTER_NAME)
    except torch.OutOfMemoryError as exc:
        raise ModelWontFitError(
            f"{source.title} does not fit into {device} memory. Close other programs, use 4-bit "
            "(nf4), load it on the CPU, or pick a smaller model."
        ) from exc
    except (OSError, ValueError, RuntimeError, SafetensorError) as exc:
        raise ModelLoadError(
            f"{source.title} could not be loaded from {source.base_dir}: {exc}. If files are "
            "damaged or incomplete, delete the folder and download or convert the model again."
        ) from exc
    if model is not None:
        model.eval()
    if model is not None and quant in CPU_PATH_FORMATS:
        from lumichats_desktop.engine.cpu_decode import build_decoder

        cpu = build_decoder(model, quant, ADAPTER_NAME if adapters else None)  # type: ignore[arg-type]
        _release_embedding(model)
    log.info("loaded %s on %s (%s)", source.title, device, quant)
    return LoadedModel(
        model=model,
        tokenizer=tokenizer,
        title=source.title,
        device=device,
        quantization=quant,
        context_length=context_length(config),
        adapter_dir=source.adapter_dir,
        adapters=adapters,
        cpu=cpu,
    )
