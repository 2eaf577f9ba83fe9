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
