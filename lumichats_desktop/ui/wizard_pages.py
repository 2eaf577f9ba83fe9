"""The fine-tune wizard's first pages: the training data (with a preview), the base model, the settings.

The pages only show and validate; what they decide is lumichats_desktop/wizard/flow.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from lumichats_desktop.paths import app_dirs
from lumichats_desktop.ui.direction import is_rtl
from lumichats_desktop.ui.engine_text import data_summary_text, translated
from lumichats_desktop.wizard.flow import (
    DEFAULT_HUB_DATASET,
    SAMPLE,
    cuda_device_count,
    dataset_for,
    gpus_to_offer,
)
from lumichats_desktop.workers.background import Background
from trainer.common.chat_format import Message
from trainer.common.conversations import DataSummary, read_conversations
from trainer.config import TrainConfig

if TYPE_CHECKING:
    from lumichats_desktop.ui.finetune_wizard import FineTuneWizard

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
        # A message that starts with a file name would read left to right in an Arabic window: the UI's
        # direction unless a paragraph says otherwise (the preview's messages do).
        option = self.preview.document().defaultTextOption()
        option.setTextDirection(self.layoutDirection())
        self.preview.document().setDefaultTextOption(option)
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
        self.reader = Background("lumichats-preview", self)
        self._asked = 0  # previews asked for; only the latest one is shown
        self.ok = False
        self._source = ""  # the file being read (its problem is named from it)
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
        """Preview the chosen data: read on a worker thread, only the rows shown (the first 200).

        The trainer's dry run ("Check data and memory") checks every row.
        """
        self._asked += 1
        asked = self._asked
        self.ok = False
        kind, _ = self.choice()
        if kind == "hub":
            self.preview.setPlainText(
                self.tr("The trainer downloads and checks this dataset when the run starts.")
            )
            self.completeChanged.emit()
            return
        if kind == "file" and not self.path.text().strip():
            self.preview.setPlainText(
                self.tr("Choose a file (.json, .jsonl or .parquet) with Browse…, or type its path above.")
            )
            self.completeChanged.emit()
            return
        source = self.dataset()
        self._source = source
        self.preview.setPlainText(self.tr("Reading the first rows…"))
        self.completeChanged.emit()
        self.reader.run(
            lambda: read_conversations(Path(source).expanduser(), PREVIEW_ROWS),
            lambda result: self._show(asked, *result),
            lambda error: self._failed(asked, error),
        )

    def _show(self, asked: int, conversations: list[list[Message]], summary: DataSummary) -> None:
        if asked != self._asked:
            return  # the choice changed while this file was read
        if not conversations:  # no usable row: what is wrong, then the counts and the rows named
            self.preview.setPlainText(
                self._problem(Path(self._source).expanduser(), data_summary_text(summary))
            )
            self.completeChanged.emit()
            return
        self.ok = True
        head = self.tr("The first %n rows:", "", PREVIEW_ROWS) if summary.rows >= PREVIEW_ROWS else ""
        # Directions said outright: the summary reads in the UI's (its lines start with a file name, which
        # would turn an Arabic line left to right), each message in its own ("What is 1 plus 2?" in an
        # Arabic window had its question mark at the start).
        ui = "rtl" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"
        html = [f"<p>{head}</p><pre dir='{ui}'>{_escape(data_summary_text(summary))}</pre>"]
        for conversation in conversations[:3]:
            html.append("<hr>")
            for message in conversation:
                own = "rtl" if is_rtl(message.content) else "ltr"
                role, text = translated(message.role), _escape(message.content[:400])
                mark = "\u200f" if own == "rtl" else "\u200e"  # keeps "1 plus 2" after an Arabic role name
                html.append(f"<p dir='{own}'><b>{role}</b>:{mark} {text}</p>")
        self.preview.setHtml("".join(html))
        self.completeChanged.emit()

    def _failed(self, asked: int, error: Exception) -> None:
        if asked != self._asked:
            return
        if not isinstance(error, (ValueError, OSError)):  # DataError is a ValueError
            raise error
        self.preview.setPlainText(self._problem(Path(self._source).expanduser(), str(error)))
        self.completeChanged.emit()

    def _problem(self, path: Path, detail: str) -> str:
        """Why this file cannot be used and what to do, in the UI language; the trainer's detail below."""
        name = path.name
        if not path.is_file():
            return self.tr("%1 does not exist. Choose a .json, .jsonl or .parquet file.").replace(
                "%1", str(path)
            )
        if path.suffix.lower() not in (".json", ".jsonl", ".parquet"):
            return self.tr(
                "%1 is not a .json, .jsonl or .parquet file. Save the conversations in one of those forms."
            ).replace("%1", name)
        if path.stat().st_size == 0:
            return self.tr(
                "%1 is empty. It needs conversations: one JSON object per line (.jsonl), or a JSON array."
            ).replace("%1", name)
        advice = self.tr(
            "None of the first rows of %1 is a conversation to train on. Each row needs a "
            '"conversations" (ShareGPT) or "messages" list with a question and a reply.'
        ).replace("%1", name)
        return f"{advice}\n\n{detail}"

    def isComplete(self) -> bool:
        return self.choice()[0] == "hub" or self.ok


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
        for text, value in (
            (self.tr("linear (falls to zero)"), "linear"),
            (self.tr("cosine (falls to zero, gently at both ends)"), "cosine"),
            (self.tr("constant"), "constant"),
        ):
            self.scheduler.addItem(text, value)
        self.scheduler.setCurrentIndex(max(0, self.scheduler.findData(recipe.lr_scheduler)))
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
            "lr_scheduler": str(self.scheduler.currentData()),
            "warmup_steps": self.warmup.value(),
            "save_steps": self.save_steps.value(),
            "eval_steps": self.eval_steps.value(),
            "seed": self.seed.value(),
        }


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
