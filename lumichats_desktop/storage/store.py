"""ConversationStore: conversations, message trees, search and export over one SQLite connection.

Not thread-safe by design: exactly one owner (the app's DB executor thread) calls it.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from lumichats_desktop.attachments.model import Attachment
from lumichats_desktop.storage.attachments import attachments_of, export_files, markdown_attachments
from lumichats_desktop.storage.database import StoreError, mark_clean_exit, open_database
from lumichats_desktop.storage.import_schema import EXPORT_FORMAT, EXPORT_VERSION, STATUSES
from lumichats_desktop.storage.search import SearchHit, search

log = logging.getLogger(__name__)
__all__ = ["EXPORT_FORMAT", "EXPORT_VERSION", "ConversationStore", "SearchHit"]


@dataclass(frozen=True)
class ConversationSummary:
    """A row of the sidebar."""

    id: int
    title: str
    pinned: bool
    updated_at: float


@dataclass(frozen=True)
class Conversation:
    """A conversation's own settings."""

    id: int
    title: str
    system_prompt: str
    model_id: str | None
    settings: dict[str, Any]
    leaf_id: int | None
    problems: tuple[str, ...] = ()  # what was unreadable in the stored row (defaults used instead)


@dataclass(frozen=True)
class StoredMessage:
    """A message on the shown branch, with its place among alternatives ("2/3")."""

    id: int
    parent_id: int | None
    role: str
    content: str
    status: str
    stats: dict[str, Any] = field(default_factory=dict)
    sibling_index: int = 0
    sibling_count: int = 1
    attachments: tuple[Attachment, ...] = ()  # files attached to it, in order


