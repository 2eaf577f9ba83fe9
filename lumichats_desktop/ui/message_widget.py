"""One message in the chat: rendered text, its direction, and the actions a person can take on it.

Roles differ by layout, not by boxes: the user's messages are tinted bubbles at the end of the line,
replies are plain full-width text under a small "LumiChats". Copy/Edit/Regenerate/Delete appear while
the pointer is over the message or the keyboard focus is in it (their space is kept, so nothing jumps);
Continue and Retry for a cut-off reply are always shown. The message itself takes the keyboard focus
and reads to a screen reader as its role and its whole text.
"""

from __future__ import annotations

import functools
import itertools

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDesktopServices,
    QFocusEvent,
    QFontMetrics,
    QGuiApplication,
    QResizeEvent,
    QTextBlockFormat,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lumichats_desktop.storage.store import StoredMessage
from lumichats_desktop.ui.attachment_bar import AttachmentStrip
from lumichats_desktop.ui.direction import is_rtl
from lumichats_desktop.ui.markdown_render import ReplyRenderer
from lumichats_desktop.ui.message_text import AutoHeightBrowser, close_wrapped_lines, document_text

BUBBLE_SHARE = 0.8  # a user's bubble is at most this share of the page's width
BUBBLE_PADDING = 40  # the bubble's inner margins, the document's margins and a little slack


_ROW_HEIGHTS: dict[tuple[str, int], int] = {}


