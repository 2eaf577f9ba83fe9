"""Read an attached document as text: plain text, Markdown, code, CSV, JSON, HTML (tags stripped), PDF.

PDF text comes from pypdf: pure Python (no native library to ship or to crash the app on a hostile
file), BSD-licensed, maintained, and it reads the encrypted-but-openable PDFs (empty user password)
that many generated reports are. A PDF whose pages carry no text (a scan) or that needs a password
is refused with a message that says so, never attached as an empty block.
"""

from __future__ import annotations

import io
import logging
from html.parser import HTMLParser
from pathlib import PurePath

from lumichats_desktop.attachments.model import (
    MAX_DOCUMENT_BYTES,
    MAX_TEXT_CHARS,
    Attachment,
    AttachmentError,
    human_size,
)

log = logging.getLogger(__name__)

TEXT_TYPES = {
    ".txt": "text/plain",
    ".text": "text/plain",
    ".log": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".rst": "text/x-rst",
    ".csv": "text/csv",
    ".tsv": "text/tab-separated-values",
    ".json": "application/json",
    ".jsonl": "application/jsonl",
    ".yaml": "application/yaml",
    ".yml": "application/yaml",
    ".toml": "application/toml",
    ".xml": "application/xml",
    ".ini": "text/plain",
    ".cfg": "text/plain",
    ".py": "text/x-python",
    ".js": "text/javascript",
    ".ts": "text/x-typescript",
    ".java": "text/x-java",
    ".c": "text/x-c",
    ".h": "text/x-c",
    ".cpp": "text/x-c++",
    ".hpp": "text/x-c++",
    ".cs": "text/x-csharp",
    ".go": "text/x-go",
    ".rs": "text/x-rust",
    ".rb": "text/x-ruby",
    ".php": "text/x-php",
    ".sh": "text/x-shellscript",
    ".sql": "text/x-sql",
    ".css": "text/css",
    ".tex": "text/x-tex",
}
HTML_TYPES = {".html": "text/html", ".htm": "text/html", ".xhtml": "application/xhtml+xml"}
PDF_TYPE = "application/pdf"
DOCUMENT_SUFFIXES = tuple(sorted({*TEXT_TYPES, *HTML_TYPES, ".pdf"}))


def read_document(name: str, data: bytes) -> Attachment:
    """The document's text, or AttachmentError saying why it cannot be read."""
    if len(data) > MAX_DOCUMENT_BYTES:
        raise AttachmentError(
            f"{name} is {human_size(len(data))}; documents of at most {human_size(MAX_DOCUMENT_BYTES)} "
            "can be attached. Attach the part you need, or split the file."
        )
    suffix = PurePath(name).suffix.lower()
    if data.startswith(b"%PDF-") or suffix == ".pdf":
        text, pages = _pdf_text(name, data)
        return Attachment(name, "document", PDF_TYPE, data, _limit(text), pages)
    text = _decode(name, data)
    if suffix in HTML_TYPES:
        text = html_to_text(text)
    if not text.strip():
        raise AttachmentError(f"{name} is empty: there is no text to attach.")
    mime = HTML_TYPES.get(suffix) or TEXT_TYPES.get(suffix, "text/plain")
    return Attachment(name, "document", mime, data, _limit(text))


def _limit(text: str) -> str:
    # The context budget (and the user) choose the part sent; this only bounds what is stored.
    return text[:MAX_TEXT_CHARS]


def _decode(name: str, data: bytes) -> str:
    """UTF-8 (or UTF-16 with its byte-order mark); anything else with NUL bytes is a binary file."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    elif b"\x00" not in data[:8192]:
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")  # old Windows text files; cp1252 leaves 5 bytes undefined
            except UnicodeDecodeError:
                text = ""
            if text and sum(not (c.isprintable() or c.isspace()) for c in text) <= len(text) // 100:
                return text
    raise AttachmentError(
        f"{name} is not a text file (it looks like binary data). LumiChats reads text, Markdown, "
        "source code, CSV, JSON, HTML and PDF documents, and PNG, JPEG or WebP images."
    )


def _pdf_text(name: str, data: bytes) -> tuple[str, int]:
    """Each page's text, pages separated by a blank line; the page count."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError, PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise FileNotDecryptedError("a password is needed")
        pages = [page.extract_text() or "" for page in reader.pages]
    except (FileNotDecryptedError, DependencyError) as exc:
        raise AttachmentError(
            f"{name} is protected by a password (or an encryption this app cannot open), so its text "
            "cannot be read. Open it in a PDF viewer, save a copy without the password, and attach "
            "that copy."
        ) from exc
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, IndexError, OSError) as exc:
        log.info("could not read %s: %s", name, exc)
        raise AttachmentError(
            f"{name} is damaged or not a valid PDF ({exc}), so its text cannot be read. Save it again "
            "from the program that made it, or attach the text itself."
        ) from exc
    if not pages:
        raise AttachmentError(f"{name} has no pages.")
    if not any(p.strip() for p in pages):
        raise AttachmentError(
            f"{name} has {len(pages)} page(s) but no text in them: it is probably scanned images of "
            "pages. Run text recognition (OCR) on it first, or attach the pages as images on a model "
            "that sees images."
        )
    return "\n\n".join(p.strip() for p in pages), len(pages)


class _TextOfHtml(HTMLParser):
    """The visible text of an HTML page: scripts and styles left out, blocks on their own lines."""

    BLOCKS = frozenset(
        {"p", "div", "br", "li", "ul", "ol", "tr", "table", "pre", "blockquote", "section", "article"}
        | {"h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "title", "hr", "dt", "dd"}
    )
    HIDDEN = frozenset({"script", "style", "noscript", "template"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self._hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """The readable text of an HTML document: whitespace tidied, one block per line, no blank lines."""
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)
