"""Search over titles, messages and attached files: trigram full-text indexes for 3+ characters, scans below.

Results are newest first. Ranking by relevance (bm25) scored every match before keeping 50: 100-200 ms
for a word found in a third of 100,000 messages, against ~1 ms for the newest 50 (docs/benchmarks.md).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

Found = tuple[int, int, str, str, str]  # message id, conversation id, title, text or snippet, file name


@dataclass(frozen=True)
class SearchHit:
    """A search result: where it is and the matched words in context."""

    conversation_id: int
    title: str
    message_id: int | None
    snippet: str


def _snippet(text: str, query: str, context: int = 24) -> str:
    """The match in brackets with a few characters around it, as FTS5's snippet() marks longer queries."""
    at = text.casefold().find(query.casefold())
    if at < 0 or len(text.casefold()) != len(text):  # casefold changed lengths: positions would not match
        at = text.find(query)
    if at < 0:
        return text[: 2 * context]
    end = at + len(query)
    start, stop = max(0, at - context), min(len(text), end + context)
    before = ("…" if start else "") + text[start:at]
    after = text[end:stop] + ("…" if stop < len(text) else "")
    return " ".join(f"{before}[{text[at:end]}]{after}".split())


def search(db: sqlite3.Connection, query: str, limit: int = 50) -> list[SearchHit]:
    """Titles, messages and attached files (name or text) containing query, newest first.

    Any script; 3+ characters use the trigram indexes, shorter ones a scan.
    """
    query = query.strip()
    if not query:
        return []
    like = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    hits = [
        SearchHit(r["id"], r["title"], None, r["title"])
        for r in db.execute(
            "SELECT id, title FROM conversations WHERE deleted_at IS NULL AND title LIKE ? ESCAPE '\\' "
            "ORDER BY updated_at DESC LIMIT ?",
            (like, limit),
        )
    ]
    if len(query) >= 3:
        phrase = '"' + query.replace('"', '""') + '"'
        rows = db.execute(
            "SELECT m.id, m.conversation_id, c.title, "
            "snippet(message_search, 0, '[', ']', '…', 12) AS snip "
            "FROM message_search JOIN messages m ON m.id = message_search.rowid "
            "JOIN conversations c ON c.id = m.conversation_id "
            "WHERE message_search MATCH ? AND c.deleted_at IS NULL "
            "ORDER BY message_search.rowid DESC LIMIT ?",
            (phrase, limit),
        )
    else:
        rows = db.execute(
            "SELECT m.id, m.conversation_id, c.title, m.content AS snip FROM messages m "
            "JOIN conversations c ON c.id = m.conversation_id "
            "WHERE m.content LIKE ? ESCAPE '\\' AND c.deleted_at IS NULL ORDER BY m.id DESC LIMIT ?",
            (like, limit),
        )
    found = [(r["id"], r["conversation_id"], r["title"], r["snip"], "") for r in rows]
    found += _attachment_matches(db, query, like, limit)
    found.sort(key=lambda f: f[0], reverse=True)  # newest message first, messages and files mixed
    for message_id, conversation_id, title, text, file_name in found[:limit]:
        if file_name and not text:  # the file's name matched
            snip = _snippet(file_name, query)
        else:  # short queries have no FTS snippet: cut one around the match
            snip = text if len(query) >= 3 else _snippet(text, query)
            snip = f"{file_name}: {snip}" if file_name else snip
        hits.append(SearchHit(conversation_id, title, message_id, snip[:160]))
    return hits[:limit]


def _attachment_matches(db: sqlite3.Connection, query: str, like: str, limit: int) -> list[Found]:
    """(message id, conversation id, title, snippet, file name) for files whose name or text match."""
    visible = (
        "JOIN messages m ON m.id = ma.message_id JOIN conversations c ON c.id = m.conversation_id "
        "WHERE c.deleted_at IS NULL AND "
    )
    found = db.execute(
        "SELECT m.id, m.conversation_id, c.title, '' AS snip, ma.name FROM message_attachments ma "
        + visible
        + "ma.name LIKE ? ESCAPE '\\' ORDER BY m.id DESC LIMIT ?",
        (like, limit),
    ).fetchall()
    if len(query) >= 3:
        phrase = '"' + query.replace('"', '""') + '"'
        found += db.execute(
            "SELECT m.id, m.conversation_id, c.title, "
            "snippet(attachment_search, 1, '[', ']', '…', 12) AS snip, ma.name "
            "FROM attachment_search JOIN message_attachments ma ON ma.sha256 = attachment_search.sha256 "
            + visible
            + "attachment_search MATCH ? ORDER BY m.id DESC LIMIT ?",
            (phrase, limit),
        ).fetchall()
    else:
        found += db.execute(
            "SELECT m.id, m.conversation_id, c.title, a.text AS snip, ma.name "
            "FROM message_attachments ma JOIN attachments a ON a.sha256 = ma.sha256 "
            + visible
            + "a.text LIKE ? ESCAPE '\\' ORDER BY m.id DESC LIMIT ?",
            (like, limit),
        ).fetchall()
    unique = {(r[0], r[4]): (r[0], r[1], r[2], r[3], r[4]) for r in found}  # a text match wins
    return list(unique.values())
