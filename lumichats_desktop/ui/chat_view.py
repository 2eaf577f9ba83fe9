"""The scrolling list of messages; only the streaming message is touched while a reply arrives.

The messages sit in a centred column of reading width. An empty conversation shows the welcome view.
From the keyboard, Alt+Up/Alt+Down move from message to message (the composer's Alt+Up reaches the
newest one), and a focused message answers Ctrl+C, Ctrl+E, Ctrl+R and Delete like its buttons.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lumichats_desktop.storage.store import StoredMessage
from lumichats_desktop.ui.message_widget import MessageWidget
from lumichats_desktop.ui.notices import NoticeArea
from lumichats_desktop.ui.welcome import WelcomeView

# Long conversations open on their newest messages; older ones load a page at a time on request.
PAGE = 60
READING_WIDTH_EM = 62  # the column's widest, in widths of "M": lines stay easy to read on wide windows
_FIRST = 3  # layout rows before the messages: notices, "show earlier", welcome


def message_of(widget: QObject | None) -> MessageWidget | None:
    """The message a widget belongs to (itself, or one of its parts), if any."""
    while widget is not None:
        if isinstance(widget, MessageWidget):
            return widget
        widget = widget.parent()
    return None


class ColumnLayout(QVBoxLayout):
    """The messages' column: never shorter than its messages, but free to be narrower than the widest.

    While a long chat opens, the scroll area learns the column's new height a step late; a column squeezed
    into the old height resized each of 60 messages about 17 times (a new height each time one more
    message knew its own), laying each out again: a third of the time from open to first paint. A
    minimum height stops that. No minimum width: a user's bubble narrows with the window (it is sized
    from the message's width), so a minimum width taken from it would keep the column from ever narrowing.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)

    def minimumSize(self) -> QSize:
        return QSize(0, super().minimumSize().height())


