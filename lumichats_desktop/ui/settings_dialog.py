"""Settings: this conversation's system prompt and sampling, and the app-wide preferences."""

from __future__ import annotations

from dataclasses import asdict, replace
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lumichats_desktop.engine.sampling import SamplingParams
from lumichats_desktop.settings import AppSettings
from lumichats_desktop.ui.server_settings import ServerSettingsTab
from lumichats_desktop.ui.translations import LANGUAGES
from trainer.common.catalog import CATALOG


def _spin(low: float, high: float, step: float, value: float, decimals: int = 2) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setSingleStep(step)
    box.setDecimals(decimals)
    box.setValue(value)
    return box


def _int_spin(low: int, high: int, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    return box


class SettingsDialog(QDialog):
    """Edits copies; the caller stores `conversation_values()` and `app_settings()` on Accept."""

    def __init__(
        self,
        system_prompt: str,
        sampling: SamplingParams,
        app: AppSettings,
        parent: QWidget | None = None,
        *,
        model_id: str | None = None,
        adapter: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._app = app
        tabs = QTabWidget()
        chat = QWidget()
        form = QFormLayout(chat)
        self.system_prompt = QPlainTextEdit(system_prompt)
        self.system_prompt.setPlaceholderText(self.tr("Instructions for this conversation (optional)"))
        form.addRow(self.tr("System prompt"), self.system_prompt)
        self.model = QComboBox()
        self.model.addItem(self.tr("App default"), "")
        for item in CATALOG:
            self.model.addItem(item.title, item.id)
        if model_id and self.model.findData(model_id) < 0:
            self.model.addItem(model_id, model_id)  # a model folder chosen elsewhere
        self.model.setCurrentIndex(max(0, self.model.findData(model_id or "")))
        form.addRow(self.tr("Model"), self.model)
        self.adapter = QLineEdit(adapter)
        self.adapter.setPlaceholderText(self.tr("LoRA adapter folder (optional)"))
        form.addRow(self.tr("Adapter"), self.adapter)
        self.temperature = _spin(0, 2, 0.05, sampling.temperature)
        self.temperature.setToolTip(self.tr("0 always picks the most likely word; higher is more varied."))
        self.top_p = _spin(0.01, 1, 0.01, sampling.top_p)
        self.top_k = _int_spin(0, 1000, sampling.top_k)
        self.top_k.setToolTip(self.tr("0 turns top-k off."))
        self.min_p = _spin(0, 0.99, 0.01, sampling.min_p)
        self.repetition_penalty = _spin(0.5, 2, 0.05, sampling.repetition_penalty)
        self.loop_guard = _spin(0, 5, 0.1, sampling.dry_multiplier)
        self.loop_guard.setToolTip(
            self.tr(
                "Stops the reply from repeating itself: words that would repeat an earlier passage of "
                "the reply become less likely. 0 turns it off."
            )
        )
        self.max_new_tokens = _int_spin(1, 32768, sampling.max_new_tokens)
        for label, widget in (
            (self.tr("Temperature"), self.temperature),
            (self.tr("Top-p"), self.top_p),
            (self.tr("Top-k"), self.top_k),
            (self.tr("Min-p"), self.min_p),
            (self.tr("Repetition penalty"), self.repetition_penalty),
            (self.tr("Loop guard"), self.loop_guard),
            (self.tr("Max reply length (tokens)"), self.max_new_tokens),
        ):
            form.addRow(label, widget)
        tabs.addTab(chat, self.tr("This conversation"))
        general = QWidget()
        app_form = QFormLayout(general)
        self.theme = QComboBox()
        for key, label in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(label, key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(app.theme)))
        self.send_key = QComboBox()
        self.send_key.addItem(self.tr("Enter sends, Shift+Enter new line"), "enter")
        self.send_key.addItem(self.tr("Ctrl+Enter sends, Enter new line"), "ctrl+enter")
        self.send_key.setCurrentIndex(max(0, self.send_key.findData(app.send_key)))
        self.default_model = QComboBox()
        self.default_model.addItem(self.tr("Best available"), "")
        for item in CATALOG:
            self.default_model.addItem(item.title, item.id)
        self.default_model.setCurrentIndex(max(0, self.default_model.findData(app.default_model)))
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), "system")
        for code, name in LANGUAGES.items():
            if name:
                self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(app.ui_language)))
        self.context_limit = _int_spin(512, 131072, app.context_limit)
        self.default_reply = _int_spin(1, 32768, app.max_new_tokens)
        app_form.addRow(self.tr("Theme"), self.theme)
        app_form.addRow(self.tr("Language (next start)"), self.language)
        app_form.addRow(self.tr("Send with"), self.send_key)
        app_form.addRow(self.tr("Default model (next start)"), self.default_model)
        app_form.addRow(self.tr("Context limit (tokens)"), self.context_limit)
        app_form.addRow(self.tr("Default reply length"), self.default_reply)
        tabs.addTab(general, self.tr("App"))
        self.server_tab = ServerSettingsTab(app)  # the local API server (ui/server_settings.py)
        tabs.addTab(self.server_tab, self.tr("Local API server"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)

    def conversation_values(self) -> tuple[str, str | None, dict[str, Any]]:
        """(system prompt, model id or None for the app default, settings) for the conversation row."""
        sampling = SamplingParams(
            temperature=self.temperature.value(),
            top_p=self.top_p.value(),
            top_k=self.top_k.value(),
            min_p=self.min_p.value(),
            repetition_penalty=self.repetition_penalty.value(),
            dry_multiplier=self.loop_guard.value(),
            max_new_tokens=self.max_new_tokens.value(),
        )
        values = asdict(sampling)
        values.pop("seed")
        values["adapter"] = self.adapter.text().strip()
        return self.system_prompt.toPlainText(), str(self.model.currentData()) or None, values

    def app_settings(self) -> AppSettings:
        """The edited app-wide settings."""
        edited = replace(
            self._app,
            theme=str(self.theme.currentData()),
            ui_language=str(self.language.currentData()),
            send_key=str(self.send_key.currentData()),
            default_model=str(self.default_model.currentData()),
            context_limit=self.context_limit.value(),
            max_new_tokens=self.default_reply.value(),
        )
        return self.server_tab.apply_to(edited)
