"""Closing the Models window while a download or import is stuck does not freeze the app."""

from __future__ import annotations

import gc
import threading
import time
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

import lumichats_desktop.hub.library as library
from lumichats_desktop.workers import download_worker
from lumichats_desktop.workers.download_worker import DownloadThread


def test_stop_returns_at_once_while_a_job_is_stuck_and_the_thread_ends_later(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    started, release = threading.Event(), threading.Event()

    def stuck_fetch(*_args: Any, **_kwargs: Any) -> None:  # a connection that stopped sending
        started.set()
        release.wait(30)

    monkeypatch.setattr(library, "fetch", stuck_fetch)
    downloads = DownloadThread()
    done: list[str] = []
    downloads.connect(finished=done.append)
    worker = downloads.worker
    QTimer.singleShot(0, worker, lambda: worker.fetch("google/gemma-3-4b-it", ""))
    assert started.wait(10)
    began = time.monotonic()
    downloads.stop()  # what closing the window or quitting does
    waited = time.monotonic() - began
    assert waited < 2.0, f"the UI thread waited {waited:.1f} s for a stuck download"
    thread = downloads.thread
    del downloads
    gc.collect()  # the running QThread must survive its owner going away (Qt aborts otherwise)
    assert thread.isRunning()
    release.set()
    qtbot.waitUntil(thread.isFinished, timeout=10_000)
    qtbot.wait(50)  # deliver anything queued
    assert done == []  # its window was closing: what the job reported afterwards went nowhere
    DownloadThread().stop()  # a later window lets go of the finished one
    assert thread not in {t.thread for t in download_worker._FINISHING}


_EXIT_WHILE_FINISHING = """
import threading, time
from PySide6.QtCore import QCoreApplication, QTimer
import lumichats_desktop.hub.library as library
from lumichats_desktop.workers.download_worker import DownloadThread

started = threading.Event()

def slow_fetch(*_args, **_kwargs):  # a chunk that takes a while to come back after the pause
    started.set()
    time.sleep(1.5)

library.fetch = slow_fetch
app = QCoreApplication([])
downloads = DownloadThread()
worker = downloads.worker
QTimer.singleShot(0, worker, lambda: worker.fetch("google/gemma-3-4b-it", ""))
assert started.wait(10)
downloads.stop()
del downloads, worker
print("stopped", flush=True)
"""


def test_a_script_that_ends_while_a_stopped_download_is_finishing_exits_cleanly() -> None:
    import subprocess
    import sys

    from tests.conftest import REPO

    # A running QThread destroyed at interpreter exit aborts the process (SIGABRT; rc 134 in a shell): the
    # thread still finishing is waited for first. (The app itself leaves through os._exit.)
    result = subprocess.run(
        [sys.executable, "-c", _EXIT_WHILE_FINISHING], capture_output=True, text=True, cwd=REPO, timeout=120
    )
    assert result.returncode == 0 and "stopped" in result.stdout, (result.returncode, result.stderr[-2000:])
