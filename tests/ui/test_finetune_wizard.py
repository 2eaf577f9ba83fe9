"""The fine-tune wizard end to end: a real trainer process on a tiny model, cancel, resume, chat with it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.conftest import WindowFactory, until


def test_wizard_trains_cancels_resumes_and_opens_a_chat_on_the_adapter(
    windows: WindowFactory, tiny_model_dir: Path, tmp_path: Path
) -> None:
    window = windows.open()
    wizard = window.tools.show_finetune()
    wizard.confirm = lambda question: True  # type: ignore[method-assign]
    windows.run(until(wizard.data_page.isComplete))  # the preview is read on a worker thread
    assert "40 rows" in wizard.data_page.preview.toPlainText()
    wizard.next()
    wizard.model_page.model.setCurrentText(str(tiny_model_dir))
    wizard.next()
    s = wizard.settings_page
    s.steps.setValue(40)
    s.save_steps.setValue(2)
    s.length.setValue(96)
    s.batch.setValue(1)
    s.accum.setValue(1)
    s.name.setText("wizard-run")
    s.folder.setText(str(tmp_path))
    wizard.next()  # the run page starts the trainer process
    state = lambda: wizard.state  # noqa: E731 (the wizard replaces its state on resume)
    windows.run(until(lambda: state().step >= 3, timeout=240))
    assert wizard.run_page.chart.train and "Training" in wizard.run_page.details.text()
    assert not wizard.run_page.isComplete()
    wizard.run_page.cancel.click()
    windows.run(until(lambda: state().status in ("cancelled", "failed"), timeout=120))
    assert state().status == "cancelled", state().error_text()
    checkpoints = list((tmp_path / "wizard-run" / "checkpoints").glob("checkpoint-*"))
    assert checkpoints and wizard.run_page.resume.isEnabled()
    stopped_at = state().step
    wizard.settings_page.steps.setValue(stopped_at + 4)  # finish soon after resuming
    wizard.run_page.resume.click()
    windows.run(until(lambda: state().status in ("finished", "failed"), timeout=300))
    assert state().status == "finished", (state().error_text(), state().log_tail, wizard.command)
    assert (tmp_path / "wizard-run" / "adapter_model.safetensors").is_file()
    assert state().eval_after is not None and state().losses[0][0] <= stopped_at
    assert wizard.run_page.isComplete()
    wizard.next()
    assert "wizard-run" in wizard.finish_page.summary.text()
    wizard.finish_page.chat.click()
    windows.run(until(lambda: window.loading[1].endswith("wizard-run") and window.model_ready, timeout=120))
    conv = windows.run(window.conversations.db.run(lambda s: s.conversation(window.conversation_id)))
    assert conv.model_id == str(tiny_model_dir) and conv.settings["adapter"].endswith("wizard-run")
    assert conv.title == "Chat with wizard-run"


def test_settings_page_offers_all_gpus_only_when_there_are_several(
    qtbot: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import lumichats_desktop.ui.wizard_pages as pages
    from lumichats_desktop.ui.finetune_wizard import FineTuneWizard

    wizard = FineTuneWizard()
    page = wizard.settings_page
    monkeypatch.setattr(pages, "cuda_device_count", lambda: 1)
    page.initializePage()
    assert not page.all_gpus.isVisibleTo(page)
    monkeypatch.setattr(pages, "cuda_device_count", lambda: 4)
    page.initializePage()
    assert page.all_gpus.isVisibleTo(page) and "4 GPUs" in page.all_gpus.text()
    page.all_gpus.setChecked(True)
    page.folder.setText(str(tmp_path))
    launched: list[list[str]] = []
    monkeypatch.setattr(wizard.training, "start", lambda command, stop_file: launched.append(command))
    # (start_trainer builds the command and calls start: the child is never started here)
    wizard.start(resume=False)
    assert launched[-1][-2:] == ["--num-processes", "4"]
    page.accum.setValue(3)  # 2 x 3 = 6 conversations a step cannot be split over 4 GPUs
    wizard.start(resume=False)
    assert wizard.state.status == "failed" and "split evenly over 4" in wizard.state.error
    wizard.deleteLater()