def action_row_height() -> int:
    """The height of a row of message actions in the current font and style sheet (measured once each).

    A message reserves it before its action buttons exist, so that they appear without moving anything.
    """
    app = QApplication.instance()
    sheet = app.styleSheet() if isinstance(app, QApplication) else ""
    key = (QApplication.font().key(), hash(sheet))
    if key not in _ROW_HEIGHTS:
        probe = QToolButton()
        probe.setObjectName("messageAction")
        probe.setText("Copy")
        probe.ensurePolished()
        _ROW_HEIGHTS[key] = probe.sizeHint().height()
    return _ROW_HEIGHTS[key]


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
        self.is_user = message.role == "user"
        self._renderer = ReplyRenderer()
        self._hovered = False
        self.setObjectName("message")
        self.setProperty("role", message.role)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 0)
        layout.setSpacing(2)
        # A reply's name above it; a user's bubble says who wrote it (screen readers hear "You").
        # The state note ("stopped") is made when a message first has one: most never do.
        self._header = QHBoxLayout()
        self._header.setSpacing(8)
        self.title: QLabel | None = None
        if not self.is_user:
            self.title = QLabel("LumiChats")
            self.title.setObjectName("messageRole")
            self.title.setTextFormat(Qt.TextFormat.PlainText)
            self._header.addWidget(self.title)
        self._header.addStretch(1)
        layout.addLayout(self._header)
        self._note: QLabel | None = None
        self._state = ""  # the note's text: "" for a finished message
        self._streamed = ""  # the plain text shown while streaming, to append only the new part
        self._stream_end = QTextCursor()  # where new text goes while streaming
        self._stream_width = -1  # the text width the streamed lines were wrapped at
        if message.attachments:  # the files sent with it, as chips (thumbnails for pictures)
            strip_row = QHBoxLayout()
            if self.is_user:
                strip_row.addStretch(1)
            strip_row.addWidget(AttachmentStrip(message.attachments, self))
            layout.addLayout(strip_row)
        self.body = AutoHeightBrowser(self)
        self.body.anchorClicked.connect(self._link)
        self.bubble: QFrame | None = None
        self._bubble_ideal: tuple[tuple[str, str], int] | None = None  # ((font, text), width it needs)
        if self.is_user:
            self.bubble = QFrame(self)
            self.bubble.setObjectName("userBubble")
            inner = QVBoxLayout(self.bubble)
            inner.setContentsMargins(12, 8, 12, 8)
            inner.addWidget(self.body)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(self.bubble)
            layout.addLayout(row)
        else:
            layout.addWidget(self.body)
        layout.addLayout(self._footer())
        self.set_message(message)

    def _footer(self) -> QHBoxLayout:
        """The row under the text. Copy/Edit/Regenerate/Delete are made the first time the message is
        hovered or focused (or its menu opens), not with the message: a long chat opens on 60 messages,
        and their 180 buttons were a fifth of the time to open it. The row keeps their height from the
        start, so nothing moves when they appear. The alternatives (◀ 2/3 ▶) and Continue/Retry are made
        only when a message has them, for the same reason."""
        footer = QHBoxLayout()
        footer.setSpacing(4)
        self._footer_row = footer
        self._actions: tuple[QToolButton, QToolButton, QToolButton] | None = None
        self._alternatives: tuple[QToolButton, QLabel, QToolButton] | None = None
        self._recovery: tuple[QToolButton, QToolButton] | None = None
        self.action_bar = QWidget(self)
        self._action_row = QHBoxLayout(self.action_bar)
        self._action_row.setContentsMargins(0, 0, 0, 0)
        self._action_row.setSpacing(2)
        policy = self.action_bar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # showing them on hover must not move the text
        self.action_bar.setSizePolicy(policy)
        self.action_bar.setMinimumHeight(action_row_height())
        self.action_bar.hide()
        if self.is_user:
            footer.addStretch(1)
        footer.addWidget(self.action_bar)
        if not self.is_user:
            footer.addStretch(1)
        return footer

    def action_buttons(self) -> tuple[QToolButton, QToolButton, QToolButton]:
        """Copy, Edit (or Regenerate) and Delete, made on first use and put in the Tab order after the
        message (and its ◀ ▶), so Tab goes from a focused message into its actions."""
        if self._actions is None:
            copy = self._button(self.tr("Copy"), self.tr("Copy this message"), self.copy_text)
            if self.is_user:
                change = self._button(
                    self.tr("Edit"), self.tr("Edit and resend"), lambda: self.edit.emit(self.message.id)
                )
            else:
                change = self._button(
                    self.tr("Regenerate"),
                    self.tr("Write another reply"),
                    lambda: self.regenerate.emit(self.message.id),
                )
            delete = self._button(
                self.tr("Delete"), self.tr("Delete this message"), lambda: self.delete.emit(self.message.id)
            )
            self._actions = (copy, change, delete)
            for button in self._actions:
                self._action_row.addWidget(button)
            after: QWidget = self._alternatives[2] if self._alternatives else self
            for first, second in itertools.pairwise((after, *self._actions)):
                QWidget.setTabOrder(first, second)
        return self._actions

    @property
    def copy_button(self) -> QToolButton:
        return self.action_buttons()[0]

    @property
    def change_button(self) -> QToolButton:
        """Edit on the user's messages, Regenerate on replies."""
        return self.action_buttons()[1]

    @property
    def delete_button(self) -> QToolButton:
        return self.action_buttons()[2]

    def _alternative_controls(self) -> tuple[QToolButton, QLabel, QToolButton]:
        """◀ 2/3 ▶ before the actions, made the first time a message has alternatives (hidden until shown)."""
        if self._alternatives is None:
            self.action_buttons()  # their room keeps ◀ ▶ from moving when they first show (user bubbles)
            siblings = QLabel(self)
            siblings.setObjectName("siblings")
            controls = (
                self._button("◀", self.tr("Previous alternative"), lambda: self._step(-1)),
                siblings,
                self._button("▶", self.tr("Next alternative"), lambda: self._step(1)),
            )
            at = self._footer_row.indexOf(self.action_bar)
            for offset, widget in enumerate(controls):
                widget.hide()
                self._footer_row.insertWidget(at + offset, widget)
            self._alternatives = controls
        return self._alternatives

    def _recovery_controls(self) -> tuple[QToolButton, QToolButton]:
        """Continue and Retry after the actions, made the first time a reply is cut off (hidden until shown).

        A reply cut off by a crash (or stopped) can be continued from its text, or written again.
        """
        if self._recovery is None:
            self.action_buttons()  # their room keeps Continue and Retry from moving when they first show
            controls = (
                self._button(
                    self.tr("Continue"),
                    self.tr("Go on writing this reply"),
                    lambda: self.continueReply.emit(self.message.id),
                    "recoveryAction",
                ),
                self._button(
                    self.tr("Retry"),
                    self.tr("Write this reply again"),
                    lambda: self.regenerate.emit(self.message.id),
                    "recoveryAction",
                ),
            )
            at = self._footer_row.indexOf(self.action_bar) + 1
            for offset, widget in enumerate(controls):
                widget.hide()
                self._footer_row.insertWidget(at + offset, widget)
            self._recovery = controls
        return self._recovery

    @property
    def note(self) -> QLabel:
        """The message's state ("stopped", "writing…") beside its name, made the first time it has one."""
        if self._note is None:
            self._note = QLabel(self)
            self._note.setObjectName("messageNote")
            self._note.setTextFormat(Qt.TextFormat.PlainText)
            self._header.insertWidget(0 if self.title is None else 1, self._note)
        return self._note

    @property
    def siblings(self) -> QLabel:
        """ "2/3": which alternative of the message this is."""
        return self._alternative_controls()[1]

    @property
    def previous_button(self) -> QToolButton:
        return self._alternative_controls()[0]

    @property
    def next_button(self) -> QToolButton:
        return self._alternative_controls()[2]

    @property
    def continue_button(self) -> QToolButton:
        return self._recovery_controls()[0]

    @property
    def retry_button(self) -> QToolButton:
        return self._recovery_controls()[1]

    def _button(self, text: str, tip: str, slot: object, name: str = "messageAction") -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(text if text.isalpha() else tip)  # "◀" means nothing when read aloud
        button.setAccessibleDescription(tip)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.clicked.connect(slot)
        return button

    def _step(self, step: int) -> None:
        self.showSibling.emit(self.message.id, step)

    # what it shows -----------------------------------------------------------------------------

    def set_message(self, message: StoredMessage) -> None:
        """Show a stored (finished) message, Markdown rendered for replies."""
        self.message = message
        many = message.sibling_count > 1
        if many or self._alternatives is not None:
            previous, siblings, following = self._alternative_controls()
            for widget in (previous, siblings, following):
                widget.setVisible(many)
            siblings.setText(f"{message.sibling_index + 1}/{message.sibling_count}")
            siblings.setAccessibleName(
                self.tr("Alternative %d of %d") % (message.sibling_index + 1, message.sibling_count)
            )
        notes = {
            "stopped": self.tr("stopped"),
            "error": self.tr("error"),
            "streaming": self.tr("writing…"),
            "interrupted": self.tr("interrupted"),
        }
        self._state = notes.get(message.status, "")
        if self._state or self._note is not None:
            self.note.setText(self._state)
            self.note.setVisible(bool(self._state))
        reply = not self.is_user
        can_continue = (
            reply and message.status in ("interrupted", "stopped", "error") and bool(message.content.strip())
        )
        can_retry = reply and message.status in ("interrupted", "error")
        if can_continue or can_retry or self._recovery is not None:
            continue_button, retry_button = self._recovery_controls()
            continue_button.setVisible(can_continue)
            retry_button.setVisible(can_retry)
        if reply and message.status != "streaming":
            self._show_html(self._renderer.render(message.content), message.content)
        else:
            self.set_streaming_text(message.content)
        self._describe()

    def set_streaming_text(self, text: str) -> None:
        """Fast path while a reply streams: append only what is new, as plain text.

        Appending re-lays out the paragraph written to, so long paragraphs have their wrapped lines
        closed off as they grow (message_text.close_wrapped_lines). Those splits sit where the lines
        wrapped at the width they were made at: a new width lays the text out afresh. The finished reply
        is rendered from its source, splits gone.
        """
        shown = self._streamed
        width = self.body.viewport().width()
        if shown and text.startswith(shown) and is_rtl(text) == is_rtl(shown) and width == self._stream_width:
            self._stream_end.insertText(text[len(shown) :])
        else:
            self.body.setPlainText(text)
            self._apply_direction(text)
            self._stream_end = QTextCursor(self.body.document())
            self._stream_end.movePosition(QTextCursor.MoveOperation.End)
            self._stream_width = width
        self._streamed = text
        close_wrapped_lines(self.body.document())
        if self.bubble is not None:
            self._fit_bubble()

    def _show_html(self, html_text: str, source: str) -> None:
        self._streamed = ""
        self.body.setHtml(html_text)
        self._apply_direction(source)

    def _apply_direction(self, text: str) -> None:
        # Rich text blocks carry their own direction and alignment, so set them on every block.
        rtl = is_rtl(text)
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        if not self.is_user:  # a reply's name and actions stand where its text starts
            self.setLayoutDirection(direction)
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

    def _describe(self) -> None:
        """What a screen reader says on reaching this message: who, its state, and the whole text."""
        who = self.tr("You") if self.is_user else "LumiChats"
        state = f", {self._state}" if self._state else ""
        self.setAccessibleName(f"{who}{state}: {document_text(self.body.document()).strip()}")
        self.setAccessibleDescription(
            self.tr("Alt+Up and Alt+Down move between messages; Tab reaches this message's actions.")
        )

    def focus_order(self) -> list[QWidget]:
        """The message, then its controls, as Tab should visit them."""
        alternatives = [self._alternatives[0], self._alternatives[2]] if self._alternatives else []
        return [self, *alternatives, *(self._actions or ()), *(self._recovery or ())]

    @property
    def is_rtl(self) -> bool:
        """Whether this message is laid out right to left."""
        return self.body.document().defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft

    # layout and reveal -------------------------------------------------------------------------

    def _fit_bubble(self) -> None:
        """A user bubble as wide as its longest line, at most BUBBLE_SHARE of the page."""
        if self.bubble is None:
            return
        # Measured once per text and font: a chat opening resizes each message a dozen times or more.
        font, text = self.body.font(), self.body.toPlainText()
        key = (font.key(), text)
        if self._bubble_ideal is None or self._bubble_ideal[0] != key:
            metrics = QFontMetrics(font)
            widest = max(metrics.horizontalAdvance(line) for line in text.splitlines() or [""])
            self._bubble_ideal = (key, widest + BUBBLE_PADDING)
        ideal = self._bubble_ideal[1]
        room = int((self.width() - 24) * BUBBLE_SHARE)
        self.bubble.setFixedWidth(max(80, min(ideal, room)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_bubble()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # Ctrl+plus: the bubble grows with its text
            self._fit_bubble()
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.action_bar.setMinimumHeight(action_row_height())

    def enterEvent(self, event: QEvent) -> None:
        super().enterEvent(event)  # type: ignore[arg-type]
        self._hovered = True
        self.reveal()

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self._hovered = False
        self.reveal()

    def has_focus_within(self) -> bool:
        """Whether the keyboard focus is on this message or one of its parts."""
        focused = QApplication.focusWidget()
        return focused is not None and (focused is self or self.isAncestorOf(focused))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.reveal()  # makes the actions now, so the next Tab goes into them

    def reveal(self) -> None:
        """Show the actions while hovered or focused (making them the first time), hide them otherwise."""
        shown = self._hovered or self.has_focus_within()
        if shown:
            self.action_buttons()
        self.action_bar.setVisible(shown)

    # actions -----------------------------------------------------------------------------------

    def action_menu(self) -> QMenu:
        """Every action on this message, code blocks included: the Menu key opens it on a focused message."""
        menu = QMenu(self)
        menu.addAction(self.tr("Copy message"), self.copy_text)
        for index, language in enumerate(self._renderer.code_languages):
            label = self.tr("Copy code block %d") % (index + 1) + (f" ({language})" if language else "")
            menu.addAction(label, functools.partial(self.copy_code, index))
        for button in (*(self._recovery or ()), self.change_button, self.delete_button):
            if not button.isHidden() or button.parent() is self.action_bar:
                menu.addAction(button.text(), button.click)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.action_menu().exec(event.globalPos())

    def copy_code(self, index: int) -> None:
        """Put one code block's text on the clipboard."""
        QGuiApplication.clipboard().setText(self._renderer.code_blocks[index])

    def copy_text(self) -> None:
        """Put the message's Markdown source on the clipboard."""
        QGuiApplication.clipboard().setText(self.message.content)

    def _link(self, url: QUrl) -> None:
        if url.scheme() == "copy":
            self.copy_code(int(url.path() or url.toString().split(":", 1)[1]))
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
