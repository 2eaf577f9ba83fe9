"""The empty chat: a greeting and example prompts in the UI language; choosing one fills the composer."""

from __future__ import annotations

import functools
import math

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

_WRAP = Qt.TextFlag.TextWordWrap


class ExamplePrompt(QPushButton):
    """A button whose text wraps onto more lines instead of running past its edge.

    A QPushButton draws its text on one line and clips what does not fit, so a long example (or a longer
    translation, or a narrow window) lost its end. This one draws the style's button without text, then
    the text word-wrapped in the button's contents rectangle, and tells the layout its height for a width.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _frame(self) -> QSize:
        """Border plus padding around the text (from the style sheet when one applies).

        Measured with the focus on, whose border is thicker, so the text keeps fitting when Tab reaches it.
        """
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.rect = QRect(0, 0, 400, 400)
        frame = QSize(0, 0)
        for focus in (False, True):
            if focus:
                option.state |= QStyle.StateFlag.State_HasFocus
            else:
                option.state &= ~QStyle.StateFlag.State_HasFocus
            inner = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
            frame = frame.expandedTo(QSize(400 - inner.width(), 400 - inner.height()))
        return frame

    def _text_size(self, width: int) -> QSize:
        bound = QRect(0, 0, max(1, width), 100_000)
        return self.fontMetrics().boundingRect(bound, _WRAP, self.text()).size()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        frame = self._frame()
        return self._text_size(width - frame.width()).height() + frame.height()

    def sizeHint(self) -> QSize:
        frame = self._frame()
        one_line = self.fontMetrics().horizontalAdvance(self.text()) + frame.width() + 2
        width = min(one_line, self.fontMetrics().averageCharWidth() * 40 + frame.width())
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        """As narrow as the widest piece that cannot break, so a narrow window wraps the text, not clips it.

        The pieces come from Qt's line breaking (a word; in Chinese or Japanese, a character or two), not
        from spaces, which those languages do not put between words.
        """
        frame = self._frame()
        layout = QTextLayout(self.text(), self.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(option)
        widest = 0.0
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(1)  # every line holds one piece that cannot break
            widest = max(widest, line.naturalTextWidth())
        layout.endLayout()
        # The height for a width comes from heightForWidth; a tall minimum here would make every row tall.
        return QSize(math.ceil(widest) + frame.width() + 2, self.fontMetrics().height() + frame.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        text, option.text = option.text, ""
        painter = QPainter(self)
        style = self.style()
        style.drawControl(QStyle.ControlElement.CE_PushButton, option, painter, self)
        option.text = text
        inner = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        align = QStyle.visualAlignment(self.layoutDirection(), Qt.AlignmentFlag.AlignLeading)
        flags = int(align | Qt.AlignmentFlag.AlignVCenter) | int(_WRAP)
        style.drawItemText(
            painter, inner, flags, option.palette, self.isEnabled(), text, self.foregroundRole()
        )


class WelcomeView(QWidget):
    """Shown instead of messages while a conversation is empty; emits the prompt a person picked."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 48, 24, 24)
        layout.setSpacing(10)
        self.title = QLabel(self.tr("What can I help you with?"))
        self.title.setObjectName("welcomeTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.title.setWordWrap(True)
        self.subtitle = QLabel(
            self.tr("LumiChats runs on this computer: what you write here stays here. Try one of these:")
        )
        self.subtitle.setObjectName("welcomeSubtitle")
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        grid = QGridLayout()
        grid.setSpacing(10)
        self.prompts: list[ExamplePrompt] = []
        for index, text in enumerate(self.examples()):
            button = ExamplePrompt(text)
            button.setObjectName("examplePrompt")
            button.setAccessibleName(text)
            button.setAccessibleDescription(
                self.tr("Puts this example in the message box, ready to send or edit.")
            )
            button.clicked.connect(functools.partial(self.chosen.emit, text))
            grid.addWidget(button, index // 2, index % 2)
            self.prompts.append(button)
        grid.setColumnStretch(0, 1)  # two equal columns: each example gets half the width to wrap in
        grid.setColumnStretch(1, 1)
        layout.addSpacing(12)
        layout.addLayout(grid)
        layout.addStretch(1)

    def examples(self) -> list[str]:
        """Four things the model does well, in the UI language."""
        return [
            self.tr("Explain how a rainbow forms, in three sentences."),
            self.tr("Write a short, friendly email declining a meeting."),
            self.tr("Give me five ideas for a quick vegetarian dinner."),
            self.tr("Write a Python function that reverses the words in a sentence."),
        ]
