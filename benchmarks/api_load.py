"""Load test of `lumichats serve`: N concurrent streaming clients (the official openai package) on the
tiny random Gemma-3, several rounds. Prints whether all finished, errors, time to first token (p50/p99,
as each client sees it, queueing included), the server's resident memory after each round, and whether
the server is still alive.

    PYTHONPATH=. python benchmarks/api_load.py --clients 32 --rounds 3 --max-tokens 8
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil
from openai import AsyncOpenAI

REPO = Path(__file__).resolve().parent.parent
LOG_LINES: list[str] = []


def tiny_model(folder: Path) -> Path:
    sys.path.insert(0, str(REPO))
    from tests.tiny_models import save_tiny_gemma3
    from trainer.common.catalog import ensure_embedded
    from trainer.common.dirs import app_dirs

    return save_tiny_gemma3(folder, ensure_embedded(app_dirs()))


def start_server(model: Path) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "lumichats_desktop", "serve", "--model", str(model), "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert process.stdout is not None
    banner = ""
    while "Ctrl+C" not in banner:
        line = process.stdout.readline()
        if not line:
            raise SystemExit("the server ended before it was ready")
        banner += line
    match = re.search(r"Address:\s+(\S+)", banner)
    assert match, banner
    stdout = process.stdout
    # Drain the per-request log lines so a full pipe never blocks the server.
    threading.Thread(target=lambda: LOG_LINES.extend(stdout), daemon=True).start()
    return process, match.group(1)


async def one_client(client: AsyncOpenAI, model: str, max_tokens: int, index: int) -> tuple[float, str, str]:
    started = time.perf_counter()
    ttft = float("nan")
    parts: list[str] = []
    finish = ""
    stream = await client.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": f"Client {index}: tell me something."}],
        max_tokens=max_tokens,
        temperature=1.0,
        seed=index,
        stream=True,
    )
    async for chunk in stream:
        if not chunk.choices:
            continue
        choice = chunk.choices[0]
        if choice.delta.content and ttft != ttft:  # first text
            ttft = time.perf_counter() - started
        parts.append(choice.delta.content or "")
        finish = choice.finish_reason or finish
    return ttft, "".join(parts), finish


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


async def run(url: str, model: str, clients: int, rounds: int, max_tokens: int, pid: int) -> None:
    client = AsyncOpenAI(base_url=url, api_key="none", max_retries=0, timeout=1800)
    server = psutil.Process(pid)
    print(f"server RSS before: {server.memory_info().rss / 2**20:.1f} MiB")
    all_ttft: list[float] = []
    for round_no in range(1, rounds + 1):
        started = time.perf_counter()
        results = await asyncio.gather(
            *(one_client(client, model, max_tokens, i) for i in range(clients)), return_exceptions=True
        )
        wall = time.perf_counter() - started
        errors = [r for r in results if isinstance(r, BaseException)]
        done = [r for r in results if not isinstance(r, BaseException) and r[2] in ("stop", "length")]
        ttfts = [r[0] for r in done if r[0] == r[0]]
        all_ttft += ttfts
        print(
            f"round {round_no}: {len(done)}/{clients} finished, {len(errors)} errors, wall {wall:.1f} s, "
            f"TTFT p50 {percentile(ttfts, 50):.2f} s p99 {percentile(ttfts, 99):.2f} s, "
            f"server RSS {server.memory_info().rss / 2**20:.1f} MiB"
        )
        for error in errors[:3]:
            print(f"  error: {error!r}")
    print(
        f"all rounds: TTFT p50 {statistics.median(all_ttft):.2f} s, p99 {percentile(all_ttft, 99):.2f} s "
        f"over {len(all_ttft)} replies; server alive: {server.is_running()}"
    )
    deadline = time.monotonic() + 5
    while len(LOG_LINES) < rounds * clients and time.monotonic() < deadline:
        await asyncio.sleep(0.1)  # the drain thread may still be reading the last lines
    served = sum(" 200 stream" in line for line in LOG_LINES)
    print(f"server log: {served} streamed replies with status 200, {len(LOG_LINES)} lines")
    await client.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--max-tokens", type=int, default=8)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        model = tiny_model(Path(tmp) / "tiny")
        process, url = start_server(model)
        try:
            print(f"{args.clients} streaming clients x {args.rounds} rounds, {args.max_tokens} tokens, {url}")
            print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
            asyncio.run(run(url, model.name, args.clients, args.rounds, args.max_tokens, process.pid))
        finally:
            process.terminate()
            process.wait(timeout=60)


if __name__ == "__main__":
    main()
