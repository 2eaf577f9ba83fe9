"""The window after a crash, a bad stored value, a damaged database, or a failure at any step of a reply."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from lumichats_desktop.storage.store import ConversationStore
from lumichats_desktop.workers.inference_worker import InferenceWorker
from tests.ui.conftest import WindowFactory, until


def _send(windows: WindowFactory, window, text: str) -> None:  # type: ignore[no-untyped-def]
    window.composer.setPlainText(text)
    window.composer.submit()
    windows.run(until(lambda: window.streaming is None and not window.busy and not window._tasks))
    windows.run(window.idle())


def _crashed_mid_reply(path: Path, partial: str) -> tuple[int, int]:
    """The database as a kill -9 mid-reply leaves it: a 'streaming' reply with the text saved so far."""
    store = ConversationStore(path)
    cid = store.create_conversation("Story")
    user = store.add_message(cid, None, "user", "Tell me a story")
    reply = store.add_message(cid, user, "assistant", "", status="streaming")
    if partial:
        store.save_partial(reply, partial)
    store._db.close()  # no clean close: the process died
    return cid, reply


def _streaming_rows(window) -> int:  # type: ignore[no-untyped-def]
    return int(
        window.conversations.db.run_blocking(
            lambda s: s._db.execute("SELECT count(*) FROM messages WHERE status = 'streaming'").fetchone()[0]
        )
    )


def test_an_empty_reply_cut_off_by_a_crash_is_interrupted_and_the_next_message_gets_a_reply(
    windows: WindowFactory,
) -> None:
    cid, _ = _crashed_mid_reply(windows.db_path, "")
    window = windows.open()
    windows.run(window.open_conversation(cid))
    reply = window.view.widgets[-1]
    assert reply.message.status == "interrupted" and reply.note.text() == "interrupted"
    assert reply.retry_button.isVisibleTo(window) and not reply.continue_button.isVisibleTo(window)
    _send(windows, window, "Are you there?")
    last = window.view.widgets[-1].message
    assert last.role == "assistant" and last.content and last.status != "streaming", window.view.banner.text()
    assert "empty" not in window.view.banner.text()


def test_continue_goes_on_from_the_text_saved_before_the_crash(windows: WindowFactory) -> None:
    cid, reply_id = _crashed_mid_reply(windows.db_path, "Once upon a time")
    window = windows.open()
    windows.run(window.open_conversation(cid))
    widget = window.view.widgets[-1]
    assert widget.message.content == "Once upon a time" and widget.continue_button.isVisibleTo(window)
    widget.continue_button.click()
    windows.run(until(lambda: window.streaming is None and not window.busy and not window._tasks))
    windows.run(window.idle())
    done = window.view.widgets[-1].message
    assert done.id == reply_id and done.content.startswith("Once upon a time")
    assert len(done.content) > len("Once upon a time") and done.status in ("complete", "stopped")


def test_a_bad_stored_sampling_value_gets_a_message_and_a_default_and_the_reply_comes(
    windows: WindowFactory,
) -> None:
    window = windows.open()
    cid = windows.run(window.conversations.db.run(lambda s: s.create_conversation("Imported")))
    windows.run(
        window.conversations.db.run(
            lambda s: s.update_settings(cid, system_prompt="", model_id=None, settings={"temperature": "0.7"})
        )
    )
    windows.run(window.open_conversation(cid))
    _send(windows, window, "Hello")
    assert window.view.widgets[-1].message.role == "assistant" and window.view.widgets[-1].message.content
    assert "temperature" in window.view.banner.text()
    assert window.send_button.text() == "Send" and _streaming_rows(window) == 0


STEPS = ["plan", "open", "sidebar", "sampling", "request", "worker", "finish"]  # sampling: inside the plan


@pytest.mark.parametrize("step", STEPS)
def test_a_failure_at_any_step_between_send_and_finished_gives_the_window_back(
    windows: WindowFactory, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    from lumichats_desktop.chat import replies, service
    from lumichats_desktop.ui import reply_flow

    window = windows.open()
    _send(windows, window, "First")  # a conversation with one exchange

    def boom(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError(f"injected failure at {step}")

    async def aboom(*args: Any, **kwargs: Any) -> Any:
        boom()

    with monkeypatch.context() as patch:
        if step == "plan":
            patch.setattr(service, "plan_send", boom)
        elif step == "open":
            patch.setattr(window, "open_conversation", aboom)
        elif step == "sidebar":
            patch.setattr(window, "refresh_sidebar", aboom)
        elif step == "sampling":
            patch.setattr(replies, "read_sampling", boom)
        elif step == "request":
            patch.setattr(reply_flow, "asdict", boom)
        elif step == "worker":  # an unexpected exception inside the worker thread
            engine = window.inference.worker._engine
            patch.setattr(engine, "prepare", lambda *a, **k: {}["no such key"])
        elif step == "finish":
            patch.setattr(service, "finish_reply", boom)
        window.composer.setPlainText("Second")
        window.composer.submit()
        windows.run(until(lambda: not window.busy and not window._tasks))
        windows.run(window.idle())
        assert window.streaming is None and window.send_button.text() == "Send"
        assert window.view.banner.text(), "the failure is shown"
        if step != "finish":
            assert _streaming_rows(window) == 0
    # The window works again: the next message gets a reply.
    window.view.banner.dismiss("reply")
    _send(windows, window, "Third")
    last = window.view.widgets[-1].message
    assert last.role == "assistant" and last.content and last.status in ("complete", "stopped")
    user_texts = windows.run(
        window.conversations.db.run(
            lambda s: [r[0] for r in s._db.execute("SELECT content FROM messages WHERE role = 'user'")]
        )
    )
    # What was typed is stored, or (a failed plan rolls back whole) still in the composer.
    assert "Second" in user_texts or step in ("plan", "sampling")


def test_the_worker_ends_every_reply_even_for_unknown_sampling_keys(qapp) -> None:  # type: ignore[no-untyped-def]
    worker = InferenceWorker()
    ended: list[dict[str, Any]] = []
    worker.finished.connect(lambda request, stats: ended.append(stats))
    worker.generate(7, [("user", "hi")], {"temperature": 0.5, "bogus": 1}, 512)
    worker.generate(8, [("user", "hi")], {"temperature": "hot"}, 512)
    assert [s["stop_reason"] for s in ended] == ["error", "error"]
    assert "bogus" in ended[0]["error"] and "type" in ended[1]["error"]


def test_a_damaged_database_notice_stays_until_dismissed_and_offers_recovery(windows: WindowFactory) -> None:
    windows.db_path.parent.mkdir(parents=True, exist_ok=True)
    windows.db_path.write_bytes(b"<b>not</b> a database " * 200)
    window = windows.open()
    assert window.model_ready  # the model loaded, and its note did not replace the notice
    notice = window.view.banner.notices["storage"]
    assert "damaged" in notice.label.text() and notice.label.textFormat() == Qt.TextFormat.PlainText
    assert [b.text() for b in notice.buttons] == ["Recover"]
    notice.buttons[0].click()
    windows.run(until(lambda: "Nothing could be read" in window.view.banner.text("storage")))
    window.view.banner.notices["storage"].close_button.click()
    assert "storage" not in window.view.banner.notices and not window.view.banner.isVisibleTo(window)


def test_error_text_from_a_file_is_shown_as_plain_text(windows: WindowFactory) -> None:
    window = windows.open()
    window.view.show_error('<img src="x"><b>bold</b>')
    label = window.view.banner.notices["error"].label
    assert label.textFormat() == Qt.TextFormat.PlainText and label.text() == '<img src="x"><b>bold</b>'
    assert window.status.model_label.textFormat() == Qt.TextFormat.PlainText


def test_importing_the_same_file_twice_asks_and_skip_or_copy_is_honoured(
    windows: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    window = windows.open()
    _send(windows, window, "Remember this")
    target = tmp_path / "all.json"
    exported = windows.run(window.conversations.db.run(lambda s: s.export_all()))
    target.write_text(json.dumps(exported), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    asked: list[str] = []
    windows.run(window.transfer.import_json())
    assert window.sidebar.list.count() == 2
    window.transfer.ask_duplicate = lambda message: asked.append(message) or "skip"  # type: ignore[method-assign]
    windows.run(window.transfer.import_json())
    assert window.sidebar.list.count() == 2 and "already imported" in asked[0]
    window.transfer.ask_duplicate = lambda message: "copy"  # type: ignore[method-assign]
    windows.run(window.transfer.import_json())
    assert window.sidebar.list.count() == 3
    assert any("(copy)" in window.sidebar.list.item(i).text() for i in range(3))
