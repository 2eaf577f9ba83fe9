"""The fine-tune wizard in a UI language (Arabic by default): the data page and the settings page.

xvfb-run -a python benchmarks/wizard_language_screenshot.py docs/screenshots ar
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    language = sys.argv[2] if len(sys.argv) > 2 else "ar"
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("LUMICHATS_HOME", tempfile.mkdtemp())
    from PySide6.QtWidgets import QApplication

    from lumichats_desktop.app import style_app
    from lumichats_desktop.settings import AppSettings
    from lumichats_desktop.ui.finetune_wizard import FineTuneWizard

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    style_app(app, AppSettings(ui_language=language))
    wizard = FineTuneWizard()
    wizard.show()
    while not wizard.data_page.isComplete():  # the preview is read on a worker thread
        app.processEvents()
    for name in ("data", "model", "settings"):
        for _ in range(20):
            app.processEvents()
        wizard.grab().save(str(out / f"finetune-{name}-{language}.png"))
        if name != "settings":
            wizard.next()
    print(f"saved {out}/finetune-*-{language}.png")


if __name__ == "__main__":
    main()
