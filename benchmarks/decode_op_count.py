"""How many GPU kernels one decode step launches, estimated on the CPU (no GPU needed).

    TRITON_INTERPRET=1 python benchmarks/decode_op_count.py      # Triton installed

Counts, for one FastDecoder step of a tiny bf16/NF4 Gemma-3 (LoRA r=8 on the seven projections, as
the product runs; 2 and 4 layers, so the difference gives a layer's count), the tensor operations that
launch a kernel on a GPU (views, no-op casts and allocations left out) plus our Triton launches, with
our kernels off (bitsandbytes + SDPA, as before) and on; scaled to the 4B's 34 layers. An estimate,
not a profile: CUDA runs some operations as more kernels than the CPU counts here (the H200 profile
of the step without LoRA found 3,037 kernels where this counts fewer); benchmarks/gpu_speed.py
profiles the real thing.
"""

from __future__ import annotations

import collections
import os
import sys
from pathlib import Path
from typing import Any

import torch
from torch.utils._python_dispatch import TorchDispatchMode

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

ALLOCATIONS = {"empty", "empty_like", "empty_strided", "new_empty", "new_empty_strided", "set_", "lift_fresh"}


def _storage(t: Any) -> int | None:
    return t.untyped_storage().data_ptr() if isinstance(t, torch.Tensor) else None


class Counter(TorchDispatchMode):
    """Counts operations that would launch a kernel: in-place ones, and those that make new data
    (an output sharing its input's storage is a view or a no-op conversion: no kernel)."""

    def __init__(self) -> None:
        super().__init__()
        self.ops: collections.Counter[str] = collections.Counter()
        self.paused = False

    def __torch_dispatch__(self, func: Any, types: Any, args: Any = (), kwargs: Any = None) -> Any:
        out = func(*args, **(kwargs or {}))
        name = func.__name__.split(".")[0]
        if self.paused or name in ALLOCATIONS:
            return out
        first = next((a for a in args if isinstance(a, torch.Tensor)), None)
        in_place = name.endswith("_") or "out" in (kwargs or {})
        first_out = out[0] if isinstance(out, (tuple, list)) and out else out
        if in_place or first is None or _storage(first_out) != _storage(first):
            self.ops[str(func.__name__)] += 1
        return out


def count_triton(counter: Counter) -> None:
    """Count each Triton launch as one kernel (they do not pass through the dispatcher)."""
    from lumichats_desktop.engine.kernels import decode_attention, decode_elementwise, nf4_gemv

    class Counted:
        def __init__(self, kernel: Any, name: str) -> None:
            self.kernel, self.name = kernel, name

        def __getitem__(self, grid: Any) -> Any:
            run = self.kernel[grid]

            def counted(*args: Any, **kwargs: Any) -> Any:
                counter.ops[f"triton:{self.name}"] += 1
                counter.paused = True  # the interpreter's own tensor work is no kernel
                try:
                    return run(*args, **kwargs)
                finally:
                    counter.paused = False

            return counted

    for module, names in (
        (nf4_gemv, ["_nf4_gemv_kernel", "_lora_a_kernel"]),
        (decode_attention, ["_chunk_kernel", "_merge_kernel"]),
        (decode_elementwise, ["_rms_norm_kernel", "_rope_kernel"]),
    ):
        for name in names:
            setattr(module, name, Counted(getattr(module, name), name))


def main() -> None:
    from peft import LoraConfig, get_peft_model

    from lumichats_desktop.engine.fast_decode import FastDecoder
    from tests.engine.triton_interpreter_checks import PROJECTIONS, _tiny_nf4_model

    counter = Counter()
    if os.environ.get("TRITON_INTERPRET") == "1":
        count_triton(counter)
    ids = torch.randint(3, 262144, (40,)).tolist()
    for with_lora in (False, True):
        totals: dict[tuple[str, int], int] = {}
        tops: dict[str, dict[str, int]] = {}
        for repeat in (1, 2):  # 2 and 4 layers: the difference is two layers' kernels
            torch.manual_seed(0)
            model = _tiny_nf4_model(repeat, torch.bfloat16)
            if with_lora:
                targets = list(PROJECTIONS)
                lora = LoraConfig(r=8, lora_alpha=16, target_modules=targets, init_lora_weights=False)
                model = get_peft_model(model, lora).eval()
            for stage, flag in (("before", "0"), ("after", "1")):
                os.environ["LUMICHATS_FAST_KERNELS"] = flag
                fast = FastDecoder(model, max_len=128)
                fast.prefill(ids)
                counter.ops.clear()
                with torch.inference_mode(), counter:
                    fast.step(5)
                totals[stage, repeat] = sum(counter.ops.values())
                tops[stage] = dict(counter.ops.most_common(14))
        for stage in ("before", "after"):
            layer = (totals[stage, 2] - totals[stage, 1]) / 2  # 4 layers minus 2 layers, halved
            outside = totals[stage, 1] - 2 * layer
            sys.stdout.write(
                f"{'LoRA r=8' if with_lora else 'no LoRA'}, {stage}: {layer:.0f} kernels a layer, "
                f"{outside:.0f} outside; the 4B (34 layers): ~{34 * layer + outside:.0f} a step. "
                f"4-layer model's top ops: {tops[stage]}\n"
            )


if __name__ == "__main__":
    main()
