"""Where the user writes: Enter sends, Shift+Enter breaks the line (or Ctrl+Enter sends, if set).

While an input method is composing (Japanese, Chinese, Korean: text shown underlined, not yet
committed), Enter belongs to the input method: it picks the candidate, and never sends half-written text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from lumichats_desktop.ui.direction import is_rtl

MAX_LINES = 8


class Composer(QPlainTextEdit):
    """Multi-line input whose direction follows its text; input methods work unchanged."""

    submitted = Signal(str)

    def __init__(self, send_key: str = "enter", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.send_key = send_key
        self.setObjectName("composer")
        self.setPlaceholderText(self.tr("Message LumiChats… (Enter to send, Shift+Enter for a new line)"))
        self.setAccessibleName(self.tr("Message"))
        self.setAccessibleDescription(self.tr("Write to LumiChats. Alt+Up moves to the newest message."))
        self.setTabChangesFocus(True)  # Tab leaves for the Send button; a tab character is rarely wanted
        self.composing = False  # an input method has uncommitted (preedit) text in the box
        self.textChanged.connect(self._follow_direction)
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self._fit_height())

    def _fit_height(self) -> None:
        """As tall as its text, from one line to MAX_LINES (then it scrolls)."""
        needed = int(self.document().size().height())
        lines = max(1, min(MAX_LINES, needed))
        # No scroll bar until the text outgrows the box (a pixel of rounding showed its arrows on one line).
        policy = Qt.ScrollBarPolicy
        self.setVerticalScrollBarPolicy(
            policy.ScrollBarAsNeeded if needed > MAX_LINES else policy.ScrollBarAlwaysOff
        )
        chrome = self.height() - self.viewport().height()  # border and padding from the style sheet
        text = lines * self.fontMetrics().lineSpacing() + 2 * self.document().documentMargin()
        self.setFixedHeight(int(text) + chrome)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_height()

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        self.composing = bool(event.preeditString())
        super().inputMethodEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.composing:
            event.accept()  # the input method's Enter (choosing a candidate): neither send nor a new line
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            mods = event.modifiers()
            ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
            shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
            wants_send = ctrl if self.send_key == "ctrl+enter" else not shift
            if wants_send:
                self.submit()
                return
        super().keyPressEvent(event)

    def submit(self) -> None:
        """Send the text unless it is only whitespace (nothing is lost: the text stays until sent)."""
        text = self.toPlainText()
        if text.strip():
            self.submitted.emit(text)

    def _follow_direction(self) -> None:
        option = self.document().defaultTextOption()
        rtl = is_rtl(self.toPlainText())
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        option.setAlignment(
            (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
            | Qt.AlignmentFlag.AlignAbsolute
        )
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
