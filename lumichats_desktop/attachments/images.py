"""Check an attached image (PNG, JPEG or WebP) before it is stored or shown to a vision model."""

from __future__ import annotations

import io
from typing import Any

from lumichats_desktop.attachments.model import MAX_IMAGE_BYTES, Attachment, AttachmentError, human_size

IMAGE_TYPES = {"png": "image/png", "jpeg": "image/jpeg", "webp": "image/webp"}
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp")
MAX_PIXELS = 50_000_000  # larger is a decompression bomb, not a photo


def image_format(data: bytes) -> str | None:
    """png, jpeg or webp by the file's first bytes (its name may lie), else None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return None


def read_image(name: str, data: bytes) -> Attachment:
    """A checked image attachment, or AttachmentError naming what is wrong."""
    if len(data) > MAX_IMAGE_BYTES:
        raise AttachmentError(
            f"{name} is {human_size(len(data))}; images of at most {human_size(MAX_IMAGE_BYTES)} can be "
            "attached. Save a smaller copy (the model sees 896×896 pixels at most anyway)."
        )
    kind = image_format(data)
    if kind is None:
        raise AttachmentError(f"{name} is not a PNG, JPEG or WebP image.")
    open_image(name, data)  # decodes it once: a truncated or damaged file is refused now, not at send
    return Attachment(name, "image", IMAGE_TYPES[kind], data)


def open_image(name: str, data: bytes) -> Any:
    """The decoded image in RGB (what the vision tower takes), or AttachmentError."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > MAX_PIXELS:
                raise AttachmentError(
                    f"{name} is {image.width}×{image.height} pixels; at most {MAX_PIXELS:,} pixels can be "
                    "attached. Save a smaller copy."
                )
            image.load()
            return image.convert("RGB")
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise AttachmentError(f"{name} is damaged or not a complete image ({exc}).") from exc
