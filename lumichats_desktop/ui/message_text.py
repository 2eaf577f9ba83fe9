"""A message's text view, and how a streaming reply's text grows in it without laying it all out again."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QSize, Qt, QUrl
from PySide6.QtGui import QResizeEvent, QTextCursor, QTextDocument, QTextFormat
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

STREAM_BLOCK = 2000  # characters: a streaming paragraph longer than this has its wrapped lines closed off
# A block property: this block's paragraph goes on in the next block (close_wrapped_lines split it there).
# Set on the closed-off block, never on the last one: a line break the reply writes copies the last
# block's format into the new block, which would carry the mark to a real paragraph.
GOES_ON = QTextFormat.Property.UserProperty + 1


class AutoHeightBrowser(QTextBrowser):
    """A read-only rich text view as tall as its content; links open only when clicked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # The mouse selects text; Tab moves between messages, not into every text view.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.document().setDocumentMargin(2)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)

    def _fit(self) -> None:
        self.setFixedHeight(int(self.document().size().height()) + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # setTextWidth lays out the whole document again even at the same width, and the height changes
        # with every new line of a streaming reply: that re-laid out a long reply on each repaint.
        if self.document().textWidth() != self.viewport().width():
            self.document().setTextWidth(self.viewport().width())
        self._fit()

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        """Never fetch anything a reply points at (images, style sheets)."""
        return None

    def sizeHint(self) -> QSize:
        return QSize(400, self.height())

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copy (Ctrl+C, the menu, a drag, the X11 selection) without the splits of a streaming reply."""
        data = super().createMimeDataFromSelection()
        text = text_without_splits(self.textCursor())
        if text is None:
            return data
        # Qt's own object (a QMimeData made here crashed PySide at exit, owned twice). Its formats are
        # made on first read: read one so they exist, then keep plain text only, the splits' paragraphs
        # being in the others.
        for kind in data.formats():
            data.data(kind)
        for kind in data.formats():
            data.removeFormat(kind)
        data.setText(text)
        return data


def close_wrapped_lines(document: QTextDocument) -> None:
    """Split the last paragraph before its last line once it is longer than STREAM_BLOCK.

    Qt lays out a whole paragraph again whenever text is added to it, so a long streaming reply without
    line breaks cost more each update (~5 ms of each 30 Hz repaint at 29,000 characters on a 2-core box).
    Split exactly where Qt wrapped, the closed-off lines look the same (a line's breaks do not depend on
    what follows it) and are never laid out again. Valid at the width they were laid out at only.
    """
    block = document.lastBlock()
    if block.length() < STREAM_BLOCK:
        return
    document.documentLayout().blockBoundingRect(block)  # lays it out at the current width now
    layout = block.layout()
    if layout is None or layout.lineCount() < 2:
        return
    cursor = QTextCursor(document)
    cursor.setPosition(block.position() + layout.lineAt(layout.lineCount() - 1).textStart())
    cursor.beginEditBlock()
    cursor.insertBlock(block.blockFormat())  # the new last block: unmarked
    closed = block.blockFormat()
    closed.setProperty(GOES_ON, True)  # copying joins it back (text_without_splits)
    QTextCursor(block).setBlockFormat(closed)
    cursor.endEditBlock()


def text_without_splits(cursor: QTextCursor) -> str | None:
    """The selected text with close_wrapped_lines' splits joined again; None if it crosses none.

    A split is a paragraph break only to Qt: copied as one, a selection of a streaming reply had a line
    break every ~2,000 characters that the reply does not have.
    """
    document = cursor.document()
    first = document.findBlock(cursor.selectionStart())
    last = document.findBlock(cursor.selectionEnd())
    blocks = [first]
    while blocks[-1] != last and blocks[-1].isValid():
        blocks.append(blocks[-1].next())
    if not any(block.blockFormat().property(GOES_ON) for block in blocks[:-1]):
        return None
    pieces = cursor.selectedText().split("\u2029")  # Qt's paragraph separator, one between blocks
    if len(pieces) != len(blocks):
        return None
    text = pieces[0]
    for block, piece in zip(blocks[:-1], pieces[1:], strict=True):
        text += ("" if block.blockFormat().property(GOES_ON) else "\n") + piece
    return text.replace("\u2028", "\n").replace("\xa0", " ")  # as QTextDocumentFragment.toPlainText


def document_text(document: QTextDocument) -> str:
    """The whole text, with a streaming reply's splits joined (what a screen reader should hear)."""
    cursor = QTextCursor(document)
    cursor.select(QTextCursor.SelectionType.Document)
    joined = text_without_splits(cursor)
    return document.toPlainText() if joined is None else joined
