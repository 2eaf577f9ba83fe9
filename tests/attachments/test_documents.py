"""Documents of each kind read as text; files that cannot be read get a message that says why."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lumichats_desktop.attachments.model import MAX_DOCUMENT_BYTES, AttachmentError
from lumichats_desktop.attachments.prompt import IMAGE_MARKER, document_block, user_turn
from lumichats_desktop.attachments.reading import attachment_from_bytes, read_attachment
from tests.attachments.files import encrypted_pdf, image_bytes, pdf_with_pages, scanned_pdf


def _attach(tmp_path: Path, name: str, data: bytes):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(data)
    return read_attachment(path)


@pytest.mark.parametrize(
    ("name", "content", "mime"),
    [
        ("notes.txt", "Buy milk\nCall Ana", "text/plain"),
        ("README.md", "# Title\n\n- one\n- two", "text/markdown"),
        ("main.py", "def add(a, b):\n    return a + b\n", "text/x-python"),
        ("table.csv", "name,age\nAna,31\nLuis,42\n", "text/csv"),
        ("data.json", json.dumps({"city": "Málaga", "n": [1, 2]}), "application/json"),
    ],
)
def test_text_kinds_keep_their_text(tmp_path: Path, name: str, content: str, mime: str) -> None:
    attachment = _attach(tmp_path, name, content.encode("utf-8"))
    assert attachment.kind == "document"
    assert attachment.text == content
    assert attachment.mime == mime


def test_utf16_and_windows_text_are_decoded(tmp_path: Path) -> None:
    assert _attach(tmp_path, "a.txt", "héllo wörld".encode("utf-16")).text == "héllo wörld"
    assert _attach(tmp_path, "b.txt", "café au lait".encode("cp1252")).text == "café au lait"


def test_html_is_read_as_its_visible_text(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Report</title><style>p {color: red}</style></head><body>"
        "<h1>Sales</h1><p>Up <b>12%</b> &amp; rising.</p><script>alert('x')</script>"
        "<ul><li>North</li><li>South</li></ul></body></html>"
    )
    text = _attach(tmp_path, "page.html", page.encode()).text
    assert text.splitlines() == ["Report", "Sales", "Up 12% & rising.", "North", "South"]
    assert "alert" not in text and "color" not in text


def test_pdf_text_comes_from_every_page(tmp_path: Path) -> None:
    attachment = _attach(tmp_path, "report.pdf", pdf_with_pages("Quarterly revenue rose", "Costs fell"))
    assert attachment.mime == "application/pdf"
    assert attachment.pages == 2
    assert "Quarterly revenue rose" in attachment.text and "Costs fell" in attachment.text
    assert attachment.text.index("Quarterly") < attachment.text.index("Costs")


def test_encrypted_pdf_says_it_needs_a_password(tmp_path: Path) -> None:
    with pytest.raises(AttachmentError, match="protected by a password"):
        _attach(tmp_path, "secret.pdf", encrypted_pdf("Top secret plans"))


def test_scanned_pdf_without_text_says_so(tmp_path: Path) -> None:
    with pytest.raises(AttachmentError, match=r"2 page\(s\) but no text.*OCR"):
        _attach(tmp_path, "scan.pdf", scanned_pdf(2))


def test_broken_pdf_is_named_damaged(tmp_path: Path) -> None:
    broken = pdf_with_pages("hello")[:60]
    with pytest.raises(AttachmentError, match="damaged or not a valid PDF"):
        _attach(tmp_path, "broken.pdf", broken)


def test_binary_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(AttachmentError, match="not a text file"):
        _attach(tmp_path, "program.exe", b"MZ\x90\x00\x03\x00\x00\x00" + bytes(range(256)) * 4)


def test_file_over_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: the size is real, the disk is not filled
        handle.truncate(MAX_DOCUMENT_BYTES + 1)
    with pytest.raises(AttachmentError, match=r"huge.txt is 20.0 MB; files of at most"):
        read_attachment(path)


def test_empty_and_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(AttachmentError, match="empty"):
        _attach(tmp_path, "empty.txt", b"  \n")
    with pytest.raises(AttachmentError, match="folder"):
        read_attachment(tmp_path)


def test_images_are_recognised_by_their_bytes_not_their_name() -> None:
    for fmt, mime in (("PNG", "image/png"), ("JPEG", "image/jpeg"), ("WEBP", "image/webp")):
        attachment = attachment_from_bytes("picture.txt", image_bytes(fmt))
        assert (attachment.kind, attachment.mime) == ("image", mime)
    with pytest.raises(AttachmentError, match="damaged or not a complete image"):
        attachment_from_bytes("cut.png", image_bytes("PNG", (400, 300))[:100])


def test_the_user_turn_names_each_file_and_puts_images_first() -> None:
    doc = attachment_from_bytes("notes.txt", b"line one\nline two")
    image = attachment_from_bytes("cat.png", image_bytes())
    content, images = user_turn("What do these say?", [doc, image])
    assert images == [image.data]
    assert content.startswith(IMAGE_MARKER + "----- Attached file: notes.txt -----\nline one")
    assert content.endswith("----- End of notes.txt -----\n\nWhat do these say?")
    # A literal marker in typed text or a file can never claim an image slot.
    content, _ = user_turn(f"look {IMAGE_MARKER}", [attachment_from_bytes("x.txt", IMAGE_MARKER.encode())])
    assert IMAGE_MARKER not in content


def test_a_cut_document_says_how_much_is_included() -> None:
    doc = attachment_from_bytes("long.txt", ("word " * 1000).encode())
    from dataclasses import replace

    block = document_block(replace(doc, kept_chars=100))
    assert "only the first 100 of 5,000 characters are included" in block.splitlines()[0]
