"""What screen readers hear beyond the focused control: announcements, and a message read as one text.

A reply arrives away from the focus (the user is in the composer), so a screen reader says nothing
unless told. Qt 6.8+ has QAccessibleAnnouncementEvent (a live-region message to the screen reader); on
an older Qt the text goes into a visible label's accessible name with a NameChanged event, which
NVDA, JAWS, Orca and VoiceOver read for a label that is a live region.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QTextDocument
from PySide6.QtWidgets import QWidget

from lumichats_desktop.ui.markdown_render import ReplyRenderer

_ANNOUNCEMENT = getattr(QtGui, "QAccessibleAnnouncementEvent", None)  # Qt 6.8+


def plain_text(markdown: str) -> str:
    """What a reply says, without Markdown marks (a screen reader would read "star star")."""
    document = QTextDocument()
    document.setHtml(ReplyRenderer().render(markdown))
    return document.toPlainText().strip()


class Announcer(QObject):
    """Sends announcements to screen readers; `announced` lets tests and logs see each one."""

    announced = Signal(str, bool)  # text, assertive

    def __init__(self, source: QWidget, fallback_label: QWidget) -> None:
        super().__init__(source)
        self.source, self.fallback_label = source, fallback_label

    @staticmethod
    def native() -> bool:
        """Whether this Qt has announcement events (else the label fallback is used)."""
        return _ANNOUNCEMENT is not None

    def say(self, text: str, assertive: bool = False) -> None:
        """Announce text: politely (after what is being read) or, for errors, at once."""
        if not text:
            return
        if _ANNOUNCEMENT is not None:
            event = _ANNOUNCEMENT(self.source, text)
            politeness = QAccessible.AnnouncementPoliteness
            event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
            QAccessible.updateAccessibility(event)
        else:
            self.fallback_label.setAccessibleName(text)
            QAccessible.updateAccessibility(
                QAccessibleEvent(self.fallback_label, QAccessible.Event.NameChanged)
            )
        self.announced.emit(text, assertive)
