"""Which of our GPU decode kernels are on: by default only those the H200 measured faster."""

from __future__ import annotations

import pytest

from lumichats_desktop.engine.fast_kernels import kernel_enabled


def test_by_default_every_kernel_group_is_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """Our NF4 kernel beat bitsandbytes' gemv with and without a LoRA on the H200 (276 tok/s against
    208 without one, docs/benchmarks.md); a caller may still pass a condition as `auto`."""
    monkeypatch.delenv("LUMICHATS_FAST_KERNELS", raising=False)
    assert kernel_enabled("nf4") and kernel_enabled("group")
    assert kernel_enabled("norm") and kernel_enabled("attention")
    assert not kernel_enabled("nf4", auto=False)


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
