"""What a person meets walking the fine-tune wizard: clear data problems, the memory check, how a run ends."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lumichats_desktop.ui.finetune_wizard import FineTuneWizard
from lumichats_desktop.ui.translations import install_translation
from lumichats_desktop.ui.wizard_pages import DataPage


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    translators = install_translation(qapp, "ar")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _problem_with(qtbot: QtBot, page: DataPage, path: Path) -> str:
    page.path.setText(str(path))
    page.file.setChecked(True)
    page.refresh()
    qtbot.waitUntil(lambda: "…" not in page.preview.toPlainText()[-3:])  # "Reading the first rows…" gone
    assert not page.isComplete()  # Next stays off
    return page.preview.toPlainText()


def test_the_data_page_says_what_is_wrong_with_each_kind_of_bad_file(qtbot: QtBot, tmp_path: Path) -> None:
    page = DataPage()
    qtbot.addWidget(page)
    qtbot.waitUntil(page.isComplete)  # the bundled sample
    page.file.setChecked(True)  # no file chosen yet: what to do, not a Hub id nobody asked about
    assert "Browse" in page.preview.toPlainText() and "Hub" not in page.preview.toPlainText()
    empty = tmp_path / "chats.jsonl"
    empty.write_text("")
    assert "chats.jsonl is empty" in _problem_with(qtbot, page, empty)  # was "no usable conversation"
    text = tmp_path / "notes.txt"
    text.write_text("hello\n")
    assert "notes.txt is not a .json, .jsonl or .parquet file" in _problem_with(qtbot, page, text)
    prose = tmp_path / "prose.jsonl"
    prose.write_text("Dear diary,\ntoday I trained a model.\n")
    problem = _problem_with(qtbot, page, prose)
    assert '"conversations" (ShareGPT) or "messages"' in problem  # what a row needs
    assert "prose.jsonl, row 1: bad JSON" in problem  # and where the file goes wrong
    assert "no usable conversation" not in problem  # the trainer's own English sentence, said once already


def test_data_problems_and_the_preview_are_in_the_ui_language(
    qtbot: QtBot, tmp_path: Path, arabic: None
) -> None:
    page = DataPage()
    qtbot.addWidget(page)
    qtbot.waitUntil(page.isComplete)
    preview = page.preview.toPlainText()
    assert "rows" not in preview and "kept" not in preview and "user" not in preview  # was English
    block = page.preview.document().begin()
    while block.isValid() and "capital of France" not in block.text():
        block = block.next()
    assert block.isValid() and block.text().rstrip().endswith("France?")
    assert block.textDirection() == Qt.LayoutDirection.LeftToRight  # its "?" at its end, in an Arabic window
    empty = tmp_path / "chats.jsonl"
    empty.write_text("")
    problem = _problem_with(qtbot, page, empty)
    assert "chats.jsonl" in problem and "empty" not in problem and "usable" not in problem
    first = page.preview.document().begin()
    assert first.text().startswith("chats.jsonl") and first.textDirection() == Qt.LayoutDirection.RightToLeft
    prose = tmp_path / "prose.jsonl"
    prose.write_text("Dear diary,\n")
    problem = _problem_with(qtbot, page, prose)
    assert "conversations" in problem and not any(w in problem for w in ("rows", "kept", "dropped", "row 1"))


def test_the_memory_check_lists_lengths_shortest_first_and_names_the_device(qtbot: QtBot) -> None:
    wizard = FineTuneWizard()
    qtbot.addWidget(wizard)
    wizard.check_state.status = "running"
    histogram = {"0-255": 7, "1024-1279": 1, "256-511": 2, "512-767": 0}  # JSON's order, as the trainer sends
    wizard.checking.progress.emit({"event": "data", "protocol": 1, "length_histogram": histogram})
    wizard.checking.progress.emit(
        {
            "event": "dry_run",
            "protocol": 1,
            "train_rows": 9,
            "eval_rows": 1,
            "device": "cpu",
            "memory_estimate_bytes": 2**30,
            "available_memory_bytes": 8 * 2**30,
        }
    )
    wizard.checking.ended.emit(0, False)
    text = wizard.model_page.result.text()
    where = [text.index(f"{label} tokens") for label in ("0-255", "256-511", "512-767", "1024-1279")]
    assert where == sorted(where)
    assert "free on this computer (CPU)" in text and "on cpu" not in text


def _event(wizard: FineTuneWizard, **event: object) -> None:
    wizard.training.progress.emit({"protocol": 1, **event})


def test_the_run_page_says_how_a_run_ended_not_the_phase_it_was_in(qtbot: QtBot) -> None:
    wizard = FineTuneWizard()
    qtbot.addWidget(wizard)
    page = wizard.run_page
    wizard.state.status = "running"
    page.show_state(wizard.state)
    assert page.phase.text() == "Starting the trainer…" and page.bar.maximum() == 0  # busy, not "0 / 1"
    assert page.details.text() == ""  # not "Starting 0/0: 00:00"
    _event(wizard, event="start", max_steps=6)
    _event(wizard, event="phase", phase="training")
    _event(wizard, event="step", step=3, max_steps=6, loss=2.5, eta_s=30)
    assert page.phase.text() == "Training" and page.bar.value() == 3 and page.bar.maximum() == 6
    _event(wizard, event="done", status="cancelled", output="")
    wizard.training.ended.emit(0, False)
    assert page.phase.text() == "Stopped at step 3 of 6. A checkpoint is kept: Resume continues from it."
    assert page.details.text().startswith("Stopped 3/6") and "<" not in page.details.text()  # no time left
    wizard.state.status = "running"
    _event(wizard, event="phase", phase="saving")
    _event(wizard, event="step", step=6, max_steps=6, loss=2.0, eta_s=0)
    _event(wizard, event="done", status="finished", output="/tmp/adapter")
    wizard.training.ended.emit(0, False)
    assert page.phase.text().startswith("Finished: the adapter is saved.")  # was "Saving the adapter"
    assert "Saving" not in page.details.text() and page.isComplete()


def test_the_schedule_is_offered_in_words_and_run_by_its_name(qtbot: QtBot, arabic: None) -> None:
    wizard = FineTuneWizard()
    qtbot.addWidget(wizard)
    box = wizard.settings_page.scheduler
    shown = [box.itemText(i) for i in range(box.count())]
    assert not any(name in " ".join(shown) for name in ("linear", "cosine", "constant"))  # was English
    assert wizard.settings_page.changes()["lr_scheduler"] == "linear"  # the recipe's
    box.setCurrentIndex(box.findData("cosine"))
    assert wizard.settings_page.changes()["lr_scheduler"] == "cosine"
