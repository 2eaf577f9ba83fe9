"""The CPU decode path: our forward pass over packed weights gives the transformers model's logits."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from lumichats_desktop.engine.cpu_decode import build_decoder
from lumichats_desktop.engine.cpu_plan import cpu_plan
from lumichats_desktop.engine.hardware import HardwareInfo, cpu_kind
from lumichats_desktop.engine.loader import choose_quantization, load_model
from tests.tiny_models import save_tiny_adapter, tiny_text_config
from trainer.common.catalog import ModelSource


@pytest.fixture(scope="module")
def tiny_model():  # type: ignore[no-untyped-def]
    from transformers import Gemma3ForCausalLM

    torch.manual_seed(0)
    config = tiny_text_config()  # sliding window 64: the prompts below run past it
    config._attn_implementation = "sdpa"
    return Gemma3ForCausalLM(config).float().eval()


def _reference(model, ids: list[int]) -> torch.Tensor:  # type: ignore[no-untyped-def]
    with torch.no_grad():
        return model(input_ids=torch.tensor([ids])).logits[0]


@pytest.mark.parametrize("prompt_len", [10, 100])
def test_fp32_prefill_and_steps_match_transformers(tiny_model, prompt_len: int) -> None:  # type: ignore[no-untyped-def]
    torch.manual_seed(prompt_len)
    ids = torch.randint(3, 262144, (prompt_len + 40,)).tolist()
    expected = _reference(tiny_model, ids)[prompt_len - 1 : -1]
    decoder = build_decoder(tiny_model, "fp32", None)
    got = [decoder.forward(ids[:prompt_len])] + [decoder.forward([t]) for t in ids[prompt_len:-1]]
    torch.testing.assert_close(torch.stack(got), expected, rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("fmt", ["fp16", "int8"])
def test_packed_formats_stay_close_and_pick_the_same_tokens(tiny_model, fmt: str) -> None:  # type: ignore[no-untyped-def]
    torch.manual_seed(1)
    ids = torch.randint(3, 262144, (90,)).tolist()
    expected = _reference(tiny_model, ids)[69:-1]
    decoder = build_decoder(tiny_model, fmt, None)  # type: ignore[arg-type]
    got = torch.stack([decoder.forward(ids[:70])] + [decoder.forward([t]) for t in ids[70:-1]])
    scale = expected.abs().max()
    assert (got - expected).abs().max() < 0.03 * scale
    assert (got.argmax(-1) == expected.argmax(-1)).float().mean() >= 0.95


def test_cropping_the_cache_rolls_back_to_a_shared_prefix(tiny_model) -> None:  # type: ignore[no-untyped-def]
    ids = list(range(1000, 1080))
    decoder = build_decoder(tiny_model, "fp32", None)
    decoder.forward(ids[:60])
    decoder.forward([5, 6, 7])  # a reply that the next turn edits away
    decoder.crop(30)
    torch.testing.assert_close(
        decoder.forward(ids[30:]), _reference(tiny_model, ids)[-1], rtol=1e-4, atol=1e-4
    )


@pytest.mark.parametrize(
    "kind, expected", [("avx2", "fp16"), ("basic", "fp16"), ("avx512_bf16", "int8"), ("amx", "int8")]
)
def test_the_cpu_kind_picks_the_weight_format(tiny_model_dir: Path, kind: str, expected: str) -> None:
    hw = HardwareInfo(cpu_cores=2, ram_bytes=2**34, cpu_bf16=kind != "avx2", mps=False, cpu_kind=kind)
    assert cpu_plan(hw, 500 * 2**20).weights == expected
    assert choose_quantization("auto", "cpu", tiny_model_dir, hw) == expected
    assert cpu_plan(hw, 8 * 2**30).weights == "nf4"  # the 4B: 4-bit to fit beside the desktop


def test_cpu_kind_reads_the_flags_and_can_be_forced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LUMICHATS_CPU_KIND", raising=False)
    assert cpu_kind({"avx2", "fma", "avx512f"}) == "avx2"
    assert cpu_kind({"avx2", "fma", "avx512_bf16"}) == "avx512_bf16"
    assert cpu_kind({"avx2", "fma", "avx512_bf16", "amx_bf16"}) == "amx"
    assert cpu_kind({"sse4_2"}) == "basic"
    monkeypatch.setenv("LUMICHATS_CPU_KIND", "avx512_bf16")
    assert cpu_kind({"avx2", "fma"}) == "avx512_bf16"


@pytest.mark.parametrize("fmt", ["fp16", "int8"])
def test_merged_adapter_switches_off_and_on(tiny_model_dir: Path, tmp_path: Path, fmt: str) -> None:
    adapter = save_tiny_adapter(tiny_model_dir, tmp_path / "adapter")
    ids = [2, 105, 2364, 107, 9259, 106, 107, 105, 4368, 107]
    reference = load_model(ModelSource("tiny", tiny_model_dir, adapter), quantization="fp32", device="cpu")
    with torch.no_grad():
        tuned = reference.model(input_ids=torch.tensor([ids])).logits[0, -1]
        reference.set_adapter_enabled(False)
        base = reference.model(input_ids=torch.tensor([ids])).logits[0, -1]
    loaded = load_model(ModelSource("tiny", tiny_model_dir, adapter), quantization=fmt, device="cpu")  # type: ignore[arg-type]
    assert loaded.cpu is not None and loaded.quantization == fmt

    def logits() -> torch.Tensor:
        loaded.cpu.crop(0)
        return loaded.cpu.forward(ids)

    tolerance = 0.03 * tuned.abs().max()
    assert (logits() - tuned).abs().max() < tolerance < (base - tuned).abs().max()
    loaded.set_adapter_enabled(False)
    assert (logits() - base).abs().max() < tolerance
    loaded.set_adapter_enabled(True)
    assert (logits() - tuned).abs().max() < tolerance


@pytest.mark.parametrize("cores, expected", [(1, 1), (2, 2), (4, 3), (8, 7), (16, 15)])
def test_decode_threads_leave_a_core_for_the_window_above_two(
    monkeypatch: pytest.MonkeyPatch, cores: int, expected: int
) -> None:
    from trainer.common.cpu import decode_threads

    monkeypatch.delenv("LUMICHATS_THREADS", raising=False)
    assert decode_threads(cores) == expected


def test_the_thread_override_wins_and_a_bad_one_is_ignored(
    monkeypatch: pytest.MonkeyPatch, tiny_model_dir: Path
) -> None:
    from trainer.common.cpu import decode_threads

    monkeypatch.setenv("LUMICHATS_THREADS", "many")
    assert decode_threads(8) == 7
    monkeypatch.setenv("LUMICHATS_THREADS", "1")
    assert decode_threads(8) == 1
    before = torch.get_num_threads()
    try:
        load_model(ModelSource("tiny", tiny_model_dir), quantization="fp16", device="cpu")
        assert torch.get_num_threads() == 1  # the CPU load applies it to torch's matmuls
    finally:
        torch.set_num_threads(before)
