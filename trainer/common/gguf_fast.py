"""A Gemma-3 GGUF read once, quickly: config, tokenizer and weights, with progress per tensor.

transformers' own GGUF path for Gemma-3 parses the file with gguf's GGUFReader up to five times (config,
tokenizer class, tokenizer, model config, weights); each parse builds a numpy view per vocabulary entry
(262k), which was 62% of the tokenizer's time in a profile (docs/benchmarks.md). transformers 5.24 also
ships a fast header reader (integrations/gguf/reader.py) that its newer architectures use; this module
reads Gemma-3 through it, maps names and values with transformers' own tables, and dequantizes the
tensors with gguf's numpy kernels on every core. tests/trainer/test_gguf_fast.py checks the result equals
transformers' legacy conversion, tensor for tensor.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path
from typing import Any

Progress = Callable[[str, float], None]


def gguf_config(metadata: dict[str, Any], tensor_names: tuple[str, ...]) -> dict[str, Any]:
    """The transformers config dict, as transformers' legacy load_gguf_checkpoint derives it."""
    from transformers.integrations import GGUF_CONFIG_DEFAULTS_MAPPING
    from transformers.modeling_gguf_pytorch_utils import GGUF_TO_TRANSFORMERS_MAPPING

    architecture = str(metadata["general.architecture"])
    config: dict[str, Any] = {"tie_word_embeddings": "output.weight" not in tensor_names}
    for key, value in (GGUF_CONFIG_DEFAULTS_MAPPING.get(architecture) or {}).items():
        config.setdefault(key, value)
    renames: dict[str, dict[str, Any]] = GGUF_TO_TRANSFORMERS_MAPPING["config"]  # type: ignore[assignment]
    for key, value in metadata.items():
        prefix, _, config_key = key.partition(".")
        if prefix in renames and config_key in renames[prefix]:
            name = renames[prefix][config_key]
            if name is not None and name != -1:
                config[name] = value[0] if isinstance(value, list) and len(value) == 1 else value
    if config.get("model_type") == "gemma3":
        config["model_type"] = "gemma3_text"  # a Gemma-3 GGUF holds the text model only
    if "vocab_size" not in config:
        tokens = metadata.get("tokenizer.ggml.tokens")
        config["vocab_size"] = tokens if isinstance(tokens, int) else len(tokens or [])
    return config


def build_tokenizer(gguf_path: Path) -> Any:
    """The fast tokenizer from the file's vocabulary (transformers' GGUF tokenizer converter)."""
    from transformers import GemmaTokenizer

    return GemmaTokenizer.from_pretrained(gguf_path.parent, gguf_file=gguf_path.name)


def tensor_table(gguf_path: Path) -> tuple[dict[str, Any], dict[str, tuple[Any, int, tuple[int, ...]]]]:
    """(metadata, {gguf name: (raw bytes as a memory map, ggml type, torch-order shape)}); no data read.

    transformers' fast reader parses the header; its own tensor loader refuses some types the embedded
    file uses (Q5_0), so sizes come from gguf's table, which knows every type gguf can dequantize.
    """
    import numpy as np
    from gguf import GGML_QUANT_SIZES, GGMLQuantizationType
    from transformers.integrations.gguf.reader import _mapped, _read_metadata, _read_tensor_table

    blob = _mapped(str(gguf_path))
    metadata, count, pos = _read_metadata(blob, str(gguf_path))
    entries, pos = _read_tensor_table(blob, count, pos)
    alignment = int(metadata.get("general.alignment", 32))
    data_start = (pos + alignment - 1) // alignment * alignment
    table = {}
    for name, shape, ggml_type, offset in entries:
        block, size = GGML_QUANT_SIZES[GGMLQuantizationType(ggml_type)]
        byte_shape = (*shape[:-1], shape[-1] // block * size)
        start = data_start + offset
        raw = blob[start : start + int(np.prod(byte_shape))].reshape(byte_shape)
        table[name] = (raw, ggml_type, tuple(shape))
    return metadata, table


def _dequantized(raw: Any, ggml_type: int) -> Any:
    """One tensor as float32 numpy (gguf's kernels: float types reinterpret, quantized ones unpack)."""
    import numpy as np
    from gguf import GGMLQuantizationType, dequantize

    return dequantize(np.asarray(raw), GGMLQuantizationType(ggml_type)).astype(np.float32, copy=False)


def convert_fast(gguf_path: Path, work: Path, progress: Progress) -> None:
    """Write config, bfloat16 safetensors weights and the tokenizer of a Gemma-3 GGUF into work."""
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM
    from transformers.modeling_gguf_pytorch_utils import TENSOR_PROCESSORS, get_gguf_hf_weights_map

    progress("Reading the model file", 0.02)
    metadata, table = tensor_table(gguf_path)  # one pass over the header; the vocabulary is skipped
    config_dict = gguf_config(metadata, tuple(table))
    config = AutoConfig.for_model(**config_dict)
    config.dtype = torch.bfloat16
    # The tokenizer is built on its own thread while the weights are unpacked (it is mostly one C++ call
    # and Python that holds the lock; numpy's dequantization releases it).
    tokenizer: dict[str, Any] = {}

    def make_tokenizer() -> None:
        try:
            tokenizer["value"] = build_tokenizer(gguf_path)
        except Exception as exc:  # re-raised on the calling thread below
            tokenizer["error"] = exc

    tokenizer_thread = threading.Thread(target=make_tokenizer, name="gguf-tokenizer", daemon=True)
    tokenizer_thread.start()
    with torch.device("meta"):
        model: Any = AutoModelForCausalLM.from_config(config, dtype=torch.bfloat16)
    architecture = str(metadata["general.architecture"])
    processor = TENSOR_PROCESSORS[architecture](config=config_dict)
    names = get_gguf_hf_weights_map(model, processor)
    state: dict[str, torch.Tensor] = {}

    def one(gguf_name: str) -> tuple[str | None, torch.Tensor | None]:
        raw, ggml_type, shape = table[gguf_name]
        weights = _dequantized(raw, ggml_type).reshape(shape)
        result = processor.process(
            weights=weights,
            name=gguf_name,
            tensor_key_mapping=names,
            parsed_parameters={"config": config_dict, "tensors": {}},
        )
        if result.name not in names:
            return None, None
        return names[result.name], torch.from_numpy(result.weights).to(torch.bfloat16)

    workers = max(1, min(8, os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="gguf-dequantize") as pool:
        futures = [pool.submit(one, name) for name in table]
        for done, future in enumerate(as_completed(futures), start=1):
            name, tensor = future.result()
            if name is not None and tensor is not None:
                state[name] = tensor
            progress("Unpacking the weights", 0.05 + 0.75 * done / len(futures))
    missing = model.load_state_dict(state, strict=False, assign=True).missing_keys
    model.tie_weights()
    unfilled = [k for k in missing if k not in {"lm_head.weight"} or not config.tie_word_embeddings]
    if unfilled:
        raise ValueError(f"the GGUF has no tensors for {', '.join(unfilled[:5])}")
    progress("Reading the tokenizer", 0.82)
    tokenizer_thread.join()
    if "error" in tokenizer:
        raise tokenizer["error"]
    progress("Saving", 0.9)
    model.save_pretrained(work)
    tokenizer["value"].save_pretrained(work)
