"""A real main window on a qasync loop, a real SQLite file and a tiny model on a real worker thread."""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWizard

from lumichats_desktop.chat.service import ConversationService
from lumichats_desktop.settings import AppSettings
from lumichats_desktop.ui.main_window import MainWindow
from lumichats_desktop.workers.db_executor import DbExecutor
from lumichats_desktop.workers.inference_worker import InferenceThread


@pytest.fixture(autouse=True)
def no_running_qthreads() -> Iterator[None]:
    """Fail any test that leaves the inference QThread running."""
    yield
    running = [t for t in InferenceThread.live if t.thread.isRunning()]
    for t in running:
        t.stop()
    assert not running, "a test left an inference QThread running"


@pytest.fixture(autouse=True)
def no_widgets_left_behind(qapp: QApplication) -> Iterator[None]:
    """Close and delete every top-level widget a test leaves, before the next test restyles the app.

    A widget left from an earlier test (its C++ parent gone) crashed Qt when a later test changed the
    application's style sheet (a segmentation fault in apply_theme, seen only in the whole UI suite).
    """
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QWizard):  # closing a wizard with a run asks (a modal box) to stop it
            widget.hide()
            continue
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


# by tokenizer.json's path, mtime and size; the two used last (each holds ~0.3 GB)
_TOKENIZERS_READ: OrderedDict[tuple[Path, int, int], Any] = OrderedDict()


@pytest.fixture(autouse=True)
def share_tokenizers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every window opened on a model folder gets the tokenizer the first window read from it.

    Reading the real 262k-token tokenizer.json took ~3.5 s of each window's ~4 s model load on the
    2-core box: about four minutes of this folder's run, spent reading the same file again. The app
    never changes a loaded tokenizer; reading one is tested in tests/engine, and a window test checks
    the window. A tokenizer.json that changed (time or size) is read again.
    """
    from transformers import AutoTokenizer

    read = AutoTokenizer.from_pretrained

    def shared(path: Any, *args: Any, **kwargs: Any) -> Any:
        file = Path(path) / "tokenizer.json" if isinstance(path, (str, Path)) else None
        if file is None or args or kwargs or not file.is_file():
            return read(path, *args, **kwargs)
        stat = file.stat()
        key = (file.resolve(), stat.st_mtime_ns, stat.st_size)
        if key not in _TOKENIZERS_READ:
            _TOKENIZERS_READ[key] = read(path)
            while len(_TOKENIZERS_READ) > 2:
                _TOKENIZERS_READ.popitem(last=False)
        _TOKENIZERS_READ.move_to_end(key)
        return _TOKENIZERS_READ[key]

    monkeypatch.setattr(AutoTokenizer, "from_pretrained", shared)


REPLY_TOKENS = 8  # every reply in these tests: exactly this many tokens unless a test says otherwise


@pytest.fixture(autouse=True)
def seeded_replies(monkeypatch: pytest.MonkeyPatch) -> None:
    """Replies from the random tiny model: a fixed seed, and no stop token before REPLY_TOKENS tokens.

    The tiny model is random: without min_new_tokens some seeds open with a stop token, and a test
    would pass or fail on that luck. A test of an empty reply makes one on purpose.
    """
    from dataclasses import replace

    from lumichats_desktop.chat import replies

    original = replies.read_sampling

    def seeded(settings: object, max_new_tokens: int = 1024):  # type: ignore[no-untyped-def]
        params, problems = original(settings, max_new_tokens)
        return replace(params, seed=42, min_new_tokens=min(REPLY_TOKENS, params.max_new_tokens)), problems

    monkeypatch.setattr(replies, "read_sampling", seeded)


@pytest.fixture
def loop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    event_loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(event_loop)
    yield event_loop
    event_loop.close()
    asyncio.set_event_loop(None)


async def until(condition: Callable[[], Any], timeout: float = 60.0) -> None:
    """Let the loop run until condition() is true."""
    waited = 0.0
    while not condition():
        await asyncio.sleep(0.02)
        waited += 0.02
        if waited > timeout:
            raise AssertionError("timed out waiting")


Scenario = Callable[[Callable[[Coroutine[Any, Any, Any]], Any]], None]


class WindowFactory:
    """Opens windows on one database file; closes them all at the end."""

    def __init__(self, loop: asyncio.AbstractEventLoop, db_path: Path, model: str) -> None:
        self.loop, self.db_path, self.model = loop, db_path, model
        self.opened: list[tuple[MainWindow, DbExecutor]] = []

    def open(self, settings: AppSettings | None = None) -> MainWindow:
        db = DbExecutor(self.db_path)
        conversations = ConversationService(db, settings or AppSettings(max_new_tokens=REPLY_TOKENS))
        window = MainWindow(conversations, InferenceThread(), self.model)
        self.opened.append((window, db))
        window.show()
        self.run(window.start())
        self.run(until(lambda: window.model_ready or "Retry" in window.view.banner.text()))
        return window

    def run(self, job: Coroutine[Any, Any, Any]) -> Any:
        return self.loop.run_until_complete(job)

    def close(self, window: MainWindow) -> None:
        for opened, db in list(self.opened):
            if opened is window:
                self.run(window.idle())
                window.close()
                db.close()
                self.opened.remove((opened, db))


@pytest.fixture
def windows(loop: asyncio.AbstractEventLoop, tmp_path: Path, tiny_model_dir: Path) -> Iterator[WindowFactory]:
    factory = WindowFactory(loop, tmp_path / "conversations.sqlite3", str(tiny_model_dir))
    yield factory
    for window, _ in list(factory.opened):
        factory.close(window)
