"""Attachments in SQLite: stored once per content, gone with their last message, migrated, exported."""

from __future__ import annotations

import base64
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from lumichats_desktop.attachments.reading import attachment_from_bytes
from lumichats_desktop.chat.replies import finish_reply, plan_edit, plan_send
from lumichats_desktop.storage.attachments import attachment_count
from lumichats_desktop.storage.database import StoreError
from lumichats_desktop.storage.schema import SCHEMA_VERSION
from lumichats_desktop.storage.store import ConversationStore
from tests.attachments.files import image_bytes, pdf_with_pages

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def store(tmp_path: Path) -> ConversationStore:
    return ConversationStore(tmp_path / "c.sqlite3")


def _files():  # type: ignore[no-untyped-def]
    pdf = attachment_from_bytes("report.pdf", pdf_with_pages("Revenue rose 12 percent", "Costs fell"))
    image = attachment_from_bytes("cat.png", image_bytes("PNG"))
    return pdf, image


def test_a_file_sent_twice_is_stored_once_and_goes_with_its_last_message(store: ConversationStore) -> None:
    pdf, image = _files()
    first = plan_send(store, None, "Summarise", 32, [pdf, image])
    finish_reply(store, first.message_id, "It says revenue rose.", {"stop_reason": "eos"})
    second = plan_send(store, first.conversation_id, "And this one?", 32, [pdf])
    assert attachment_count(store) == 2  # the PDF is stored once for both messages
    shown = store.active_path(first.conversation_id)
    assert [a.name for a in shown[0].attachments] == ["report.pdf", "cat.png"]
    assert shown[0].attachments[1].data == image.data
    assert [a.name for a in shown[2].attachments] == ["report.pdf"]
    store.delete_message(second.conversation_id, second.parent_id)
    assert attachment_count(store) == 2  # the first message still carries both
    store.delete_message(first.conversation_id, first.parent_id)  # deletes the rest of the branch too
    assert attachment_count(store) == 0


def test_a_purged_conversation_takes_its_files_with_it(store: ConversationStore) -> None:
    pdf, _ = _files()
    plan = plan_send(store, None, "Read this", 32, [pdf])
    store.delete(plan.conversation_id)
    assert attachment_count(store) == 1  # deleted conversations wait for Undo
    store.purge_deleted()
    assert attachment_count(store) == 0


def test_the_plan_carries_documents_as_text_and_images_in_order(store: ConversationStore) -> None:
    pdf, image = _files()
    plan = plan_send(store, None, "What is in these?", 32, [image, pdf])
    ((role, text),) = plan.history
    assert role == "user" and text.startswith("<start_of_image>----- Attached file: report.pdf (2 pages)")
    assert "Revenue rose 12 percent" in text and text.endswith("What is in these?")
    assert plan.images == (image.data,)
    edited = plan_edit(store, plan.conversation_id, plan.parent_id, "Only the PDF, please", 32)
    assert edited.images == (image.data,) and "Revenue rose" in edited.history[-1][1]


def test_a_chat_started_with_only_a_file_is_named_after_it(store: ConversationStore) -> None:
    pdf, _ = _files()
    plan = plan_send(store, None, "", 32, [pdf])
    finish_reply(store, plan.message_id, "A report on revenue.", {"stop_reason": "eos"})
    assert store.conversation(plan.conversation_id).title == "report.pdf"


def test_search_finds_words_inside_an_attached_document_and_its_name(store: ConversationStore) -> None:
    pdf, image = _files()
    plan = plan_send(store, None, "Summarise", 32, [pdf, image])
    finish_reply(store, plan.message_id, "It is about money.", {"stop_reason": "eos"})
    other = plan_send(store, None, "Hello", 32, [])
    for query in ("rose 12 perc", "12"):  # the trigram index, and the scan below three characters
        (hit,) = [h for h in store.search(query) if h.message_id is not None]
        assert (hit.conversation_id, hit.message_id) == (plan.conversation_id, plan.parent_id)
        assert hit.snippet.startswith("report.pdf: ") and "[" in hit.snippet
    (by_name,) = [h for h in store.search("cat.p") if h.message_id is not None]
    assert by_name.message_id == plan.parent_id and by_name.snippet == "[cat.p]ng"
    assert not [h for h in store.search("Costs fell") if h.conversation_id == other.conversation_id]
    store.delete(plan.conversation_id)
    assert store.search("rose 12 perc") == [] and store.search("cat.p") == []
    store.undelete(plan.conversation_id)
    store.delete_message(plan.conversation_id, plan.parent_id)  # the files go with their last message
    assert store.search("Costs fell") == [] and attachment_count(store) == 0


