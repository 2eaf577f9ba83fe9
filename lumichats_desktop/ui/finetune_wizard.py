"""Fine-tune wizard: data, base model, settings, a run in its own process with a live loss chart, then chat.

The pages only show and validate (ui/wizard_pages.py, ui/wizard_run_page.py); what they decide is
lumichats_desktop/wizard/flow.py, and the training itself is the `trainer` package in a child process
owned by workers/training_run.py, read through its JSON-lines progress. Nothing here waits on it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWizard

from lumichats_desktop.ui.engine_text import dry_run_html
from lumichats_desktop.ui.wizard_pages import DataPage, ModelPage, SettingsPage
from lumichats_desktop.ui.wizard_run_page import FinishPage, RunPage
from lumichats_desktop.wizard.flow import RunState, build_config, processes_for
from lumichats_desktop.workers.training_run import TrainingRun
from trainer.config import TrainConfig


class FineTuneWizard(QWizard):
    """chatWith(base model spec, adapter folder) when the user asks to chat with the result."""

    chatWith = Signal(str, str)
    stateChanged = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fine-tune a LumiChats adapter"))
        self.resize(820, 640)
        self.state = RunState()  # the training run the run page shows
        self.check_state = RunState()  # the last "Check data and memory" (a dry run of the trainer)
        self.config: TrainConfig | None = None
        self.command: list[str] = []  # the last training run's command line (shown when it fails)
        self._resume_when_ended = False
        self.training = TrainingRun(parent=self)
        self.checking = TrainingRun(parent=self)
        self.training.progress.connect(self._training_event)
        self.training.log.connect(lambda line: self.state.note_log(line))
        self.training.ended.connect(self._training_ended)
        self.checking.progress.connect(lambda event: self.check_state.apply(event))
        self.checking.log.connect(lambda line: self.check_state.note_log(line))
        self.checking.ended.connect(self._check_ended)
        self.data_page = DataPage()
        self.model_page = ModelPage(self)
        self.settings_page = SettingsPage()
        self.run_page = RunPage(self)
        self.finish_page = FinishPage(self)
        for page in (self.data_page, self.model_page, self.settings_page, self.run_page, self.finish_page):
            self.addPage(page)

    def make_config(self) -> TrainConfig:
        s = self.settings_page
        return build_config(
            TrainConfig(),
            Path(s.folder.text()),
            s.name.text(),
            model=self.model_page.model.currentText().strip(),
            dataset=self.data_page.dataset(),
            load_in_4bit=self.model_page.four_bit.isChecked(),
            eval_share=self.data_page.held_out.value() / 100,
            **s.changes(),
        )

    # the trainer process ------------------------------------------------------------------------

    def _launch(self, run: TrainingRun, resume: bool, dry_run: bool) -> None:
        """Write the config and start the trainer; ValueError for settings it cannot run with."""
        config = self.make_config()
        self.config = config
        out = Path(config.output)
        config.save(out)
        s = self.settings_page
        processes = processes_for(config, s.all_gpus.isChecked(), s.gpus)
        try:
            command = run.start_trainer(
                out / "train_config.toml", resume=resume, dry_run=dry_run, processes=processes
            )
        except OSError as exc:
            raise ValueError(self.tr("The trainer could not start: %s") % exc) from exc
        if not dry_run:
            self.command = command

    def start(self, resume: bool) -> None:
        if self.training.running:
            # A stopped run is still finishing its step and writing its checkpoint: resume after it.
            self._resume_when_ended = resume
            return
        if self.checking.running:  # a memory check still going: the run replaces it
            self.check_state.status = "cancelled"
            self.checking.kill()
        keep = self.state
        self.state = RunState(status="running")
        if resume:  # the chart goes on from where it was
            self.state.losses, self.state.evals, self.state.eval_before = (
                keep.losses,
                keep.evals,
                keep.eval_before,
            )
        self.run_page.show_state(self.state)
        try:
            self._launch(self.training, resume=resume, dry_run=False)
        except ValueError as exc:
            self.state.status, self.state.error = "failed", str(exc)
            self.run_page.show_state(self.state)

    def dry_run(self) -> None:
        if self.state.status == "running" or self.training.running:
            self.model_page.result.setText(self.tr("A training run is going; check again when it ends."))
            return
        self.checking.kill()  # a check already going is replaced by this one
        self.check_state = RunState(status="running")
        self.model_page.result.setText(self.tr("Checking… (tokenizing the data and sizing the run)"))
        try:
            self._launch(self.checking, resume=False, dry_run=True)
        except ValueError as exc:
            self.check_state.status = "failed"
            self.model_page.result.setText(str(exc))

    def _training_event(self, event: dict[str, Any]) -> None:
        self.state.apply(event)
        self.run_page.show_state(self.state)
        self.stateChanged.emit()

    def _training_ended(self, exit_code: int, crashed: bool) -> None:
        self.state.finish_process(exit_code, crashed)
        self.run_page.show_state(self.state)
        self.stateChanged.emit()
        if self._resume_when_ended:
            self._resume_when_ended = False
            self.start(resume=True)

    def _check_ended(self, exit_code: int, crashed: bool) -> None:
        state = self.check_state
        if state.status == "cancelled":
            return  # replaced by a training run or a newer check
        if state.dry_run and not crashed and exit_code == 0:
            state.status = "finished"
            self._show_dry_run()
        else:
            state.status = "failed"
            state.error = state.error or self.tr("The check stopped unexpectedly (exit code %s).") % exit_code
            self.model_page.result.setText(state.error_text())
        self.stateChanged.emit()

    def _show_dry_run(self) -> None:
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.model_page.result.setText(dry_run_html(self.check_state.dry_run, self.check_state.data, rtl))

    def ask_cancel(self) -> None:
        if self.confirm(self.tr("Stop training? A checkpoint is saved and Resume continues from it.")):
            self.cancel_run()

    def cancel_run(self) -> None:
        """Ask the trainer to stop after its step (it saves a checkpoint); returns at once."""
        self.training.stop()
        self.run_page.show_state(self.state)

    def shutdown(self) -> None:
        """The app is quitting: a run is asked to stop (it saves a checkpoint alone); a check is ended."""
        self.training.shutdown()
        self.checking.kill()

    def confirm(self, question: str) -> bool:
        """Ask yes/no (tests replace this)."""
        return QMessageBox.question(self, self.windowTitle(), question) == QMessageBox.StandardButton.Yes

    def reject(self) -> None:
        if self.training.running and not self.training.stopping:
            if not self.confirm(self.tr("Training is running. Stop it (keeping a checkpoint) and close?")):
                return
            self.cancel_run()  # the trainer finishes its step and saves while the window closes
        self.checking.kill()
        super().reject()

    def chat_with_result(self) -> None:
        if self.config is not None and self.state.output:
            self.chatWith.emit(self.config.model, self.state.output)
            self.accept()
