"""The chat window as a person uses it: send, watch it stream, stop, regenerate, edit, reopen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from tests.ui.conftest import WindowFactory, until


def _send(windows: WindowFactory, window, text: str) -> None:  # type: ignore[no-untyped-def]
    window.composer.setPlainText(text)
    window.composer.submit()
    windows.run(until(lambda: window.streaming is not None))
    windows.run(until(lambda: window.streaming is None))
    windows.run(window.idle())


def _texts(window) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(w.message.role, w.message.content) for w in window.view.widgets]


def test_a_sent_message_gets_a_streamed_reply_that_is_there_after_reopening(windows: WindowFactory) -> None:
    window = windows.open()
    assert "CPU" in window.status.model_label.text()
    _send(windows, window, "Hello there")
    shown = _texts(window)
    assert shown[0] == ("user", "Hello there") and shown[1][0] == "assistant" and shown[1][1]
    assert "tokens/s" in window.status.speed_label.text() and "Context:" in window.status.context_label.text()
    assert window.sidebar.list.item(0).text() == "Hello there"  # title from the first exchange
    windows.close(window)
    reopened = windows.open()
    assert _texts(reopened) == shown
    assert reopened.view.widgets[1].message.stats["new_tokens"] > 0


def test_stop_keeps_the_partial_reply_and_marks_it(windows: WindowFactory) -> None:
    window = windows.open()
    windows.run(window.conversations.db.run(lambda s: s.create_conversation("Long")))
    windows.run(window.refresh_sidebar())
    cid = windows.run(window.conversations.db.run(lambda s: s.list_conversations()[0].id))
    windows.run(
        window.conversations.db.run(
            lambda s: s.update_settings(
                cid,
                system_prompt="",
                model_id=None,
                settings={"max_new_tokens": 4000, "temperature": 1.0, "top_k": 0},
            )
        )
    )
    windows.run(window.open_conversation(cid))
    window.composer.setPlainText("Write forever")
    window.composer.submit()
    windows.run(until(lambda: window.streaming is not None and len(window.streaming.parts) >= 3))
    assert window.send_button.text() == "Stop"
    window.send_button.click()
    windows.run(until(lambda: window.streaming is None))
    windows.run(window.idle())
    reply = window.view.widgets[-1].message
    assert reply.status == "stopped" and reply.content and reply.stats["new_tokens"] < 4000
    assert window.view.widgets[-1].note.text() == "stopped"
    assert window.send_button.text() == "Send"


def test_regenerate_keeps_alternatives_with_a_switcher(windows: WindowFactory) -> None:
    window = windows.open()
    _send(windows, window, "Pick a number")
    first = window.view.widgets[-1].message
    window.view.widgets[-1].regenerate.emit(first.id)
    windows.run(until(lambda: window.streaming is not None))
    windows.run(until(lambda: window.streaming is None))
    windows.run(window.idle())
    latest = window.view.widgets[-1]
    assert latest.siblings.text() == "2/2" and latest.siblings.isVisible()
    latest.showSibling.emit(latest.message.id, -1)
    windows.run(window.idle())
    assert window.view.widgets[-1].message.id == first.id


def test_edit_and_resend_makes_a_branch_and_the_old_one_stays(
    windows: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = windows.open()
    _send(windows, window, "Original question")
    question = window.view.widgets[0].message
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("Edited question", True))
    window.view.widgets[0].edit.emit(question.id)
    windows.run(until(lambda: window.streaming is not None))
    windows.run(until(lambda: window.streaming is None))
    windows.run(window.idle())
    assert window.view.widgets[0].message.content == "Edited question"
    assert window.view.widgets[0].siblings.text() == "2/2"
    window.view.widgets[0].showSibling.emit(window.view.widgets[0].message.id, -1)
    windows.run(window.idle())
    assert window.view.widgets[0].message.content == "Original question"


def test_whitespace_is_not_sent_and_a_huge_paste_is_kept_with_a_clear_error(windows: WindowFactory) -> None:
    window = windows.open()
    window.composer.setPlainText("   \n\t ")
    window.composer.submit()
    windows.run(window.idle())
    assert window.view.widgets == [] and window.streaming is None
    huge = "paste " * 200_000  # over 1 MB
    window.composer.setPlainText(huge)
    window.composer.submit()
    windows.run(until(lambda: "too long" in window.view.banner.text()))
    windows.run(window.idle())
    # The message is stored (nothing lost) and the empty reply is not; Retry is offered.
    assert [w.message.role for w in window.view.widgets] == ["user"]
    assert "Retry" in window.view.banner.text()


def test_delete_conversation_then_undo_brings_it_back(windows: WindowFactory) -> None:
    window = windows.open()
    _send(windows, window, "Keep this")
    cid = window.conversation_id
    windows.run(window.delete_conversation(cid))
    assert window.sidebar.list.count() == 0 and window.sidebar.undo_bar.isVisible()
    window.sidebar.undo_button.click()
    windows.run(window.idle())
    assert window.sidebar.list.count() == 1 and window.conversation_id == cid


def test_search_box_shows_matching_conversations(windows: WindowFactory) -> None:
    window = windows.open()
    _send(windows, window, "مرحبا! كيف يمكنني تعلم البرمجة")
    window.new_chat()
    _send(windows, window, "Unrelated")
    window.sidebar.search.setText("البرمجة")
    windows.run(
        until(lambda: window.sidebar.list.count() >= 1 and "البرمجة" in window.sidebar.list.item(0).text())
    )
    window.sidebar.search.clear()
    windows.run(until(lambda: window.sidebar.list.count() == 2))


def test_enter_sends_and_shift_enter_breaks_the_line(windows: WindowFactory, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = windows.open()
    sent: list[str] = []
    window.composer.submitted.disconnect()
    window.composer.submitted.connect(sent.append)
    qtbot.keyClicks(window.composer, "line one")
    qtbot.keyClick(window.composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(window.composer, "line two")
    assert sent == []
    qtbot.keyClick(window.composer, Qt.Key.Key_Return)
    assert sent == ["line one\nline two"]


def test_model_load_failure_is_shown_inline_with_retry(windows: WindowFactory, tmp_path: Path) -> None:
    windows.model = str(tmp_path / "no-such-model")
    window = windows.open()
    assert not window.model_ready
    assert "does not exist" in window.view.banner.text() and "Retry" in window.view.banner.text()


def test_settings_dialog_sets_the_system_prompt_and_reply_length_and_saves_preferences(
    windows: WindowFactory, tmp_path: Path
) -> None:
    from lumichats_desktop.engine.sampling import SamplingParams
    from lumichats_desktop.settings import AppSettings
    from tests.tiny_models import save_tiny_adapter

    adapter = save_tiny_adapter(Path(windows.model), tmp_path / "my-adapter")
    window = windows.open()
    window.settings_file = tmp_path / "settings.json"

    def answer(dialog) -> bool:  # type: ignore[no-untyped-def]
        dialog.adapter.setText(str(adapter))
        dialog.system_prompt.setPlainText("Answer in Spanish.")
        dialog.max_new_tokens.setValue(5)
        assert dialog.loop_guard.value() == SamplingParams().dry_multiplier  # on unless turned off
        dialog.loop_guard.setValue(0)
        dialog.send_key.setCurrentIndex(dialog.send_key.findData("ctrl+enter"))
        return True

    window.ask = answer  # type: ignore[method-assign]
    windows.run(window.edit_settings())
    conv = windows.run(window.conversations.db.run(lambda s: s.conversation(window.conversation_id)))
    assert conv.system_prompt == "Answer in Spanish." and conv.settings["max_new_tokens"] == 5
    assert conv.settings["dry_multiplier"] == 0
    assert window.composer.send_key == "ctrl+enter"
    assert AppSettings.load(tmp_path / "settings.json").send_key == "ctrl+enter"
    _send(windows, window, "Hola, ¿qué tal?")
    assert window.view.widgets[-1].message.role == "assistant", window.view.banner.text()
    assert window.view.widgets[-1].message.stats["new_tokens"] <= 5
    assert "my-adapter" in window.status.model_label.text()  # the conversation's adapter was loaded


def test_quitting_mid_reply_keeps_the_partial_reply(windows: WindowFactory) -> None:
    window = windows.open(settings=None)
    window.settings.max_new_tokens = 4000
    window.composer.setPlainText("Keep talking")
    window.composer.submit()
    windows.run(until(lambda: window.streaming is not None and "".join(window.streaming.parts).strip()))
    cid = window.conversation_id
    windows.close(window)
    reopened = windows.open()
    windows.run(reopened.open_conversation(cid))
    reply = reopened.view.widgets[-1].message
    assert reply.role == "assistant" and reply.status == "stopped" and reply.content.strip()


def test_export_all_then_import_brings_the_conversations_back(
    windows: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    window = windows.open()
    _send(windows, window, "Remember this")
    target = tmp_path / "all.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    windows.run(window.transfer.export_all())
    assert "Remember this" in target.read_text(encoding="utf-8")
    windows.run(window.transfer.import_json())
    assert window.sidebar.list.count() == 2
    target.write_text("{broken", encoding="utf-8")
    task = window.spawn(window.transfer.import_json())
    windows.run(window.idle())
    assert task.done() and "nothing was imported" in window.view.banner.text()


def test_an_empty_reply_is_said_plainly_and_retry_writes_one(
    windows: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    import lumichats_desktop.engine.generation as generation

    def settled() -> bool:
        return window.streaming is None and not window.busy and not window._tasks

    window = windows.open()
    with monkeypatch.context() as patch:  # the model's first token is <end_of_turn>: nothing written
        patch.setattr(generation, "sample_next", lambda *args: 106)
        window.composer.setPlainText("Say nothing")
        window.composer.submit()
        windows.run(until(settled))
        windows.run(window.idle())
    assert _texts(window) == [("user", "Say nothing")]  # no empty reply stored or shown
    assert "ended its reply without writing anything" in window.view.banner.text("reply")
    [retry] = [b for b in window.view.banner.notices["reply"].buttons if b.text() == "Retry"]
    retry.click()
    windows.run(until(lambda: len(window.view.widgets) == 2 and settled()))
    windows.run(window.idle())
    shown = _texts(window)
    assert shown[0] == ("user", "Say nothing") and shown[1][0] == "assistant" and shown[1][1]


def test_while_loading_the_status_bar_names_the_model_as_people_know_it(windows: WindowFactory) -> None:
    window = windows.open()
    window.requestLoad.disconnect()  # what the status bar says, without loading anything
    window.load("lumichats-270m", "")
    assert window.status.model_label.text() == "Loading LumiChats 270M (offline)…"  # not the catalogue id
    window.load("/home/me/models/my-finetune", "")
    assert window.status.model_label.text() == "Loading my-finetune…"
