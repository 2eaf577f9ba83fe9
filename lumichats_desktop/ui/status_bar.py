"""The status bar: which model on which device, load progress, context used, last reply's speed."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

from lumichats_desktop.ui.engine_text import translated


class ChatStatusBar(QStatusBar):
    """Shows what the worker reports; holds no state of its own beyond the labels."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("statusBar")
        self.model_label = QLabel(self.tr("No model"))
        self.context_label = QLabel()
        self.speed_label = QLabel()
        self.load_progress = QProgressBar()
        self.load_progress.setMaximumWidth(220)
        self.load_progress.hide()
        self.load_progress.setAccessibleName(self.tr("Loading the model"))
        for label in (self.model_label, self.context_label, self.speed_label):
            label.setTextFormat(Qt.TextFormat.PlainText)  # model titles come from files
        self._context: tuple[int, int, int] = (0, 0, 0)  # the reply being written: prompt, limit, dropped
        for widget in (self.model_label, self.load_progress, self.context_label, self.speed_label):
            self.addPermanentWidget(widget)

    def loading(self, model: str) -> None:
        """A model was asked for."""
        self.model_label.setText(self.tr("Loading %s…") % model)
        self._load_started: float | None = None

    def progress(self, text: str, fraction: float) -> None:
        """Conversion or load progress, with the time left once the rate so far says something."""
        now = time.monotonic()
        started = getattr(self, "_load_started", None)
        if started is None or fraction <= 0.0:
            started = self._load_started = now
        elapsed = now - started
        left = ""
        if 0.05 <= fraction < 1.0 and elapsed >= 3.0:
            seconds = int(elapsed * (1.0 - fraction) / fraction)
            clock = f"{seconds // 60} min {seconds % 60:02d} s" if seconds >= 60 else f"{seconds} s"
            left = " · " + self.tr("about %s left") % clock
        self.load_progress.show()
        self.load_progress.setMaximumWidth(420)
        self.load_progress.setFormat(f"{translated(text)} %p%{left}")
        self.load_progress.setValue(int(fraction * 100))

    def loaded(self, info: dict[str, Any]) -> None:
        """The model is ready: title, device, precision."""
        self.load_progress.hide()
        device = "CUDA" if info["device"] == "cuda" else "CPU"
        quant = "4-bit" if info["quantization"] == "nf4" else info["quantization"]
        self.model_label.setText(f"{info['title']} · {device} · {quant}")

    def failed(self) -> None:
        """Loading failed (the chat shows why)."""
        self.load_progress.hide()
        self.model_label.setText(self.tr("No model"))

    def context(self, tokens: int, limit: int, dropped: int) -> None:
        """A reply starts: how full the context window is; the previous reply's speed no longer applies."""
        self._context = (tokens, limit, dropped)
        self._show_context(tokens)
        self.speed_label.setText(self.tr("Writing…"))

    def _show_context(self, tokens: int) -> None:
        _, limit, dropped = self._context
        text = self.tr("Context: %d / %d tokens") % (tokens, limit)
        if dropped:
            text += self.tr(" (%d oldest messages left out)") % dropped
        self.context_label.setText(text)

    def reply_ended(self, stats: dict[str, Any]) -> None:
        """Any reply's end: its speed when it wrote something, else nothing stale."""
        if stats.get("new_tokens") and not stats.get("error"):
            self.speed(stats)
        else:
            self.speed_label.setText("")

    def speed(self, stats: dict[str, Any]) -> None:
        """The reply ended: its decode speed and time to first token; the context now holds the reply too."""
        self.speed_label.setText(
            self.tr("%.1f tokens/s · first token %.2f s") % (stats["tokens_per_s"], stats["ttft_s"])
        )
        if self._context[1]:
            self._show_context(self._context[0] + int(stats.get("new_tokens") or 0))
