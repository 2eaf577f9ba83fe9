"""Build the CPU decoder straight from a model's safetensors files, one tensor at a time.

Why not through transformers: `from_pretrained` plus packing held the model, PEFT's wrappers, every
LoRA delta in fp32 and the packed copies at once; the 270M's load peaked at 2.6 GB for 536 MB of packed
weights. Here each projection is read (bf16), widened to fp32, has its LoRA delta (B @ A * scale)
added, is packed and let go before the next; the tied 262k-row table is packed into the head in
blocks, and the input rows are looked up in the file itself (memory-mapped). An adapter switch reads
the layers from the files again, so nothing unmerged stays in memory.

The arithmetic is engine/cpu_decode.py's; tests/engine/test_cpu_load.py checks the logits against the
transformers model on a tiny random Gemma-3.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import re
from pathlib import Path
from typing import Any

import torch

from lumichats_desktop.engine.cpu_decode import CpuDecoder, CpuLayer, text_config
from lumichats_desktop.engine.cpu_safetensors import SafetensorsFolder
from lumichats_desktop.engine.cpu_weights import PackedEmbedding, PackedLinear, WeightFormat

PROJECTIONS = (
    "self_attn.q_proj",
    "self_attn.k_proj",
    "self_attn.v_proj",
    "self_attn.o_proj",
    "mlp.gate_proj",
    "mlp.up_proj",
    "mlp.down_proj",
)
NORMS = {
    "input": "input_layernorm",
    "post_attention": "post_attention_layernorm",
    "pre_feedforward": "pre_feedforward_layernorm",
    "post_feedforward": "post_feedforward_layernorm",
    "q": "self_attn.q_norm",
    "k": "self_attn.k_norm",
}
LORA_KEY = re.compile(
    r"layers\.(\d+)\.(self_attn\.[qkvo]_proj|mlp\.(?:gate|up|down)_proj)\.lora_([AB])\.weight$"
)
# adapter_config.json settings under which a LoRA is more than B @ A * alpha / r on these projections.
UNSUPPORTED = ("use_dora", "alpha_pattern", "modules_to_save", "trainable_token_indices", "lora_bias")


class LoraDeltas:
    """A plain LoRA adapter's weight deltas, made one projection at a time (all at once in fp32: 400 MB)."""

    def __init__(self, folder: Path) -> None:
        config = json.loads((folder / "adapter_config.json").read_text(encoding="utf-8"))
        self.alpha = float(config["lora_alpha"])
        self.rslora = bool(config.get("use_rslora"))
        self.file = SafetensorsFolder([folder / "adapter_model.safetensors"])
        self.keys: dict[tuple[int, str, str], str] = {}
        for name in self.file.names():
            if "vision" in name:
                continue
            match = LORA_KEY.search(name)
            if match is None:
                raise ValueError(f"adapter tensor {name} is not a LoRA on a decoder projection")
            self.keys[(int(match[1]), match[2], match[3])] = name

    @staticmethod
    def supports(folder: Path) -> bool:
        """Whether the adapter is plain LoRA on the decoder's projections (else PEFT has to apply it)."""
        try:
            config = json.loads((folder / "adapter_config.json").read_text(encoding="utf-8"))
            if config.get("peft_type", "LORA") != "LORA" or any(config.get(key) for key in UNSUPPORTED):
                return False
            LoraDeltas(folder)
        except (OSError, ValueError, KeyError):
            return False
        return True

    def delta(self, layer: int, projection: str) -> torch.Tensor | None:
        """B @ A * scale for one projection (fp32), or None where the adapter leaves it alone."""
        a_name = self.keys.get((layer, projection, "A"))
        b_name = self.keys.get((layer, projection, "B"))
        if a_name is None or b_name is None:
            return None
        a, b = self.file.read(a_name).float(), self.file.read(b_name).float()
        rank = a.shape[0]
        scale = self.alpha / (rank**0.5 if self.rslora else rank)
        return (b @ a) * scale


def text_prefix(names: list[str]) -> str:
    """The name prefix of the language model's tensors (`model.` for the 270M, deeper for the 4B)."""
    for name in names:
        if name.endswith("embed_tokens.weight") and "vision" not in name:
            return name[: -len("embed_tokens.weight")]
    raise ValueError("the weights have no embed_tokens table; is this a Gemma-3 model?")


def packs_from_files(base_dir: Path, adapter_dir: Path | None) -> bool:
    """Whether load_cpu_decoder can build this model (else the transformers model is packed instead)."""
    return adapter_dir is None or LoraDeltas.supports(adapter_dir)


