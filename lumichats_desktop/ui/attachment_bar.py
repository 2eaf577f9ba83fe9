"""Attached files above the composer: attach button, drop, paste, a chip per file with a remove button.

Files are read off the main thread (a PDF can take a second); what cannot be attached is said in the
window with its reason. The same chips, without the remove button, show a sent message's files.
"""

from __future__ import annotations

import asyncio
import functools
import threading
from collections.abc import Callable, Coroutine, Sequence
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QMimeData,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QImage, QKeyEvent, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lumichats_desktop.attachments.documents import DOCUMENT_SUFFIXES
from lumichats_desktop.attachments.images import IMAGE_SUFFIXES
from lumichats_desktop.attachments.model import Attachment, AttachmentError, human_size
from lumichats_desktop.attachments.reading import attachment_from_bytes, read_attachment

T = TypeVar("T")
MAX_ATTACHMENTS = 10
THUMBNAIL_PX = 48


async def in_thread(job: Callable[[], T]) -> T:
    """Run job on a short-lived daemon thread and await its result (the UI thread never waits)."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()

    def settle(value: Any, error: BaseException | None) -> None:
        if not future.done():
            future.set_exception(error) if error is not None else future.set_result(value)

    def work() -> None:
        try:
            value = job()
        except BaseException as exc:
            loop.call_soon_threadsafe(settle, None, exc)
        else:
            loop.call_soon_threadsafe(settle, value, None)

    threading.Thread(target=work, name="lumichats-attach", daemon=True).start()
    return await future


def describe(attachment: Attachment) -> str:
    """The chip's second line: size, pages, and how much of the text is sent when it was cut."""
    parts = [human_size(attachment.size)]
    if attachment.pages:
        parts.append(
            QCoreApplication.translate("AttachmentChip", "%1 pages").replace("%1", str(attachment.pages))
        )
    if attachment.is_cut:
        parts.append(
            QCoreApplication.translate("AttachmentChip", "first %1 of %2 characters")
            .replace("%1", f"{len(attachment.kept_text):,}")
            .replace("%2", f"{len(attachment.text):,}")
        )
    return " · ".join(parts)


