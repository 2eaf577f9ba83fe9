"""Dark theme and Arabic as a person sets them: in Settings, and again at the next start."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, QTranslator
from PySide6.QtGui import QAction, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTabWidget, QWizard
from pytestqt.qtbot import QtBot

from lumichats_desktop.app import style_app
from lumichats_desktop.settings import AppSettings
from lumichats_desktop.ui.finetune_wizard import FineTuneWizard
from lumichats_desktop.ui.markdown_render import ReplyRenderer
from lumichats_desktop.ui.settings_dialog import SettingsDialog
from lumichats_desktop.ui.theme import apply_theme
from tests.ui.conftest import WindowFactory, until


def _darkness(widget_palette: QPalette) -> int:
    return widget_palette.color(QPalette.ColorRole.Window).lightness()


@pytest.fixture(autouse=True)
def back_to_light(qapp: QApplication) -> Iterator[None]:
    yield
    apply_theme("light")
    for translator in getattr(qapp, "_test_translators", []):
        qapp.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_choosing_dark_in_settings_darkens_the_window_and_code(windows: WindowFactory, qtbot: QtBot) -> None:
    window = windows.open()
    assert _darkness(window.palette()) > 128
    answered: list[bool] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SettingsDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.findChild(QTabWidget).setCurrentIndex(1)  # the "App" tab
        dialog.theme.setFocus()
        qtbot.keyClicks(dialog.theme, "Dark")
        qtbot.mouseClick(
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
            Qt.MouseButton.LeftButton,
        )
        answered.append(True)

    QTimer.singleShot(20, answer)
    settings_action = next(a for a in window.findChildren(QAction) if a.text() == "Settings…")
    settings_action.trigger()  # Conversation > Settings…
    windows.run(until(lambda: bool(answered)))
    windows.run(window.idle())
    assert window.settings.theme == "dark"
    assert _darkness(window.palette()) < 80 and _darkness(window.composer.palette()) < 80
    assert window.composer.palette().color(QPalette.ColorRole.Text).lightness() > 180
    code = ReplyRenderer().render("```python\nprint(1)\n```")
    assert "#f4f4f" not in code  # no light code block in a dark window


def test_a_saved_dark_theme_and_arabic_apply_at_the_next_start(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "settings.json"
    AppSettings(theme="dark", ui_language="ar").save(path)
    style_app(qapp, AppSettings.load(path))  # what every start does with the saved settings
    qapp._test_translators = qapp.findChildren(QTranslator)  # type: ignore[attr-defined]
    assert _darkness(qapp.palette()) < 80
    wizard = FineTuneWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    next_text = wizard.button(QWizard.WizardButton.NextButton).text().replace("&", "").replace("\u0651", "")
    assert "التالي" in next_text  # Qt's own button, from qtbase_ar.qm
    assert wizard.button(QWizard.WizardButton.CancelButton).text() != "Cancel"
    assert "نسخ" in ReplyRenderer().render("```\nx\n```")  # "Copy code"
    assert wizard.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_the_window_follows_the_desktop_going_dark_unless_the_setting_says_otherwise(
    windows: WindowFactory,
) -> None:
    window = windows.open()  # the setting is "system" by default
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # what the desktop sends when it switches
    windows.run(window.idle())
    assert _darkness(window.palette()) < 80 and _darkness(window.view.palette()) < 80
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    windows.run(window.idle())
    assert _darkness(window.palette()) > 128
    window.settings.theme = "light"  # an explicit choice wins over the desktop
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert _darkness(window.palette()) > 128


@pytest.mark.parametrize("look", ["light", "dark"])
def test_the_offline_model_note_is_a_calm_info_bar_not_an_error(
    windows: WindowFactory, qtbot: QtBot, look: str
) -> None:
    from lumichats_desktop.ui.theme import DARK, LIGHT
    from trainer.common.catalog import OFFLINE_ID

    apply_theme(look)
    window = windows.open()
    window._on_loaded(
        {
            "model_id": OFFLINE_ID,
            "title": "LumiChats 270M",
            "device": "cpu",
            "quantization": "bf16",
            "context_length": 32768,
        }
    )
    notice = window.view.banner.notices["model"]
    qtbot.waitUntil(notice.isVisible, timeout=2000)
    assert notice.property("tone") == "info" and "works offline" in notice.label.text()
    picture = notice.grab().toImage()
    inside = picture.pixelColor(picture.width() - 60, picture.height() // 2)  # between text and dismiss
    colors = DARK if look == "dark" else LIGHT
    assert inside.name() == colors.info_background
    assert notice.label.palette().color(notice.label.foregroundRole()).name() == colors.text  # not red
    window.view.show_error("The disk is full.")
    error = window.view.banner.notices["error"].grab().toImage()
    assert error.pixelColor(error.width() - 60, error.height() // 2).name() == colors.error_background
