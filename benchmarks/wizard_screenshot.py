"""Screenshots of the fine-tune wizard's run page (a real run of LumiChats 270M's base on the sample) and
of the Models dialog.

QT_QPA_PLATFORM=offscreen python benchmarks/wizard_screenshot.py docs/screenshots
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    out.mkdir(parents=True, exist_ok=True)
    home = tempfile.mkdtemp()
    os.environ.setdefault("LUMICHATS_HOME", home)
    from PySide6.QtWidgets import QApplication

    from lumichats_desktop.ui.finetune_wizard import FineTuneWizard
    from lumichats_desktop.ui.models_dialog import ModelsDialog
    from lumichats_desktop.workers.model_library import ModelLibrary

    app = QApplication.instance() or QApplication(sys.argv[:1])
    models = ModelsDialog("lumichats-270m", ModelLibrary())
    models.show()
    deadline = time.monotonic() + 60
    while "CPU:" not in models.hardware.text() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.05)
    models.grab().save(str(out / "models-dialog.png"))
    models.close()
    wizard = FineTuneWizard()
    wizard.confirm = lambda question: True  # type: ignore[method-assign]
    wizard.show()
    while not wizard.data_page.isComplete():  # the preview is read on a worker thread
        app.processEvents()
    wizard.next()
    wizard.next()
    s = wizard.settings_page
    s.steps.setValue(12)
    s.length.setValue(256)
    s.batch.setValue(1)
    s.accum.setValue(1)
    s.eval_steps.setValue(4)
    s.folder.setText(str(Path(home) / "adapters"))
    wizard.next()
    deadline = time.monotonic() + 900
    while wizard.state.step < 8 and wizard.state.status == "running" and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.05)
    wizard.grab().save(str(out / "finetune-run-page.png"))
    wizard.cancel_run()  # the trainer stops after its step; wait for it here (a script, not the UI)
    deadline = time.monotonic() + 120
    while wizard.training.running and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.05)
    sys.stdout.write(f"{wizard.state.progress_text()} -> {out}\n")


if __name__ == "__main__":
    main()
