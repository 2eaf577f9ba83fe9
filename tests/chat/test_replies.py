"""The Qt-free reply service: prompts stay valid after failed replies, bad stored values get defaults."""

from __future__ import annotations

import json
from pathlib import Path

from lumichats_desktop.chat.replies import (
    PartialSaver,
    finish_reply,
    plan_continue,
    plan_send,
    prompt_history,
)
from lumichats_desktop.settings import AppSettings, sampling_from
from lumichats_desktop.storage.store import ConversationStore, StoredMessage
from trainer.common.chat_format import Message, validate


def _msg(mid: int, role: str, content: str, status: str = "complete") -> StoredMessage:
    return StoredMessage(mid, mid - 1 or None, role, content, status)


def test_a_prompt_after_an_empty_interrupted_reply_still_alternates() -> None:
    path = [_msg(1, "user", "Hi"), _msg(2, "assistant", "", "interrupted"), _msg(3, "user", "Still there?")]
    history = prompt_history(path, "Be brief.")
    assert history == [("system", "Be brief."), ("user", "Hi\n\nStill there?")]
    validate([Message(r, t) for r, t in history])


def test_a_bad_stored_sampling_value_falls_back_to_its_default_alone() -> None:
    params = sampling_from({"temperature": "0.7", "top_k": 5, "top_p": 7.0, "seed": None}, 64)
    assert params.temperature == 0.7 and params.top_k == 5 and params.top_p == 0.95
    assert sampling_from("not a dict", 64).max_new_tokens == 64


def test_bad_values_in_the_settings_file_get_defaults_and_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"context_limit": "big", "theme": "purple", "send_key": "enter"}), "utf-8")
    settings = AppSettings.load(path)
    assert settings.context_limit == 8192 and settings.theme == "system" and settings.send_key == "enter"
    assert len(settings.problems) == 2 and any("context_limit" in p for p in settings.problems)
    settings.save(path)
    assert "problems" not in json.loads(path.read_text("utf-8"))


def test_send_then_finish_are_one_commit_each_and_continue_goes_on_from_the_text(tmp_path: Path) -> None:
    store = ConversationStore(tmp_path / "c.sqlite3")
    plan = plan_send(store, None, "Write a poem", 32)
    shown = store.active_path(plan.conversation_id)
    assert [(m.role, m.status) for m in shown] == [("user", "complete"), ("assistant", "streaming")]
    assert plan.history == [("user", "Write a poem")]
    finish_reply(store, plan.message_id, "Roses are", {"stop_reason": "cancelled"})
    assert store.active_path(plan.conversation_id)[-1].status == "stopped"
    assert store.conversation(plan.conversation_id).title == "Write a poem"
    again = plan_continue(store, plan.conversation_id, plan.message_id, 32)
    assert again.prefix == "Roses are" and again.history == [("user", "Write a poem")]
    finish_reply(store, plan.message_id, "Roses are red", {"stop_reason": "eos"})
    assert store.active_path(plan.conversation_id)[-1].content == "Roses are red"


def test_partial_text_is_saved_at_most_once_an_interval_and_only_when_changed() -> None:
    now = [0.0]
    saver = PartialSaver(1.0, clock=lambda: now[0])
    assert saver.due("a") is None  # less than a second since the reply started
    now[0] = 1.2
    assert saver.due("ab") == "ab"
    now[0] = 1.5
    assert saver.due("abc") is None
    now[0] = 2.4
    assert saver.due("abc") == "abc" and saver.due("abc") is None
