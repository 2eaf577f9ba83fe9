"""How attachments appear in the user's turn: each document as a delimited block with its file name.

Images become Gemma-3's `<start_of_image>` marker at their place in the turn; the engine expands each
marker into the image's soft tokens and gives the vision tower its pixels (engine/vision.py), or, on
a text-only model, replaces it with a sentence saying an image was left out. The marker is never
allowed in text the user or a file wrote, so the count of markers is always the count of images.
"""

from __future__ import annotations

from collections.abc import Sequence

from lumichats_desktop.attachments.model import Attachment

IMAGE_MARKER = "<start_of_image>"
_DEFUSED_MARKER = "<start-of-image>"
TEXT_ONLY_IMAGE_NOTE = "[An image was attached here, but this model reads text only and cannot see it.]"


def defuse(text: str) -> str:
    """Text with any literal image marker made harmless (it would otherwise claim an image slot)."""
    return text.replace(IMAGE_MARKER, _DEFUSED_MARKER)


def document_block(attachment: Attachment) -> str:
    """The document's text between a header and a footer that name the file (and any cut)."""
    about = []
    if attachment.pages:
        about.append(f"{attachment.pages} page{'s' if attachment.pages != 1 else ''}")
    if attachment.is_cut:
        about.append(
            f"only the first {len(attachment.kept_text):,} of {len(attachment.text):,} characters are "
            "included"
        )
    detail = f" ({'; '.join(about)})" if about else ""
    return (
        f"----- Attached file: {attachment.name}{detail} -----\n"
        f"{defuse(attachment.kept_text).strip()}\n"
        f"----- End of {attachment.name} -----"
    )


def user_turn(text: str, attachments: Sequence[Attachment]) -> tuple[str, list[bytes]]:
    """The user's turn as the model reads it, and the images it refers to, in order.

    Images first (one marker each), then the documents, then what the user wrote: the question comes
    after the material it is about, which is how Gemma-3's own chat template orders images.
    """
    images = [a.data for a in attachments if a.is_image]
    parts = [document_block(a) for a in attachments if not a.is_image]
    if text.strip():
        parts.append(defuse(text))
    # Markers straight before the text, as Gemma-3's template writes them; the engine puts the blank
    # lines around each image that its processor does.
    return IMAGE_MARKER * len(images) + "\n\n".join(parts), images
