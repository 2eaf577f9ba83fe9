"""Import checks the whole file first, names the first bad field, and writes all or nothing."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import pytest

from lumichats_desktop.storage.database import StoreError
from lumichats_desktop.storage.importer import DuplicateImportError
from lumichats_desktop.storage.store import ConversationStore


@pytest.fixture
def store(tmp_path: Path) -> ConversationStore:
    return ConversationStore(tmp_path / "conversations.sqlite3")


def _export(store: ConversationStore, tmp_path: Path) -> dict[str, Any]:
    source = ConversationStore(tmp_path / "source.sqlite3")
    for n in range(3):
        cid = source.create_conversation(f"Chat {n}")
        user = source.add_message(cid, None, "user", f"question {n}")
        source.add_message(cid, user, "assistant", f"answer {n}", stats={"new_tokens": 3})
        source.add_message(cid, user, "assistant", f"other answer {n}", status="stopped")
        source.update_settings(cid, system_prompt="", model_id="gemma-3-270m", settings={"temperature": 0.5})
    data = source.export_all()
    source.close()
    return json.loads(json.dumps(data))


def _unchanged_and_usable(store: ConversationStore, path: Path, before: int) -> None:
    assert not store._db.in_transaction
    assert len(store.list_conversations()) == before
    cid = store.create_conversation("After")
    store.add_message(cid, None, "user", "typed after the failed import")
    store.close()
    reopened = ConversationStore(path)
    assert any(c.title == "After" for c in reopened.list_conversations())
    assert [m.content for m in reopened.active_path(cid)] == ["typed after the failed import"]


@pytest.mark.parametrize(
    ("field", "value", "named"),
    [
        ("model_id", {}, "conversations[1].model_id"),
        ("role", ["user"], "conversations[1].messages[0].role"),
        ("settings", {"temperature": "0.7"}, "conversations[1].settings.temperature"),
        ("parent", -1, "conversations[1].messages[1].parent"),
        ("parent", 7, "conversations[1].messages[1].parent"),
        ("parent", True, "conversations[1].messages[1].parent"),
        ("content", None, "conversations[1].messages[1].content"),
        ("created_at", float("nan"), "conversations[1].messages[1].created_at"),
        ("leaf", 99, "conversations[1].leaf"),
    ],
)
def test_a_bad_field_in_the_second_conversation_is_named_and_nothing_is_imported(
    store: ConversationStore, tmp_path: Path, field: str, value: Any, named: str
) -> None:
    data = _export(store, tmp_path)
    second = data["conversations"][1]
    if field in ("role",):
        second["messages"][0][field] = value
    elif field in ("parent", "content", "created_at"):
        second["messages"][1][field] = value
    else:
        second[field] = value
    with pytest.raises(StoreError) as raised:
        store.import_json(data)
    assert named in str(raised.value) and "nothing was imported" in str(raised.value)
    _unchanged_and_usable(store, tmp_path / "conversations.sqlite3", 0)


def test_a_second_import_of_the_same_file_is_noticed_then_skipped_or_copied(
    store: ConversationStore, tmp_path: Path
) -> None:
    data = _export(store, tmp_path)
    assert len(store.import_json(data, file_name="chats.json")) == 3
    reindented = json.loads(json.dumps(data, indent=4))
    with pytest.raises(DuplicateImportError, match=r"chats\.json was already imported"):
        store.import_json(reindented, file_name="chats.json")
    assert store.import_json(reindented, on_duplicate="skip") == [] and len(store.list_conversations()) == 3
    copies = store.import_json(reindented, on_duplicate="copy")
    assert sorted(store.conversation(c).title for c in copies) == [f"Chat {n} (copy)" for n in range(3)]


def test_fuzzed_import_files_import_whole_or_not_at_all(store: ConversationStore, tmp_path: Path) -> None:
    """300 files with one value swapped for a random JSON value: each imports whole or changes nothing."""
    base = _export(store, tmp_path)
    rng = random.Random(13)
    weird: list[Any] = [None, True, -1, 0, 10**30, 1.5, float("inf"), "", "x" * 10, [], [1], {}, {"a": 1}]
    outcomes = {"imported": 0, "refused": 0}
    for _ in range(300):
        data = copy.deepcopy(base)
        conv = rng.choice(data["conversations"])
        target = rng.choice([conv, rng.choice(conv["messages"]), data])
        key = rng.choice(sorted(target))
        target[key] = rng.choice(weird)
        before = len(store.list_conversations())
        try:
            ids = store.import_json(data, on_duplicate="copy")
        except StoreError:
            outcomes["refused"] += 1
            assert len(store.list_conversations()) == before
        else:
            outcomes["imported"] += 1
            assert len(store.list_conversations()) == before + len(ids)
            for cid in ids:
                store.active_path(cid)  # every imported conversation opens
        assert not store._db.in_transaction
    assert store.integrity() == ["ok"]
    assert outcomes["refused"] > 100 and outcomes["imported"] > 10, outcomes
