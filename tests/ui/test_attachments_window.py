"""Attaching files in the window as a person does: button, drop, paste, remove, send, see them in the chat."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from lumichats_desktop.settings import AppSettings
from lumichats_desktop.ui.attachment_bar import AttachmentStrip
from tests.attachments.files import image_bytes, pdf_with_pages
from tests.ui.conftest import REPLY_TOKENS, WindowFactory, until


def _wait_reply(windows: WindowFactory, window) -> None:  # type: ignore[no-untyped-def]
    windows.run(until(lambda: window.streaming is not None))
    windows.run(until(lambda: window.streaming is None))
    windows.run(window.idle())


def _drop(window, path: Path) -> None:  # type: ignore[no-untyped-def]
    """A drag of a file from a file manager entering the composer, then let go over it."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    target = window.composer.viewport()
    copy, none, plain = Qt.DropAction.CopyAction, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(10, 10), copy, mime, none, plain)
    assert QApplication.sendEvent(target, enter) and enter.isAccepted()
    QApplication.sendEvent(target, QDropEvent(QPointF(10, 10), copy, mime, none, plain))


def test_attach_remove_drop_and_send_a_document(windows: WindowFactory, tmp_path: Path) -> None:
    window = windows.open()
    bar = window.attachment_bar
    assert not bar.isVisible()
    report = tmp_path / "report.pdf"
    report.write_bytes(pdf_with_pages("Revenue rose 12 percent", "Costs fell"))
    windows.run(bar.attach_paths([report]))
    assert [c.name.text() for c in bar.chips] == ["report.pdf"] and bar.isVisible()
    assert "2 pages" in bar.chips[0].detail.text()
    bar.chips[0].remove_button.click()  # the ✕ on the chip
    assert bar.attachments() == [] and not bar.isVisible()
    notes = tmp_path / "notes.md"
    notes.write_text("# Plan\n\n- ship it", encoding="utf-8")
    _drop(window, notes)  # dropped on the composer: attached, not pasted into the text as a file URL
    windows.run(until(lambda: bool(bar.chips)))
    assert window.composer.toPlainText() == ""
    windows.run(bar.attach_paths([report]))
    window.composer.setPlainText("Summarise both")
    window.composer.submit()
    _wait_reply(windows, window)
    assert bar.attachments() == [] and window.composer.toPlainText() == ""
    user = window.view.widgets[0]
    strip = user.findChild(AttachmentStrip)
    assert strip is not None and [c.name.text() for c in strip.chips] == ["notes.md", "report.pdf"]
    assert window.view.widgets[1].message.stats["new_tokens"] == REPLY_TOKENS
    # The model read the files: the prompt is far longer than "Summarise both".
    assert window.view.widgets[1].message.stats["prompt_tokens"] > 40


def test_bad_files_and_images_on_a_text_only_model_say_why(windows: WindowFactory, tmp_path: Path) -> None:
    window = windows.open()
    bar = window.attachment_bar
    assert not bar.image_button.isEnabled()
    assert "cannot see images" in bar.image_button.toolTip()
    binary = tmp_path / "tool.exe"
    binary.write_bytes(b"MZ\x00\x00" + bytes(range(256)))
    picture = tmp_path / "cat.png"
    picture.write_bytes(image_bytes())
    windows.run(bar.attach_paths([binary]))
    assert "tool.exe is not a text file" in window.view.banner.text()
    windows.run(bar.attach_paths([picture]))
    assert "cat.png was not attached" in window.view.banner.text() and bar.attachments() == []


def test_pasting_a_picture_or_text(windows: WindowFactory, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window = windows.open()
    bar = window.attachment_bar
    bar.set_images_allowed(True)
    image = QImage(20, 10, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.blue)
    QGuiApplication.clipboard().setImage(image)
    window.composer.setFocus()
    qtbot.keyClick(window.composer, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [a.mime for a in bar.attachments()] == ["image/png"]
    QGuiApplication.clipboard().setText("just words")
    qtbot.keyClick(window.composer, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.composer.toPlainText() == "just words" and len(bar.attachments()) == 1


def test_a_document_too_long_is_cut_only_where_the_user_says(windows: WindowFactory, tmp_path: Path) -> None:
    window = windows.open(AppSettings(max_new_tokens=REPLY_TOKENS, context_limit=1024))
    bar = window.attachment_bar
    book = tmp_path / "book.txt"
    book.write_text(
        "".join(f"Line {i} of a long book about rivers.\n" for i in range(2000)), encoding="utf-8"
    )
    windows.run(bar.attach_paths([book]))
    asked = []

    def cancel(dialog) -> bool:  # type: ignore[no-untyped-def]
        asked.append(dialog.message.text())
        return False

    window.ask = cancel  # type: ignore[method-assign]
    window.composer.setPlainText("What is it about?")
    windows.run(window.send("What is it about?"))
    assert "book.txt needs about" in asked[0] and "1,024 tokens" in asked[0]
    assert window.view.widgets == [] and len(bar.attachments()) == 1  # nothing sent, nothing lost

    def keep_some(dialog) -> bool:  # type: ignore[no-untyped-def]
        assert dialog.chars.maximum() < len(book.read_text(encoding="utf-8"))
        dialog.chars.setValue(1500)
        return True

    window.ask = keep_some  # type: ignore[method-assign]
    window.composer.submit()
    _wait_reply(windows, window)
    (sent,) = window.view.widgets[0].message.attachments
    assert sent.kept_chars == 1500
    chip = window.view.widgets[0].findChild(AttachmentStrip).chips[0]
    assert "first 1,500 of" in chip.detail.text()
    assert window.view.widgets[1].message.status == "complete"


def test_a_picture_reaches_a_vision_model(
    loop, tmp_path: Path, embedded_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from lumichats_desktop.engine import loader
    from tests.tiny_models import save_tiny_gemma3_vision

    # The CPU decode path (for models under 2 GB) has no image input; the tiny model runs in fp32 as
    # the 4B runs on transformers' forward (NF4) on the CPU and the GPU.
    monkeypatch.setattr(loader, "choose_quantization", lambda *args: "fp32")
    model_dir = save_tiny_gemma3_vision(tmp_path / "vision", embedded_dir)
    windows = WindowFactory(loop, tmp_path / "c.sqlite3", str(model_dir))
    try:
        window = windows.open()
        bar = window.attachment_bar
        assert bar.image_button.isEnabled()
        picture = tmp_path / "cat.webp"
        picture.write_bytes(image_bytes("WEBP"))
        windows.run(bar.attach_paths([picture]))
        assert not bar.chips[0].thumbnail.pixmap().isNull()
        window.composer.setPlainText("What colour is it?")
        window.composer.submit()
        _wait_reply(windows, window)
        reply = window.view.widgets[1].message
        assert reply.status == "complete" and reply.stats["new_tokens"] == REPLY_TOKENS
        assert reply.stats["prompt_tokens"] > 4  # the image's tokens are in the prompt
        chip = window.view.widgets[0].findChild(AttachmentStrip).chips[0]
        assert not chip.thumbnail.pixmap().isNull()
    finally:
        for opened, _ in list(windows.opened):
            windows.close(opened)
