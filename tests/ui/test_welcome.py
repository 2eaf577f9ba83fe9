"""The welcome view's example prompts show whole, in every UI language and at narrow windows."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QStyle, QStyleOptionButton

from lumichats_desktop.ui.chat_view import ChatView
from lumichats_desktop.ui.theme import apply_theme
from lumichats_desktop.ui.translations import LANGUAGES, install_translation

SIDEBAR = 260  # the sidebar's width at a first start: what a window leaves the chat


@pytest.fixture(autouse=True)
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _unshown(button: QPushButton) -> str:
    """What of the text does not fit the contents rectangle, wrapped at word breaks ("" if all fits)."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    inner = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
    needed = button.fontMetrics().boundingRect(
        QRect(0, 0, inner.width(), 100_000), Qt.TextFlag.TextWordWrap, button.text()
    )
    if needed.width() <= inner.width() and needed.height() <= inner.height():
        return ""
    return f"{button.text()!r} needs {needed.width()}x{needed.height()}, has {inner.width()}x{inner.height()}"


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != "system"])
def test_every_example_prompt_shows_whole_in_a_wide_and_a_narrow_window(
    qapp: QApplication, language: str
) -> None:
    translators = install_translation(qapp, language)
    apply_theme("light")  # the style sheet's padding and border, as in the app
    try:
        view = ChatView()
        view.show()
        cut: list[str] = []
        for window_width in (1280, 900, 760):
            view.resize(window_width - SIDEBAR, 700)
            qapp.processEvents()
            cut += [f"{window_width}px: {problem}" for b in view.welcome.prompts if (problem := _unshown(b))]
        assert cut == []
        view.close()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
