"""`lumichats --self-test`: check, without a screen, that this install (or frozen bundle) works.

One PASS/FAIL line per check; exit status 1 if any fails. Everything it writes goes to a temporary folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path


def _check_window() -> str:
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no screen needed
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from lumichats_desktop.chat.service import ConversationService
    from lumichats_desktop.settings import AppSettings
    from lumichats_desktop.ui.main_window import MainWindow
    from lumichats_desktop.workers.db_executor import DbExecutor
    from lumichats_desktop.workers.inference_worker import InferenceThread

    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = DbExecutor(Path(os.environ["LUMICHATS_HOME"]) / "self-test.sqlite3")
    inference = InferenceThread()
    try:
        window = MainWindow(ConversationService(db, AppSettings()), inference, "lumichats-270m")
        window.show()
        app.processEvents()
        shown = window.isVisible()
        platform = QGuiApplication.platformName()
        window.close()
        app.processEvents()
    finally:
        inference.stop()
        db.close()
    if not shown:
        raise RuntimeError("the main window did not show")
    return f"main window shown (Qt platform {platform})"


def _check_database() -> str:
    from lumichats_desktop.storage.store import ConversationStore

    path = Path(os.environ["LUMICHATS_HOME"]) / "check.sqlite3"
    store = ConversationStore(path)
    cid = store.create_conversation("self-test")
    store.add_message(cid, None, "user", "héllo 世界")
    found = store.search("世界")
    if not found:
        raise RuntimeError("full-text search found nothing")
    return f"SQLite database opened and searched ({path.name})"


def _check_model() -> str:
    import threading

    from lumichats_desktop.engine.chat_engine import ChatEngine
    from lumichats_desktop.engine.models import open_model
    from lumichats_desktop.engine.sampling import SamplingParams
    from lumichats_desktop.paths import app_dirs
    from trainer.common.chat_format import Message

    started = time.perf_counter()
    loaded = open_model("lumichats-270m", app_dirs(), device="cpu")
    engine = ChatEngine(loaded)
    ids = engine.encode("Hello, 世界! مرحبا")
    if not ids:
        raise RuntimeError("the tokenizer produced no tokens")
    prompt = engine.prepare([Message("user", "What is the capital of France?")], max_new_tokens=8)
    params = SamplingParams(temperature=0.0, max_new_tokens=8)
    text = "".join(p for p in engine.stream(prompt, params, threading.Event()) if isinstance(p, str))
    if not text.strip():
        raise RuntimeError("the model generated nothing")
    return (
        f"tokenizer ({len(ids)} tokens) and LumiChats 270M ({loaded.quantization}) loaded and replied "
        f"{text.strip()[:40]!r} in {time.perf_counter() - started:.0f} s"
    )


def _check_trainer() -> str:
    from lumichats_desktop.wizard.flow import trainer_program

    result = subprocess.run([*trainer_program(), "--help"], capture_output=True, text=True, timeout=300)
    if result.returncode != 0 or "--dataset" not in result.stdout:
        raise RuntimeError(f"exit {result.returncode}: {(result.stderr or result.stdout)[-300:]}")
    return "trainer entry point answers --help"


CHECKS: list[tuple[str, Callable[[], str]]] = [
    ("window", _check_window),
    ("database", _check_database),
    ("model", _check_model),
    ("trainer", _check_trainer),
]


def run() -> int:
    """Run every check in a temporary LUMICHATS_HOME; the exit status says whether all passed."""
    failures = 0
    with tempfile.TemporaryDirectory(prefix="lumichats-self-test-") as home:
        os.environ["LUMICHATS_HOME"] = home
        os.environ.setdefault("LUMICHATS_CACHE_DIR", str(Path(home) / "cache"))
        for name, check in CHECKS:
            try:
                detail = check()
                sys.stdout.write(f"PASS {name}: {detail}\n")
            except Exception as exc:  # a self-test reports every failure and carries on
                failures += 1
                sys.stdout.write(f"FAIL {name}: {type(exc).__name__}: {exc}\n")
                traceback.print_exc(file=sys.stderr)
            sys.stdout.flush()
    sys.stdout.write(
        f"{'FAILED' if failures else 'PASSED'}: {len(CHECKS) - failures} of {len(CHECKS)} checks\n"
    )
    return 1 if failures else 0
