"""Render the main window with a multilingual conversation to a PNG (run under Xvfb to look at it).

xvfb-run -a python benchmarks/screenshot.py docs/screenshots/main-window.png [language] [theme]
xvfb-run -a python benchmarks/screenshot.py docs/screenshots/main-window-dark.png en dark

Each run saves three pictures: the newest messages, the top of the conversation (-top) and an empty
chat's welcome view (-welcome).
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import tempfile
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "multilingual.json"
if not SHARED.is_file():  # a checkout without the team's shared folder: the copy in tests/data
    SHARED = Path(__file__).resolve().parents[1] / "tests" / "data" / "multilingual.json"
REPLY = """Here is a **short** answer with a table and some code:

| language | greeting |
|---|---|
| Arabic | مرحبا |
| Japanese | こんにちは |

```python
def greet(name: str) -> str:
    return f"Hello, {name}!"
```
"""


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "main-window.png")
    os.environ.setdefault("LUMICHATS_HOME", tempfile.mkdtemp())
    import qasync
    from PySide6.QtWidgets import QApplication

    from lumichats_desktop.chat.service import ConversationService
    from lumichats_desktop.engine.models import default_model_id
    from lumichats_desktop.paths import app_dirs, database_path
    from lumichats_desktop.settings import AppSettings
    from lumichats_desktop.storage.store import ConversationStore
    from lumichats_desktop.ui.main_window import MainWindow
    from lumichats_desktop.workers.db_executor import DbExecutor
    from lumichats_desktop.workers.inference_worker import InferenceThread

    texts = json.loads(SHARED.read_text(encoding="utf-8"))["texts"]
    store = ConversationStore(database_path())
    for title in ("Recursion in Python", "Résumé de la photosynthèse"):
        store.create_conversation(title)
    cid = store.create_conversation("Many languages")
    parent = None
    for item in texts[3:12]:
        parent = store.add_message(cid, parent, "user", item["text"])
        parent = store.add_message(cid, parent, "assistant", item["text"])
    parent = store.add_message(cid, parent, "user", texts[0]["text"])
    store.add_message(cid, parent, "assistant", REPLY, stats={"new_tokens": 60})
    store.close()

    app = QApplication(sys.argv)
    from lumichats_desktop.app import style_app

    language = sys.argv[2] if len(sys.argv) > 2 else "en"  # a UI language, e.g. ar
    theme = sys.argv[3] if len(sys.argv) > 3 else "light"
    style_app(app, AppSettings(ui_language=language, theme=theme))  # as a start with those settings
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    db = DbExecutor(database_path())
    inference = InferenceThread()
    # What a first start loads without LumiChats 4B downloaded: the offline model (and its info bar).
    model = default_model_id(app_dirs(), "")
    window = MainWindow(ConversationService(db, AppSettings()), inference, model)
    window.resize(1200, 820)
    window.show()

    async def shoot() -> None:
        await window.start()
        for _ in range(900):  # the model's note (an info bar for the offline model) shows once it is loaded
            if window.model_ready:
                break
            await asyncio.sleep(0.1)
        await asyncio.sleep(0.5)
        window.composer.setPlainText("שלום, מה שלומך היום?")
        await asyncio.sleep(0.5)
        window.grab().save(str(out))
        window.view._follow = False
        window.view.verticalScrollBar().setValue(0)
        await asyncio.sleep(0.3)
        window.grab().save(str(out.with_name(out.stem + "-top.png")))
        window.new_chat()  # the welcome view with its example prompts
        await asyncio.sleep(0.3)
        window.grab().save(str(out.with_name(out.stem + "-welcome.png")))

    loop.run_until_complete(shoot())
    window.close()
    db.close()
    print(f"saved {out}")


if __name__ == "__main__":
    main()