class ChatView(QScrollArea):
    """Shows the active branch of a conversation."""

    regenerate = Signal(int)
    edit = Signal(int)
    delete = Signal(int)
    showSibling = Signal(int, int)
    continueReply = Signal(int)
    leftBottom = Signal()  # Alt+Down past the newest message: the window focuses the composer
    changed = Signal()  # messages or notices were added or removed: the window re-orders Tab

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatView")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setAccessibleName(self.tr("Messages"))
        page = QWidget()
        page.setObjectName("chatPage")
        self._centre = QHBoxLayout(page)
        self._inner = QWidget()
        self._inner.setObjectName("chatColumn")
        self._centre.addWidget(self._inner)
        self._layout = ColumnLayout(self._inner)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._layout.addStretch(1)
        self.setWidget(page)
        self.widgets: list[MessageWidget] = []
        self.banner = NoticeArea()
        self.banner.shown.connect(lambda *_: self.changed.emit())
        self._layout.insertWidget(0, self.banner)
        self._hidden: list[StoredMessage] = []
        self.earlier = QPushButton()
        self.earlier.setObjectName("showEarlier")
        self.earlier.clicked.connect(self.show_earlier)
        self.earlier.hide()
        self._layout.insertWidget(1, self.earlier)
        self.welcome = WelcomeView()
        self._layout.insertWidget(2, self.welcome)
        self._fit_reading_width()
        # Follow the newest message while the user is at the bottom; stop following when they scroll up.
        self._follow = True
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(lambda _lo, hi: bar.setValue(hi) if self._follow else None)
        bar.valueChanged.connect(lambda value: setattr(self, "_follow", value >= bar.maximum() - 40))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        self._message_actions()

    # messages ------------------------------------------------------------------------------------

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
            self._add(message)
        self._update_earlier_button()
        self.welcome.setVisible(not messages)
        self.scroll_to_end()
        self.changed.emit()

    def show_earlier(self) -> None:
        """Show the previous PAGE messages above the ones on screen."""
        page, self._hidden = self._hidden[-PAGE:], self._hidden[:-PAGE]
        self._follow = False
        for index, message in enumerate(page):
            widget = self._make(message)
            self._layout.insertWidget(_FIRST + index, widget)
            self.widgets.insert(index, widget)
        self._update_earlier_button()
        self.changed.emit()

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
        widget = self._add(message)
        self.changed.emit()
        return widget

    def _add(self, message: StoredMessage) -> MessageWidget:
        # No `changed` per message: the window rebuilds the whole Tab order on it, and doing that for
        # each of a page's 60 messages (~16,000 setTabOrder calls) was a cost of opening a chat.
        widget = self._make(message)
        self._layout.insertWidget(self._layout.count() - 1, widget)
        self.widgets.append(widget)
        self.welcome.hide()
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

    def focus_chain(self) -> list[QWidget]:
        """What Tab visits here, top to bottom: notices, "show earlier", the examples, each message."""
        chain: list[QWidget] = self.banner.focus_chain() + [self.earlier] + list(self.welcome.prompts)
        for widget in self.widgets:
            chain += widget.focus_order()
        return chain

    # reading width -------------------------------------------------------------------------------

    def _fit_reading_width(self) -> None:
        """Centre a column at most READING_WIDTH_EM wide (margins, so the column always fills its width)."""
        widest = QFontMetrics(self.font()).horizontalAdvance("M") * READING_WIDTH_EM
        side = max(12, (self.viewport().width() - widest) // 2)
        self._centre.setContentsMargins(side, 8, side, 8)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_reading_width()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the column widens with the text (Ctrl+plus)
            self._fit_reading_width()

    # keyboard ------------------------------------------------------------------------------------

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        """Show a message's actions while the focus is in it, hide them when it leaves."""
        for widget in {message_of(old), message_of(new)}:
            if widget is not None and widget in self.widgets:
                widget.reveal()
        shown = message_of(new)
        if shown is not None and shown in self.widgets:
            self.ensureWidgetVisible(shown, 0, 24)

    def focused_message(self) -> MessageWidget | None:
        """The message the keyboard focus is in, if any."""
        widget = message_of(QApplication.focusWidget())
        return widget if widget in self.widgets else None

    def step_focus(self, step: int) -> MessageWidget | None:
        """Move the focus to the previous (-1) or next (+1) message; from outside, to the newest one."""
        if not self.widgets:
            return None
        current = self.focused_message()
        if current is None:
            target = len(self.widgets) - 1
        else:
            target = self.widgets.index(current) + step
            if target < 0 and self._hidden:
                count = len(self._hidden[-PAGE:])
                self.show_earlier()
                target += count
            if target >= len(self.widgets):
                self.leftBottom.emit()
                return None
            target = max(0, target)
        widget = self.widgets[target]
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return widget

    def _message_actions(self) -> None:
        """Keys for the focused message (on it or its buttons; in its text, Ctrl+C copies the selection)."""

        def on_focused(run: Callable[[MessageWidget], None]) -> Callable[[], None]:
            def slot() -> None:
                widget = self.focused_message()
                if widget is not None and QApplication.focusWidget() is not widget.body:
                    run(widget)

            return slot

        self.key_actions: list[QAction] = []
        for text, keys, run in (
            (self.tr("Copy message"), QKeySequence.StandardKey.Copy, MessageWidget.copy_text),
            (
                self.tr("Edit message"),
                QKeySequence("Ctrl+E"),
                lambda w: w.edit.emit(w.message.id) if w.is_user else None,
            ),
            (
                self.tr("Regenerate reply"),
                QKeySequence("Ctrl+R"),
                lambda w: None if w.is_user else w.regenerate.emit(w.message.id),
            ),
            (
                self.tr("Delete message"),
                QKeySequence.StandardKey.Delete,
                lambda w: w.delete.emit(w.message.id),
            ),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(on_focused(run))
            self.addAction(action)
            self.key_actions.append(action)
