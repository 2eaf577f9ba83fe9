"""What the window says about a database that was set aside, and recovery from it, at start or any later time.

The storage layer reports *what* happened (OpenProblem, RecoveryReport); the sentences are built here so
they follow the UI language. File > "Recover conversations from a damaged file…" lists the damaged copies
kept beside the database (the start-up notice is gone after that start), marks the ones already recovered
from, and can read any other file the user picks.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable, Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lumichats_desktop.chat.service import (
    SCHEMA_VERSION,
    ConversationService,
    KeptFile,
    OpenProblem,
    RecoveryReport,
)
from lumichats_desktop.ui.notices import NoticeArea
from lumichats_desktop.ui.translations import readable_moment, ui_locale
from lumichats_desktop.ui.view_menu import add_action


def problem_text(problem: OpenProblem) -> str:
    """The start-up notice for a database set aside, in the UI language."""
    kept = problem.kept
    if problem.kind == "newer":
        return (
            QCoreApplication.translate(
                "StorageRecovery",
                "The conversation database was written by a newer LumiChats (schema %1; this version knows "
                "%2). It was kept as %3; update LumiChats to see those conversations again. A new database "
                "was started.",
            )
            .replace("%1", problem.reason)
            .replace("%2", str(SCHEMA_VERSION))
            .replace("%3", kept.name)
        )
    return (
        QCoreApplication.translate(
            "StorageRecovery",
            "The conversation database was damaged (%1). It was kept unchanged as %2 in %3 and a new, empty "
            "database was started. Press Recover to copy every conversation that can still be read into the "
            "new database, now or later from File > Recover conversations from a damaged file…",
        )
        .replace("%1", problem.reason)
        .replace("%2", kept.name)
        .replace("%3", str(kept.parent))
    )


def report_text(report: RecoveryReport, source: Path) -> str:
    """What a recovery brought back, in the UI language."""
    if not report.conversations and not report.messages:
        return QCoreApplication.translate(
            "StorageRecovery",
            "Nothing could be read from %1: it may not be a LumiChats conversation database. The file was "
            "not changed.",
        ).replace("%1", source.name)
    parts = [
        QCoreApplication.translate(
            "StorageRecovery", "Recovered %1 conversation(s) and %2 message(s) from %3."
        )
        .replace("%1", str(report.conversations))
        .replace("%2", str(report.messages))
        .replace("%3", source.name)
    ]
    if report.files:
        parts.append(
            QCoreApplication.translate("StorageRecovery", "%1 attached file(s) came back with them.").replace(
                "%1", str(report.files)
            )
        )
    if report.unreadable:
        parts.append(
            QCoreApplication.translate("StorageRecovery", "Up to %1 message(s) could not be read.").replace(
                "%1", str(report.unreadable)
            )
        )
    if report.files_lost:
        parts.append(
            QCoreApplication.translate(
                "StorageRecovery", "%1 attachment(s) were damaged and left out."
            ).replace("%1", str(report.files_lost))
        )
    parts.append(QCoreApplication.translate("StorageRecovery", "The damaged file was not changed."))
    return " ".join(parts)


def _when(seconds: float) -> str:
    return readable_moment(seconds)


def kept_file_text(kept: KeptFile) -> str:
    """One line of the list: the file, when it was set aside, its size, whether it was recovered from."""
    text = (
        QCoreApplication.translate("StorageRecovery", "%1, set aside %2, %3")
        .replace("%1", kept.path.name)
        .replace("%2", _when(kept.kept_at))
        .replace("%3", ui_locale().formattedDataSize(kept.size))
    )
    if kept.recovered_at is not None:
        text += QCoreApplication.translate("StorageRecovery", " (recovered from on %1)").replace(
            "%1", _when(kept.recovered_at)
        )
    return text


class RecoverDialog(QDialog):
    """Pick a kept damaged file (newest first) or any other file; says when a file was recovered before."""

    def __init__(self, parent: QWidget, folder: Path, kept: list[KeptFile]) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("StorageRecovery", "Recover conversations"))
        self.chosen: Path | None = None
        layout = QVBoxLayout(self)
        if kept:
            intro = QCoreApplication.translate(
                "StorageRecovery", "Damaged copies of the conversation database kept in %1:"
            ).replace("%1", str(folder))
        else:
            intro = QCoreApplication.translate(
                "StorageRecovery",
                "No damaged conversation database is kept in %1. LumiChats sets a damaged database aside "
                "there when it finds one at start; to recover from a copy kept elsewhere, choose the file.",
            ).replace("%1", str(folder))
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.intro)
        self.files = QListWidget()
        self.files.setWordWrap(True)  # a kept file's name and details are long: no sideways scrolling
        self.files.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.files.setAccessibleName(QCoreApplication.translate("StorageRecovery", "Damaged database files"))
        for item in kept:
            row = QListWidgetItem(kept_file_text(item))
            row.setData(Qt.ItemDataRole.UserRole, item)
            self.files.addItem(row)
        self.files.setVisible(bool(kept))
        layout.addWidget(self.files)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.warning)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.recover_button = QPushButton(QCoreApplication.translate("StorageRecovery", "Recover"))
        self.recover_button.setDefault(True)
        buttons.addButton(self.recover_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.other_button = QPushButton(QCoreApplication.translate("StorageRecovery", "Choose another file…"))
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self._accept_selected)
        buttons.rejected.connect(self.reject)
        self.other_button.clicked.connect(self._choose_other)
        self.files.currentItemChanged.connect(self._selected)
        self.files.itemActivated.connect(lambda _item: self._accept_selected())
        layout.addWidget(buttons)
        self.resize(640, 320)
        if kept:
            self.files.setCurrentRow(0)
            self.files.setFocus()
        else:
            self.other_button.setFocus()
        self._selected(self.files.currentItem())

    def _selected(self, row: QListWidgetItem | None) -> None:
        kept: KeptFile | None = row.data(Qt.ItemDataRole.UserRole) if row is not None else None
        self.recover_button.setEnabled(kept is not None)
        self.warning.setText(
            QCoreApplication.translate(
                "StorageRecovery",
                "Conversations from this file were already recovered on %1. Recovering again adds them a "
                "second time.",
            ).replace("%1", _when(kept.recovered_at))
            if kept is not None and kept.recovered_at is not None
            else ""
        )
        self.warning.setVisible(bool(self.warning.text()))

    def _accept_selected(self) -> None:
        row = self.files.currentItem()
        if row is not None:
            self.chosen = row.data(Qt.ItemDataRole.UserRole).path
            self.accept()

    def _choose_other(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("StorageRecovery", "Recover conversations"),
            "",
            QCoreApplication.translate(
                "StorageRecovery", "Conversation databases (*.sqlite3*);;All files (*)"
            ),
        )
        if path:
            self.chosen = Path(path)
            self.accept()


class StorageRecovery:
    """The storage notice at start, the File menu action, and the recovery job behind both."""

    def __init__(
        self,
        parent: QWidget,
        conversations: ConversationService,
        banner: NoticeArea,
        spawn: Callable[[Coroutine[Any, Any, Any]], Any],
        changed: Callable[[], Awaitable[Any]],
    ) -> None:
        self._parent, self._conversations, self._banner = parent, conversations, banner
        self._spawn, self._changed = spawn, changed
        self.dialog: RecoverDialog | None = None

    def add_to(self, menu: QMenu) -> QAction:
        """File > Recover conversations from a damaged file…"""
        text = QCoreApplication.translate("StorageRecovery", "Recover conversations from a damaged file…")
        return add_action(self._parent, menu, text, None, lambda: self._spawn(self.choose()))

    async def show_startup_notice(self) -> None:
        """The notice for a database set aside at this start, with Recover when it can be read."""
        problem = await self._conversations.startup()
        if problem is None:
            return
        actions = []
        if problem.kind == "damaged":
            actions = [
                (
                    QCoreApplication.translate("StorageRecovery", "Recover"),
                    lambda: self._spawn(self.recover(problem.kept)),
                )
            ]
        self._banner.show_notice("storage", problem_text(problem), actions)

    async def choose(self) -> None:
        """Open the list of kept damaged files; the chosen one is recovered when the dialog is accepted."""
        folder, kept = await self._conversations.kept_damaged_files()
        self.dialog = RecoverDialog(self._parent, folder, kept)
        self.dialog.accepted.connect(self._chosen)
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()

    def _chosen(self) -> None:
        if self.dialog is not None and self.dialog.chosen is not None:
            self._spawn(self.recover(self.dialog.chosen))

    async def recover(self, source: Path) -> None:
        """Copy what is readable from a damaged file into the working database, and say what came back."""
        self._banner.show_notice(
            "storage",
            QCoreApplication.translate("StorageRecovery", "Recovering conversations from %s…").replace(
                "%s", source.name
            ),
        )
        try:
            report = await self._conversations.recover(source)
        except (OSError, sqlite3.Error) as exc:
            self._banner.show_notice(
                "storage",
                QCoreApplication.translate(
                    "StorageRecovery", "Could not recover from %1: %2. The file was not changed."
                )
                .replace("%1", source.name)
                .replace("%2", str(exc)),
            )
            return
        self._banner.show_notice("storage", report_text(report, source), tone="info")
        await self._changed()
