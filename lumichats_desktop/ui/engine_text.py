"""Words that come from the Qt-free layers (engine, trainer, wizard flow), shown in the user's language.

Those layers speak English and have no Qt; the UI translates what it shows. Each fixed message is
listed here with QT_TRANSLATE_NOOP so lupdate collects it into resources/translations/.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from lumichats_desktop.wizard.flow import RunState, _clock
from trainer.common.memory import fits

ENGINE = "Engine"
KNOWN = (
    QT_TRANSLATE_NOOP("Engine", "Loading the model"),
    QT_TRANSLATE_NOOP("Engine", "Unpacking the embedded model (first run only)"),
    QT_TRANSLATE_NOOP("Engine", "Reading the model file"),
    QT_TRANSLATE_NOOP("Engine", "Reading the tokenizer"),
    QT_TRANSLATE_NOOP("Engine", "Unpacking the weights"),
    QT_TRANSLATE_NOOP("Engine", "Saving"),
    QT_TRANSLATE_NOOP("Engine", "Ready"),
    QT_TRANSLATE_NOOP("Engine", "Loading data"),
    QT_TRANSLATE_NOOP("Engine", "Evaluating on held-out conversations"),
    QT_TRANSLATE_NOOP("Engine", "Training"),
    QT_TRANSLATE_NOOP("Engine", "Saving the adapter"),
    QT_TRANSLATE_NOOP("Engine", "Starting"),
)


def translated(text: str) -> str:
    """A fixed message from the engine or trainer in the UI language (unknown ones stay as they are)."""
    return QCoreApplication.translate(ENGINE, text)


def run_progress(state: RunState) -> str:
    """The run page's line: 'Training 12/30: 00:41 < 01:20 · 1,234 tokens/s · peak 3.2 GB', translated."""
    text = (
        QCoreApplication.translate("WizardText", "%1 %2/%3: %4")
        .replace("%1", translated(state.phase or "Starting"))
        .replace("%2", str(state.step))
        .replace("%3", str(state.max_steps))
        .replace("%4", _clock(state.elapsed_s))
    )
    if state.eta_s is not None:
        text += f" < {_clock(float(state.eta_s))}"
    if state.tokens_per_second:
        text += " · " + QCoreApplication.translate("WizardText", "%1 tokens/s").replace(
            "%1", f"{state.tokens_per_second:,.0f}"
        )
    if state.peak_memory_bytes:
        text += " · " + QCoreApplication.translate("WizardText", "peak %1 GB").replace(
            "%1", f"{state.peak_memory_bytes / 2**30:.1f}"
        )
    return text


def memory_verdict_text(estimate_bytes: int, available_bytes: int, where: str) -> str:
    """Whether the run fits, and what to change when it does not (wizard/flow.py's verdict, translated)."""
    need, have = f"{estimate_bytes / 2**30:.1f}", f"{available_bytes / 2**30:.1f}"
    if fits(estimate_bytes, available_bytes):
        template = QCoreApplication.translate("WizardText", "Fits: about %1 GB needed, %2 GB free on %3.")
    else:
        template = QCoreApplication.translate(
            "WizardText",
            "Will not fit: about %1 GB needed, %2 GB free on %3. Lower the maximum length or the batch "
            "size, turn on 4-bit, or pick a smaller base model.",
        )
    return template.replace("%1", need).replace("%2", have).replace("%3", where)
