"""The CPU decoder packed straight from the safetensors files gives the transformers model's logits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from lumichats_desktop.engine.cpu_load import load_cpu_decoder, packs_from_files
from lumichats_desktop.engine.errors import ModelLoadError
from lumichats_desktop.engine.loader import load_model
from tests.tiny_models import copy_tokenizer, save_tiny_adapter, tiny_text_config
from trainer.common.catalog import ModelSource


def _steps(decoder, ids: list[int], prompt_len: int) -> torch.Tensor:  # type: ignore[no-untyped-def]
    """Logits after a prefill of prompt_len ids, then after each further id fed one at a time."""
    decoder.crop(0)
    return torch.stack(
        [decoder.forward(ids[:prompt_len])] + [decoder.forward([t]) for t in ids[prompt_len:-1]]
    )


def _reference(model, ids: list[int], prompt_len: int) -> torch.Tensor:  # type: ignore[no-untyped-def]
    with torch.no_grad():
        return model(input_ids=torch.tensor([ids])).logits[0, prompt_len - 1 : -1].float()


def _ids(count: int, seed: int) -> list[int]:
    torch.manual_seed(seed)
    return torch.randint(3, 262144, (count,)).tolist()


def test_packed_from_the_file_matches_transformers_past_the_sliding_window(tiny_model_dir: Path) -> None:
    from transformers import Gemma3ForCausalLM

    model = Gemma3ForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32).eval()
    ids = _ids(110, 0)  # the tiny model's window is 64: the last tokens no longer see the first
    decoder = load_cpu_decoder(tiny_model_dir, "fp32", None)
    torch.testing.assert_close(_steps(decoder, ids, 70), _reference(model, ids, 70), rtol=1e-4, atol=1e-4)


def test_adapter_merged_from_its_file_matches_peft_and_switches_off(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    from peft import PeftModel
    from transformers import Gemma3ForCausalLM

    adapter = save_tiny_adapter(tiny_model_dir, tmp_path / "adapter")
    base = Gemma3ForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32).eval()
    tuned = PeftModel.from_pretrained(base, str(adapter)).eval()
    ids = _ids(40, 1)
    expected_tuned = _reference(tuned, ids, 30)
    with tuned.disable_adapter():
        expected_base = _reference(tuned, ids, 30)
    assert (expected_tuned - expected_base).abs().max() > 0.1  # the adapter really changes the logits
    decoder = load_cpu_decoder(tiny_model_dir, "fp32", adapter)
    torch.testing.assert_close(_steps(decoder, ids, 30), expected_tuned, rtol=1e-4, atol=1e-4)
    decoder.use_adapter(False)
    torch.testing.assert_close(_steps(decoder, ids, 30), expected_base, rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("fmt", ["fp16", "int8"])
def test_the_app_load_packs_from_the_files_and_keeps_no_transformers_model(
    tiny_model_dir: Path, tmp_path: Path, fmt: str
) -> None:
    from peft import PeftModel
    from transformers import Gemma3ForCausalLM

    adapter = save_tiny_adapter(tiny_model_dir, tmp_path / "adapter")
    loaded = load_model(ModelSource("tiny", tiny_model_dir, adapter), quantization=fmt, device="cpu")  # type: ignore[arg-type]
    assert loaded.model is None and loaded.cpu is not None  # nothing but the packed weights stays
    base = Gemma3ForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32).eval()
    ids = _ids(60, 2)
    expected = _reference(PeftModel.from_pretrained(base, str(adapter)).eval(), ids, 40)
    got = _steps(loaded.cpu, ids, 40)
    assert (got - expected).abs().max() < 0.03 * expected.abs().max()
    assert (got.argmax(-1) == expected.argmax(-1)).float().mean() >= 0.95


def test_the_4b_layout_reads_the_language_model_out_of_sharded_files(
    embedded_dir: Path, tmp_path: Path
) -> None:
    """Gemma3ForConditionalGeneration (the 4B) nests the text model and ships shards; linear rope scaling."""
    from peft import LoraConfig, get_peft_model
    from transformers import Gemma3Config, Gemma3ForConditionalGeneration

    text = tiny_text_config().to_dict()
    text["rope_parameters"] = {
        "full_attention": {"rope_type": "linear", "factor": 8.0, "rope_theta": 1_000_000.0},
        "sliding_attention": {"rope_type": "default", "rope_theta": 10_000.0},
    }
    vision = {"hidden_size": 32, "intermediate_size": 64, "num_hidden_layers": 1, "num_attention_heads": 2}
    config = Gemma3Config(
        text_config=text, vision_config={**vision, "image_size": 56, "patch_size": 14}, mm_tokens_per_image=4
    )
    torch.manual_seed(3)
    model = Gemma3ForConditionalGeneration(config).to(torch.bfloat16)
    folder = tmp_path / "tiny-4b-layout"
    model.save_pretrained(folder, max_shard_size="10MB")
    copy_tokenizer(embedded_dir, folder)
    assert len(list(folder.glob("*.safetensors"))) > 1
    reference = Gemma3ForConditionalGeneration.from_pretrained(folder, dtype=torch.float32).eval()
    lora = LoraConfig(
        r=4,
        lora_alpha=8,
        target_modules=r"^(?!.*(vision_tower|multi_modal_projector)).*\.(q_proj|k_proj|v_proj|o_proj|gate_proj|up_proj|down_proj)$",
        init_lora_weights=False,
    )
    tuned = get_peft_model(reference, lora).eval()
    tuned.save_pretrained(tmp_path / "adapter")
    ids = _ids(80, 4)
    decoder = load_cpu_decoder(folder, "fp32", tmp_path / "adapter")
    torch.testing.assert_close(_steps(decoder, ids, 70), _reference(tuned, ids, 70), rtol=1e-4, atol=1e-4)


def test_an_adapter_peft_must_apply_takes_the_transformers_route(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    adapter = save_tiny_adapter(tiny_model_dir, tmp_path / "adapter")
    config_path = adapter / "adapter_config.json"
    config = json.loads(config_path.read_text())
    config["alpha_pattern"] = {"q_proj": 16}  # per-module scales: PEFT's own matching decides
    config_path.write_text(json.dumps(config))
    assert not packs_from_files(tiny_model_dir, adapter)
    loaded = load_model(ModelSource("tiny", tiny_model_dir, adapter), quantization="fp16", device="cpu")
    assert loaded.model is not None and loaded.cpu is not None


def test_a_truncated_weights_file_says_to_download_again(tiny_model_dir: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    for path in tiny_model_dir.iterdir():
        data = path.read_bytes()
        (broken / path.name).write_bytes(data[: len(data) // 2] if path.suffix == ".safetensors" else data)
    with pytest.raises(ModelLoadError, match="download or convert the model again"):
        load_model(ModelSource("tiny", broken), quantization="fp16", device="cpu")
