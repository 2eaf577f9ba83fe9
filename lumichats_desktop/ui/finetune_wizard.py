"""Fine-tune wizard: data, base model, settings, a run in its own process with a live loss chart, then chat.

The pages only show and validate; what they decide is lumichats_desktop/wizard/flow.py, and the training
itself is the `trainer` package in a QProcess, read through its JSON-lines progress.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QProcess, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from lumichats_desktop.paths import app_dirs
from lumichats_desktop.ui.engine_text import memory_verdict_text, run_progress, translated
from lumichats_desktop.ui.loss_chart import LossChart
from lumichats_desktop.wizard.flow import (
    DEFAULT_HUB_DATASET,
    SAMPLE,
    RunState,
    build_config,
    cuda_device_count,
    dataset_for,
    gpus_to_offer,
    processes_for,
    trainer_command,
)
from trainer.config import TrainConfig

PREVIEW_ROWS = 200


def _spin(low: int, high: int, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    return box


class DataPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Training data"))
        self.setSubTitle(self.tr("Conversations in ShareGPT or messages form: .json, .jsonl or .parquet."))
        layout = QVBoxLayout(self)
        self.sample = QRadioButton(self.tr("The bundled sample (40 conversations in 10 languages)"))
        self.file = QRadioButton(self.tr("A file on this computer"))
        self.hub = QRadioButton(self.tr("A Hugging Face dataset (downloaded when the run starts)"))
        self.sample.setChecked(True)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("…/conversations.jsonl"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.hub_id = QLineEdit(DEFAULT_HUB_DATASET)
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        self.held_out = QDoubleSpinBox()
        self.held_out.setRange(1, 40)
        self.held_out.setValue(2)
        self.held_out.setSuffix(" %")
        self.preview = QTextBrowser()
        for w in (self.sample, self.file):
            layout.addWidget(w)
        layout.addLayout(row)
        layout.addWidget(self.hub)
        layout.addWidget(self.hub_id)
        form = QFormLayout()
        form.addRow(self.tr("Held out for evaluation:"), self.held_out)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        for w in (self.sample, self.file, self.hub):
            w.toggled.connect(self.refresh)
        self.path.editingFinished.connect(self.refresh)
        self.refresh()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Training data"), "", self.tr("Conversations (*.json *.jsonl *.parquet)")
        )
        if path:
            self.path.setText(path)
            self.file.setChecked(True)
            self.refresh()

    def choice(self) -> tuple[str, str]:
        if self.sample.isChecked():
            return SAMPLE, ""
        return ("file", self.path.text()) if self.file.isChecked() else ("hub", self.hub_id.text())

    def dataset(self) -> str:
        return dataset_for(*self.choice())

    def refresh(self) -> None:
        from trainer.data import DataError, load_conversations

        kind, _ = self.choice()
        if kind == "hub":
            self.preview.setPlainText(
                self.tr("The trainer downloads and checks this dataset when the run starts.")
            )
            self.completeChanged.emit()
            return
        try:
            # A preview only: the first rows, so a big file does not stall the window. The trainer's dry run
            # ("Check data and memory") checks every row.
            conversations, summary = load_conversations(self.dataset(), max_rows=PREVIEW_ROWS)
        except (DataError, ValueError, OSError) as exc:
            self.preview.setPlainText(str(exc))
            self.ok = False
            self.completeChanged.emit()
            return
        self.ok = True
        head = self.tr("The first %n rows:", "", PREVIEW_ROWS) if summary.rows >= PREVIEW_ROWS else ""
        html = [f"<p>{head}</p><pre>{_escape(summary.text())}</pre>"]
        for conversation in conversations[:3]:
            html.append("<hr>")
            for message in conversation:
                html.append(f"<p><b>{message.role}</b>: {_escape(message.content[:400])}</p>")
        self.preview.setHtml("".join(html))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.choice()[0] == "hub" or getattr(self, "ok", False)


class ModelPage(QWizardPage):
    def __init__(self, wizard: FineTuneWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Base model"))
        self.setSubTitle(
            self.tr("The adapter is trained on this model; check that it fits before you start.")
        )
        layout = QFormLayout(self)
        self.model = QComboBox()
        self.model.setEditable(True)  # a catalogue id or a model folder
        self.model.addItems(["gemma-3-270m", "lumichats-4b"])
        self.four_bit = QCheckBox(
            self.tr("Load the base in 4-bit (QLoRA): a quarter of the memory, a bit slower")
        )
        self.four_bit.setChecked(False)
        self.check = QPushButton(self.tr("Check data and memory"))
        self.check.clicked.connect(self.owner.dry_run)
        self.result = QLabel(self.tr("Not checked yet."))
        self.result.setWordWrap(True)
        layout.addRow(self.tr("Model:"), self.model)
        layout.addRow(self.four_bit)
        layout.addRow(self.check)
        layout.addRow(self.result)


class SettingsPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Settings"))
        self.setSubTitle(self.tr("The LumiChats recipe is filled in; the defaults are a good start."))
        recipe = TrainConfig()
        layout = QFormLayout(self)
        self.r = _spin(1, 256, recipe.lora_r)
        self.alpha = _spin(1, 512, recipe.lora_alpha)
        self.lr = QDoubleSpinBox()
        self.lr.setDecimals(6)
        self.lr.setRange(1e-6, 1e-2)
        self.lr.setSingleStep(1e-5)
        self.lr.setValue(recipe.learning_rate)
        self.batch = _spin(1, 64, recipe.per_device_batch_size)
        self.accum = _spin(1, 128, recipe.gradient_accumulation_steps)
        self.steps = _spin(1, 1_000_000, recipe.max_steps)
        self.length = _spin(64, 32768, recipe.max_length)
        self.scheduler = QComboBox()
        self.scheduler.addItems(["linear", "cosine", "constant"])
        self.seed = _spin(0, 2**31 - 1, recipe.seed)
        self.name = QLineEdit("my-adapter")
        self.folder = QLineEdit(str(app_dirs().adapters))
        rows = [
            (self.tr("LoRA rank r (capacity of the adapter):"), self.r),
            (self.tr("LoRA alpha (scale; r and alpha equal is the recipe):"), self.alpha),
            (self.tr("Learning rate:"), self.lr),
            (self.tr("Batch size (conversations per step on the device):"), self.batch),
            (self.tr("Gradient accumulation (batches per optimizer step):"), self.accum),
            (self.tr("Steps:"), self.steps),
            (self.tr("Maximum length in tokens (longer ones are cut):"), self.length),
            (self.tr("Adapter name:"), self.name),
            (self.tr("Saved in:"), self.folder),
        ]
        for label, widget in rows:
            layout.addRow(label, widget)
        self.gpus = 0  # GPUs offered (0: one or none, no offer); set when the page is shown
        self.all_gpus = QCheckBox()
        self.all_gpus.setVisible(False)
        layout.addRow(self.all_gpus)
        self.show_advanced = QCheckBox(self.tr("Show advanced settings"))
        self.advanced = QWidget()
        self.advanced.setVisible(False)
        self.show_advanced.toggled.connect(self.advanced.setVisible)
        adv = QFormLayout(self.advanced)
        self.warmup = _spin(0, 10_000, recipe.warmup_steps)
        self.save_steps = _spin(1, 100_000, recipe.save_steps)
        self.eval_steps = _spin(0, 100_000, recipe.eval_steps)
        adv.addRow(self.tr("Learning-rate schedule:"), self.scheduler)
        adv.addRow(self.tr("Warm-up steps:"), self.warmup)
        adv.addRow(self.tr("Checkpoint every (steps):"), self.save_steps)
        adv.addRow(self.tr("Held-out loss every (steps, 0 = only before and after):"), self.eval_steps)
        adv.addRow(self.tr("Seed:"), self.seed)
        layout.addRow(self.show_advanced)
        layout.addRow(self.advanced)

    def initializePage(self) -> None:
        self.gpus = gpus_to_offer(cuda_device_count())
        self.all_gpus.setText(
            self.tr("Use all %n GPUs (one trainer process each; the same batch per step)", "", self.gpus)
        )
        self.all_gpus.setVisible(self.gpus > 1)

    def changes(self) -> dict[str, Any]:
        return {
            "lora_r": self.r.value(),
            "lora_alpha": self.alpha.value(),
            "learning_rate": self.lr.value(),
            "per_device_batch_size": self.batch.value(),
            "gradient_accumulation_steps": self.accum.value(),
            "max_steps": self.steps.value(),
            "max_length": self.length.value(),
            "lr_scheduler": self.scheduler.currentText(),
            "warmup_steps": self.warmup.value(),
            "save_steps": self.save_steps.value(),
            "eval_steps": self.eval_steps.value(),
            "seed": self.seed.value(),
        }


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
        self.phase.setText(translated(state.phase))
        self.bar.setRange(0, max(1, state.max_steps))
        self.bar.setValue(state.step)
        self.bar.setFormat("%v / %m")
        self.chart.set_data(state.losses, state.evals, state.max_steps)
        extra = ""
        if state.eval_before is not None:
            extra = self.tr("  Held-out loss before: %s") % f"{state.eval_before:.3f}"
        self.details.setText(run_progress(state) + extra)
        running = state.status == "running"
        self.cancel.setEnabled(running)
        self.resume.setEnabled(state.status in ("cancelled", "failed"))
        self.errors.setVisible(state.status == "failed")
        if state.status == "failed":
            self.errors.setPlainText(state.error_text())
        self.completeChanged.emit()


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
        self._feeding = self.state  # which of the two the running process reports into
        self.config: TrainConfig | None = None
        self.process: QProcess | None = None
        self._buffer = b""
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

    def _launch(self, resume: bool, dry_run: bool) -> None:
        old = self.process
        if old is not None and old.state() != QProcess.ProcessState.NotRunning:
            old.blockSignals(True)  # only a memory check can still be running here; the new run replaces it
            old.kill()
            old.waitForFinished(5_000)
        config = self.make_config()
        self.config = config
        out = Path(config.output)
        config.save(out)
        s = self.settings_page
        processes = processes_for(config, s.all_gpus.isChecked(), s.gpus)
        program, args = trainer_command(out / "train_config.toml", resume, dry_run, processes)
        process = QProcess(self)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        process.readyReadStandardOutput.connect(self._read_stdout)
        process.readyReadStandardError.connect(self._read_stderr)
        process.finished.connect(lambda code, status, p=process: self._finished(p, code, status))
        feeding = self.check_state if dry_run else self.state
        process.errorOccurred.connect(lambda error: feeding.note_log(f"[the trainer process: {error.name}]"))
        self.process = process
        self._feeding = feeding
        self._buffer = b""
        process.start(program, args)

    def start(self, resume: bool) -> None:
        running = self.process is not None and self.process.state() != QProcess.ProcessState.NotRunning
        if running and self._feeding is self.state and self.process is not None:
            self.process.waitForFinished(60_000)  # the stopped run is still writing its checkpoint
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
            self._launch(resume=resume, dry_run=False)
        except ValueError as exc:
            self.state.status, self.state.error = "failed", str(exc)
            self.run_page.show_state(self.state)

    def dry_run(self) -> None:
        if self.state.status == "running":
            self.model_page.result.setText(self.tr("A training run is going; check again when it ends."))
            return
        self.check_state = RunState(status="running")
        self.model_page.result.setText(self.tr("Checking… (tokenizing the data and sizing the run)"))
        try:
            self._launch(resume=False, dry_run=True)
        except ValueError as exc:
            self.model_page.result.setText(str(exc))

    def _read_stdout(self) -> None:
        assert self.process is not None
        self._buffer += bytes(self.process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            self._feeding.feed_line(line.decode("utf-8", "replace"))
        if self._feeding is self.state:
            self.run_page.show_state(self.state)
        self.stateChanged.emit()

    def _read_stderr(self) -> None:
        assert self.process is not None
        for line in bytes(self.process.readAllStandardError().data()).decode("utf-8", "replace").splitlines():
            self._feeding.note_log(line)

    def _finished(self, process: QProcess, exit_code: int, status: QProcess.ExitStatus) -> None:
        if process is not self.process:
            return  # a run that was already replaced (a Resume pressed as the stopped run exited)
        self._read_stdout()  # what the process wrote just before it ended
        self._read_stderr()
        state = self._feeding
        if self._buffer:
            state.feed_line(self._buffer.decode("utf-8", "replace"))
            self._buffer = b""
        crashed = status == QProcess.ExitStatus.CrashExit
        if state is self.check_state:
            if state.dry_run and not crashed and exit_code == 0:
                state.status = "finished"
                self._show_dry_run()
            else:
                state.status = "failed"
                state.error = (
                    state.error or self.tr("The check stopped unexpectedly (exit code %s).") % exit_code
                )
                self.model_page.result.setText(state.error_text())
        else:
            state.finish_process(exit_code, crashed)
            self.run_page.show_state(state)
        self.stateChanged.emit()

    def _show_dry_run(self) -> None:
        d, data = self.check_state.dry_run, self.check_state.data
        device = str(d.get("device", "cpu"))
        verdict = memory_verdict_text(
            int(d.get("memory_estimate_bytes", 0)), int(d.get("available_memory_bytes", 0)), device
        )
        bins = data.get("length_histogram", {})
        peak = max(bins.values(), default=1) or 1
        histogram = "\n".join(
            f"{k:>12} tokens  {'█' * max(0, round(20 * v / peak))} {v}" for k, v in bins.items()
        )
        self.model_page.result.setText(
            self.tr("%1 conversations for training, %2 held out.")
            .replace("%1", str(d.get("train_rows")))
            .replace("%2", str(d.get("eval_rows")))
            + "\n"
            + verdict
            + "\n\n"
            + histogram
        )

    def ask_cancel(self) -> None:
        if self.confirm(self.tr("Stop training? A checkpoint is saved and Resume continues from it.")):
            self.cancel_run()

    def cancel_run(self) -> None:
        if self.process is not None and self.process.state() != QProcess.ProcessState.NotRunning:
            self.process.terminate()  # SIGTERM: the trainer saves a checkpoint and exits

    def confirm(self, question: str) -> bool:
        """Ask yes/no (tests replace this)."""
        return QMessageBox.question(self, self.windowTitle(), question) == QMessageBox.StandardButton.Yes

    def reject(self) -> None:
        if self.state.status == "running":
            if not self.confirm(self.tr("Training is running. Stop it (keeping a checkpoint) and close?")):
                return
            self.cancel_run()
            if self.process is not None:
                self.process.waitForFinished(60_000)
        super().reject()

    def chat_with_result(self) -> None:
        if self.config is not None and self.state.output:
            self.chatWith.emit(self.config.model, self.state.output)
            self.accept()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
