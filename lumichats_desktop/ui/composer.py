"""Where the user writes: Enter sends, Shift+Enter breaks the line (or Ctrl+Enter sends, if set)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from lumichats_desktop.ui.direction import is_rtl


class Composer(QPlainTextEdit):
    """Multi-line input whose direction follows its text; input methods work unchanged."""

    submitted = Signal(str)

    def __init__(self, send_key: str = "enter", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.send_key = send_key
        self.setPlaceholderText(self.tr("Message LumiChats… (Enter to send, Shift+Enter for a new line)"))
        self.setMaximumHeight(110)
        self.textChanged.connect(self._follow_direction)

    def keyPressEvent(self, event: QKeyEvent) -> None:
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
