"""How much memory this computer has and has free (shared by the engine's probe and the trainer's dry run)."""

from __future__ import annotations

import os


def ram_bytes() -> int:
    """Physical RAM, or 0 when the platform does not say."""
    try:
        return int(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES"))
    except (ValueError, OSError, AttributeError):
        return 0


def available_ram_bytes() -> int:
    """RAM a new allocation can get now (MemAvailable on Linux), else all of it."""
    try:
        with open("/proc/meminfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return ram_bytes()


def fits(need_bytes: int, available_bytes: int) -> bool:
    """Whether need fits into available with 10% to spare (allocator slack, other programs)."""
    return need_bytes <= available_bytes * 0.9
