"""The fine-tune wizard's last pages: the run (progress, live loss chart, stop and resume) and the result."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from lumichats_desktop.ui.engine_text import run_progress, translated
from lumichats_desktop.ui.loss_chart import LossChart
from lumichats_desktop.wizard.flow import RunState

if TYPE_CHECKING:
    from lumichats_desktop.ui.finetune_wizard import FineTuneWizard


class RunPage(QWizardPage):
    def __init__(self, wizard: FineTuneWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Training"))
        self.setSubTitle(self.tr("The trainer runs in its own process; the app stays usable meanwhile."))
        layout = QVBoxLayout(self)
        self.phase = QLabel()
        self.bar = QProgressBar()
        self.chart = LossChart()
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.errors = QPlainTextEdit()
        self.errors.setReadOnly(True)
        self.errors.setVisible(False)
        buttons = QHBoxLayout()
        self.cancel = QPushButton(self.tr("Stop (keeps a checkpoint)"))
        self.resume = QPushButton(self.tr("Resume"))
        self.cancel.clicked.connect(self.owner.ask_cancel)
        self.resume.clicked.connect(lambda: self.owner.start(resume=True))
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.resume)
        for w in (self.phase, self.bar, self.chart, self.details, self.errors):
            layout.addWidget(w)
        layout.addLayout(buttons)

    def initializePage(self) -> None:
        # The memory check feeds its own state, so reaching this page after it still starts the run.
        if self.owner.state.status == "idle":
            self.owner.start(resume=False)

    def isComplete(self) -> bool:
        return self.owner.state.status == "finished"

    def show_state(self, state: RunState) -> None:
        self.phase.setText(self._headline(state))
        if state.status == "running" and not state.max_steps:
            self.bar.setRange(0, 0)  # loading the data and the model: busy, the steps are not known yet
        else:
            self.bar.setRange(0, max(1, state.max_steps))
            self.bar.setValue(state.step)
            self.bar.setFormat("%v / %m")
        self.chart.set_data(state.losses, state.evals, state.max_steps)
        extra = ""
        if state.eval_before is not None:
            extra = self.tr("  Held-out loss before: %s") % f"{state.eval_before:.3f}"
        starting = state.status == "running" and not state.max_steps
        self.details.setText("" if starting else run_progress(state) + extra)  # not "Starting 0/0: 00:00"
        running = state.status == "running"
        stopping = self.owner.training.stopping and self.owner.training.running
        if stopping:
            self.phase.setText(self.tr("Stopping: finishing this step and saving a checkpoint…"))
        self.cancel.setEnabled(running and not stopping)
        self.resume.setEnabled(state.status in ("cancelled", "failed"))
        self.errors.setVisible(state.status == "failed")
        if state.status == "failed":
            self.errors.setPlainText(state.error_text())
        self.completeChanged.emit()

    def _headline(self, state: RunState) -> str:
        """What the run is doing now, or how it ended and what to do next (not its last phase)."""
        if state.status == "finished":
            return self.tr("Finished: the adapter is saved. Next shows the result.")
        if state.status == "cancelled":
            if not state.step:
                return self.tr("Stopped before the first step. Resume starts the run again.")
            return (
                self.tr("Stopped at step %1 of %2. A checkpoint is kept: Resume continues from it.")
                .replace("%1", str(state.step))
                .replace("%2", str(state.max_steps))
            )
        if state.status == "failed":
            return self.tr("The run stopped with an error (below).")
        return translated(state.phase) if state.phase else self.tr("Starting the trainer…")


class FinishPage(QWizardPage):
    def __init__(self, wizard: FineTuneWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Done"))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.chat = QPushButton(self.tr("Chat with it"))
        self.chat.clicked.connect(self.owner.chat_with_result)
        layout.addWidget(self.summary)
        layout.addWidget(self.chat)

    def initializePage(self) -> None:
        s = self.owner.state
        before = f"{s.eval_before:.3f}" if s.eval_before is not None else "—"
        after = f"{s.eval_after:.3f}" if s.eval_after is not None else "—"
        self.summary.setText(
            self.tr("Held-out loss: %1 before, %2 after (lower is better).\nThe adapter is in %3.")
            .replace("%1", before)
            .replace("%2", after)
            .replace("%3", s.output)
        )
