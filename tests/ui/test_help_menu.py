"""Help: F1 lists the window's real shortcuts; About names the version, the model and the licences."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

import lumichats_desktop
from lumichats_desktop.ui.help_menu import AboutDialog, ShortcutsDialog
from tests.ui.conftest import WindowFactory


def test_f1_lists_every_shortcut_the_window_has(windows: WindowFactory, qtbot: QtBot) -> None:
    window = windows.open()
    window.activateWindow()
    qtbot.keyClick(window.composer, Qt.Key.Key_F1)
    dialog = window.help.dialog
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    listed = {
        (dialog.table.item(i, 0).text(), dialog.table.item(i, 1).text())
        for i in range(dialog.table.rowCount())
    }
    assert ("New chat", "Ctrl+N") in listed and ("Fine-tune", "Ctrl+Shift+T") in listed
    assert ("Keyboard shortcuts", "F1") in listed and ("Rename", "F2") in listed
    assert ("Larger text", "Ctrl++, Ctrl+=") in listed and ("Actual text size", "Ctrl+0") in listed
    assert ("Previous message", "Alt+Up") in listed and ("Copy message", "Ctrl+C") in listed
    assert ("Send the message", "Enter") in listed and ("New line in the message", "Shift+Enter") in listed
    wired = {
        ", ".join(k.toString() for k in a.shortcuts())
        for a in window.findChildren(QAction)
        if not a.shortcut().isEmpty()
    }
    from_actions = {dialog.table.item(i, 1).text() for i in range(dialog.action_rows)}
    assert wired == from_actions  # built from the actions, so it cannot drift
    dialog.close()


def test_about_names_the_version_the_model_and_the_licences(windows: WindowFactory, qtbot: QtBot) -> None:
    window = windows.open()
    about = next(a for a in window.findChildren(QAction) if a.text() == "About LumiChats")
    about.trigger()
    dialog = window.help.dialog
    assert isinstance(dialog, AboutDialog) and dialog.isVisible()
    text = dialog.licences.toPlainText()
    assert "Gemma Terms of Use" in text and "LGPL-3.0" in text and "Apache" in text
    head = dialog.findChild(type(dialog.layout().itemAt(0).widget())).text()
    assert lumichats_desktop.__version__ in head and window.status.model_label.text() in head
    dialog.close()
