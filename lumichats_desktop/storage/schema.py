"""Numbered schema migrations. Never edit a released one; add the next number instead.

Messages form a tree (parent_id): a regenerated reply is a sibling of the old one, an edited user
message starts a new branch. `conversations.leaf_id` marks the branch the user is looking at.
`imports` remembers which export files were imported (by a fingerprint of their content), so a
second import of one file is noticed.

Attachments (v4) are stored once per content (`attachments`, keyed by the sha256 of the file's bytes)
and linked to the messages that carry them (`message_attachments`, in the order attached, under the
name the file had then). A link goes with its message (ON DELETE CASCADE) and a trigger removes the
file itself when its last link goes. `kept_chars` is how much of a document's text the model is
given (NULL: all of it), the part the user chose when the whole did not fit.

Message status: complete, stopped (the user pressed Stop), error, streaming (being written now; the
text is saved about once a second) and interrupted (was streaming when the app died; set at start).
"""

from __future__ import annotations

MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE conversations (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL DEFAULT 'New chat',
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL,
        pinned INTEGER NOT NULL DEFAULT 0,
        system_prompt TEXT NOT NULL DEFAULT '',
        model_id TEXT,
        settings_json TEXT NOT NULL DEFAULT '{}',
        leaf_id INTEGER
    );
    CREATE TABLE messages (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        parent_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
        content TEXT NOT NULL,
        created_at REAL NOT NULL,
        status TEXT NOT NULL DEFAULT 'complete',
        stats_json TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX messages_by_conversation ON messages(conversation_id, id);
    CREATE INDEX messages_by_parent ON messages(parent_id);
    """,
    2: """
    ALTER TABLE conversations ADD COLUMN deleted_at REAL;
    CREATE VIRTUAL TABLE message_search USING fts5(
        content, content='messages', content_rowid='id', tokenize='trigram'
    );
    INSERT INTO message_search(rowid, content) SELECT id, content FROM messages;
    CREATE TRIGGER messages_ai AFTER INSERT ON messages BEGIN
        INSERT INTO message_search(rowid, content) VALUES (new.id, new.content);
    END;
    CREATE TRIGGER messages_ad AFTER DELETE ON messages BEGIN
        INSERT INTO message_search(message_search, rowid, content) VALUES ('delete', old.id, old.content);
    END;
    CREATE TRIGGER messages_au AFTER UPDATE OF content ON messages BEGIN
        INSERT INTO message_search(message_search, rowid, content) VALUES ('delete', old.id, old.content);
        INSERT INTO message_search(rowid, content) VALUES (new.id, new.content);
    END;
    """,
    3: """
    CREATE TABLE imports (
        fingerprint TEXT PRIMARY KEY,
        file_name TEXT NOT NULL,
        imported_at REAL NOT NULL,
        conversations INTEGER NOT NULL
    );
    """,
    4: """
    CREATE TABLE attachments (
        sha256 TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('document', 'image')),
        mime TEXT NOT NULL,
        data BLOB NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        pages INTEGER NOT NULL DEFAULT 0,
        created_at REAL NOT NULL
    );
    CREATE TABLE message_attachments (
        message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        sha256 TEXT NOT NULL REFERENCES attachments(sha256),
        name TEXT NOT NULL,
        kept_chars INTEGER,
        PRIMARY KEY (message_id, position)
    );
    CREATE INDEX message_attachments_by_file ON message_attachments(sha256);
    CREATE TRIGGER message_attachments_ad AFTER DELETE ON message_attachments BEGIN
        DELETE FROM attachments WHERE sha256 = old.sha256
            AND NOT EXISTS (SELECT 1 FROM message_attachments WHERE sha256 = old.sha256);
    END;
    """,
    # Search finds words in attached documents too. The index keeps its own copy of the text, keyed by
    # the file's hash: an external-content index would point at attachments' rowids, which VACUUM may
    # renumber (the table has no INTEGER PRIMARY KEY). Files are never changed, only added and removed.
    5: """
    CREATE VIRTUAL TABLE attachment_search USING fts5(sha256 UNINDEXED, text, tokenize='trigram');
    INSERT INTO attachment_search(sha256, text) SELECT sha256, text FROM attachments WHERE text != '';
    CREATE TRIGGER attachments_ai AFTER INSERT ON attachments WHEN new.text != '' BEGIN
        INSERT INTO attachment_search(sha256, text) VALUES (new.sha256, new.text);
    END;
    CREATE TRIGGER attachments_ad AFTER DELETE ON attachments BEGIN
        DELETE FROM attachment_search WHERE sha256 = old.sha256;
    END;
    """,
}
SCHEMA_VERSION = max(MIGRATIONS)
