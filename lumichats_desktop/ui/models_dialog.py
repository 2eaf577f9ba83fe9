"""Models: the catalogue and local models, downloads with progress, the Hub token, the hardware found.

Nothing here touches the disk or the keyring: listing, deleting and the token go through
workers/model_library.py, downloads through workers/download_worker.py; both answer later.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from lumichats_desktop.ui_text import human_bytes, progress_text
from lumichats_desktop.workers.download_worker import DownloadThread
from lumichats_desktop.workers.model_library import Listing, ModelLibrary, Row, fit_text
from trainer.common.catalog import CATALOG


class ModelsDialog(QDialog):
    """Emits useModel(spec) for "Use now" and defaultChanged(spec) for "Set as default"."""

    useModel = Signal(str)
    defaultChanged = Signal(str)
    requestFetch = Signal(str, str)
    requestImport = Signal(str)
    requestProbe = Signal()

    def __init__(self, default_model: str, library: ModelLibrary, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Models"))
        self.resize(900, 560)
        self.default_model = default_model
        self.library = library
        self.rows: list[Row] = []
        self.has_token = False
        self.busy = False  # a download or import is running
        self.deleting = False  # folders are being removed on the worker thread
        self.free_bytes, self.free_where = 0.0, ""
        self.embedded_kind = ""  # the embedded model's precision here, once the hardware is known
        self.downloads = DownloadThread()
        self.requestFetch.connect(self.downloads.worker.fetch)
        self.requestImport.connect(self.downloads.worker.import_gguf)
        self.requestProbe.connect(self.downloads.worker.probe)
        self.downloads.connect(
            progress=self._on_progress,
            finished=self._on_finished,
            failed=self._on_failed,
            hardwareReady=self._on_hardware,
        )
        self._build()
        self.refresh()
        self.requestProbe.emit()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.hardware = QLabel(self.tr("Checking this computer's hardware…"))
        self.hardware.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hardware.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.hardware)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Model"),
                self.tr("Status"),
                self.tr("Size"),
                self.tr("Kind"),
                self.tr("Fits here?"),
                self.tr("Details"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.download_button = QPushButton(self.tr("Download"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.default_button = QPushButton(self.tr("Set as default"))
        self.use_button = QPushButton(self.tr("Use now"))
        self.import_button = QPushButton(self.tr("Import .gguf…"))
        self.folder_button = QPushButton(self.tr("Use a folder…"))
        for button, slot in (
            (self.download_button, self._download_selected),
            (self.pause_button, self.pause),
            (self.delete_button, self._delete_selected),
            (self.default_button, self._set_default),
            (self.use_button, self._use_selected),
            (self.import_button, self._import_gguf),
            (self.folder_button, self._use_folder),
        ):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        hub_row = QHBoxLayout()
        self.repo_edit = QLineEdit()
        self.repo_edit.setPlaceholderText(
            self.tr("A Hub repo id, e.g. google/gemma-3-4b-it or an adapter repo")
        )
        self.repo_edit.returnPressed.connect(self._download_repo)
        self.add_button = QPushButton(self.tr("Add from the Hub"))
        self.add_button.clicked.connect(self._download_repo)
        hub_row.addWidget(self.repo_edit)
        hub_row.addWidget(self.add_button)
        layout.addLayout(hub_row)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress_label = QLabel()
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)  # shows file names from the Hub
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setOpenExternalLinks(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        for widget in (self.progress, self.progress_label, self.message):
            layout.addWidget(widget)
        token_row = QHBoxLayout()
        token_row.addWidget(QLabel(self.tr("Hugging Face token:")))
        self.token_edit = QLineEdit()
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setPlaceholderText(self.tr("hf_… (needed for gated or private repos)"))
        self.save_token_button = QPushButton(self.tr("Save token"))
        self.remove_token_button = QPushButton(self.tr("Remove token"))
        self.save_token_button.clicked.connect(self._save_token)
        self.remove_token_button.clicked.connect(self._remove_token)
        for control in (self.token_edit, self.save_token_button, self.remove_token_button):
            token_row.addWidget(control)
        layout.addLayout(token_row)
        self.token_status = QLabel()
        layout.addWidget(self.token_status)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        layout.addWidget(close, alignment=Qt.AlignmentFlag.AlignRight)

    # the table ---------------------------------------------------------------------------------

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        """List the models again (on the worker thread); then() runs once the table shows the new list.

        Every library answer names this window as its context: once it is closed, answers still on the
        way are dropped (workers/background.py).
        """

        def show(listing: Listing) -> None:
            self._show_listing(listing, then)

        self.library.listing(self.embedded_kind, show, context=self)

    def _show_listing(self, listing: Listing, then: Callable[[], None] | None) -> None:
        selected = self.selected()
        self.rows = listing.rows
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            title = row.title + ("  ★" if row.spec == self.default_model else "")
            values = [
                title,
                row.status,
                human_bytes(row.size_bytes) if row.size_bytes else "—",
                row.kind,
                fit_text(row.memory_bytes, int(self.free_bytes), self.free_where),
                row.detail,
            ]
            for j, value in enumerate(values):
                self.table.setItem(i, j, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.has_token = listing.has_token
        self.token_status.setText(
            (self.tr("A token is saved. ") if listing.has_token else self.tr("No token saved. "))
            + listing.token_where
        )
        self.remove_token_button.setEnabled(listing.has_token)
        if selected is not None:
            self.select(selected.spec)
        self._update_buttons()
        if then is not None:
            then()

    def selected(self) -> Row | None:
        index = self.table.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def select(self, spec: str) -> None:
        for i, row in enumerate(self.rows):
            if spec in (row.spec, row.title):  # a catalogue id, a folder, or the Hub repo it came from
                self.table.selectRow(i)
                return

    def _update_buttons(self) -> None:
        row = self.selected()
        on_disk = row is not None and row.status in ("on disk", "ships with the app")
        self.download_button.setEnabled(bool(row and row.downloadable and not on_disk and not self.busy))
        self.download_button.setText(
            self.tr("Resume") if row and row.status == "partly downloaded" else self.tr("Download")
        )
        self.pause_button.setEnabled(self.busy)
        self.delete_button.setEnabled(bool(row and row.folders and not self.busy and not self.deleting))
        self.default_button.setEnabled(on_disk)
        self.use_button.setEnabled(on_disk)
        self.add_button.setEnabled(not self.busy)

    # actions -----------------------------------------------------------------------------------

    def start(self, spec: str) -> None:
        self.busy = True
        self.message.setText("")
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.progress_label.setText(self.tr("Asking the Hub about %s…") % spec)
        self._update_buttons()
        self.library.token(lambda token: self.requestFetch.emit(spec, token), context=self)

    def _download_selected(self) -> None:
        row = self.selected()
        if row is not None:
            # A catalogue row downloads by id; a local folder resumes the Hub repo it came from.
            self.start(row.spec if any(item.id == row.spec for item in CATALOG) else row.title)

    def _download_repo(self) -> None:
        repo = self.repo_edit.text().strip()
        if repo.count("/") != 1 or " " in repo:
            self.message.setText(self.tr("Type a Hub repo id as owner/name, e.g. google/gemma-3-4b-it."))
            return
        self.start(repo)

    def pause(self) -> None:
        self.downloads.worker.cancel.set()

    def _delete_selected(self) -> None:
        row = self.selected()
        if row is None or not self.confirm_delete(row):
            return
        self.deleting = True
        self._update_buttons()
        self.message.setText(self.tr("Deleting %s…") % html.escape(row.title))

        def deleted(_: object) -> None:
            self.deleting = False
            self.message.setText("")
            self.refresh()

        def failed(error: Exception) -> None:
            self.deleting = False
            self.message.setText(html.escape(str(error)))
            self.refresh()

        self.library.delete(row.folders, deleted, failed, context=self)

    def confirm_delete(self, row: Row) -> bool:
        """Ask before deleting (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.tr("Delete model"),
            self.tr("Delete %1 (%2) from this computer? Downloading it again takes a while.")
            .replace("%1", row.title)
            .replace("%2", human_bytes(row.size_bytes)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _set_default(self) -> None:
        row = self.selected()
        if row is not None:
            self.default_model = row.spec
            self.defaultChanged.emit(row.spec)
            self.refresh()

    def _use_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.useModel.emit(row.spec)
            self.close()

    def _import_gguf(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a GGUF model"), "", "GGUF (*.gguf)")
        if path:
            self.busy = True
            self.progress.setVisible(True)
            self._update_buttons()
            self.requestImport.emit(path)

    def _use_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("A model or adapter folder"))
        if not folder:
            return
        path = Path(folder)
        if not ((path / "config.json").is_file() or (path / "adapter_config.json").is_file()):
            self.message.setText(
                self.tr("%s holds neither config.json (a model) nor adapter_config.json (an adapter).")
                % html.escape(folder)
            )
            return
        self.useModel.emit(folder)
        self.close()

    def _save_token(self) -> None:
        def saved(_: object) -> None:
            self.token_edit.clear()
            self.refresh()

        def refused(error: Exception) -> None:
            if not isinstance(error, ValueError):
                raise error
            self.message.setText(html.escape(str(error)))

        self.library.save_token(self.token_edit.text(), saved, refused, context=self)

    def _remove_token(self) -> None:
        self.library.remove_token(lambda _: self.refresh(), context=self)

    # worker reports ----------------------------------------------------------------------------

    def _on_progress(self, p: dict[str, Any]) -> None:
        total = max(1, int(p["total"]))
        self.progress.setValue(int(1000 * int(p["done"]) / total))
        self.progress_label.setText(progress_text(p) if "speed" in p else f"{p['repo_id']}: {p['file']}")

    def _on_finished(self, spec: str) -> None:
        self.busy = False
        self.progress.setVisible(False)

        def listed() -> None:
            self.select(spec)
            self.progress_label.setText(self.tr("%s is ready.") % spec)

        self.refresh(then=listed)

    def _on_failed(self, kind: str, message: str, link: str) -> None:
        self.busy = False
        self.progress.setVisible(False)
        self.progress_label.setText("")
        text = html.escape(message)
        if link:
            text += f' <a href="{html.escape(link)}">{html.escape(link)}</a>'
        self.refresh(then=lambda: self.message.setText(text))  # said once the table shows what is left

    def _on_hardware(self, text: str, free_bytes: float, where: str, embedded_kind: str) -> None:
        self.free_bytes, self.free_where = free_bytes, where
        self.embedded_kind = embedded_kind
        self.refresh(then=lambda: self.hardware.setText(text))  # shown with the rows it sized

    def closeEvent(self, event: Any) -> None:
        if self.busy and not self.confirm_close():
            event.ignore()
            return
        self.downloads.stop()
        super().closeEvent(event)

    def confirm_close(self) -> bool:
        """Closing pauses the download; it resumes from the same byte next time."""
        answer = QMessageBox.question(
            self, self.tr("Download running"), self.tr("Pause the download and close? It resumes later.")
        )
        return answer == QMessageBox.StandardButton.Yes
