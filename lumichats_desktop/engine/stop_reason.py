"""Why a reply ended: a torch-free module, so the conversation service can map it without the engine."""

from __future__ import annotations

from enum import Enum


class StopReason(str, Enum):
    """Why a reply ended."""

    EOS = "eos"
    LENGTH = "length"
    CANCELLED = "cancelled"
    ERROR = "error"
