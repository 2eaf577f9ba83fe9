"""Pick the NF4 kernel's block configuration per matrix shape by timing it on this GPU, at load time.

The best split of a small matrix-vector product over the GPU's multiprocessors depends on the shape and
the card, so a fixed guess (`pick_config`) left the 4B's products 1.5-2x slower than bitsandbytes' on an
H200. FastDecoder calls `tune` before it captures the decode step's CUDA graph (never inside a capture),
which TokenGenerator.warm_up runs behind the loading progress. Each shape is timed over all the layers'
matrices of that shape (more bytes than the L2 cache holds, as in a real step), replayed as a CUDA graph
(as the step is). The search is staged to keep compilations few (Triton caches them on disk, so a second
load mostly re-times): rows a program, then the K tile, then warps.
Results are kept for the process, keyed by shape, rank, dtypes and GPU, and on disk
(`nf4_tuning.json` in the app's cache folder, keyed also by the kernel's source, Triton's and CUDA's
versions and the NVIDIA driver's, since a driver update can change the fastest split), so only the
first load on a machine pays the search (~16 s measured on an H200).
"""

from __future__ import annotations

import ctypes
import functools
import hashlib
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import torch

from lumichats_desktop.engine.kernels import nf4_gemv
from lumichats_desktop.engine.kernels.nf4_gemv import GemvConfig, NF4Gemv, fits, pick_config

log = logging.getLogger(__name__)
BLOCK_N = (1, 2, 4, 8, 16, 32)
BLOCK_K = (128, 256, 512, 1024, 2048)
WARPS = (1, 2, 4, 8)
_TUNED: dict[tuple[object, ...], GemvConfig] = {}


@dataclass
class TuneJob:
    """One NF4 launch of the decode step: its kernel and what it is called with."""

    gemv: NF4Gemv
    x_dtype: torch.dtype
    rank: int = 0  # the LoRA epilogue's rank (0: none)
    b_dtype: torch.dtype = torch.float32


def _key(job: TuneJob) -> tuple[object, ...]:
    w = job.gemv.weight
    device = torch.cuda.get_device_name(w.packed.device)
    shape = (w.out_features, w.in_features, w.blocksize, job.gemv.bounds)
    return (device, *shape, job.x_dtype, job.rank, job.b_dtype)


def _cache_file() -> Path:
    from trainer.common.dirs import app_dirs

    return app_dirs().cache / "nf4_tuning.json"


@functools.cache
def driver_version(proc_file: Path = Path("/proc/driver/nvidia/version")) -> str:
    """The NVIDIA driver's version: the kernel module's release where the OS shows it (Linux:
    /proc/driver/nvidia/version, e.g. "580.95.05"), and the CUDA API level it supports (cuDriverGetVersion,
    e.g. 13000) on every OS; "unknown" where neither can be read."""
    parts = []
    try:
        text = proc_file.read_text(encoding="utf-8", errors="replace")
        release = next((w for w in text.split() if w[:1].isdigit() and w.count(".") >= 1), None)
        if release:
            parts.append(release)
    except OSError:
        pass
    library = "nvcuda.dll" if sys.platform == "win32" else "libcuda.so.1"
    try:
        version = ctypes.c_int(0)
        if ctypes.CDLL(library).cuDriverGetVersion(ctypes.byref(version)) == 0:
            parts.append(f"api {version.value}")
    except (OSError, AttributeError):
        pass
    return " ".join(parts) or "unknown"


def _environment() -> str:
    """What a stored timing is only valid for: the kernel's source, the compiler, CUDA's and the driver's
    versions."""
    import triton

    source = Path(nf4_gemv.__file__).read_bytes()
    return (
        f"{hashlib.sha256(source).hexdigest()[:16]} triton {triton.__version__} cuda {torch.version.cuda}"
        f" driver {driver_version()}"
    )