def load_cpu_decoder(base_dir: Path, fmt: WeightFormat, adapter_dir: Path | None) -> CpuDecoder:
    """The CpuDecoder for a Gemma-3 model folder (and plain LoRA adapter, merged), packed in fmt."""
    from transformers import AutoConfig

    config = AutoConfig.from_pretrained(base_dir)
    text = text_config(config)
    files = SafetensorsFolder.in_folder(base_dir)
    prefix = text_prefix(files.names())
    table_name = prefix + "embed_tokens.weight"
    embedding = PackedEmbedding(
        None,
        fmt,
        blocks=lambda start, stop: files.read(table_name, start, stop),
        table=files.mapped(table_name),
    )
    give_back_freed_memory()
    lora = LoraDeltas(adapter_dir) if adapter_dir is not None else None

    def layers(with_adapter: bool) -> list[CpuLayer]:
        deltas = lora if with_adapter else None
        packed = []
        for i in range(int(text.num_hidden_layers)):
            packed.append(_packed_layer(files, f"{prefix}layers.{i}.", i, text, fmt, deltas))
            give_back_freed_memory()  # after each layer, so that the freed copies never pile up
        return packed

    final_norm = 1.0 + files.read(prefix + "norm.weight").float()
    decoder = CpuDecoder(config, embedding, layers(True), final_norm, rope_from_config(text))
    if lora is not None:
        decoder.rebuild = layers
    return decoder


def rope_from_config(text: Any) -> dict[str, tuple[torch.Tensor, float]]:
    """Per layer type: rotary inverse frequencies and attention scaling, as Gemma3RotaryEmbedding makes them.

    Computed here rather than through transformers' Gemma3RotaryEmbedding because importing
    modeling_gemma3 pulls in transformers' whole modelling stack: 155 MB of the process's memory
    (measured, docs/benchmarks.md "Peak memory of the 270M") for two small tables. Scaled rope types
    (the 4B's linear scaling) use transformers' own functions from the light modeling_rope_utils.
    """
    from transformers.modeling_rope_utils import ROPE_INIT_FUNCTIONS

    dim = int(getattr(text, "head_dim", None) or text.hidden_size // text.num_attention_heads)
    tables = {}
    for kind in sorted(set(text.layer_types)):
        params = text.rope_parameters[kind]
        if params is None:
            continue
        if params["rope_type"] == "default":
            steps = torch.arange(0, dim, 2, dtype=torch.float) / dim
            tables[kind] = (1.0 / (float(params["rope_theta"]) ** steps), 1.0)
        else:
            inv_freq, scaling = ROPE_INIT_FUNCTIONS[params["rope_type"]](text, None, layer_type=kind)
            tables[kind] = (inv_freq.float(), float(scaling))
    return tables


M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter number (malloc.h)
MMAP_THRESHOLD_BYTES = 1 << 20


def map_large_blocks_separately() -> None:
    """Blocks of 1 MB and more get their own pages, returned to the OS as soon as they are freed.

    glibc raises this threshold by itself (up to 32 MB) each time a large block is freed, after which
    the packing's and a prompt's multi-MB temporaries land in its heap and stay counted in the
    process's memory: fixing it at 1 MB lowered the 270M's peak by 20 MB (docs/benchmarks.md). A
    decode step allocates two blocks that size (the logits), a few microseconds of page faults.
    """
    with contextlib.suppress(OSError, AttributeError):  # not glibc: its allocator has its own policy
        ctypes.CDLL("libc.so.6").mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES)


def give_back_freed_memory() -> None:
    """Return the packing's freed buffers to the OS (glibc keeps them in its heap otherwise: ~100 MB).

    The fp32 copies are a few MB each, under glibc's mmap threshold once larger blocks have been freed,
    so they land in the heap and stay counted in the process's memory after they are freed.
    """
    with contextlib.suppress(OSError, AttributeError):  # not glibc (macOS, Windows, musl): nothing to trim
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def _packed_layer(
    files: SafetensorsFolder, prefix: str, index: int, text: Any, fmt: WeightFormat, lora: LoraDeltas | None
) -> CpuLayer:
    def weight(projection: str) -> torch.Tensor:
        base = files.read(f"{prefix}{projection}.weight").float()
        delta = lora.delta(index, projection) if lora is not None else None
        return base.add_(delta) if delta is not None else base

    def packed(*projections: str) -> PackedLinear:
        parts = [weight(name) for name in projections]
        return PackedLinear(parts[0] if len(parts) == 1 else torch.cat(parts), fmt)

    return CpuLayer(
        qkv=packed("self_attn.q_proj", "self_attn.k_proj", "self_attn.v_proj"),
        o=packed("self_attn.o_proj"),
        gate_up=packed("mlp.gate_proj", "mlp.up_proj"),
        down=packed("mlp.down_proj"),
        norms={key: 1.0 + files.read(f"{prefix}{name}.weight").float() for key, name in NORMS.items()},
        sliding=text.layer_types[index] == "sliding_attention",
    )
