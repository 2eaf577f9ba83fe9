"""The wizard as a person walks it: Next, "Check data and memory", Next, type the settings, Next: the run."""

from __future__ import annotations

from pathlib import Path

import pytest
import tomllib
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QWizard
from pytestqt.qtbot import QtBot

from tests.ui.conftest import WindowFactory, until

LEFT = Qt.MouseButton.LeftButton
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _type_into(qtbot: QtBot, box: QAbstractSpinBox, text: str) -> None:
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Tab)


@pytest.mark.slow
def test_next_after_the_memory_check_starts_the_run_with_what_was_typed(
    windows: WindowFactory, tiny_model_dir: Path, qtbot: QtBot
) -> None:
    window = windows.open()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_T, CTRL | SHIFT)  # Fine-tune…
    wizard = window.tools.finetune
    assert wizard is not None and wizard.isVisible()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    windows.run(until(next_button.isEnabled))  # the sample's preview, read on a worker thread
    qtbot.mouseClick(next_button, LEFT)  # the bundled sample
    line = wizard.model_page.model.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, str(tiny_model_dir))
    qtbot.mouseClick(wizard.model_page.check, LEFT)
    windows.run(until(lambda: "conversations for training" in wizard.model_page.result.text(), timeout=240))
    qtbot.mouseClick(next_button, LEFT)
    s = wizard.settings_page
    for box, text in ((s.steps, "2"), (s.length, "96"), (s.batch, "1"), (s.accum, "1")):
        _type_into(qtbot, box, text)
    qtbot.mouseClick(next_button, LEFT)  # the run page: the run must start now
    assert wizard.currentPage() is wizard.run_page
    assert wizard.state.status == "running", wizard.state.error_text()
    saved = tomllib.loads((Path(s.folder.text()) / "my-adapter" / "train_config.toml").read_text())
    assert (saved["max_steps"], saved["max_length"]) == (2, 96)
    windows.run(until(lambda: wizard.state.status in ("finished", "failed", "cancelled"), timeout=300))
    assert wizard.state.status == "finished", wizard.state.error_text()
    assert not wizard.run_page.errors.isVisible()
    assert wizard.run_page.bar.text() == "2 / 2"
    assert wizard.run_page.isComplete() and next_button.isEnabled()
