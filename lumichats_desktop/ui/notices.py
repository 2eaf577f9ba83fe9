"""Notices above the messages: plain text, each with its actions, each staying until dismissed.

Notices have a kind ("storage", "model", "reply", "settings"): a new notice replaces only the one of
its own kind, so a model note never hides the news that the database was moved aside. Each has a tone
("info", "warning", "error") that the style sheet colours: a note about the offline model is calm
information, not an error. Text that may come from a file or a model is shown as plain text, never as HTML.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

Action = tuple[str, Callable[[], object]]
TONES = {"info": "i", "warning": "!", "error": "!"}  # the mark beside the text (colour is not the only cue)


def _dismiss_then(dismiss: Callable[[], None], run: Callable[[], object]) -> None:
    dismiss()
    run()


class Notice(QFrame):
    """One notice: its text, its action buttons and a dismiss button."""

    def __init__(
        self, text: str, actions: Sequence[Action], dismiss: Callable[[], None], tone: str = "warning"
    ) -> None:
        super().__init__()
        self.setObjectName("notice")
        self.setProperty("tone", tone if tone in TONES else "warning")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 6, 8)
        row.setSpacing(10)
        self.icon = QLabel(TONES[str(self.property("tone"))])
        self.icon.setObjectName("noticeIcon")
        self.icon.setAccessibleName(self._tone_name())
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(text)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.label.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable and readable from the keyboard
        self.label.setAccessibleName(f"{self._tone_name()}: {text}")
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
        self.close_button.setAccessibleName(self.tr("Dismiss this notice"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(dismiss)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)

    def _tone_name(self) -> str:
        return {"info": self.tr("Information"), "warning": self.tr("Warning"), "error": self.tr("Error")}[
            str(self.property("tone"))
        ]


class NoticeArea(QWidget):
    """The stack of notices; hidden when there is none."""

    shown = Signal(str, str)  # text, tone: the window announces it to screen readers

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.notices: dict[str, Notice] = {}
        self.hide()

    def show_notice(self, kind: str, text: str, actions: Sequence[Action] = (), tone: str = "") -> None:
        """Show text (replacing the notice of the same kind); empty text just removes that kind.

        tone: "info", "warning" or "error"; by default errors for kind "error" and "reply", else warnings.
        """
        self.dismiss(kind)
        if not text:
            return
        tone = tone or ("error" if kind in ("error", "reply") else "warning")
        notice = Notice(text, actions, lambda: self.dismiss(kind), tone)
        self.notices[kind] = notice
        self._layout.addWidget(notice)
        self.show()
        self.shown.emit(text, tone)

    def focus_chain(self) -> list[QWidget]:
        """The notices' text and buttons, in reading order (for the window's Tab order)."""
        chain: list[QWidget] = []
        for notice in self.notices.values():
            chain += [notice.label, *notice.buttons, notice.close_button]
        return chain

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
