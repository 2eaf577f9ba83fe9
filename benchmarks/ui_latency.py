"""UI latency: streaming stalls, opening a long chat, search over 100k messages, cold start.

    QT_QPA_PLATFORM=offscreen python benchmarks/ui_latency.py

Streaming feeds 5,000 chunks at 1,000 per second through the window's real path (worker signal slot ->
coalescing buffer -> 30 Hz repaint of the streaming message) while a 1 ms timer measures how late the
main thread gets to it. No model is loaded: the point is the UI, not the engine.
"""

from __future__ import annotations

import asyncio
import os
import random
import statistics
import sys
import tempfile
import time

STARTED = time.perf_counter()
os.environ.setdefault("LUMICHATS_HOME", tempfile.mkdtemp())
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QObject, QThread, QTimer, Signal, Slot  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from lumichats_desktop.chat.service import ConversationService  # noqa: E402
from lumichats_desktop.paths import database_path  # noqa: E402
from lumichats_desktop.settings import AppSettings  # noqa: E402
from lumichats_desktop.storage.store import ConversationStore, StoredMessage  # noqa: E402
from lumichats_desktop.ui.main_window import MainWindow  # noqa: E402
from lumichats_desktop.ui.reply_state import Streaming  # noqa: E402
from lumichats_desktop.ui.theme import apply_theme  # noqa: E402
from lumichats_desktop.workers.db_executor import DbExecutor  # noqa: E402
from lumichats_desktop.workers.inference_worker import InferenceThread  # noqa: E402

WORDS = [
    "the",
    "model",
    "replies",
    "with",
    "tokens",
    "about",
    "science",
    "history",
    "code",
    "music",
    "travel",
]
TEXTS = [
    "مرحبا! كيف يمكنني تعلم البرمجة",
    "你好！请用三句话解释什么是机器学习。",
    "Größenordnung und ein Fluß",
]


def fill(store: ConversationStore, conversations: int, per: int) -> int:
    rng = random.Random(0)
    store._db.execute("BEGIN")
    long_id = 0
    for c in range(conversations):
        cid = store.create_conversation(f"Chat {c}")
        parent = None
        for m in range(per):
            text = " ".join(rng.choices(WORDS, k=20)) + " " + rng.choice(TEXTS)
            parent = store.add_message(cid, parent, "user" if m % 2 == 0 else "assistant", text)
        long_id = cid
    store._db.execute("COMMIT")
    return long_id


# UNSTYLED=1 measures without the theme (palette + style sheet), for a before/after comparison.
STYLED = os.environ.get("UNSTYLED") != "1"
STYLE_CODE = "from lumichats_desktop.ui.theme import apply_theme; apply_theme('light');" if STYLED else ""


