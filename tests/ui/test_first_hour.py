"""What a new user met in the first hour (issue 22), each driven with keys and clicks as they did it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPlainTextEdit, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from lumichats_desktop.engine.hardware import probe, small_model_precision
from lumichats_desktop.ui.main_window import MainWindow
from lumichats_desktop.ui.message_widget import MessageWidget
from tests.ui.conftest import WindowFactory, until

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


def _type_and_send(windows: WindowFactory, window: MainWindow, qtbot: QtBot, text: str) -> None:
    if text.isascii():
        qtbot.keyClicks(window.composer, text)
    else:  # QTest cannot type outside Latin-1 (it aborts); an input method commits the text like a paste
        window.composer.insertPlainText(text)
    qtbot.keyClick(window.composer, Qt.Key.Key_Return)
    windows.run(until(lambda: window.streaming is not None))
    windows.run(until(lambda: window.streaming is None))
    windows.run(window.idle())


def _button(widget: QWidget, text: str) -> QToolButton | None:
    """The shown button with this text in widget, if there is one."""
    return next((b for b in widget.findChildren(QToolButton) if b.text() == text and b.isVisible()), None)


def _hover_and_click(qtbot: QtBot, message: MessageWidget, text: str) -> None:
    """A message's actions show while the pointer is over it: point at it, then click the button."""
    assert _button(message, text) is None
    qtbot.mouseMove(message)
    qtbot.waitUntil(lambda: _button(message, text) is not None, timeout=2000)
    qtbot.mouseClick(_button(message, text), LEFT)


def _shown(window: MainWindow) -> list[tuple[str, str]]:
    return [(w.message.role, w.message.content) for w in window.view.widgets]


def test_ctrl_n_starts_a_new_chat(windows: WindowFactory, qtbot: QtBot) -> None:
    window = windows.open()
    window.activateWindow()
    _type_and_send(windows, window, qtbot, "Hello there")
    assert window.conversation_id is not None and window.view.widgets
    qtbot.keyClick(window.composer, Qt.Key.Key_N, CTRL)
    assert window.conversation_id is None and window.view.widgets == []


def test_the_edit_dialog_has_one_copy_of_the_conversation_behind_it(
    windows: WindowFactory, qtbot: QtBot
) -> None:
    window = windows.open()
    _type_and_send(windows, window, qtbot, "Hello there")
    seen: list[int] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        on_screen = [w for w in window.view.findChildren(MessageWidget) if w.isVisible()]
        seen.append(len(on_screen))
        box = dialog.findChild(QPlainTextEdit)
        box.selectAll()
        qtbot.keyClicks(box, "Hello again")
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok), LEFT)

    QTimer.singleShot(20, answer)
    _hover_and_click(qtbot, window.view.widgets[0], "Edit")
    windows.run(until(lambda: bool(seen) and window.streaming is None and len(window.view.widgets) == 2))
    windows.run(window.idle())
    assert seen == [2]
    assert window.view.widgets[0].message.content == "Hello again"


def test_a_message_sent_after_deleting_a_reply_follows_the_conversation(
    windows: WindowFactory, qtbot: QtBot
) -> None:
    window = windows.open()
    _type_and_send(windows, window, qtbot, "Hello there")
    _hover_and_click(qtbot, window.view.widgets[1], "Delete")
    windows.run(until(lambda: len(window.view.widgets) == 1))
    windows.run(window.idle())
    _type_and_send(windows, window, qtbot, "And another thing")
    shown = _shown(window)
    assert shown[:2] == [("user", "Hello there"), ("user", "And another thing")]
    assert shown[2][0] == "assistant" and len(shown) == 3
    assert all(w.message.sibling_count == 1 for w in window.view.widgets)  # no new "2/2" branch


def test_the_status_bar_speaks_of_the_reply_being_written(windows: WindowFactory, qtbot: QtBot) -> None:
    window = windows.open()
    _type_and_send(windows, window, qtbot, "Hello there")
    first_speed = window.status.speed_label.text()
    assert "tokens/s" in first_speed
    at_start: list[str] = []
    shown_context = window.status.context

    def context(tokens: int, limit: int, dropped: int) -> None:  # the reply starts: what does the bar say?
        shown_context(tokens, limit, dropped)
        at_start.append(window.status.speed_label.text())

    window.status.context = context  # type: ignore[method-assign]
    _type_and_send(windows, window, qtbot, "And again")
    assert at_start and first_speed not in at_start[0]
    stats = window.view.widgets[-1].message.stats
    total = stats["prompt_tokens"] + stats["new_tokens"]
    assert window.status.context_label.text().startswith(f"Context: {total} / ")


def test_models_dialog_says_how_the_embedded_model_runs_and_its_size(
    windows: WindowFactory, qtbot: QtBot
) -> None:
    window = windows.open()
    window.activateWindow()
    qtbot.keyClick(window.composer, Qt.Key.Key_M, CTRL)
    dialog = window.tools.models
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: "CPU:" in dialog.hardware.text(), timeout=60_000)
    row = next(i for i in range(dialog.table.rowCount()) if dialog.rows[i].spec == "lumichats-270m")
    assert dialog.table.item(row, 3).text() == small_model_precision(probe())
    assert dialog.table.item(row, 2).text() not in ("", "—")
    dialog.close()


def test_search_lists_each_conversation_once_and_marks_a_short_cjk_match(
    windows: WindowFactory, qtbot: QtBot
) -> None:
    window = windows.open()
    _type_and_send(windows, window, qtbot, "Hello there")
    window.new_chat()
    long_text = "天気の話をしましょう。" * 12 + "東京" + "はどうですか。" * 12
    _type_and_send(windows, window, qtbot, long_text)
    qtbot.keyClicks(window.sidebar.search, "Hello")
    windows.run(until(lambda: "Hello" in window.sidebar.list.item(0).text()))
    windows.run(window.idle())
    assert window.sidebar.list.count() == 1
    window.sidebar.search.clear()
    window.sidebar.search.insert("東京")  # as an input method commits it
    windows.run(until(lambda: "東京" in window.sidebar.list.item(0).text()))
    windows.run(window.idle())
    assert window.sidebar.list.count() == 1
    snippet = window.sidebar.list.item(0).text().split("\n", 1)[1]
    assert "[東京]" in snippet and len(snippet) < 80


def test_first_start_progress_says_how_long_is_left(qtbot: QtBot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from lumichats_desktop.ui import status_bar

    bar = status_bar.ChatStatusBar()
    qtbot.addWidget(bar)
    clock = iter([100.0, 110.0, 130.0])
    monkeypatch.setattr(status_bar.time, "monotonic", lambda: next(clock))
    bar.loading("lumichats-270m")
    bar.progress("Unpacking the embedded model (first run only)", 0.0)
    bar.progress("Unpacking the weights", 0.25)  # 10 s for a quarter: about 30 s left
    assert bar.load_progress.format().endswith("about 30 s left") and bar.load_progress.value() == 25
    bar.progress("Unpacking the weights", 0.5)  # 30 s for half
    assert bar.load_progress.format().endswith("about 30 s left")
