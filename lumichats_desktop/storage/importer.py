"""Write a checked conversation export into the store: one transaction, all or nothing, duplicates noticed."""

from __future__ import annotations

import json
import time
from typing import TYPE_CHECKING, Any

from lumichats_desktop.storage.database import StoreError
from lumichats_desktop.storage.import_schema import ImportFile, ImportFileError, check_export

if TYPE_CHECKING:
    from lumichats_desktop.storage.store import ConversationStore


class DuplicateImportError(StoreError):
    """This export file was imported before; the caller asks whether to skip it or import a copy."""

    def __init__(self, file_name: str, imported_at: float, conversations: int) -> None:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(imported_at))
        super().__init__(
            f"{file_name or 'This file'} was already imported on {when} ({conversations} conversations)."
        )
        self.file_name, self.imported_at, self.conversations = file_name, imported_at, conversations


def import_export(store: ConversationStore, data: Any, *, file_name: str, on_duplicate: str) -> list[int]:
    """Check the whole file, then add its conversations in one commit; returns the new ids."""
    try:
        checked = check_export(data)
    except ImportFileError as exc:
        raise StoreError(f"The export file has a problem, so nothing was imported. {exc}") from exc
    earlier = store._db.execute(
        "SELECT imported_at, conversations FROM imports WHERE fingerprint = ?", (checked.fingerprint,)
    ).fetchone()
    if earlier is not None:
        if on_duplicate == "skip":
            return []
        if on_duplicate != "copy":
            raise DuplicateImportError(file_name, earlier["imported_at"], earlier["conversations"])
    with store.transaction():
        new_ids = _write(store, checked, copy=earlier is not None)
        store._write(
            "INSERT OR REPLACE INTO imports(fingerprint, file_name, imported_at, conversations) "
            "VALUES (?, ?, ?, ?)",
            (checked.fingerprint, file_name, time.time(), len(new_ids)),
        )
    return new_ids


def _write(store: ConversationStore, checked: ImportFile, *, copy: bool) -> list[int]:
    new_ids: list[int] = []
    for conv in checked.conversations:
        cursor = store._write(
            "INSERT INTO conversations(title, created_at, updated_at, pinned, system_prompt, model_id, "
            "settings_json) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                f"{conv.title} (copy)" if copy else conv.title,
                conv.created_at,
                conv.updated_at,
                int(conv.pinned),
                conv.system_prompt,
                conv.model_id,
                json.dumps(conv.settings),
            ),
        )
        conversation_id = int(cursor.lastrowid or 0)
        for file in conv.files:
            store._write(
                "INSERT OR IGNORE INTO attachments(sha256, kind, mime, data, text, pages, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (file.sha256, file.kind, file.mime, file.data, file.text, file.pages, time.time()),
            )
        ids: list[int] = []
        for message in conv.messages:
            cursor = store._write(
                "INSERT INTO messages(conversation_id, parent_id, role, content, created_at, status, "
                "stats_json) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    conversation_id,
                    None if message.parent is None else ids[message.parent],
                    message.role,
                    message.content,
                    message.created_at,
                    message.status,
                    json.dumps(message.stats),
                ),
            )
            ids.append(int(cursor.lastrowid or 0))
            for position, link in enumerate(message.attachments):
                store._write(
                    "INSERT INTO message_attachments(message_id, position, sha256, name, kept_chars) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (ids[-1], position, link.sha256, link.name, link.kept_chars),
                )
        store._write(
            "UPDATE conversations SET leaf_id = ? WHERE id = ?",
            (None if conv.leaf is None else ids[conv.leaf], conversation_id),
        )
        new_ids.append(conversation_id)
    return new_ids
