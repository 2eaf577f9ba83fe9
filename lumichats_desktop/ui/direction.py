"""Which way a text runs, from its first strong character (the Unicode bidi rule P2/P3)."""

from __future__ import annotations

import unicodedata


def is_rtl(text: str) -> bool:
    """True when the first letter with a strong direction is right-to-left (Arabic, Hebrew, Persian)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False
