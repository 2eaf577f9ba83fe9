"""Decode speed of LumiChats 270M on the CPU while other programs want the cores: fixed thread counts
against the app's governor (engine/cpu_threads.py), which picks the count from step times as it decodes.

    python benchmarks/cpu_threads.py [--busy 0,1,2] [--rounds 2] [--tokens 128]

`--busy N` starts N other processes that each keep one core busy (a Python busy loop, like a browser tab
or a build would) for the duration of that block. Every mode runs in ABAB rounds in this one process; the
governor's numbers include its own trials and the steps it takes to notice the load.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable

import torch

from lumichats_desktop.cli import quiet_libraries
from lumichats_desktop.engine.cpu_decode import CpuDecoder
from lumichats_desktop.engine.cpu_load import load_cpu_decoder
from lumichats_desktop.engine.cpu_threads import ThreadGovernor
from lumichats_desktop.engine.hardware import cpu_kind
from lumichats_desktop.engine.models import resolve_source
from lumichats_desktop.paths import app_dirs
from trainer.common.cpu import decode_threads

PROMPT = (
    "<start_of_turn>user\nExplain in a few sentences why the sky is blue.<end_of_turn>\n"
    "<start_of_turn>model\n"
)


def decode(decoder: CpuDecoder, prompt: list[int], tokens: int, run: Callable[..., torch.Tensor]) -> float:
    """Greedy decode through run(step, timed); tokens per second after the first token."""
    decoder.crop(0)
    token = int(run(lambda: decoder.forward(prompt), timed=False).argmax())
    started = time.perf_counter()
    for _ in range(tokens):
        token = int(run(lambda t=token: decoder.forward([t])).argmax())
    return tokens / (time.perf_counter() - started)


def fixed(count: int) -> Callable[..., torch.Tensor]:
    def run(step: Callable[[], torch.Tensor], timed: bool = True) -> torch.Tensor:
        return step()

    torch.set_num_threads(count)
    return run


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--busy", default="0,1,2", help="how many other busy processes, per block")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--tokens", type=int, default=128)
    parser.add_argument("--format", default="fp16")
    args = parser.parse_args()
    quiet_libraries()
    from transformers import AutoTokenizer

    source = resolve_source("lumichats-270m", app_dirs())
    tokenizer = AutoTokenizer.from_pretrained(source.base_dir)
    prompt = tokenizer(PROMPT, add_special_tokens=False).input_ids
    decoder = load_cpu_decoder(source.base_dir, args.format, source.adapter_dir)
    most = decode_threads()
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, {cpu_kind()}; "
        f"torch {torch.__version__}; {args.format}; the app's thread count here: {most}; "
        f"load {os.getloadavg()}"
    )
    governor = ThreadGovernor(most, torch.set_num_threads)  # one per process, as in the app: it learns
    modes: dict[str, Callable[[], Callable[..., torch.Tensor]]] = {
        f"fixed {most}": lambda: fixed(most),
        "fixed 1": lambda: fixed(1),
        "governor": lambda: governor.run,
    }
    for busy in [int(b) for b in args.busy.split(",")]:
        hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(busy)]
        try:
            time.sleep(1.0 if hogs else 0.0)
            rates: dict[str, list[float]] = {name: [] for name in modes}
            for _ in range(args.rounds):
                for name, make in modes.items():
                    rates[name].append(decode(decoder, prompt, args.tokens, make()))
            load = os.getloadavg()[0]
        finally:
            for hog in hogs:
                hog.kill()
                hog.wait()
        shown = ", ".join(f"{name} {' / '.join(f'{r:.1f}' for r in runs)}" for name, runs in rates.items())
        print(f"{busy} busy process(es), load {load:.1f}: tok/s {shown}; governor on {governor.current}")


if __name__ == "__main__":
    main()
