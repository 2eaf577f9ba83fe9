"""Read a file the user picked, dropped or pasted into an Attachment (or a clear AttachmentError)."""

from __future__ import annotations

from pathlib import Path

from lumichats_desktop.attachments.documents import read_document
from lumichats_desktop.attachments.images import image_format, read_image
from lumichats_desktop.attachments.model import (
    MAX_DOCUMENT_BYTES,
    MAX_IMAGE_BYTES,
    Attachment,
    AttachmentError,
    human_size,
)


def read_attachment(path: Path) -> Attachment:
    """The file at path as a document or an image; the size is checked before it is read."""
    name = path.name
    try:
        size = path.stat().st_size
        limit = max(MAX_DOCUMENT_BYTES, MAX_IMAGE_BYTES)
        if not path.is_file():
            raise AttachmentError(f"{name} is a folder, not a file; attach the files inside it instead.")
        if size > limit:
            raise AttachmentError(
                f"{name} is {human_size(size)}; files of at most {human_size(limit)} can be attached."
            )
        data = path.read_bytes()
    except OSError as exc:
        raise AttachmentError(f"{name} could not be read: {exc.strerror or exc}.") from exc
    return attachment_from_bytes(name, data)


def attachment_from_bytes(name: str, data: bytes) -> Attachment:
    """Bytes with a file name (a drop, a paste, an API request) as a document or an image."""
    if image_format(data) is not None:
        return read_image(name, data)
    return read_document(name, data)
