"""The scrolling list of messages; only the streaming message is touched while a reply arrives."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QScrollArea, QVBoxLayout, QWidget

from lumichats_desktop.storage.store import StoredMessage
from lumichats_desktop.ui.message_widget import MessageWidget
from lumichats_desktop.ui.notices import NoticeArea

# Long conversations open on their newest messages; older ones load a page at a time on request.
PAGE = 60


class ChatView(QScrollArea):
    """Shows the active branch of a conversation."""

    regenerate = Signal(int)
    edit = Signal(int)
    delete = Signal(int)
    showSibling = Signal(int, int)
    continueReply = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._inner = QWidget()
        self._layout = QVBoxLayout(self._inner)
        self._layout.addStretch(1)
        self.setWidget(self._inner)
        self.widgets: list[MessageWidget] = []
        self.banner = NoticeArea()
        self._layout.insertWidget(0, self.banner)
        self._hidden: list[StoredMessage] = []
        self.earlier = QPushButton()
        self.earlier.setFlat(True)
        self.earlier.clicked.connect(self.show_earlier)
        self.earlier.hide()
        self._layout.insertWidget(1, self.earlier)
        # Follow the newest message while the user is at the bottom; stop following when they scroll up.
        self._follow = True
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(lambda _lo, hi: bar.setValue(hi) if self._follow else None)
        bar.valueChanged.connect(lambda value: setattr(self, "_follow", value >= bar.maximum() - 40))

    def show_messages(self, messages: list[StoredMessage]) -> None:
        """Replace what is shown with messages; long chats show their newest PAGE messages first."""
        for widget in self.widgets:
            # deleteLater waits for the event loop; a modal dialog opened meanwhile (Edit) runs its own loop,
            # so take the old widgets off screen now or the conversation shows twice behind the dialog.
            widget.hide()
            self._layout.removeWidget(widget)
            widget.deleteLater()
        self.widgets = []
        self._hidden = messages[: max(0, len(messages) - PAGE)]
        for message in messages[len(self._hidden) :]:
            self.append(message)
        self._update_earlier_button()
        self.scroll_to_end()

    def show_earlier(self) -> None:
        """Show the previous PAGE messages above the ones on screen."""
        page, self._hidden = self._hidden[-PAGE:], self._hidden[:-PAGE]
        self._follow = False
        for index, message in enumerate(page):
            widget = self._make(message)
            self._layout.insertWidget(2 + index, widget)
            self.widgets.insert(index, widget)
        self._update_earlier_button()

    def _update_earlier_button(self) -> None:
        self.earlier.setVisible(bool(self._hidden))
        self.earlier.setText(self.tr("Show %n earlier message(s)", "", min(PAGE, len(self._hidden))))

    def _make(self, message: StoredMessage) -> MessageWidget:
        widget = MessageWidget(message, self._inner)
        widget.regenerate.connect(self.regenerate)
        widget.edit.connect(self.edit)
        widget.delete.connect(self.delete)
        widget.showSibling.connect(self.showSibling)
        widget.continueReply.connect(self.continueReply)
        return widget

    def append(self, message: StoredMessage) -> MessageWidget:
        """Add one message at the bottom."""
        widget = self._make(message)
        self._layout.insertWidget(self._layout.count() - 1, widget)
        self.widgets.append(widget)
        return widget

    def widget_for(self, message_id: int) -> MessageWidget | None:
        """The widget showing a message, if it is on screen."""
        return next((w for w in self.widgets if w.message.id == message_id), None)

    def scroll_to_end(self) -> None:
        """Show the newest message, and keep following it as the layout grows."""
        self._follow = True
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    def show_error(self, text: str) -> None:
        """An error notice above the messages, until dismissed or replaced (empty text removes it)."""
        self.banner.show_notice("error", text)
