"""The empty chat: a greeting and example prompts in the UI language; choosing one fills the composer."""

from __future__ import annotations

import functools

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget


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
        self.prompts: list[QPushButton] = []
        for index, text in enumerate(self.examples()):
            button = QPushButton(text)
            button.setObjectName("examplePrompt")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.setAccessibleName(text)
            button.setAccessibleDescription(
                self.tr("Puts this example in the message box, ready to send or edit.")
            )
            button.clicked.connect(functools.partial(self.chosen.emit, text))
            grid.addWidget(button, index // 2, index % 2)
            self.prompts.append(button)
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
