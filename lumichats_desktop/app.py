"""Start the chat window on a qasync event loop."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sys
from typing import TYPE_CHECKING, NoReturn

from lumichats_desktop.engine.models import default_model_id
from lumichats_desktop.paths import app_dirs, database_path, settings_path
from lumichats_desktop.settings import AppSettings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


def style_app(app: QApplication, settings: AppSettings) -> None:
    """The user's language (ours and Qt's own words) and theme, as at every start."""
    from lumichats_desktop.ui.theme import apply_theme
    from lumichats_desktop.ui.translations import install_translation

    install_translation(app, settings.ui_language)
    apply_theme(settings.theme, settings.text_zoom)


def run_app() -> int:
    """Open the main window; returns the exit code."""
    import qasync
    from PySide6.QtWidgets import QApplication

    from lumichats_desktop.chat.service import ConversationService
    from lumichats_desktop.ui.main_window import MainWindow
    from lumichats_desktop.workers.db_executor import DbExecutor
    from lumichats_desktop.workers.inference_worker import InferenceThread

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("LumiChats")
    dirs = app_dirs()
    settings = AppSettings.load(settings_path(dirs))
    style_app(app, settings)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    db = DbExecutor(database_path(dirs))
    inference = InferenceThread()
    model = default_model_id(dirs, settings.default_model)
    window = MainWindow(ConversationService(db, settings), inference, model, settings_path(dirs))

    async def main() -> None:
        closed = asyncio.Event()
        app.lastWindowClosed.connect(closed.set)
        window.show()
        await db.run(lambda s: s.purge_deleted(older_than_s=24 * 3600))
        await window.start()
        await closed.wait()

    with loop:
        loop.run_until_complete(main())
    db.close()
    exit_without_teardown(0)


def exit_without_teardown(code: int) -> NoReturn:
    """End the process now that every conversation and setting is on disk.

    Python's own shutdown after a model was loaded spends 12-27 s in C (freeing torch, transformers and
    the tokenizer's objects one by one: benchmarks/quit_time.py, docs/benchmarks.md) while the window is
    already gone; the operating system frees all of it at once.
    """
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):  # a closed or absent console
            stream.flush()
    os._exit(code)
