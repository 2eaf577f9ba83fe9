"""One message in the chat: rendered text, its direction, and the actions a person can take on it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QTextBlockFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QTextBrowser, QToolButton, QVBoxLayout, QWidget

from lumichats_desktop.storage.store import StoredMessage
from lumichats_desktop.ui.attachment_bar import AttachmentStrip
from lumichats_desktop.ui.direction import is_rtl
from lumichats_desktop.ui.markdown_render import ReplyRenderer
from lumichats_desktop.ui.theme import colors


class AutoHeightBrowser(QTextBrowser):
    """A read-only rich text view as tall as its content; links open only when clicked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)

    def _fit(self) -> None:
        self.setFixedHeight(int(self.document().size().height()) + 4)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.document().setTextWidth(self.viewport().width())
        self._fit()

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        """Never fetch anything a reply points at (images, style sheets)."""
        return None

    def sizeHint(self) -> QSize:
        return QSize(400, self.height())


class MessageWidget(QFrame):
    """Shows a StoredMessage; emits what the user asked for, the window decides what to do."""

    regenerate = Signal(int)
    edit = Signal(int)
    delete = Signal(int)
    showSibling = Signal(int, int)
    continueReply = Signal(int)

    def __init__(self, message: StoredMessage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = message
        self._renderer = ReplyRenderer()
        self.setObjectName("userMessage" if message.role == "user" else "assistantMessage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        header = QHBoxLayout()
        who = self.tr("You") if message.role == "user" else "LumiChats"
        self.title = QLabel(who)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        header.addWidget(self.title)
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setStyleSheet(f"color: {colors().warning}")
        header.addWidget(self.note)
        header.addStretch(1)
        self.siblings = QLabel()
        self._prev = self._button("◀", self.tr("Previous alternative"), lambda: self._step(-1))
        self._next = self._button("▶", self.tr("Next alternative"), lambda: self._step(1))
        for widget in (self._prev, self.siblings, self._next):
            header.addWidget(widget)
        header.addWidget(self._button(self.tr("Copy"), self.tr("Copy this message"), self.copy_text))
        # A reply cut off by a crash (or stopped) can be continued from its text, or written again.
        self.continue_button = self._button(
            self.tr("Continue"),
            self.tr("Go on writing this reply"),
            lambda: self.continueReply.emit(self.message.id),
        )
        self.retry_button = self._button(
            self.tr("Retry"), self.tr("Write this reply again"), lambda: self.regenerate.emit(self.message.id)
        )
        header.addWidget(self.continue_button)
        header.addWidget(self.retry_button)
        if message.role == "assistant":
            header.addWidget(
                self._button(
                    self.tr("Regenerate"),
                    self.tr("Write another reply"),
                    lambda: self.regenerate.emit(self.message.id),
                )
            )
        else:
            header.addWidget(
                self._button(
                    self.tr("Edit"), self.tr("Edit and resend"), lambda: self.edit.emit(self.message.id)
                )
            )
        header.addWidget(
            self._button(
                self.tr("Delete"), self.tr("Delete this message"), lambda: self.delete.emit(message.id)
            )
        )
        layout.addLayout(header)
        self._streamed = ""  # the plain text shown while streaming, to append only the new part
        if message.attachments:  # the files sent with it, as chips (thumbnails for pictures)
            layout.addWidget(AttachmentStrip(message.attachments, self))
        self.body = AutoHeightBrowser(self)
        self.body.anchorClicked.connect(self._link)
        layout.addWidget(self.body)
        self.set_message(message)

    def _button(self, text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def _step(self, step: int) -> None:
        self.showSibling.emit(self.message.id, step)

    def set_message(self, message: StoredMessage) -> None:
        """Show a stored (finished) message, Markdown rendered for replies."""
        self.message = message
        many = message.sibling_count > 1
        for widget in (self._prev, self.siblings, self._next):
            widget.setVisible(many)
        self.siblings.setText(f"{message.sibling_index + 1}/{message.sibling_count}")
        notes = {
            "stopped": self.tr("stopped"),
            "error": self.tr("error"),
            "streaming": self.tr("writing…"),
            "interrupted": self.tr("interrupted"),
        }
        self.note.setText(notes.get(message.status, ""))
        reply = message.role == "assistant"
        self.continue_button.setVisible(
            reply and message.status in ("interrupted", "stopped", "error") and bool(message.content.strip())
        )
        self.retry_button.setVisible(reply and message.status in ("interrupted", "error"))
        if message.role == "assistant" and message.status != "streaming":
            self._show_html(self._renderer.render(message.content), message.content)
        else:
            self.set_streaming_text(message.content)

    def set_streaming_text(self, text: str) -> None:
        """Fast path while a reply streams: append only what is new, as plain text."""
        shown = self._streamed
        if shown and text.startswith(shown) and is_rtl(text) == is_rtl(shown):
            cursor = QTextCursor(self.body.document())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText(text[len(shown) :])
        else:
            self.body.setPlainText(text)
            self._apply_direction(text)
        self._streamed = text

    def _show_html(self, html_text: str, source: str) -> None:
        self._streamed = ""
        self.body.setHtml(html_text)
        self._apply_direction(source)

    def _apply_direction(self, text: str) -> None:
        # Rich text blocks carry their own direction and alignment, so set them on every block.
        rtl = is_rtl(text)
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        option = QTextOption()
        option.setTextDirection(direction)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.body.document().setDefaultTextOption(option)
        block_format = QTextBlockFormat()
        block_format.setLayoutDirection(direction)
        block_format.setAlignment(
            (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
            | Qt.AlignmentFlag.AlignAbsolute
        )
        cursor = QTextCursor(self.body.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(block_format)

    @property
    def is_rtl(self) -> bool:
        """Whether this message is laid out right to left."""
        return self.body.document().defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft

    def copy_text(self) -> None:
        """Put the message's Markdown source on the clipboard."""
        QGuiApplication.clipboard().setText(self.message.content)

    def _link(self, url: QUrl) -> None:
        if url.scheme() == "copy":
            index = int(url.path() or url.toString().split(":", 1)[1])
            QGuiApplication.clipboard().setText(self._renderer.code_blocks[index])
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
