"""Background answers reach the widget that asked only while it is there: closed or deleted, nothing."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from lumichats_desktop.workers.background import Background


def _answer_while(
    work: Background, qtbot: QtBot, context: QLabel, between: Callable[[], object]
) -> list[object]:
    """Ask on behalf of context, run between() while the job is held, then wait until the queue is done."""
    release = threading.Event()
    answers: list[object] = []
    work.run(lambda: release.wait(10) and "listing", answers.append, answers.append, context=context)
    between()
    release.set()
    drained: list[object] = []
    work.run(lambda: None, drained.append)  # queued behind it: when this arrives, that one has too
    qtbot.waitUntil(lambda: bool(drained), timeout=10_000)
    return answers


def test_a_closed_windows_late_answer_is_dropped_and_a_shown_one_gets_it(qtbot: QtBot) -> None:
    work = Background("test-io")
    window = QDialog()
    qtbot.addWidget(window)
    label = QLabel(window)  # a widget inside the window asks, as a table inside a dialog would
    window.show()
    assert _answer_while(work, qtbot, label, lambda: None) == ["listing"]
    assert _answer_while(work, qtbot, label, window.close) == []
    window.show()  # opened again: its answers come again
    assert _answer_while(work, qtbot, label, lambda: None) == ["listing"]


def test_a_failure_for_a_closed_window_is_dropped_too(qtbot: QtBot) -> None:
    work = Background("test-io")
    window = QDialog()
    qtbot.addWidget(window)
    window.show()
    release = threading.Event()
    errors: list[Exception] = []

    def job() -> None:
        release.wait(10)
        raise OSError("the disk went away")

    work.run(job, lambda _: None, errors.append, context=window)
    window.close()
    release.set()
    drained: list[object] = []
    work.run(lambda: None, drained.append)
    qtbot.waitUntil(lambda: bool(drained), timeout=10_000)
    assert errors == []


def test_a_deleted_widgets_late_answer_goes_nowhere(qtbot: QtBot) -> None:
    work = Background("test-io")
    window = QDialog()
    label = QLabel(window)
    window.show()

    def deleted() -> None:
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    # Without the guard a done() that shows the answer in label raises "Internal C++ object already deleted".
    assert _answer_while(work, qtbot, label, deleted) == []


def test_a_window_not_shown_yet_and_one_that_refused_to_close_still_get_answers(qtbot: QtBot) -> None:
    work = Background("test-io")

    class StaysOpen(QDialog):
        def closeEvent(self, event: QCloseEvent) -> None:  # "a download is running: close anyway?" No
            event.ignore()

    fresh = QDialog()  # a dialog asks for its first rows in its constructor, before show()
    qtbot.addWidget(fresh)
    assert _answer_while(work, qtbot, QLabel(fresh), lambda: None) == ["listing"]
    stays = StaysOpen()
    qtbot.addWidget(stays)
    stays.show()
    assert _answer_while(work, qtbot, QLabel(stays), stays.close) == ["listing"]
    assert stays.isVisible()
