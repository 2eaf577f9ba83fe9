"""Which of our GPU decode kernels are on: by default only those the H200 measured faster."""

from __future__ import annotations

import pytest

from lumichats_desktop.engine.fast_kernels import kernel_enabled


def test_by_default_our_nf4_gemv_runs_only_where_it_fuses_a_lora(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LUMICHATS_FAST_KERNELS", raising=False)
    assert kernel_enabled("nf4", auto=True)  # a LoRA to fuse: 144 tok/s against 109
    assert not kernel_enabled("nf4", auto=False)  # a bare base: bitsandbytes' gemv, 201 tok/s against 161
    assert kernel_enabled("norm") and kernel_enabled("attention")


@pytest.mark.parametrize(
    ("value", "nf4", "norm"), [("0", False, False), ("1", True, True), ("norm,attention", False, True)]
)
def test_the_variable_overrides_the_default(
    monkeypatch: pytest.MonkeyPatch, value: str, nf4: bool, norm: bool
) -> None:
    monkeypatch.setenv("LUMICHATS_FAST_KERNELS", value)
    assert kernel_enabled("nf4", auto=True) is nf4
    assert kernel_enabled("nf4", auto=False) is nf4
    assert kernel_enabled("norm") is norm
