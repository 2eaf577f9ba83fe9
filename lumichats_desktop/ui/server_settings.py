"""The "Local API server" settings tab and the status-bar line that says what the server is doing."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStatusBar,
    QWidget,
)

from lumichats_desktop.chat.service import StoreRunner
from lumichats_desktop.settings import AppSettings
from lumichats_desktop.workers.inference_worker import InferenceThread
from lumichats_desktop.workers.server_worker import ApiServerController, ServerState


def status_text(state: ServerState) -> str:
    """One line for the status bar and the settings tab ("" while the server is off)."""
    if state.error:
        return QCoreApplication.translate("ServerStatus", "Local API server not started: %s") % state.error
    if not state.url:
        return ""
    text = QCoreApplication.translate("ServerStatus", "API: %1 · requests served: %2")
    text = text.replace("%1", state.url).replace("%2", str(state.served))
    if state.busy:
        text += QCoreApplication.translate("ServerStatus", " · generating for another program…")
    return text


class ServerSettingsTab(QWidget):
    """Edits the server's settings; the key is handed to the controller, which keeps it in the keyring."""

    def __init__(self, app: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.enabled = QCheckBox(self.tr("Let other programs use the loaded model (OpenAI-compatible API)"))
        self.enabled.setChecked(app.api_server_enabled)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(app.api_server_port or 8484)
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText(self.tr("Optional on this computer; clients send it as a Bearer token"))
        self.lan = QCheckBox(self.tr("Also accept other computers on the network (needs an API key)"))
        self.lan.setChecked(app.api_server_lan)
        self.cors = QLineEdit(app.api_server_cors)
        self.cors.setPlaceholderText(self.tr("None: web pages cannot call the server"))
        self.history = QCheckBox(self.tr("Save API conversations in the chat history"))
        self.history.setChecked(app.api_server_history)
        self.status = QLabel(self.tr("Off"))
        self.status.setWordWrap(True)
        form.addRow(self.enabled)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("API key"), self.key)
        form.addRow(self.lan)
        form.addRow(self.tr("Allowed web origins"), self.cors)
        form.addRow(self.history)
        form.addRow(self.tr("Status"), self.status)
        self._shown_key = ""

    def show_state(self, controller: ApiServerController) -> None:
        """Fill in the current key and follow the server's status while the dialog is open."""
        self._shown_key = controller.key or ""
        self.key.setText(self._shown_key)
        self._on_state(controller.state)
        controller.stateChanged.connect(self._on_state)

    def _on_state(self, state: ServerState) -> None:
        self.status.setText(status_text(state) or self.tr("Off"))

    def api_key(self) -> str | None:
        """A key the user typed ("" removes it), or None when the field was left as it was."""
        typed = self.key.text().strip()
        return None if typed == self._shown_key else typed

    def apply_to(self, app: AppSettings) -> AppSettings:
        """app with this tab's values."""
        return replace(
            app,
            api_server_enabled=self.enabled.isChecked(),
            api_server_port=self.port.value(),
            api_server_lan=self.lan.isChecked(),
            api_server_cors=self.cors.text().strip(),
            api_server_history=self.history.isChecked(),
        )


class ServerStatusLabel(QLabel):
    """The status bar's line: the address and requests served, and when the server is generating."""

    def __init__(self, controller: ApiServerController) -> None:
        super().__init__()
        self.hide()
        controller.stateChanged.connect(self._on_state)

    def _on_state(self, state: ServerState) -> None:
        text = status_text(state)
        self.setText(text)
        self.setVisible(bool(text))


def install_api_server(
    status_bar: QStatusBar, inference: InferenceThread, db: StoreRunner
) -> ApiServerController:
    """The window's API server controller, with its line in the status bar."""
    controller = ApiServerController(inference, db)
    status_bar.addPermanentWidget(ServerStatusLabel(controller))
    return controller
