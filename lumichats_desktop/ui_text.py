"""Sizes, speeds and times as people read them (shared by the Models dialog and the terminal)."""

from __future__ import annotations

from typing import Any


def human_bytes(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.1f} GB"


def progress_text(p: dict[str, Any]) -> str:
    """'owner/name: model.safetensors · 1.2 GB of 8.0 GB · 12.3 MB/s · 9 min 5 s left'."""
    text = f"{p['repo_id']}: {p['file']} · {human_bytes(p['done'])} of {human_bytes(p['total'])}"
    if p.get("speed"):
        text += f" · {human_bytes(p['speed'])}/s"
    eta = p.get("eta")
    if eta is not None:
        text += f" · {int(eta // 60)} min {int(eta % 60)} s left" if eta >= 60 else f" · {int(eta)} s left"
    return text
