"""The wizard's data preview: read on a worker thread, only the rows it shows."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from lumichats_desktop.ui.wizard_pages import DataPage


def test_a_big_file_broken_further_down_previews_its_first_rows(qtbot: QtBot, tmp_path: Path) -> None:
    page = DataPage()
    qtbot.addWidget(page)
    qtbot.waitUntil(page.isComplete)  # the bundled sample
    row = {"conversations": [{"from": "human", "value": "Hello?"}, {"from": "gpt", "value": "Hi."}]}
    path = tmp_path / "big.jsonl"
    path.write_bytes(
        ("\n".join(json.dumps(row) for _ in range(200)) + "\n").encode() + b"\xff broken\n" * 10_000
    )
    page.path.setText(str(path))
    page.file.setChecked(True)  # refreshes: returns at once, the file is read on the worker thread
    assert not page.isComplete() and "Reading the first rows" in page.preview.toPlainText()
    qtbot.waitUntil(page.isComplete)
    text = page.preview.toPlainText()
    assert "The first 200 rows" in text and "200 rows, 200 kept, 0 dropped" in text


def test_a_missing_file_is_named_and_blocks_next(qtbot: QtBot, tmp_path: Path) -> None:
    page = DataPage()
    qtbot.addWidget(page)
    page.path.setText(str(tmp_path / "nowhere.jsonl"))
    page.file.setChecked(True)
    qtbot.waitUntil(lambda: "does not exist" in page.preview.toPlainText())
    assert not page.isComplete()


def test_the_memory_check_names_the_dropped_rows(qtbot: QtBot) -> None:
    from lumichats_desktop.ui.finetune_wizard import FineTuneWizard

    wizard = FineTuneWizard()
    qtbot.addWidget(wizard)
    wizard.check_state.status = "running"
    bad = [
        {"file": "chats.jsonl", "row": n, "reason": "bad JSON (Expecting value)"}
        for n in (5, 9, 12, 13, 20, 31)
    ]
    events = [  # what the trainer's dry run reports (protocol 1.1), as TrainingRun hands it over
        {
            "event": "data",
            "protocol": 1,
            "dropped": {"bad JSON (Expecting value)": 6},
            "dropped_rows": bad,
            "length_histogram": {"0-63": 3},
        },
        {
            "event": "dry_run",
            "protocol": 1,
            "train_rows": 3,
            "eval_rows": 1,
            "device": "cpu",
            "memory_estimate_bytes": 2**30,
            "available_memory_bytes": 8 * 2**30,
        },
    ]
    for event in events:
        wizard.checking.progress.emit(event)
    wizard.checking.ended.emit(0, False)
    text = wizard.model_page.result.text()
    assert "3 conversations for training, 1 held out." in text and "Fits" in text
    assert "Dropped rows (6 in all):" in text and "chats.jsonl, row 5: bad JSON" in text
    assert "row 20" in text and "row 31" not in text  # the first five, then "…"