class ConversationStore:
    """All reads and writes of conversations. Call from one thread only."""

    def __init__(self, path: Path) -> None:
        opened = open_database(path)
        self.path = path
        self.problem = opened.problem  # why the file found was set aside at this start, if it was
        self.checked = opened.checked
        self._db = opened.connection
        self.interrupted = self.mark_interrupted()

    @property
    def moved_aside(self) -> Path | None:
        """The damaged file set aside at this start, to recover from (a newer one is for newer LumiChats)."""
        return self.problem.kept if self.problem is not None and self.problem.kind == "damaged" else None

    def close(self) -> None:
        """Flush the WAL, close the file and note the clean exit (the next start skips the full check)."""
        self._db.close()
        mark_clean_exit(self.path)

    def _write(self, sql: str, params: tuple[Any, ...] = ()) -> sqlite3.Cursor:
        try:
            return self._db.execute(sql, params)
        except sqlite3.OperationalError as exc:
            raise StoreError(
                f"Could not save to {self.path.name}: {exc}. Free some disk space or check permissions; "
                "what you typed is still in the window."
            ) from exc

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One commit for everything inside; an error rolls all of it back. Nested use joins the outer one."""
        if self._db.in_transaction:
            yield
            return
        self._write("BEGIN IMMEDIATE")
        try:
            yield
            self._write("COMMIT")
        except BaseException:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise

    def integrity(self) -> list[str]:
        """SQLite's integrity_check findings (["ok"] when the file is sound)."""
        return [str(r[0]) for r in self._db.execute("PRAGMA integrity_check").fetchall()]

    # conversations -----------------------------------------------------------------------------

    def list_conversations(self) -> list[ConversationSummary]:
        """Pinned first, then newest first; deleted ones (awaiting undo) are left out."""
        rows = self._db.execute(
            "SELECT id, title, pinned, updated_at FROM conversations WHERE deleted_at IS NULL "
            "ORDER BY pinned DESC, updated_at DESC, id DESC"
        ).fetchall()
        return [ConversationSummary(r["id"], r["title"], bool(r["pinned"]), r["updated_at"]) for r in rows]

    def create_conversation(
        self, title: str = "New chat", system_prompt: str = "", model_id: str | None = None
    ) -> int:
        """A new, empty conversation."""
        now = time.time()
        cursor = self._write(
            "INSERT INTO conversations(title, created_at, updated_at, system_prompt, model_id) "
            "VALUES (?, ?, ?, ?, ?)",
            (title, now, now, system_prompt, model_id),
        )
        return int(cursor.lastrowid or 0)

    def conversation(self, conversation_id: int) -> Conversation:
        """One conversation's settings."""
        row = self._db.execute("SELECT * FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
        if row is None:
            raise StoreError(f"Conversation {conversation_id} no longer exists.")
        problems: list[str] = []
        settings = _json_object(row["settings_json"])
        if settings is None:
            problems.append("This conversation's saved settings were unreadable; the defaults are used.")
            settings = {}
        model_id = row["model_id"]
        if model_id is not None and not isinstance(model_id, str):
            problems.append("This conversation's saved model was unreadable; the default model is used.")
            model_id = None
        leaf = row["leaf_id"] if isinstance(row["leaf_id"], int) else None
        return Conversation(
            row["id"],
            _as_text(row["title"]),
            _as_text(row["system_prompt"]),
            model_id,
            settings,
            leaf,
            tuple(problems),
        )

    def rename(self, conversation_id: int, title: str) -> None:
        """Give a conversation a new title (blank titles are refused)."""
        title = " ".join(title.split())[:200]
        if not title:
            raise StoreError("A conversation needs a title.")
        self._write("UPDATE conversations SET title = ? WHERE id = ?", (title, conversation_id))

    def set_pinned(self, conversation_id: int, pinned: bool) -> None:
        """Pin to (or unpin from) the top of the sidebar."""
        self._write("UPDATE conversations SET pinned = ? WHERE id = ?", (int(pinned), conversation_id))

    def update_settings(
        self, conversation_id: int, *, system_prompt: str, model_id: str | None, settings: dict[str, Any]
    ) -> None:
        """Save the per-conversation system prompt, model and sampling settings."""
        self._write(
            "UPDATE conversations SET system_prompt = ?, model_id = ?, settings_json = ? WHERE id = ?",
            (system_prompt, model_id, json.dumps(settings), conversation_id),
        )

    def delete(self, conversation_id: int) -> None:
        """Hide a conversation; `undelete` brings it back, `purge_deleted` removes it for good."""
        self._write("UPDATE conversations SET deleted_at = ? WHERE id = ?", (time.time(), conversation_id))

    def undelete(self, conversation_id: int) -> None:
        """Undo a delete."""
        self._write("UPDATE conversations SET deleted_at = NULL WHERE id = ?", (conversation_id,))

    def purge_deleted(self, older_than_s: float = 0.0) -> int:
        """Really remove conversations deleted more than older_than_s seconds ago."""
        cursor = self._write(
            "DELETE FROM conversations WHERE deleted_at IS NOT NULL AND deleted_at <= ?",
            (time.time() - older_than_s,),
        )
        return cursor.rowcount

    # messages ----------------------------------------------------------------------------------

    def add_message(
        self,
        conversation_id: int,
        parent_id: int | None,
        role: str,
        content: str,
        *,
        status: str = "complete",
        stats: dict[str, Any] | None = None,
    ) -> int:
        """Append a message under parent_id and show its branch (one commit: never stored but hidden)."""
        if status not in STATUSES:
            raise ValueError(f"unknown message status {status!r}")
        now = time.time()
        with self.transaction():
            cursor = self._write(
                "INSERT INTO messages(conversation_id, parent_id, role, content, created_at, status, "
                "stats_json) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (conversation_id, parent_id, role, content, now, status, json.dumps(stats or {})),
            )
            message_id = int(cursor.lastrowid or 0)
            self._write(
                "UPDATE conversations SET leaf_id = ?, updated_at = ? WHERE id = ?",
                (message_id, now, conversation_id),
            )
        return message_id

    def update_message(
        self, message_id: int, content: str, *, status: str = "complete", stats: dict[str, Any] | None = None
    ) -> None:
        """Store a finished (or stopped) reply's text and stats."""
        self._write(
            "UPDATE messages SET content = ?, status = ?, stats_json = ? WHERE id = ?",
            (content, status, json.dumps(stats or {}), message_id),
        )

    def save_partial(self, message_id: int, content: str) -> bool:
        """Save the text of a reply still being written (so a crash keeps it); False if it has ended."""
        cursor = self._write(
            "UPDATE messages SET content = ? WHERE id = ? AND status = 'streaming'", (content, message_id)
        )
        return cursor.rowcount == 1

    def mark_interrupted(self) -> int:
        """At start: replies left 'streaming' by a crash become 'interrupted', keeping their saved text."""
        return self._write("UPDATE messages SET status = 'interrupted' WHERE status = 'streaming'").rowcount

    def conversation_of(self, message_id: int) -> int:
        """The conversation a message belongs to."""
        row = self._db.execute("SELECT conversation_id FROM messages WHERE id = ?", (message_id,)).fetchone()
        if row is None:
            raise StoreError("That message no longer exists.")
        return int(row[0])

    def has_children(self, message_id: int) -> bool:
        """Whether any message answers this one."""
        row = self._db.execute("SELECT 1 FROM messages WHERE parent_id = ?", (message_id,)).fetchone()
        return row is not None

    def show_message(self, conversation_id: int, message_id: int) -> None:
        """Make message_id the end of the shown branch."""
        self._write(
            "UPDATE conversations SET leaf_id = ?, updated_at = ? WHERE id = ?",
            (message_id, time.time(), conversation_id),
        )

    def message(self, message_id: int) -> StoredMessage | None:
        """One message (any branch), or None if it is gone."""
        row = self._db.execute("SELECT * FROM messages WHERE id = ?", (message_id,)).fetchone()
        if row is None:
            return None
        return replace(_message_from(row), attachments=attachments_of(self, [message_id]).get(message_id, ()))

    def _children(self, parent_id: int | None, conversation_id: int) -> list[int]:
        if parent_id is None:
            rows = self._db.execute(
                "SELECT id FROM messages WHERE conversation_id = ? AND parent_id IS NULL ORDER BY id",
                (conversation_id,),
            )
        else:
            rows = self._db.execute("SELECT id FROM messages WHERE parent_id = ? ORDER BY id", (parent_id,))
        return [r[0] for r in rows]

    def active_path(self, conversation_id: int) -> list[StoredMessage]:
        """The messages on the shown branch, oldest first."""
        leaf = self.conversation(conversation_id).leaf_id
        rows = self._db.execute(
            "WITH RECURSIVE path(id) AS (SELECT ? UNION ALL "
            "SELECT m.parent_id FROM messages m JOIN path p ON m.id = p.id WHERE m.parent_id IS NOT NULL) "
            "SELECT m.* FROM messages m JOIN path p ON m.id = p.id ORDER BY m.id",
            (leaf,),
        ).fetchall()
        # Every message's alternatives from one query (one query per message took ~20 ms of opening a
        # 2,000-message chat).
        children: dict[int | None, list[int]] = {}
        for child, parent in self._db.execute(
            "SELECT id, parent_id FROM messages WHERE conversation_id = ? ORDER BY id", (conversation_id,)
        ):
            children.setdefault(parent, []).append(child)
        out = []
        for row in rows:
            siblings = children.get(row["parent_id"], [])
            index = siblings.index(row["id"]) if row["id"] in siblings else 0
            out.append(_message_from(row, index, max(len(siblings), 1)))
        files = attachments_of(self, [m.id for m in out])
        return [replace(m, attachments=files[m.id]) if m.id in files else m for m in out]

    def show_sibling(self, conversation_id: int, message_id: int, step: int) -> None:
        """Switch the shown branch to the previous (-1) or next (+1) alternative of a message."""
        row = self._db.execute("SELECT parent_id FROM messages WHERE id = ?", (message_id,)).fetchone()
        if row is None:
            raise StoreError("That message no longer exists.")
        siblings = self._children(row["parent_id"], conversation_id)
        target = siblings[(siblings.index(message_id) + step) % len(siblings)]
        leaf = target
        while children := self._children(leaf, conversation_id):
            leaf = children[-1]
        self._write("UPDATE conversations SET leaf_id = ? WHERE id = ?", (leaf, conversation_id))

    def delete_message(self, conversation_id: int, message_id: int) -> int | None:
        """Delete a message and everything after it on its branch; returns its parent's id."""
        row = self._db.execute("SELECT parent_id FROM messages WHERE id = ?", (message_id,)).fetchone()
        if row is None:
            return None
        with self.transaction():
            self._write("DELETE FROM messages WHERE id = ?", (message_id,))
            self._write(
                "UPDATE conversations SET leaf_id = ? WHERE id = ?", (row["parent_id"], conversation_id)
            )
        parent: int | None = row["parent_id"]
        return parent

    # search ------------------------------------------------------------------------------------

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Titles, messages and attached files (name or text) containing query, newest first."""
        return search(self._db, query, limit)

    # export / import ---------------------------------------------------------------------------

    def export_conversation(self, conversation_id: int) -> dict[str, Any]:
        """The whole tree of one conversation as plain data (ids are positions in `messages`)."""
        row = self._db.execute("SELECT * FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
        rows = self._db.execute(
            "SELECT * FROM messages WHERE conversation_id = ? ORDER BY id", (conversation_id,)
        ).fetchall()
        index = {r["id"]: i for i, r in enumerate(rows)}
        links, files = export_files(self, [r["id"] for r in rows])
        exported: dict[str, Any] = {
            "title": row["title"],
            "created_at": row["created_at"],
            "updated_at": row["updated_at"],
            "pinned": bool(row["pinned"]),
            "system_prompt": row["system_prompt"],
            "model_id": row["model_id"],
            "settings": json.loads(row["settings_json"]),
            "leaf": index.get(row["leaf_id"]),
            "messages": [
                {
                    "parent": index.get(r["parent_id"]),
                    "role": r["role"],
                    "content": r["content"],
                    "created_at": r["created_at"],
                    "status": r["status"],
                    "stats": json.loads(r["stats_json"]),
                    **({"attachments": links[r["id"]]} if r["id"] in links else {}),
                }
                for r in rows
            ],
        }
        if files:
            exported["files"] = files
        return exported

    def export_all(self, conversation_ids: list[int] | None = None) -> dict[str, Any]:
        """Every (or the given) conversation, in the JSON export format."""
        ids = conversation_ids or [c.id for c in self.list_conversations()]
        conversations = [self.export_conversation(i) for i in ids]
        # Version 1 (no attachments) while nothing needs more, so older LumiChats still read the file.
        version = EXPORT_VERSION if any("files" in c for c in conversations) else 1
        return {"format": EXPORT_FORMAT, "version": version, "conversations": conversations}

    def export_markdown(self, conversation_id: int) -> str:
        """The shown branch as a readable Markdown document."""
        conv = self.conversation(conversation_id)
        parts = [f"# {conv.title}\n"]
        if conv.system_prompt:
            parts.append(f"> System: {conv.system_prompt}\n")
        for message in self.active_path(conversation_id):
            who = "You" if message.role == "user" else "LumiChats"
            note = " *(stopped)*" if message.status == "stopped" else ""
            files = f"\n{markdown_attachments(message.attachments)}\n" if message.attachments else ""
            parts.append(f"**{who}**{note}:\n{files}\n{message.content}\n")
        return "\n".join(parts)

    def import_json(self, data: Any, *, file_name: str = "", on_duplicate: str = "ask") -> list[int]:
        """Add conversations from an export: checked whole first, then written in one commit.

        A file imported before raises DuplicateImportError unless on_duplicate is "skip" (nothing is
        added) or "copy" (added again, titles marked as copies). Returns the new conversation ids.
        """
        from lumichats_desktop.storage.importer import import_export

        return import_export(self, data, file_name=file_name, on_duplicate=on_duplicate)


def _as_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return "" if value is None else str(value)


def _json_object(text: Any) -> dict[str, Any] | None:
    """A JSON object stored in a column, or None if it is not one (damaged or hand-edited)."""
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def _message_from(row: sqlite3.Row, index: int = 0, count: int = 1) -> StoredMessage:
    """A message row checked where it leaves the database: odd values get safe ones, never a crash."""
    role = row["role"] if row["role"] in ("user", "assistant") else "assistant"
    status = row["status"] if row["status"] in STATUSES else "complete"
    return StoredMessage(
        row["id"],
        row["parent_id"] if isinstance(row["parent_id"], int) else None,
        role,
        _as_text(row["content"]),
        status,
        _json_object(row["stats_json"]) or {},
        index,
        count,
    )
