"""Hub downloads, GGUF imports and the hardware probe on their own thread, reported through signals."""

from __future__ import annotations

import atexit
import contextlib
import threading
from dataclasses import asdict
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from lumichats_desktop.hub.errors import HubError
from lumichats_desktop.paths import app_dirs


class DownloadWorker(QObject):
    """One job at a time; `cancel` (a threading.Event) pauses a download between two chunks."""

    progress = Signal(dict)  # download.Progress as a dict
    finished = Signal(str)  # what was fetched or imported
    failed = Signal(str, str, str)  # kind, message, link ("" when none)
    hardwareReady = Signal(str, float, str, str)  # summary, bytes free, where, the small model's precision

    def __init__(self) -> None:
        super().__init__()
        self.cancel = threading.Event()

    @Slot(str, str)
    def fetch(self, spec: str, token: str) -> None:
        from lumichats_desktop.hub.library import fetch

        self.cancel.clear()
        try:
            fetch(spec, app_dirs(), token or None, lambda p: self.progress.emit(asdict(p)), self.cancel)
        except HubError as exc:
            self.failed.emit(exc.kind.value, str(exc), exc.link or "")
            return
        except (ValueError, OSError) as exc:
            self.failed.emit("error", str(exc), "")
            return
        self.finished.emit(spec)

    @Slot(str)
    def import_gguf(self, path: str) -> None:
        from trainer.common.catalog import import_gguf
        from trainer.common.gguf_import import GGUFImportError

        try:
            out = import_gguf(
                Path(path),
                app_dirs(),
                lambda text, fraction: self.progress.emit(
                    {"repo_id": Path(path).name, "file": text, "done": int(fraction * 1000), "total": 1000}
                ),
            )
        except (GGUFImportError, OSError, ValueError) as exc:
            self.failed.emit("import", str(exc), "")
            return
        self.finished.emit(str(out))

    @Slot()
    def probe(self) -> None:
        from lumichats_desktop.engine.hardware import probe, small_model_precision, summary

        hw = probe(check_four_bit=True)
        if hw.cuda:
            free, where = float(hw.cuda[0].free_bytes), hw.cuda[0].name
        else:
            free, where = float(hw.available_ram_bytes), "RAM"
        self.hardwareReady.emit(summary(hw), free, where, small_model_precision(hw))


_FINISHING: set[DownloadThread] = set()  # stopped while a job ran: kept alive until their thread ends


def _wait_for_finishing(timeout_ms: int = 30_000) -> None:
    # At a normal interpreter exit (tests, scripts) a QThread destroyed while running aborts the process;
    # the app itself ends through os._exit (app.exit_without_teardown) and never gets here.
    for downloads in list(_FINISHING):
        downloads.thread.wait(timeout_ms)


atexit.register(_wait_for_finishing)


def _forget_finished() -> None:
    # Called on the UI thread only: a QThread must not be destroyed from its own thread or while it runs.
    _FINISHING.difference_update({t for t in _FINISHING if t.thread.isFinished()})


class DownloadThread:
    """Owns the QThread the DownloadWorker lives on."""

    def __init__(self) -> None:
        _forget_finished()
        self._connected: list[tuple[str, Any]] = []
        self.thread = QThread()
        self.thread.setObjectName("downloads")
        self.worker = DownloadWorker()
        self.worker.moveToThread(self.thread)
        self.thread.start()

    def stop(self) -> None:
        """Pause a download at its next chunk and let the thread end on its own; the caller never waits.

        A stalled connection or a GGUF import (which cannot stop midway) may take minutes to return,
        and closing the Models window must not freeze the app meanwhile. The thread is kept alive
        until it has finished; at quit the process ends without waiting for it (app.exit_without_teardown).
        """
        self.worker.cancel.set()
        self.thread.quit()
        for name, slot in self._connected:  # what the job still reports goes nowhere: its window is closing
            with contextlib.suppress(RuntimeError, TypeError):
                getattr(self.worker, name).disconnect(slot)
        self._connected.clear()
        _forget_finished()
        if not self.thread.isFinished():
            _FINISHING.add(self)

    def connect(self, **slots: Any) -> None:
        for name, slot in slots.items():
            getattr(self.worker, name).connect(slot)
            self._connected.append((name, slot))