def _load_stored() -> dict[str, list[int]]:
    try:
        stored = json.loads(_cache_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # none yet, or a damaged file: time again (and write a good one)
    if not isinstance(stored, dict) or stored.get("environment") != _environment():
        return {}
    configs = stored.get("configs")
    return configs if isinstance(configs, dict) else {}


def _store(configs: dict[str, list[int]]) -> None:
    """Write the timings atomically (a crash mid-write leaves the old file, never half a file)."""
    path = _cache_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(json.dumps({"environment": _environment(), "configs": configs}), encoding="utf-8")
        partial.replace(path)
    except OSError as exc:  # a read-only cache only costs the next load the search again
        log.info("NF4 timings not saved to %s: %s", path, exc)


def _stored_config(
    stored: dict[str, list[int]],
    key: tuple[object, ...],
    n: int,
    k: int,
    bounds: tuple[int, ...],
    blocksize: int = 64,
) -> GemvConfig | None:
    values = stored.get(repr(key))
    if not isinstance(values, list) or len(values) != len(GemvConfig._fields):
        return None
    try:
        config = GemvConfig(*(int(v) for v in values))
    except (TypeError, ValueError):
        return None
    return config if fits(config, n, k, bounds, blocksize) else None


def _timer(jobs: Sequence[TuneJob]) -> Callable[[GemvConfig], float]:
    """A function giving the seconds all of jobs' launches take in one config (inf if it cannot run)."""
    first = jobs[0]
    w = first.gemv.weight
    device = w.packed.device
    x = torch.randn(1, 1, w.in_features, dtype=first.x_dtype, device=device)
    outs = [torch.empty(w.out_features, dtype=first.x_dtype, device=device) for _ in jobs]
    lora = None
    if first.rank:
        segments = len(first.gemv.bounds) + 1
        b = torch.zeros(w.out_features, first.rank, dtype=first.b_dtype, device=device)
        lora = (b, torch.randn(segments * first.rank, device=device), 1.0)

    def run() -> None:
        for job, out in zip(jobs, outs, strict=True):
            job.gemv(x, out, lora)

    def time_config(config: GemvConfig) -> float:
        for job in jobs:
            job.gemv.config = config
        try:
            run()  # compiles; a configuration the compiler refuses is skipped
            torch.cuda.synchronize()
        except Exception as exc:  # Triton raises several kinds for resource limits
            log.debug("NF4 config %s skipped: %s", config, exc)
            return float("inf")
        graph = torch.cuda.CUDAGraph()
        with torch.cuda.graph(graph):
            run()
        graph.replay()
        start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
        start.record()
        for _ in range(5):
            graph.replay()
        end.record()
        end.synchronize()
        return start.elapsed_time(end) / 5e3

    return time_config


def _search(jobs: Sequence[TuneJob]) -> tuple[GemvConfig, float, float]:
    """The fastest configuration found, its time and the untuned one's (seconds for all jobs)."""
    w, bounds = jobs[0].gemv.weight, jobs[0].gemv.bounds
    n, k = w.out_features, w.in_features
    time_config = _timer(jobs)
    seen: dict[GemvConfig, float] = {}

    def best_of(options: Sequence[GemvConfig]) -> GemvConfig:
        for option in options:
            if option not in seen and fits(option, n, k, bounds, w.blocksize):
                seen[option] = time_config(option)
        return min(seen, key=lambda c: seen[c])

    start = pick_config(n, k, bounds)
    best = best_of([start] + [start._replace(block_n=b) for b in BLOCK_N])
    best = best_of([best._replace(block_k=b) for b in BLOCK_K])
    best = best_of([best._replace(warps=v) for v in WARPS])
    return best, seen[best], seen[start]


def tune(jobs: Sequence[TuneJob]) -> dict[str, dict[str, object]]:
    """Time and set the best configuration for each shape among jobs; returns what was chosen."""
    buckets: dict[tuple[object, ...], list[TuneJob]] = {}
    for job in jobs:
        if job.gemv.weight.packed.is_cuda:
            buckets.setdefault(_key(job), []).append(job)
    report: dict[str, dict[str, object]] = {}
    stored = _load_stored() if buckets else {}
    searched = False
    for key, bucket in buckets.items():
        w = bucket[0].gemv.weight
        chosen = _TUNED.get(key) or _stored_config(
            stored, key, w.out_features, w.in_features, bucket[0].gemv.bounds, w.blocksize
        )
        name = f"{key[1]}x{key[2]} rank {key[6]}"
        if chosen is not None:
            _TUNED[key] = chosen
        else:
            chosen, t_best, t_start = _search(bucket)
            _TUNED[key] = chosen
            stored[repr(key)] = list(chosen)
            searched = True
            report[name] = {
                "config": tuple(chosen),
                "us_per_matrix": t_best / len(bucket) * 1e6,
                "untuned_us_per_matrix": t_start / len(bucket) * 1e6,
            }
            log.info("NF4 %s: %s, %s", name, chosen, report[name])
        for job in bucket:
            job.gemv.config = chosen
    if searched:
        _store(stored)
    torch.cuda.synchronize()
    return report
