"""The conversation store: branches, search in any script, export/import, migrations, bad files."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from lumichats_desktop.storage.database import StoreError
from lumichats_desktop.storage.schema import SCHEMA_VERSION
from lumichats_desktop.storage.store import ConversationStore

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def store(tmp_path: Path) -> ConversationStore:
    return ConversationStore(tmp_path / "conversations.sqlite3")


def _chat(store: ConversationStore, *texts: str) -> tuple[int, list[int]]:
    cid = store.create_conversation("Test")
    ids: list[int] = []
    parent = None
    for i, text in enumerate(texts):
        parent = store.add_message(cid, parent, "user" if i % 2 == 0 else "assistant", text)
        ids.append(parent)
    return cid, ids


def test_conversations_are_listed_pinned_first_then_newest(store: ConversationStore) -> None:
    old = store.create_conversation("old")
    pinned = store.create_conversation("pinned")
    new = store.create_conversation("new")
    store.add_message(old, None, "user", "touch")  # activity moves it up
    store.set_pinned(pinned, True)
    assert [c.id for c in store.list_conversations()] == [pinned, old, new]


def test_regenerated_replies_are_alternatives_and_can_be_flipped(store: ConversationStore) -> None:
    cid, (user, first) = _chat(store, "Hi", "Hello!")
    second = store.add_message(cid, user, "assistant", "Hey there!")
    path = store.active_path(cid)
    assert [m.content for m in path] == ["Hi", "Hey there!"]
    assert (path[-1].sibling_index, path[-1].sibling_count) == (1, 2)
    store.show_sibling(cid, second, -1)
    assert store.active_path(cid)[-1].id == first


def test_editing_a_message_branches_and_the_old_branch_stays(store: ConversationStore) -> None:
    cid, (_q1, a1, _q2, _a2) = _chat(store, "Q1", "A1", "Q2", "A2")
    edited = store.add_message(cid, a1, "user", "Q2 edited")
    store.add_message(cid, edited, "assistant", "A2'")
    assert [m.content for m in store.active_path(cid)] == ["Q1", "A1", "Q2 edited", "A2'"]
    store.show_sibling(cid, edited, -1)
    assert [m.content for m in store.active_path(cid)] == ["Q1", "A1", "Q2", "A2"]


def test_delete_with_undo_and_purge(store: ConversationStore) -> None:
    cid, _ = _chat(store, "keep me")
    store.delete(cid)
    assert store.list_conversations() == []
    store.undelete(cid)
    assert [c.id for c in store.list_conversations()] == [cid]
    store.delete(cid)
    assert store.purge_deleted() == 1


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("Hello! How do I sort a list in Python?", "sort a list"),
        ("مرحبا! كيف يمكنني تعلم البرمجة بلغة بايثون في 30 يوما؟", "البرمجة"),
        ("你好！请用三句话解释什么是机器学习。", "机器学习"),
        ("こんにちは。東京の天気はどうですか？", "東京"),  # two characters: below the trigram size
    ],
)
def test_search_finds_words_in_any_script_with_a_snippet(
    store: ConversationStore, text: str, query: str
) -> None:
    cid, (mid,) = _chat(store, text)
    _chat(store, "something else entirely")
    hits = [h for h in store.search(query) if h.message_id is not None]
    assert [(h.conversation_id, h.message_id) for h in hits] == [(cid, mid)]
    assert query in hits[0].snippet.replace("[", "").replace("]", "")


def test_search_lists_the_newest_matches_first(store: ConversationStore) -> None:
    """The newest first for every query length, and fast: ranking by relevance scored every match."""
    older, (older_mid,) = _chat(store, "recipe recipe recipe")  # the better match by relevance (bm25)
    newer, (newer_mid,) = _chat(store, "a long message that mentions a recipe once, among many other words")
    hits = [(h.conversation_id, h.message_id) for h in store.search("recipe") if h.message_id is not None]
    assert hits == [(newer, newer_mid), (older, older_mid)]


def test_search_ignores_deleted_conversations_and_odd_queries(store: ConversationStore) -> None:
    cid, _ = _chat(store, "secret plans")
    store.delete(cid)
    assert store.search("secret") == []
    assert store.search('"; DROP TABLE messages; --') == []
    assert store.search("100%_") == []


def test_export_then_import_is_an_exact_round_trip(store: ConversationStore, tmp_path: Path) -> None:
    cid, (user, _) = _chat(store, "Γειά σου 👋🏽", "Hello 🇯🇵")
    store.add_message(cid, user, "assistant", "Alternative", status="stopped", stats={"new_tokens": 3})
    store.update_settings(
        cid, system_prompt="Be kind.", model_id="gemma-3-270m", settings={"temperature": 0.2}
    )
    exported = store.export_all()
    other = ConversationStore(tmp_path / "other.sqlite3")
    (new_id,) = other.import_json(json.loads(json.dumps(exported)))
    assert other.export_all() == exported
    assert [m.content for m in other.active_path(new_id)] == ["Γειά σου 👋🏽", "Alternative"]


def test_a_damaged_import_adds_nothing(store: ConversationStore) -> None:
    data = store.export_all()
    data["conversations"] = [{"title": "x", "created_at": 1, "updated_at": 1, "messages": [{"parent": 5}]}]
    with pytest.raises(StoreError, match="nothing was imported"):
        store.import_json(data)
    assert store.list_conversations() == []
    with pytest.raises(StoreError, match="not a LumiChats"):
        store.import_json({"hello": 1})


def test_markdown_export_reads_like_the_chat(store: ConversationStore) -> None:
    cid, _ = _chat(store, "What is 2+2?", "**4**")
    text = store.export_markdown(cid)
    assert text.startswith("# Test") and "**You**:\n\nWhat is 2+2?" in text and "**4**" in text


def test_a_v1_database_is_migrated_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "conversations.sqlite3"
    shutil.copy(FIXTURES / "conversations-v1.sqlite3", path)
    store = ConversationStore(path)
    assert store.problem is None
    assert [m.content for m in store.active_path(1)][1] == "A function that calls itself."
    assert store.search("рекурсия")[0].conversation_id == 1  # the search index was built from old rows
    assert (tmp_path / f"conversations.sqlite3.before-v{SCHEMA_VERSION}.bak").is_file()
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_corrupt_database_is_moved_aside_never_deleted(tmp_path: Path) -> None:
    path = tmp_path / "conversations.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    store = ConversationStore(path)
    assert store.problem is not None and "damaged" in store.problem.describe()
    kept = [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == b"this is not sqlite" * 100
    assert store.list_conversations() == []


def test_a_database_from_a_newer_version_is_kept_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "conversations.sqlite3"
    ConversationStore(path).close()
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    connection.close()
    store = ConversationStore(path)
    assert store.problem is not None and "newer LumiChats" in store.problem.describe()
    assert any(".newer-v" in p.name for p in tmp_path.iterdir())


def test_a_read_only_data_folder_is_a_clear_error(tmp_path: Path) -> None:
    import os

    if os.geteuid() == 0:
        blocked = tmp_path / "file-not-folder"
        blocked.write_text("x")
        with pytest.raises(StoreError, match="Cannot create the data folder"):
            ConversationStore(blocked / "sub" / "conversations.sqlite3")
        return
    tmp_path.chmod(0o500)
    with pytest.raises(StoreError):
        ConversationStore(tmp_path / "sub" / "conversations.sqlite3")
