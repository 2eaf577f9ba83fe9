"""What an attached file is once read: its bytes, its kind, and (for documents) its text."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

MAX_DOCUMENT_BYTES = 20 * 2**20  # a 20 MB PDF is ~1,000 pages: far past any context window
MAX_IMAGE_BYTES = 20 * 2**20
MAX_TEXT_CHARS = 4 * 2**20  # extracted text kept per document (about a million tokens)
KINDS = ("document", "image")


class AttachmentError(ValueError):
    """A file that cannot be attached; the message names the file, the problem and what to do."""


@dataclass(frozen=True)
class Attachment:
    """One attached file.

    `text` is the extracted text of a document ("" for an image). `kept_chars` is how much of that
    text the model is given: None for all of it, else the first kept_chars characters (the user chose
    a shorter part because the whole did not fit; the block sent to the model says so).
    """

    name: str
    kind: str  # "document" or "image"
    mime: str
    data: bytes
    text: str = ""
    pages: int = 0  # PDF pages (0 for other kinds)
    kept_chars: int | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def size(self) -> int:
        return len(self.data)

    @property
    def is_image(self) -> bool:
        return self.kind == "image"

    @property
    def kept_text(self) -> str:
        """The part of the text the model is given."""
        return self.text if self.kept_chars is None else self.text[: self.kept_chars]

    @property
    def is_cut(self) -> bool:
        return self.kept_chars is not None and self.kept_chars < len(self.text)


def human_size(size: int) -> str:
    """1.2 MB, 340 KB, 12 bytes."""
    if size >= 2**20:
        return f"{size / 2**20:.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} bytes"
