"""Attachments in the database: stored once per content (sha256), linked to messages in order.

Functions over a ConversationStore (its one connection, on its one thread), kept apart from store.py
so the message code stays short. Deleting a message deletes its links (ON DELETE CASCADE), and the
schema's trigger deletes a file when no message links to it any more.
"""

from __future__ import annotations

import base64
import html
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from lumichats_desktop.attachments.model import KINDS, Attachment, human_size

if TYPE_CHECKING:
    from lumichats_desktop.storage.store import ConversationStore


def link_attachments(store: ConversationStore, message_id: int, attachments: Sequence[Attachment]) -> None:
    """Store each file (once, whoever else carries it) and link it to message_id in the given order."""
    now = time.time()
    with store.transaction():
        for position, item in enumerate(attachments):
            if item.kind not in KINDS:
                raise ValueError(f"unknown attachment kind {item.kind!r}")
            store._write(
                "INSERT OR IGNORE INTO attachments(sha256, kind, mime, data, text, pages, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (item.sha256, item.kind, item.mime, item.data, item.text, item.pages, now),
            )
            store._write(
                "INSERT INTO message_attachments(message_id, position, sha256, name, kept_chars) "
                "VALUES (?, ?, ?, ?, ?)",
                (message_id, position, item.sha256, item.name, item.kept_chars),
            )


def attachments_of(store: ConversationStore, message_ids: Sequence[int]) -> dict[int, tuple[Attachment, ...]]:
    """The attachments of each message that has any, in the order they were attached."""
    if not message_ids:
        return {}
    found: dict[int, list[Attachment]] = {}
    marks = ",".join("?" * len(message_ids))
    rows = store._db.execute(
        "SELECT l.message_id, l.name, l.kept_chars, a.kind, a.mime, a.data, a.text, a.pages "
        f"FROM message_attachments l JOIN attachments a ON a.sha256 = l.sha256 "
        f"WHERE l.message_id IN ({marks}) ORDER BY l.message_id, l.position",
        tuple(message_ids),
    )
    for r in rows:
        kept = r["kept_chars"] if isinstance(r["kept_chars"], int) else None
        item = Attachment(
            str(r["name"]), str(r["kind"]), str(r["mime"]), bytes(r["data"]), str(r["text"]), r["pages"], kept
        )
        found.setdefault(r["message_id"], []).append(item)
    return {k: tuple(v) for k, v in found.items()}


def attachment_count(store: ConversationStore) -> int:
    """How many distinct files are stored (each kept once, however many messages carry it)."""
    return int(store._db.execute("SELECT count(*) FROM attachments").fetchone()[0])


# export -----------------------------------------------------------------------------------------


def export_files(
    store: ConversationStore, message_ids: Sequence[int]
) -> tuple[dict[int, list[dict[str, object]]], dict[str, dict[str, object]]]:
    """For a JSON export: each message's links, and each linked file once (its bytes in base64)."""
    links: dict[int, list[dict[str, object]]] = {}
    files: dict[str, dict[str, object]] = {}
    for message_id, items in attachments_of(store, message_ids).items():
        for item in items:
            link: dict[str, object] = {"sha256": item.sha256, "name": item.name}
            if item.kept_chars is not None:
                link["kept_chars"] = item.kept_chars
            links.setdefault(message_id, []).append(link)
            if item.sha256 not in files:
                files[item.sha256] = {
                    "kind": item.kind,
                    "mime": item.mime,
                    "data": base64.b64encode(item.data).decode("ascii"),
                    "text": item.text,
                    "pages": item.pages,
                }
    return links, files


def markdown_attachments(items: Sequence[Attachment]) -> str:
    """Images embedded (a data: URL shows inline), documents as a data: link plus their text, folded."""
    parts = []
    for item in items:
        url = f"data:{item.mime};base64,{base64.b64encode(item.data).decode('ascii')}"
        label = item.name.replace("[", "(").replace("]", ")")
        if item.is_image:
            parts.append(f"![{label}]({url})")
            continue
        cut = f", first {len(item.kept_text):,} of {len(item.text):,} characters sent" if item.is_cut else ""
        parts.append(
            f"📎 [{label}]({url}) ({human_size(item.size)}{cut})\n\n"
            f"<details><summary>Text of {html.escape(item.name)}</summary>\n\n"
            f"```text\n{item.text.replace('```', '` ` `')}\n```\n\n</details>"
        )
    return "\n\n".join(parts)
