"""Words that come from the Qt-free layers (engine, trainer, wizard flow), shown in the user's language.

Those layers speak English and have no Qt; the UI translates what it shows. Each fixed message is
listed here with QT_TRANSLATE_NOOP so lupdate collects it into resources/translations/.
"""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from lumichats_desktop.wizard.flow import RunState, _clock
from trainer.common.conversations import DataSummary
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
    QT_TRANSLATE_NOOP("Engine", "user"),  # the roles in a training conversation
    QT_TRANSLATE_NOOP("Engine", "assistant"),
    QT_TRANSLATE_NOOP("Engine", "system"),
)


def translated(text: str) -> str:
    """A fixed message from the engine or trainer in the UI language (unknown ones stay as they are)."""
    return QCoreApplication.translate(ENGINE, text)


def run_progress(state: RunState) -> str:
    """The run page's line: 'Training 12/30: 00:41 < 01:20 · 1,234 tokens/s · peak 3.2 GB', translated.

    A run that is over says so ("Finished", "Stopped") instead of the phase it was in last, and has no
    time left to show.
    """
    over = {
        "finished": QCoreApplication.translate("WizardText", "Finished"),
        "cancelled": QCoreApplication.translate("WizardText", "Stopped"),
        "failed": QCoreApplication.translate("WizardText", "Failed"),
    }
    text = (
        QCoreApplication.translate("WizardText", "%1 %2/%3: %4")
        .replace("%1", over.get(state.status) or translated(state.phase or "Starting"))
        .replace("%2", str(state.step))
        .replace("%3", str(state.max_steps))
        .replace("%4", _clock(state.elapsed_s))
    )
    if state.eta_s is not None and state.status == "running":
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


def device_text(device: str) -> str:
    """The trainer's device ("cpu", "cuda", "cuda:1", "mps") as a person names it."""
    if device == "cpu":
        return QCoreApplication.translate("WizardText", "this computer (CPU)")
    if device.startswith("cuda"):
        return QCoreApplication.translate("WizardText", "the GPU")
    return device


def _row_text(file: str, row: int, reason: str) -> str:
    return (
        QCoreApplication.translate("WizardText", "%1, row %2: %3")
        .replace("%1", file)
        .replace("%2", str(row))
        .replace("%3", reason)
    )


def data_summary_text(summary: DataSummary, limit: int = 20) -> str:
    """DataSummary.text() in the UI language: the counts, the reasons, the first rows dropped and fixed.

    The reasons themselves ("bad JSON (Expecting value)") stay as the trainer writes them: they quote
    the file's own problem.
    """
    lines = [
        QCoreApplication.translate("WizardText", "%1: %2 rows, %3 kept, %4 dropped")
        .replace("%1", summary.source)
        .replace("%2", str(summary.rows))
        .replace("%3", str(summary.kept))
        .replace("%4", str(summary.dropped_count))
    ]
    for title, counts in (
        (QCoreApplication.translate("WizardText", "fixed (%1): %2"), summary.fixed),
        (QCoreApplication.translate("WizardText", "dropped (%1): %2"), summary.dropped),
    ):
        lines += [
            "  " + title.replace("%1", str(n)).replace("%2", reason) for reason, n in counts.most_common()
        ]
    for title, notes, total in (
        (
            QCoreApplication.translate("WizardText", "Dropped rows:"),
            summary.dropped_rows,
            summary.dropped_count,
        ),
        (
            QCoreApplication.translate("WizardText", "Fixed rows:"),
            summary.fixed_rows,
            summary.fixed_row_count,
        ),
    ):
        if not total:
            continue
        lines += [title] + ["  " + _row_text(n.file, n.row, n.reason) for n in notes[:limit]]
        if total > min(limit, len(notes)):
            more = total - min(limit, len(notes))
            lines.append(
                "  " + QCoreApplication.translate("WizardText", "… and %1 more").replace("%1", str(more))
            )
    return "\n".join(lines)


def _bin_start(label: str) -> int:
    match = re.match(r"\d+", label)
    return int(match.group()) if match else 0


def dry_run_html(dry_run: dict[str, Any], data: dict[str, Any], rtl: bool = False) -> str:
    """The memory check's answer: the split, whether it fits, the lengths as bars, the rows dropped.

    Rich text, so the lengths line up in a table (text padded with spaces did not, in a proportional
    font), mirrored by hand in a right-to-left language. The lengths come in JSON's key order, which is not
    numeric ("1024-1279" before "256-511"): sorted by where each range starts.
    """
    verdict = memory_verdict_text(
        int(dry_run.get("memory_estimate_bytes", 0)),
        int(dry_run.get("available_memory_bytes", 0)),
        device_text(str(dry_run.get("device", "cpu"))),
    )
    split = (
        QCoreApplication.translate("WizardText", "%1 conversations for training, %2 held out.")
        .replace("%1", str(dry_run.get("train_rows")))
        .replace("%2", str(dry_run.get("eval_rows")))
    )
    parts = [f"<p>{html.escape(split)}<br>{html.escape(verdict)}</p>"]
    bins: dict[str, int] = data.get("length_histogram") or {}
    if bins:
        peak = max(bins.values()) or 1
        rows = []
        for label, count in sorted(bins.items(), key=lambda item: _bin_start(item[0])):
            name = html.escape(QCoreApplication.translate("WizardText", "%1 tokens").replace("%1", label))
            bar = f"{'█' * max(0, round(20 * count / peak))} {count}"
            # Qt's tables do not mirror: in a right-to-left language the cells go in the other order, the
            # table at the right; either way the names' ends and the bars meet in the middle.
            cells = (
                [f"<td align='right'>{bar}</td>", f"<td align='left'>{name}</td>"]
                if rtl
                else [f"<td align='right'>{name}</td>", f"<td>{bar}</td>"]
            )
            rows.append(f"<tr>{''.join(cells)}</tr>")
        title = QCoreApplication.translate("WizardText", "Conversation lengths:")
        side = "right" if rtl else "left"
        table = f"<table dir='{'rtl' if rtl else 'ltr'}' align='{side}' cellspacing='0' cellpadding='1'>"
        table += "".join(rows) + "</table>"
        parts.append(f"<p>{html.escape(title)}</p>{table}")
    dropped = sum((data.get("dropped") or {}).values())
    if dropped:
        named = [
            _row_text(str(n["file"]), n["row"], str(n["reason"]))
            for n in (data.get("dropped_rows") or [])[:5]
        ]
        if dropped > len(named):
            named.append("…")
        head = QCoreApplication.translate("WizardText", "Dropped rows (%1 in all):")
        head = head.replace("%1", str(dropped))
        parts.append(f"<p>{html.escape(head)}<br>{'<br>'.join(html.escape(line) for line in named)}</p>")
    return "".join(parts)