def test_documents_attached_before_the_search_index_existed_are_found_after_update(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    store = ConversationStore(path)
    plan = plan_send(store, None, "Summarise", 32, [_files()[0]])
    store._db.executescript(  # the database as schema 4 left it: no index of the files' text
        "DROP TRIGGER attachments_ai; DROP TRIGGER attachments_ad; DROP TABLE attachment_search; "
        "PRAGMA user_version = 4;"
    )
    store.close()
    store = ConversationStore(path)
    assert [h.message_id for h in store.search("Revenue rose")] == [plan.parent_id]


def test_a_v3_database_gains_attachments_and_keeps_its_conversations(tmp_path: Path) -> None:
    path = tmp_path / "conversations.sqlite3"
    shutil.copy(FIXTURES / "conversations-v3.sqlite3", path)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 3
    store = ConversationStore(path)
    assert SCHEMA_VERSION == 5 and store.problem is None
    (conv,) = store.list_conversations()
    assert conv.title == "Recipes (v3)"
    assert [m.content for m in store.active_path(conv.id)][1] == "About nine minutes for a hard-boiled egg."
    assert (tmp_path / "conversations.sqlite3.before-v5.bak").is_file()
    plan = plan_send(store, conv.id, "And this photo?", 32, [_files()[1]])
    assert store.active_path(conv.id)[-2].attachments[0].name == "cat.png"
    assert plan.images


def test_json_round_trip_keeps_files_and_the_chosen_part(store: ConversationStore, tmp_path: Path) -> None:
    pdf, image = _files()
    from dataclasses import replace

    plan = plan_send(store, None, "Summarise", 32, [replace(pdf, kept_chars=10), image])
    finish_reply(store, plan.message_id, "Done.", {"stop_reason": "eos"})
    data = json.loads(json.dumps(store.export_all()))
    assert data["version"] == 2
    (conv,) = data["conversations"]
    assert set(conv["files"]) == {pdf.sha256, image.sha256}
    assert base64.b64decode(conv["files"][image.sha256]["data"]) == image.data
    other = ConversationStore(tmp_path / "other.sqlite3")
    (new_id,) = other.import_json(data, file_name="export.json")
    shown = other.active_path(new_id)[0].attachments
    assert [(a.name, a.kept_chars, a.data) for a in shown] == [
        ("report.pdf", 10, pdf.data),
        ("cat.png", None, image.data),
    ]
    assert shown[0].text == pdf.text


def test_an_export_without_files_stays_version_1_for_older_apps(store: ConversationStore) -> None:
    plan = plan_send(store, None, "Hello", 32)
    finish_reply(store, plan.message_id, "Hi!", {"stop_reason": "eos"})
    data = store.export_all()
    assert data["version"] == 1 and "files" not in data["conversations"][0]


def test_an_import_with_a_changed_file_is_refused_naming_the_place(store: ConversationStore) -> None:
    pdf, _ = _files()
    plan = plan_send(store, None, "Summarise", 32, [pdf])
    data = json.loads(json.dumps(store.export_all()))
    files = data["conversations"][0]["files"]
    files[pdf.sha256]["data"] = base64.b64encode(b"something else").decode()
    with pytest.raises(StoreError, match=r"conversations\[0\]\.files\..*do not match its sha256"):
        store.import_json(data, file_name="bad.json")
    del files[pdf.sha256]
    with pytest.raises(StoreError, match=r"messages\[0\]\.attachments\[0\]\.sha256: no file"):
        store.import_json(data, file_name="bad.json")
    assert len(store.list_conversations()) == 1 and plan.conversation_id


def test_markdown_export_embeds_images_and_links_documents(store: ConversationStore) -> None:
    pdf, image = _files()
    plan = plan_send(store, None, "Summarise", 32, [pdf, image])
    text = store.export_markdown(plan.conversation_id)
    assert f"![cat.png](data:image/png;base64,{base64.b64encode(image.data).decode()})" in text
    assert "📎 [report.pdf](data:application/pdf;base64," in text
    assert "Revenue rose 12 percent" in text


def test_a_typed_image_marker_in_an_old_message_claims_no_image(store: ConversationStore) -> None:
    _, image = _files()
    first = plan_send(store, None, "What is <start_of_image> in Gemma?", 32)
    finish_reply(store, first.message_id, "A special token.", {"stop_reason": "eos"})
    plan = plan_send(store, first.conversation_id, "And this?", 32, [image])
    text = "\n".join(t for _, t in plan.history)
    assert text.count("<start_of_image>") == len(plan.images) == 1


def test_recovery_brings_files_back_with_their_messages_and_leaves_out_damaged_ones(tmp_path: Path) -> None:
    from lumichats_desktop.storage.recovery import recover_into

    old = ConversationStore(tmp_path / "old.sqlite3")
    pdf, image = _files()
    first = plan_send(old, None, "Summarise", 32, [pdf, image])
    finish_reply(old, first.message_id, "It says revenue rose.", {"stop_reason": "eos"})
    plan_send(old, first.conversation_id, "And the picture?", 32, [image])
    # The PDF's stored bytes are damaged: they no longer hash to the key it is stored under.
    old._db.execute("UPDATE attachments SET data = ? WHERE mime = 'application/pdf'", (b"%PDF-garbage",))
    old.close()

    new = ConversationStore(tmp_path / "new.sqlite3")
    report = recover_into(new, tmp_path / "old.sqlite3")
    # 2 questions, 1 reply and 1 reply not yet written; the picture once, the PDF left out
    assert (report.conversations, report.messages, report.files, report.files_lost) == (1, 4, 1, 1)
    (conversation,) = new.list_conversations()
    shown = new.active_path(conversation.id)
    assert [[a.name for a in m.attachments] for m in shown] == [["cat.png"], [], ["cat.png"], []]
    assert shown[0].attachments[0].data == image.data
    assert attachment_count(new) == 1
    assert new.integrity() == ["ok"]


def test_recovery_of_a_file_from_before_attachments_still_brings_the_messages(tmp_path: Path) -> None:
    from lumichats_desktop.storage.recovery import recover_into

    old = ConversationStore(tmp_path / "old.sqlite3")
    cid = old.create_conversation("Chat")
    old.add_message(cid, None, "user", "hello")
    old.close()
    with sqlite3.connect(tmp_path / "old.sqlite3") as db:  # as a v3 file looks: no attachment tables
        db.executescript("DROP TABLE message_attachments; DROP TABLE attachments;")
    new = ConversationStore(tmp_path / "new.sqlite3")
    report = recover_into(new, tmp_path / "old.sqlite3")
    assert (report.messages, report.files, report.files_lost) == (1, 0, 0)