def cold_start_ms() -> float:
    """A fresh interpreter: import the app, build and show the window, paint once."""
    import subprocess

    code = (
        "import time; t=time.perf_counter(); import sys, asyncio, qasync;"
        "from PySide6.QtWidgets import QApplication; app=QApplication(sys.argv);"
        "from lumichats_desktop.app import run_app;"
        "from lumichats_desktop.ui.main_window import MainWindow;"
        "from lumichats_desktop.workers.db_executor import DbExecutor;"
        "from lumichats_desktop.workers.inference_worker import InferenceThread;"
        "from lumichats_desktop.settings import AppSettings;"
        "from lumichats_desktop.chat.service import ConversationService;"
        "from lumichats_desktop.paths import database_path;"
        + STYLE_CODE
        + "loop=qasync.QEventLoop(app); asyncio.set_event_loop(loop); db=DbExecutor(database_path());"
        "w=MainWindow(ConversationService(db, AppSettings()), InferenceThread(), 'x');"
        "w.show(); app.processEvents();"
        "print((time.perf_counter()-t)*1000); w.close(); db.close()"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    print(f"cold start to window, imports included, no model: {cold_start_ms():.0f} ms")
    path = database_path()
    store = ConversationStore(path)
    fill(store, 10_000, 10)
    store._db.execute("BEGIN")
    long_chat = store.create_conversation("Long chat")
    parent = None
    for m in range(2000):
        parent = store.add_message(
            long_chat, parent, "user" if m % 2 == 0 else "assistant", f"Message {m}: " + " ".join(WORDS)
        )
    store._db.execute("COMMIT")
    timings = []
    for query in ("music travel", "البرمجة", "机器学习", "Fluß", "nothing-like-this"):
        started = time.perf_counter()
        store.search(query)
        timings.append((time.perf_counter() - started) * 1000)
    print(
        f"search over 100,000 messages: median {statistics.median(timings):.1f} ms, max {max(timings):.1f} ms"
    )
    store.close()

    app = QApplication(sys.argv)
    if STYLED:
        apply_theme("light")  # what every start does: palette, font and the generated style sheet
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    db = DbExecutor(path)
    window = MainWindow(ConversationService(db, AppSettings()), InferenceThread(), "gemma-3-270m")
    window.show()
    app.processEvents()

    # How much of the open is waiting for the database (the query for the chat's messages).
    waited: list[float] = []
    path_of = window.conversations.path

    async def timed_path(conversation_id: int | None) -> list[StoredMessage]:
        began = time.perf_counter()
        try:
            return await path_of(conversation_id)
        finally:
            waited.append((time.perf_counter() - began) * 1000)

    window.conversations.path = timed_path  # type: ignore[method-assign]

    async def run() -> None:
        # The database's first use opens and checks the file (quick_check: ~100 ms at 100,000 messages).
        # The app does that at start (MainWindow.start shows what the check found) before any chat
        # opens, so it is timed on its own here, not as part of opening a chat.
        started = time.perf_counter()
        await window.conversations.startup()
        checked = (time.perf_counter() - started) * 1000
        print(f"database opened and checked (at start, before any chat): {checked:.0f} ms")
        started = time.perf_counter()
        await window.open_conversation(long_chat)
        app.processEvents()
        window.view.viewport().repaint()
        print(
            f"open a 2,000-message chat to first paint: {(time.perf_counter() - started) * 1000:.0f} ms "
            f"({waited[0]:.0f} ms of it waiting for the database)"
        )
        cid = await db.run(lambda s: s.create_conversation("Streaming"))
        user = await db.run(lambda s: s.add_message(cid, None, "user", "Stream please"))
        reply = await db.run(lambda s: s.add_message(cid, user, "assistant", "", status="streaming"))
        await window.open_conversation(cid)
        window.streaming = Streaming(1, cid, reply)
        window._flush_timer.start()
        await measure_stream(window, rate=float(os.environ.get("STREAM_RATE", "1000")))

    loop.run_until_complete(run())
    window.streaming = None
    window.close()
    db.close()


class Feeder(QObject):
    """Emits chunks from its own QThread, as the inference worker does."""

    chunk = Signal(int, str)

    @Slot(int, float)
    def run(self, tokens: int, rate: float) -> None:
        begin = time.perf_counter()
        for i in range(tokens):
            target = begin + i / rate
            while time.perf_counter() < target:
                time.sleep(0.0002)
            self.chunk.emit(1, f" tok{i % 97}")


class Starter(QObject):
    start = Signal(int, float)


async def measure_stream(window: MainWindow, tokens: int = 5000, rate: float = 1000.0) -> None:
    """Stream chunks at `rate` per second into the window; measure main-thread lateness."""
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def probe() -> None:
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6)
        last[0] = now

    timer = QTimer(interval=1)
    timer.timeout.connect(probe)
    thread = QThread()
    feeder = Feeder()
    feeder.moveToThread(thread)
    feeder.chunk.connect(window._on_chunk)
    starter = Starter()
    starter.start.connect(feeder.run)
    thread.start()
    timer.start()
    starter.start.emit(tokens, rate)
    expected = tokens / rate
    await asyncio.sleep(expected + 0.3)
    timer.stop()
    thread.quit()
    thread.wait()
    stalls = sorted(gaps[5:])
    p99 = stalls[int(len(stalls) * 0.99) - 1]
    shown = len(window.view.widgets[-1].body.toPlainText())
    print(
        f"stream {tokens} tokens at {rate:.0f}/s: longest main-thread gap {max(stalls):.1f} ms, "
        f"p99 {p99:.1f} ms ({len(stalls)} probes of a 1 ms timer; {shown} characters shown)"
    )


if __name__ == "__main__":
    main()
