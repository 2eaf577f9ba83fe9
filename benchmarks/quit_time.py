"""How long a process takes to end after the embedded model was loaded: Python's normal shutdown vs.
the app's exit_without_teardown (lumichats_desktop/app.py). Interleaved A/B runs on one machine.

    python benchmarks/quit_time.py [rounds]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

CHILD = """
import sys, time
from lumichats_desktop.engine.models import open_model
from lumichats_desktop.paths import app_dirs
model = open_model("lumichats-270m", app_dirs())
print(time.time(), flush=True)
if sys.argv[1] == "fast":
    from lumichats_desktop.app import exit_without_teardown
    exit_without_teardown(0)
"""


def one(kind: str) -> float:
    process = subprocess.Popen([sys.executable, "-c", CHILD, kind], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    ended_work = float(process.stdout.readline())
    process.wait()
    return time.time() - ended_work


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    times: dict[str, list[float]] = {"normal": [], "fast": []}
    for _ in range(rounds):
        for kind in ("normal", "fast"):
            times[kind].append(one(kind))
            print(f"{kind}: {times[kind][-1]:.2f} s", flush=True)
    for kind, values in times.items():
        rounded = [round(v, 2) for v in values]
        print(f"{kind} shutdown after loading the model: median {statistics.median(values):.2f} s {rounded}")


if __name__ == "__main__":
    main()
