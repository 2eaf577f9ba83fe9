"""Blocking calls (disk, keyring) off the UI thread: one worker thread per owner, results back as signals.

`background.run(job, done, failed, context=widget)` runs job() on the worker thread, in the order the
calls were made, and calls done(result) or failed(exception) later on the owner's thread (the UI), never
inside run(). An answer whose context (the widget that asked) was deleted, or whose window was closed,
is dropped here, for every caller: a window closed while its worker still had answers on the way must
not touch its widgets (a deleted one raises "Internal C++ object already deleted").
The thread lives while there is work and ends when the queue is empty (no idle thread per dialog); it
is a daemon, so a slow disk or a keyring prompt cannot hold up quitting the app.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections import deque
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import Shiboken

T = TypeVar("T")
log = logging.getLogger(__name__)


class Background(QObject):
    """Runs jobs one at a time on its own thread; each outcome is delivered on this object's thread."""

    _outcome = Signal(object, object, object, object, object)  # context, done, failed, result, error

    def __init__(self, name: str = "lumichats-io", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._jobs: deque[Callable[[], None]] = deque()
        self._lock = threading.Lock()
        self._working = False
        self._outcome.connect(self._deliver)

    def run(
        self,
        job: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[Exception], None] | None = None,
        context: QObject | None = None,
    ) -> None:
        """Queue job(); done(result) or failed(error) follows on this object's thread.

        With a context (the widget that asked), the answer is dropped if that widget has been deleted
        or its window closed by the time it arrives; job() itself still runs to the end.
        """

        def call() -> None:
            try:
                result = job()
            except Exception as exc:  # handed to `failed` on the UI thread
                self._send(context, done, failed, None, exc)
                return
            self._send(context, done, failed, result, None)

        with self._lock:
            self._jobs.append(call)
            if not self._working:
                self._working = True
                threading.Thread(target=self._work, name=self._name, daemon=True).start()

    def close(self) -> None:
        """Drop the jobs not started yet; the one running finishes and its outcome is still delivered."""
        with self._lock:
            self._jobs.clear()

    def _work(self) -> None:
        while True:
            with self._lock:
                if not self._jobs:
                    self._working = False
                    return
                call = self._jobs.popleft()
            call()

    def _send(self, context: Any, done: Any, failed: Any, result: Any, error: Exception | None) -> None:
        with contextlib.suppress(RuntimeError):  # the owner was deleted meanwhile: nobody to tell
            self._outcome.emit(context, done, failed, result, error)

    def _deliver(
        self, context: QObject | None, done: Any, failed: Any, result: Any, error: Exception | None
    ) -> None:
        if error is not None and failed is None:
            log.error("a background job failed", exc_info=error)
        elif context is not None and gone(context):
            return  # whoever asked was closed or deleted: its widgets may be gone
        elif error is None:
            done(result)
        else:
            failed(error)


def gone(context: QObject) -> bool:
    """True once the asking object was deleted, or the window it is in was closed (hidden after being shown).

    A window not shown yet is not gone (a dialog asks for its first data in its constructor); one shown
    again after closing is back. Qt keeps no "closed" flag, but closing a window hides it explicitly.
    """
    if not Shiboken.isValid(context):
        return True
    if isinstance(context, QWidget):
        window = context.window()
        return window.isHidden() and window.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
    return False
