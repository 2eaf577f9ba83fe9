"""Our decode kernels compile for the H200 (sm_90) on a machine without a GPU.

Triton's interpreter (tests/engine/triton_interpreter_checks.py) runs the kernels' arithmetic on the CPU
but neither the PTX the NF4 kernel carries (its level lookup, which only a GPU runs) nor the compiler's
rules (a global the interpreter accepted once failed on the GPU). triton.compile to a cubin catches both.
"""

from __future__ import annotations

import importlib.util
import re
from typing import Any

import pytest

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("triton") is None, reason="Triton is not installed (CPU build)"
)


def _cubin(fn: Any, signature: dict[str, str], constants: dict[str, Any], warps: int = 4) -> Any:
    import triton
    from triton.backends.compiler import GPUTarget
    from triton.compiler import ASTSource

    pointers = [i for i, kind in enumerate(signature.values()) if kind.startswith("*")]
    source = ASTSource(
        fn=fn,
        signature={**signature, **dict.fromkeys(constants, "constexpr")},
        constexprs=constants,
        attrs={(i,): [["tt.divisibility", 16]] for i in pointers},  # as the launcher sees torch's buffers
    )
    return triton.compile(source, target=GPUTarget("cuda", 90, 32), options={"num_warps": warps})


@pytest.mark.parametrize(
    ("k", "block_n", "block_k", "warps", "rank", "parts"),
    [(2560, 8, 512, 8, 8, 10), (10240, 4, 512, 8, 8, 10), (2560, 16, 128, 2, 0, 1), (2048, 1, 1024, 1, 8, 1)],
)
def test_the_nf4_kernel_with_its_ptx_lookup_compiles(
    k: int, block_n: int, block_k: int, warps: int, rank: int, parts: int
) -> None:
    from lumichats_desktop.engine.kernels.nf4_gemv import _nf4_gemv_kernel

    signature = {
        "x_ptr": "*bf16",
        "w_ptr": "*u8",
        "absmax_ptr": "*fp16",
        "code_ptr": "*fp32",
        "out_ptr": "*bf16",
        "lora_b_ptr": "*fp32",
        "lora_ax_ptr": "*fp32",
        "lora_scale": "fp32",
    }
    constants = {
        "K": k,
        "BLOCKSIZE": 64,
        "BLOCK_N": block_n,
        "BLOCK_K": block_k,
        "RANK": rank,
        "RANK_PAD": 8,
        "AX_PARTS": parts,
        "AX_PARTS_PAD": 16 if parts > 1 else 2,
        "AX_STRIDE": 24,
        "SEG1": 2048,
        "SEG2": 3072,
        "USE_ASM": True,
    }
    kernel = _cubin(_nf4_gemv_kernel, signature, constants, warps)
    ptx = kernel.asm["ptx"]
    assert ptx.count("prmt.b32") >= 16  # the levels come from the register table, not from memory
    if block_n * block_k // 8 >= 2 * 32 * warps:  # 2+ words a thread: 8- or 16-byte loads of the bytes
        assert re.search(r"ld\.global\S*\.v[24]\.b32", ptx)


@pytest.mark.parametrize(
    ("residual", "second", "rank"), [(False, False, 24), (True, True, 16), (True, False, 0)]
)
def test_the_norm_chain_kernel_compiles(residual: bool, second: bool, rank: int) -> None:
    from lumichats_desktop.engine.kernels.decode_elementwise import _norm_chain_kernel

    names = ("h_ptr", "w1_ptr", "res_ptr", "w2_ptr", "total_ptr", "out_ptr", "a_ptr", "ax_ptr")
    signature = {**dict.fromkeys(names, "*bf16"), "a_ptr": "*fp32", "ax_ptr": "*fp32", "eps": "fp32"}
    constants = {
        "D": 2560,
        "BLOCK": 4096,
        "CHUNK": 256,
        "HAS_RES": residual,
        "SECOND": second,
        "R": rank,
        "R_PAD": 32 if rank > 16 else 16,
    }
    assert _cubin(_norm_chain_kernel, signature, constants).asm["cubin"]


def test_the_gelu_kernel_compiles() -> None:
    from lumichats_desktop.engine.kernels.decode_elementwise import _gelu_mul_kernel

    signature = {"g_ptr": "*bf16", "u_ptr": "*bf16", "out_ptr": "*bf16", "a_ptr": "*fp32", "ax_ptr": "*fp32"}
    constants = {"N": 10240, "BLOCK": 1024, "R": 8, "R_PAD": 8}
    assert _cubin(_gelu_mul_kernel, signature, constants).asm["cubin"]
