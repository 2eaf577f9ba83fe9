"""Loading models: quantization choices, adapters on and off, and clear errors for bad folders."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import torch

from lumichats_desktop.engine.errors import ModelLoadError
from lumichats_desktop.engine.loader import load_model
from lumichats_desktop.engine.models import open_model, resolve_source
from tests.tiny_models import save_tiny_adapter
from trainer.common.catalog import ModelNotAvailable, ModelSource, resolve
from trainer.common.dirs import app_dirs
from trainer.common.gguf_import import GGUFImportError


def _logits(loaded, text: str = "Hello there") -> torch.Tensor:  # type: ignore[no-untyped-def]
    ids = loaded.tokenizer(text, return_tensors="pt").input_ids
    if loaded.cpu is not None:  # the CPU decode path runs the model itself
        loaded.cpu.crop(0)
        return loaded.cpu.forward(ids[0].tolist())
    with torch.inference_mode():
        return loaded.model(input_ids=ids).logits[0, -1].float()


@pytest.mark.parametrize("quant", ["fp32", "bf16", "nf4", "fp16", "int8"])
def test_tiny_model_loads_in_each_precision(tiny_model_dir: Path, quant: str) -> None:
    loaded = load_model(ModelSource("tiny", tiny_model_dir), quantization=quant, device="cpu")  # type: ignore[arg-type]
    assert loaded.quantization == quant and loaded.device == "cpu"
    assert torch.isfinite(_logits(loaded)).all()
    if quant == "nf4":
        import bitsandbytes as bnb

        assert any(isinstance(m, bnb.nn.Linear4bit) for m in loaded.model.modules())


def test_small_model_on_cpu_takes_the_cpu_decode_path_by_default(tiny_model_dir: Path) -> None:
    loaded = load_model(ModelSource("tiny", tiny_model_dir), device="cpu")
    assert loaded.quantization in ("fp16", "int8") and loaded.cpu is not None


def test_adapter_switches_off_and_on_without_reloading(tiny_model_dir: Path, tmp_path: Path) -> None:
    adapter = save_tiny_adapter(tiny_model_dir, tmp_path / "adapter")
    plain = _logits(load_model(ModelSource("tiny", tiny_model_dir), quantization="fp32", device="cpu"))
    loaded = load_model(ModelSource("tiny", tiny_model_dir, adapter), quantization="fp32", device="cpu")
    with_adapter = _logits(loaded)
    assert not torch.allclose(with_adapter, plain)
    loaded.set_adapter_enabled(False)
    assert torch.allclose(_logits(loaded), plain, atol=1e-5)
    loaded.set_adapter_enabled(True)
    assert torch.allclose(_logits(loaded), with_adapter, atol=1e-5)


def test_adapter_folder_resolves_its_base_through_the_catalogue(tiny_model_dir: Path, tmp_path: Path) -> None:
    adapter = save_tiny_adapter(tiny_model_dir, tmp_path / "adapter")
    config_path = adapter / "adapter_config.json"
    config = json.loads(config_path.read_text())
    config["base_model_name_or_path"] = str(tiny_model_dir)
    config_path.write_text(json.dumps(config))
    source = resolve(str(adapter), app_dirs())
    assert source.base_dir == tiny_model_dir and source.adapter_dir == adapter


def test_unknown_model_id_lists_the_known_ones() -> None:
    with pytest.raises(ModelNotAvailable, match="gemma-3-270m"):
        resolve("gpt-5", app_dirs())


def test_missing_lumichats_4b_says_how_to_get_it() -> None:
    with pytest.raises(ModelNotAvailable, match="hf download unsloth/gemma-3-4b-it --local-dir"):
        resolve("lumichats-4b", app_dirs())


def test_folder_without_config_is_not_a_model(tmp_path: Path) -> None:
    with pytest.raises(ModelNotAvailable, match="not a model folder"):
        resolve(str(tmp_path), app_dirs())


def test_corrupt_weights_give_advice_not_a_traceback(tiny_model_dir: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(tiny_model_dir, broken)
    weights = broken / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[: weights.stat().st_size // 3])
    with pytest.raises(ModelLoadError, match="download or convert the model again"):
        load_model(ModelSource("broken", broken), device="cpu")


def test_pickle_only_weights_are_refused(tiny_model_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "pickled"
    folder.mkdir()
    shutil.copy(tiny_model_dir / "config.json", folder)
    (folder / "pytorch_model.bin").write_bytes(b"not loaded")
    with pytest.raises(ModelLoadError, match="pickle"):
        load_model(ModelSource("pickled", folder), device="cpu")


def test_other_architecture_is_named(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text(json.dumps({"model_type": "llama"}))
    with pytest.raises(ModelLoadError, match="'llama' model; LumiChats runs Gemma-3"):
        load_model(ModelSource("llama", tmp_path), device="cpu")


def test_gguf_of_another_architecture_is_refused_before_converting(tmp_path: Path) -> None:
    import gguf
    import numpy as np

    path = tmp_path / "llama.gguf"
    writer = gguf.GGUFWriter(str(path), "llama")
    writer.add_tensor("token_embd.weight", np.zeros((4, 4), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    with pytest.raises(GGUFImportError, match="'llama' model"):
        resolve(str(path), app_dirs())


def test_garbage_gguf_is_reported_as_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "junk.gguf"
    path.write_bytes(b"GGUF" + b"\x00" * 10)
    with pytest.raises(GGUFImportError, match="not a readable GGUF"):
        resolve(str(path), app_dirs())


def test_extra_adapter_is_put_on_top_of_a_catalogue_model(tiny_model_dir: Path, tmp_path: Path) -> None:
    adapter = save_tiny_adapter(tiny_model_dir, tmp_path / "adapter")
    source = resolve_source(str(tiny_model_dir), app_dirs(), adapter)
    assert source.adapter_dir == adapter
    loaded = open_model(str(tiny_model_dir), app_dirs(), adapter=adapter, device="cpu")
    assert loaded.adapter_enabled
