"""A closed window gives its model back: the long-running app (and the UI test suite) must not grow."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import WindowFactory


def test_a_closed_window_lets_go_of_its_model(windows: WindowFactory) -> None:
    window = windows.open()
    assert window.model_ready
    engine = weakref.ref(window.inference.worker.engine)  # the weights and the 262k-token tokenizer
    assert engine() is not None
    windows.close(window)
    window.deleteLater()
    del window
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    # Before the fix the worker kept the model for the life of the process (~0.5 GB a window even with
    # the tiny model: the UI suite grew to 22 GB in one process and was killed by the OOM killer).
    assert engine() is None, "a closed window still holds its model"


def test_stopping_a_worker_nobody_listened_to_prints_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    import warnings

    from lumichats_desktop.workers.inference_worker import InferenceThread

    thread = InferenceThread()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        thread.stop()
    # The packaged app's self-test printed six "Failed to disconnect" warnings here.
    assert [str(w.message) for w in caught] == []
