"""Nothing lost: one commit per change, replies saved as they stream, bad files found at open and kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from lumichats_desktop.storage.database import StoreError, in_use_marker
from lumichats_desktop.storage.recovery import kept_damaged_files, recover_into
from lumichats_desktop.storage.store import ConversationStore


def _filled(path: Path, conversations: int = 40, replies: int = 6) -> ConversationStore:
    store = ConversationStore(path)
    for c in range(conversations):
        cid = store.create_conversation(f"Chat {c}")
        parent = None
        for m in range(replies):
            role = "user" if m % 2 == 0 else "assistant"
            parent = store.add_message(cid, parent, role, f"conversation {c} message {m} " + "text " * 60)
    return store


def test_a_message_and_the_shown_branch_are_one_commit(tmp_path: Path) -> None:
    store = ConversationStore(tmp_path / "c.sqlite3")
    cid = store.create_conversation("Chat")
    first = store.add_message(cid, None, "user", "kept")
    # The pointer update fails (as a kill between the two writes would leave it): nothing may stay hidden.
    store._db.execute(
        "CREATE TEMP TRIGGER no_leaf BEFORE UPDATE OF leaf_id ON conversations "
        "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END"
    )
    with pytest.raises(sqlite3.DatabaseError):
        store.add_message(cid, first, "assistant", "half-written")
    store._db.execute("DROP TRIGGER no_leaf")
    contents = [r[0] for r in store._db.execute("SELECT content FROM messages")]
    assert contents == ["kept"]
    assert not store._db.in_transaction
    assert [m.content for m in store.active_path(cid)] == ["kept"]


def test_a_reply_left_streaming_by_a_crash_comes_back_interrupted_with_its_saved_text(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    store = ConversationStore(path)
    cid = store.create_conversation("Chat")
    user = store.add_message(cid, None, "user", "Tell me a story")
    reply = store.add_message(cid, user, "assistant", "", status="streaming")
    assert store.save_partial(reply, "Once upon a")
    store._db.close()  # the process dies here: no finish, no clean close
    assert in_use_marker(path).exists()
    reopened = ConversationStore(path)
    assert reopened.checked == "integrity_check" and reopened.interrupted == 1
    shown = reopened.active_path(cid)
    assert [(m.role, m.content, m.status) for m in shown] == [
        ("user", "Tell me a story", "complete"),
        ("assistant", "Once upon a", "interrupted"),
    ]
    assert not reopened.save_partial(reply, "late text")  # a late save never overwrites an ended reply
    reopened.close()
    assert not in_use_marker(path).exists()
    assert ConversationStore(path).checked == "quick_check"


def test_a_database_damaged_past_its_first_page_is_moved_aside_and_what_is_readable_recovered(
    tmp_path: Path,
) -> None:
    path = tmp_path / "conversations.sqlite3"
    store = _filled(path)
    store.close()
    data = bytearray(path.read_bytes())
    page = 4096
    pages = len(data) // page
    assert pages > 20
    # Keep the first pages (schema, the first conversations); overwrite a stretch in the middle.
    for n in range(pages // 2, pages // 2 + pages // 5):
        data[n * page : (n + 1) * page] = b"\xde\xad\xbe\xef" * (page // 4)
    path.write_bytes(bytes(data))
    damaged = bytes(data)

    store = ConversationStore(path)
    assert store.problem is not None and "damaged" in (told := store.problem.describe()) and "Recover" in told
    assert store.moved_aside is not None and store.moved_aside.read_bytes() == damaged
    assert store.list_conversations() == []
    assert store.purge_deleted() == 0  # the fresh file works (this call aborted the app before)
    (kept,) = kept_damaged_files(path)  # listed for File > Recover at any later start
    assert kept.path == store.moved_aside and kept.size == len(damaged) and kept.recovered_at is None
    report = recover_into(store, store.moved_aside)
    assert report.conversations >= 10 and report.messages >= 60
    (kept,) = kept_damaged_files(path)  # the -wal/-shm companions and the note are not listed
    assert kept.recovered_at is not None  # the list warns before the same file is recovered twice
    assert store.moved_aside.read_bytes() == damaged  # recovery read a copy
    assert store.integrity() == ["ok"]
    first = store.list_conversations()[-1]
    assert store.active_path(first.id)[0].content.startswith("conversation 0 message 0")


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty"), (b"PK\x03\x04 a zip file, not a database" * 50, "not an SQLite")],
)
def test_empty_and_foreign_files_are_moved_aside_not_treated_as_new(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "conversations.sqlite3"
    path.write_bytes(content)
    store = ConversationStore(path)
    assert store.problem is not None and reason in store.problem.describe()
    assert store.moved_aside is not None and store.moved_aside.read_bytes() == content
    assert store.list_conversations() == []


def test_a_damaged_file_found_after_a_crash_uses_the_full_check(tmp_path: Path) -> None:
    path = tmp_path / "conversations.sqlite3"
    _filled(path, conversations=5)._db.close()  # killed: the in-use marker stays
    store = ConversationStore(path)
    assert store.checked == "integrity_check" and store.problem is None
    assert len(store.list_conversations()) == 5


def test_unreadable_stored_settings_and_values_get_defaults_and_a_message(tmp_path: Path) -> None:
    store = ConversationStore(tmp_path / "c.sqlite3")
    cid = store.create_conversation("Chat")
    store._db.execute(
        "UPDATE conversations SET settings_json = '{not json', model_id = x'ff00' WHERE id = ?", (cid,)
    )
    conv = store.conversation(cid)
    assert conv.settings == {} and conv.model_id is None and len(conv.problems) == 2
    user = store.add_message(cid, None, "user", "hi")
    store._db.execute("UPDATE messages SET stats_json = '[1]', status = 'weird' WHERE id = ?", (user,))
    (message,) = store.active_path(cid)
    assert message.stats == {} and message.status == "complete"


def test_a_store_error_never_leaves_a_transaction_open(tmp_path: Path) -> None:
    store = ConversationStore(tmp_path / "c.sqlite3")
    with pytest.raises(StoreError), store.transaction():
        store.create_conversation("rolled back")
        raise StoreError("boom")
    assert not store._db.in_transaction and store.list_conversations() == []


def test_a_file_with_many_bad_pages_gets_a_notice_of_one_line_not_a_page_list(tmp_path: Path) -> None:
    path = tmp_path / "conversations.sqlite3"
    store = ConversationStore(path)
    for i in range(30):
        cid = store.create_conversation(f"Trip plan {i}")
        user = store.add_message(cid, None, "user", f"Where should I go on day {i}? " + "lorem ipsum " * 200)
        store.add_message(cid, user, "assistant", "Go to the museum. " * 200)
    store.close()
    data, page = bytearray(path.read_bytes()), 4096
    pages = len(data) // page
    for n in range(pages // 2, pages // 2 + pages // 5):
        data[n * page : (n + 1) * page] = b"\xde\xad\xbe\xef" * (page // 4)
    path.write_bytes(bytes(data))
    store = ConversationStore(path)
    # quick_check lists every bad page (one of its rows held 20 lines, and the notice filled the window):
    # the notice names the first problem and counts the rest.
    assert store.problem is not None and "\n" not in store.problem.reason, store.problem.reason
    assert "Page " in store.problem.reason and " more" in store.problem.reason
    assert len(store.problem.describe()) < 600, store.problem.describe()
