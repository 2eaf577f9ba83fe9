"""Render a chat with an attached PDF and a picture (and two more waiting in the composer) to a PNG.

xvfb-run -a python benchmarks/attachments_screenshot.py docs/screenshots/attachments.png

The conversation is staged in the database (the replies are written here, as in screenshot.py): the
picture shows the window's attachment chips, thumbnails and the sent message's files, not a model's
answer. The files are real: a PDF made by tests/attachments/files.py and a chart drawn with Pillow.
"""

from __future__ import annotations

import asyncio
import io
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

REPLY_PDF = """The report says three things:

1. **Revenue** rose 12% in the third quarter, mostly from the new subscription plan.
2. **Costs** fell 4% after the move to the new warehouse.
3. The team expects the same trend next quarter, with a risk from shipping prices.
"""
REPLY_IMAGE = """The chart shows monthly sales from January to June: a steady climb from about 20 to
about 60 units, with the largest jump between April and May."""


def chart_png(colour: tuple[int, int, int] = (60, 120, 220)) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (360, 240), "white")
    draw = ImageDraw.Draw(image)
    draw.line([(40, 200), (340, 200)], fill="black", width=2)
    draw.line([(40, 20), (40, 200)], fill="black", width=2)
    for i, value in enumerate([20, 26, 31, 38, 55, 60]):
        x = 55 + i * 48
        draw.rectangle([x, 200 - value * 2.8, x + 30, 200], fill=colour)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "attachments.png")
    os.environ.setdefault("LUMICHATS_HOME", tempfile.mkdtemp())
    import qasync
    from PySide6.QtWidgets import QApplication

    from lumichats_desktop.attachments.reading import attachment_from_bytes
    from lumichats_desktop.chat.service import ConversationService
    from lumichats_desktop.paths import database_path
    from lumichats_desktop.settings import AppSettings
    from lumichats_desktop.storage.attachments import link_attachments
    from lumichats_desktop.storage.store import ConversationStore
    from lumichats_desktop.ui.main_window import MainWindow
    from lumichats_desktop.workers.db_executor import DbExecutor
    from lumichats_desktop.workers.inference_worker import InferenceThread
    from tests.attachments.files import pdf_with_pages

    pdf = attachment_from_bytes(
        "q3-report.pdf",
        pdf_with_pages("Q3 revenue rose 12 percent.", "Costs fell 4 percent.", "Outlook: steady."),
    )
    chart = attachment_from_bytes("sales-chart.png", chart_png())
    store = ConversationStore(database_path())
    cid = store.create_conversation("Q3 report and sales chart")
    user = store.add_message(cid, None, "user", "Summarise this report in three points.")
    link_attachments(store, user, [pdf])
    reply = store.add_message(cid, user, "assistant", REPLY_PDF, stats={"new_tokens": 60})
    user = store.add_message(cid, reply, "user", "And what does this chart show?")
    link_attachments(store, user, [chart])
    store.add_message(cid, user, "assistant", REPLY_IMAGE, stats={"new_tokens": 40})
    store.close()

    app = QApplication(sys.argv)
    from lumichats_desktop.app import style_app

    style_app(app, AppSettings())
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    db = DbExecutor(database_path())
    inference = InferenceThread()
    window = MainWindow(ConversationService(db, AppSettings()), inference, "gemma-3-270m")
    window.resize(1200, 820)
    window.show()

    async def shoot() -> None:
        await window.start()
        await window.open_conversation(cid)
        await asyncio.sleep(1.5)
        bar = window.attachment_bar
        bar.set_images_allowed(True)  # as on LumiChats 4B (the 270M loaded here reads text only)
        notes = attachment_from_bytes(
            "meeting-notes.md", b"# Meeting\n\n- ship the beta\n- hire two people\n"
        )
        bar.add(notes)
        bar.add(attachment_from_bytes("q4-plan.png", chart_png((220, 120, 40))))
        window.composer.setPlainText("Compare these with the report.")
        await asyncio.sleep(0.5)
        window.grab().save(str(out))

    loop.run_until_complete(shoot())
    window.close()
    db.close()
    print(f"saved {out}")


if __name__ == "__main__":
    main()
