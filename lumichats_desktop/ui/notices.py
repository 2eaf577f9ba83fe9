"""Notices above the messages: plain text, each with its actions, each staying until dismissed.

Notices have a kind ("storage", "model", "reply", "settings"): a new notice replaces only the one of
its own kind, so a model note never hides the news that the database was moved aside. Text that may
come from a file or a model is shown as plain text, never as HTML.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

Action = tuple[str, Callable[[], object]]


def _dismiss_then(dismiss: Callable[[], None], run: Callable[[], object]) -> None:
    dismiss()
    run()


class Notice(QFrame):
    """One notice: its text, its action buttons and a dismiss button."""

    def __init__(self, text: str, actions: Sequence[Action], dismiss: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName("notice")
        self.setStyleSheet("#notice { border: 1px solid #d0a000; border-radius: 4px; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        self.label = QLabel(text)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setStyleSheet("color: #b00020")
        row.addWidget(self.label, 1)
        self.buttons: list[QPushButton] = []
        for title, slot in actions:
            button = QPushButton(title)
            button.clicked.connect(functools.partial(_dismiss_then, dismiss, slot))
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.buttons.append(button)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(dismiss)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)


class NoticeArea(QWidget):
    """The stack of notices; hidden when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.notices: dict[str, Notice] = {}
        self.hide()

    def show_notice(self, kind: str, text: str, actions: Sequence[Action] = ()) -> None:
        """Show text (replacing the notice of the same kind); empty text just removes that kind."""
        self.dismiss(kind)
        if not text:
            return
        notice = Notice(text, actions, lambda: self.dismiss(kind))
        self.notices[kind] = notice
        self._layout.addWidget(notice)
        self.show()

    def dismiss(self, kind: str) -> None:
        """Remove the notice of this kind, if any."""
        notice = self.notices.pop(kind, None)
        if notice is not None:
            notice.hide()
            notice.deleteLater()
        self.setVisible(bool(self.notices))

    def text(self, kind: str | None = None) -> str:
        """What the notices say, with their action names (all notices, or one kind)."""
        shown = [n for k, n in self.notices.items() if kind is None or k == kind]
        return "\n".join(" ".join([n.label.text(), *(b.text() for b in n.buttons)]) for n in shown)
