"""Conversations, newest first with pinned on top, and a search box over titles and messages."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lumichats_desktop.storage.store import ConversationSummary, SearchHit

ID_ROLE = Qt.ItemDataRole.UserRole


class Sidebar(QWidget):
    """Emits the user's choices; the window runs them against the store."""

    newChat = Signal()
    opened = Signal(int)
    renameRequested = Signal(int)
    pinToggled = Signal(int, bool)
    deleteRequested = Signal(int)
    exportRequested = Signal(int, str)
    searchChanged = Signal(str)
    undoDelete = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # a plain QWidget paints no sheet
        self.setMinimumWidth(180)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 8, 8)
        layout.setSpacing(8)
        self.new_button = QPushButton(self.tr("New chat"))
        self.new_button.setObjectName("newChat")
        self.new_button.setAccessibleDescription(self.tr("Starts an empty conversation (Ctrl+N)."))
        # Ctrl+N belongs to File > New chat; a second owner would make the shortcut ambiguous (and dead).
        self.new_button.setToolTip(self.tr("New chat (Ctrl+N)"))
        self.new_button.clicked.connect(self.newChat)
        layout.addWidget(self.new_button)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setAccessibleName(self.tr("Search conversations"))
        self.search.setPlaceholderText(self.tr("Search conversations (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(lambda: self.searchChanged.emit(self.search.text()))
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.list = QListWidget()
        self.list.setObjectName("conversationList")
        self.list.setAccessibleName(self.tr("Conversations"))
        self.list.setAccessibleDescription(
            self.tr(
                "Enter opens a conversation; F2 renames it, Delete deletes it, the Menu key shows the rest."
            )
        )
        self.list.setWordWrap(True)
        # Titles are elided to the width: a sideways scroll bar only showed an unstyled black track.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.itemActivated.connect(self._activate)
        self.list.itemClicked.connect(self._activate)
        layout.addWidget(self.list, 1)
        undo_row = QHBoxLayout()
        self.undo_label = QLabel()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setAccessibleDescription(
            self.tr("Brings back the conversation just deleted (Ctrl+Z).")
        )
        self.undo_button.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_button.clicked.connect(self.undoDelete)
        undo_row.addWidget(self.undo_label, 1)
        undo_row.addWidget(self.undo_button)
        self.undo_bar = QWidget()
        self.undo_bar.setLayout(undo_row)
        self.undo_bar.hide()
        layout.addWidget(self.undo_bar)
        for text, keys, slot in (
            (self.tr("Rename"), "F2", lambda: self._on_current(self.renameRequested.emit)),
            (
                self.tr("Delete"),
                QKeySequence.StandardKey.Delete,
                lambda: self._on_current(self.deleteRequested.emit),
            ),
        ):
            action = QAction(text, self.list)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.list.addAction(action)

    def _on_current(self, emit: object) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(ID_ROLE) is not None:
            emit(int(item.data(ID_ROLE)))  # type: ignore[operator]

    def show_conversations(self, items: list[ConversationSummary], current: int | None) -> None:
        """Fill the list (pinned conversations are marked with a pin)."""
        self.list.clear()
        for summary in items:
            item = QListWidgetItem(("📌 " if summary.pinned else "") + summary.title)
            if summary.pinned:  # read "pinned", not the emoji's name
                item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("%s, pinned") % summary.title)
            item.setData(ID_ROLE, summary.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, summary.pinned)
            self.list.addItem(item)
            if summary.id == current:
                self.list.setCurrentItem(item)

    def select(self, conversation_id: int) -> None:
        """Highlight the open conversation."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ID_ROLE) == conversation_id:
                self.list.setCurrentItem(item)
                return

    def show_hits(self, hits: list[SearchHit]) -> None:
        """Search results, one row per conversation: its title, and the matched words in a message."""
        self.list.clear()
        if not hits:
            self.list.addItem(QListWidgetItem(self.tr("No matches")))
        snippets: dict[int, str] = {}
        for hit in hits:  # the store lists title matches first, then message matches
            if hit.message_id is not None:
                snippets.setdefault(hit.conversation_id, hit.snippet)
        seen: set[int] = set()
        for hit in hits:
            if hit.conversation_id in seen:
                continue
            seen.add(hit.conversation_id)
            snippet = snippets.get(hit.conversation_id)
            item = QListWidgetItem(hit.title + (f"\n{snippet}" if snippet else ""))
            item.setData(ID_ROLE, hit.conversation_id)
            self.list.addItem(item)

    def show_undo(self, text: str) -> None:
        """Offer to undo a delete for a while."""
        self.undo_label.setText(text)
        self.undo_bar.show()
        QTimer.singleShot(15000, self.undo_bar.hide)

    def _activate(self, item: QListWidgetItem) -> None:
        if item.data(ID_ROLE) is not None:
            self.opened.emit(int(item.data(ID_ROLE)))

    def _menu(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        if item is None and self.list.hasFocus():  # the Menu key: the current conversation's menu
            item = self.list.currentItem()
            pos = self.list.visualItemRect(item).center() if item is not None else pos
        if item is None or item.data(ID_ROLE) is None:
            return
        conversation_id = int(item.data(ID_ROLE))
        pinned = bool(item.data(Qt.ItemDataRole.UserRole + 1))
        menu = QMenu(self)
        menu.addAction(self.tr("Rename"), lambda: self.renameRequested.emit(conversation_id))
        menu.addAction(
            self.tr("Unpin") if pinned else self.tr("Pin"),
            lambda: self.pinToggled.emit(conversation_id, not pinned),
        )
        menu.addAction(
            self.tr("Export as Markdown…"), lambda: self.exportRequested.emit(conversation_id, "md")
        )
        menu.addAction(self.tr("Export as JSON…"), lambda: self.exportRequested.emit(conversation_id, "json"))
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), lambda: self.deleteRequested.emit(conversation_id))
        menu.exec(self.list.mapToGlobal(pos))
