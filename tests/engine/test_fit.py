"""The memory estimate, checked against the real 4B architecture and the embedded model."""

from __future__ import annotations

from pathlib import Path

import pytest

from lumichats_desktop.engine.errors import ModelWontFitError
from lumichats_desktop.engine.fit import estimate, kv_cache_bytes
from lumichats_desktop.engine.hardware import HardwareInfo, four_bit_works, probe, summary
from trainer.common.architectures import GEMMA3_4B

PARAMS_4B = 4_300_079_472  # Gemma3ForConditionalGeneration on the meta device (tests/trainer/test_model.py)


def test_lumichats_4b_in_nf4_fits_the_4_gb_the_product_promises() -> None:
    nf4 = estimate(GEMMA3_4B, PARAMS_4B, "nf4", 2048)
    bf16 = estimate(GEMMA3_4B, PARAMS_4B, "bf16", 2048)
    assert bf16.weights == 2 * PARAMS_4B
    assert 2.8e9 < nf4.weights < 3.6e9  # linear layers at ~0.53 B/weight, the 671M-entry embedding in bf16
    assert nf4.total < 4.3e9 < bf16.total


def test_sliding_window_layers_stop_growing_at_their_window() -> None:
    text = GEMMA3_4B["text_config"]
    per_token = 2 * text["num_key_value_heads"] * text["head_dim"] * 2
    long = kv_cache_bytes(GEMMA3_4B, 32_768)
    # 34 layers, every sixth global: 29 sliding (1,024-token window) + 5 global.
    assert long == per_token * (29 * 1024 + 5 * 32_768)
    assert kv_cache_bytes(GEMMA3_4B, 512) == per_token * 34 * 512


def test_a_model_that_wont_fit_is_refused_with_what_to_do(embedded_dir: Path) -> None:
    from lumichats_desktop.engine.loader import load_model
    from trainer.common.catalog import ModelSource

    tiny_ram = HardwareInfo(
        cpu_cores=2, ram_bytes=2**30, cpu_bf16=True, mps=False, available_ram_bytes=100 * 2**20
    )
    with pytest.raises(ModelWontFitError) as raised:
        load_model(ModelSource("Gemma", embedded_dir), device="cpu", hardware=tiny_ram)
    message = str(raised.value)
    assert "0.1 GB free" in message and "smaller model" in message and "context limit" in message


def test_the_probe_reports_cpu_4bit_and_reads_like_a_sentence() -> None:
    hw = probe(check_four_bit=True)
    assert hw.cpu_cores >= 1 and hw.available_ram_bytes > 0
    assert hw.four_bit["cpu"] is four_bit_works("cpu") is True  # bitsandbytes 0.50 runs NF4 on the CPU
    assert "CPU:" in summary(hw) and "4-bit OK" in summary(hw)


def test_the_catalogue_memory_figures_agree_with_the_estimate() -> None:
    from trainer.common.catalog import entry

    nf4 = estimate(GEMMA3_4B, PARAMS_4B, "nf4", 2048).total
    assert abs(entry("lumichats-4b").approx_memory_bytes - nf4) < 0.15 * nf4


def test_the_models_dialog_says_whether_a_model_fits() -> None:
    from lumichats_desktop.hub.library import fit_text

    assert fit_text(3_900_000_000, 22_000_000_000, "RAM").startswith("yes: ~3.6 GB of 20.5 GB free")
    no = fit_text(3_900_000_000, 2_000_000_000, "NVIDIA T4")
    assert no.startswith("no:") and "LumiChats 270M" in no