class AttachmentChip(QFrame):
    """One file: a thumbnail (or a document glyph), its name and size, and optionally a remove button."""

    removed = Signal()

    def __init__(self, attachment: Attachment, removable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attachment = attachment
        self.setObjectName("attachmentChip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        self.thumbnail = QLabel()
        self.thumbnail.setFixedHeight(THUMBNAIL_PX)
        pixmap = QPixmap()
        if attachment.is_image and pixmap.loadFromData(attachment.data):
            self.thumbnail.setPixmap(
                pixmap.scaled(
                    THUMBNAIL_PX * 2,
                    THUMBNAIL_PX,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.thumbnail.setText("📄")
            font = self.thumbnail.font()
            font.setPointSize(font.pointSize() * 2)
            self.thumbnail.setFont(font)
        row.addWidget(self.thumbnail)
        text = QVBoxLayout()
        self.name = QLabel(attachment.name)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.detail = QLabel(describe(attachment))
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        text.addWidget(self.name)
        text.addWidget(self.detail)
        row.addLayout(text)
        self.setAccessibleName(f"{attachment.name}, {describe(attachment)}")
        self.remove_button: QToolButton | None = None
        if removable:
            button = QToolButton()
            button.setText("✕")
            button.setAutoRaise(True)
            button.setToolTip(self.tr("Remove %1").replace("%1", attachment.name))
            button.setAccessibleName(button.toolTip())
            button.clicked.connect(self.removed.emit)
            row.addWidget(button)
            self.remove_button = button


class AttachmentStrip(QWidget):
    """A sent message's files, read-only (the message widget shows it above the text)."""

    def __init__(self, attachments: Sequence[Attachment], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.chips = [AttachmentChip(a, removable=False) for a in attachments]
        for chip in self.chips:
            row.addWidget(chip)
        row.addStretch(1)


class AttachmentBar(QWidget):
    """The files waiting to be sent with the next message; hidden while there are none."""

    changed = Signal()
    problem = Signal(str)  # a file that could not be attached, and why
    sendRequested = Signal()  # Enter in an empty composer with files attached

    def __init__(
        self, spawn: Callable[[Coroutine[Any, Any, Any]], Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._spawn = spawn
        self._items: list[Attachment] = []
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addStretch(1)
        self.chips: list[AttachmentChip] = []
        self.images_allowed = False
        self.images_reason = self.tr("Images can be attached once a model that sees them has loaded.")
        self.composer: QPlainTextEdit | None = None
        self.attach_button = self._tool_button(
            "📎",
            self.tr("Attach documents (text, Markdown, code, CSV, JSON, HTML, PDF) or images (Ctrl+Shift+A)"),
            QKeySequence("Ctrl+Shift+A"),
            lambda: self.choose_files(images=True),
        )
        self.image_button = self._tool_button(
            "🖼", "", QKeySequence("Ctrl+Shift+I"), lambda: self.choose_files(images=True, documents=False)
        )
        self.set_images_allowed(False, self.images_reason)
        self.setVisible(False)

    def _tool_button(self, text: str, tip: str, keys: QKeySequence, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setShortcut(keys)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    # state ----------------------------------------------------------------------------------------

    def attachments(self) -> list[Attachment]:
        """The files to send with the next message, in the order they were added."""
        return list(self._items)

    def set_images_allowed(self, allowed: bool, reason: str = "") -> None:
        """Whether the loaded model sees images; when not, the image button says why."""
        self.images_allowed = allowed
        self.images_reason = reason
        self.image_button.setEnabled(allowed)
        tip = self.tr("Attach an image: PNG, JPEG or WebP (Ctrl+Shift+I)") if allowed else reason
        self.image_button.setToolTip(tip)
        self.image_button.setAccessibleName(tip)

    def add(self, attachment: Attachment) -> bool:
        """Add one file (refused, with the reason said, when it cannot go with the next message)."""
        if attachment.is_image and not self.images_allowed:
            self.problem.emit(
                self.tr("%1 was not attached: %2")
                .replace("%1", attachment.name)
                .replace("%2", self.images_reason)
            )
            return False
        if len(self._items) >= MAX_ATTACHMENTS:
            self.problem.emit(
                self.tr("%1 was not attached: at most %2 files go with one message.")
                .replace("%1", attachment.name)
                .replace("%2", str(MAX_ATTACHMENTS))
            )
            return False
        if any(a.sha256 == attachment.sha256 for a in self._items):
            return False  # the same file twice adds nothing
        self._items.append(attachment)
        self._rebuild()
        return True

    def replace_all(self, attachments: Sequence[Attachment]) -> None:
        """Put back a changed list (after the user chose a shorter part of a document)."""
        self._items = list(attachments)
        self._rebuild()

    def remove(self, index: int) -> None:
        del self._items[index]
        self._rebuild()

    def clear(self) -> None:
        self._items = []
        self._rebuild()

    def _rebuild(self) -> None:
        for chip in self.chips:
            self._row.removeWidget(chip)
            chip.deleteLater()
        self.chips = []
        for index, item in enumerate(self._items):
            chip = AttachmentChip(item, removable=True)
            chip.removed.connect(lambda i=index: self.remove(i))
            self._row.insertWidget(index, chip)
            self.chips.append(chip)
        self.setVisible(bool(self._items))
        self.changed.emit()

    # adding files ---------------------------------------------------------------------------------

    def choose_files(self, *, images: bool, documents: bool = True) -> None:
        """The file dialog (Ctrl+Shift+A for any file, Ctrl+Shift+I for images)."""
        patterns = [*(DOCUMENT_SUFFIXES if documents else ()), *(IMAGE_SUFFIXES if images else ())]
        kinds = self.tr("Documents and images") if documents and images else self.tr("Images")
        if documents and not self.images_allowed:
            kinds = self.tr("Documents")
            patterns = list(DOCUMENT_SUFFIXES)
        wanted = f"{kinds} ({' '.join('*' + p for p in patterns)});;{self.tr('All files')} (*)"
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"), "", wanted)
        if paths:
            self.attach_paths([Path(p) for p in paths])

    def attach_paths(self, paths: Sequence[Path]) -> Any:
        """Read the files off the main thread, then add them; returns the job (tests await it)."""
        return self._spawn(self._read_and_add(list(paths)))

    async def _read_and_add(self, paths: list[Path]) -> None:
        for path in paths:
            try:
                attachment = await in_thread(functools.partial(read_attachment, path))
            except AttachmentError as exc:
                self.problem.emit(str(exc))
                continue
            self.add(attachment)

    def add_bytes(self, name: str, data: bytes) -> None:
        """A pasted or dropped picture (no file behind it)."""
        try:
            self.add(attachment_from_bytes(name, data))
        except AttachmentError as exc:
            self.problem.emit(str(exc))

    # drop and paste onto the composer -------------------------------------------------------------

    def install_on(self, composer: QPlainTextEdit) -> None:
        """Take drops and pastes of files or pictures on the composer (its text input is unchanged)."""
        self.composer = composer
        composer.installEventFilter(self)
        composer.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if _carries_files(event.mimeData()):  # type: ignore[attr-defined]
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        elif kind == QEvent.Type.Drop:
            if self.take(event.mimeData()):  # type: ignore[attr-defined]
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Paste):
                return self.take(QGuiApplication.clipboard().mimeData())
            if self._sends_files_only(event):
                self.sendRequested.emit()
                return True
        return super().eventFilter(watched, event)

    def _sends_files_only(self, event: QKeyEvent) -> bool:
        """Enter (as the composer would send) with no text typed but files attached."""
        composer = self.composer
        if composer is None or not self._items or composer.toPlainText().strip():
            return False
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        mods = event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        return ctrl if getattr(composer, "send_key", "enter") == "ctrl+enter" else not shift

    def take(self, mime: QMimeData | None) -> bool:
        """Attach the files or picture in mime; False when it holds neither (plain text goes on)."""
        if mime is None:
            return False
        files = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []
        if files:
            self.attach_paths(files)
            return True
        if mime.hasImage():
            image = mime.imageData()
            if isinstance(image, QImage) and not image.isNull():
                self.add_bytes(self.tr("pasted image") + ".png", _png_bytes(image))
                return True
        return False


def _carries_files(mime: QMimeData | None) -> bool:
    if mime is None:
        return False
    return mime.hasImage() or (mime.hasUrls() and any(u.isLocalFile() for u in mime.urls()))


def _png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide takes str
    buffer.close()
    return bytes(data.data())
