"""When an attached document does not fit the context window: say how much fits, let the user choose.

Nothing is cut without the user seeing it: the dialog names the document, what it needs and what is
free, and offers to send its beginning (as many characters as the user picks, up to what fits). The
sent block then says "only the first N of M characters are included", to the model and in the chip.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QSpinBox, QVBoxLayout, QWidget

from lumichats_desktop.attachments.budget import DocumentFit
from lumichats_desktop.attachments.model import Attachment


class DocumentCutDialog(QDialog):
    """Send the first part of a document that is too long for the context window?"""

    def __init__(
        self, fit: DocumentFit, context_limit: int, reply_tokens: int, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.fit = fit
        self.setWindowTitle(self.tr("Document too long"))
        layout = QVBoxLayout(self)
        self.message = QLabel(
            self.tr(
                "%1 needs about %2 tokens, but only about %3 are free in this chat (its context holds "
                "%4 tokens and %5 are kept for the reply). The whole document cannot be sent.\n\n"
                "Send only its beginning? Choose how many characters (of %6) to include; the model is "
                "told that the rest was left out."
            )
            .replace("%1", fit.name)
            .replace("%2", f"{fit.tokens:,}")
            .replace("%3", f"{fit.room_tokens:,}")
            .replace("%4", f"{context_limit:,}")
            .replace("%5", f"{reply_tokens:,}")
            .replace("%6", f"{fit.chars:,}")
        )
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.chars = QSpinBox()
        self.chars.setRange(1, max(fit.fitting_chars, 1))
        self.chars.setValue(max(fit.fitting_chars, 1))
        self.chars.setSingleStep(1000)
        self.chars.setGroupSeparatorShown(True)
        self.chars.setSuffix(self.tr(" characters"))
        self.chars.setAccessibleName(self.tr("Characters to send"))
        layout.addWidget(self.chars)
        self.share = QLabel()
        layout.addWidget(self.share)
        self.chars.valueChanged.connect(self._show_share)
        self._show_share(self.chars.value())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Send the beginning"))
        ok.setEnabled(fit.fitting_chars > 0)
        if fit.fitting_chars == 0:
            self.share.setText(
                self.tr("Nothing of it fits: shorten your message or raise the context limit.")
            )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _show_share(self, value: int) -> None:
        percent = 100 * value / max(self.fit.chars, 1)
        self.share.setText(self.tr("%1% of the document").replace("%1", f"{percent:.0f}"))

    def chosen_chars(self) -> int:
        return int(self.chars.value())


def choose_parts(
    attachments: Sequence[Attachment],
    fits: Sequence[DocumentFit | None],
    context_limit: int,
    reply_tokens: int,
    ask: Callable[[DocumentCutDialog], bool],
) -> list[Attachment] | None:
    """The attachments with each too-long document cut where the user chose; None if they cancelled."""
    out = []
    for item, fit in zip(attachments, fits, strict=True):
        if fit is None or fit.fits:
            out.append(item)
            continue
        dialog = DocumentCutDialog(fit, context_limit, reply_tokens)
        if not ask(dialog):
            return None
        out.append(replace(item, kept_chars=dialog.chosen_chars()))
    return out
