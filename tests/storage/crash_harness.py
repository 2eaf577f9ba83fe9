"""Kill the DB-owning process with SIGKILL at random points of replies and imports, then check the file.

After each kill the database is opened as the app opens it at start, and checked: integrity_check ok,
every committed message still there and on the shown branch, every saved partial text kept (the
reply now 'interrupted'), every import whole or absent, and a new message can be sent and answered.
`python -m tests.storage.crash_harness --runs 50` prints the counts recorded in docs/reliability.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lumichats_desktop.chat.replies import finish_reply, plan_send
from lumichats_desktop.storage.store import ConversationStore
from trainer.common.chat_format import Message, validate

CHILD = Path(__file__).with_name("crash_child.py")
ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Expectations:
    """What must be in the database after every later kill, learned from the child's reports."""

    messages: dict[int, str] = field(default_factory=dict)  # id -> text it must start with
    finished: dict[int, str] = field(default_factory=dict)  # reply id -> its exact final text
    conversation: int | None = None
    imports: list[list[int]] = field(default_factory=list)
    import_size: int = 0


def _export(tmp: Path) -> Path:
    source = ConversationStore(tmp / "source.sqlite3")
    for n in range(15):
        cid = source.create_conversation(f"Imported {n}")
        parent = None
        for m in range(20):
            parent = source.add_message(
                cid, parent, "user" if m % 2 == 0 else "assistant", f"imported {n}.{m}"
            )
    data = source.export_all()
    source.close()
    path = tmp / "export.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _learn(expect: Expectations, lines: list[str]) -> str:
    """Record what the child said it committed; returns the step it was in when killed."""
    last = "first step"
    for line in lines:
        try:
            event: dict[str, Any] = json.loads(line)
        except ValueError:
            break  # a line cut by the kill
        kind = event["event"]
        last = kind
        if kind == "planned":
            expect.conversation = event["conversation"]
            expect.messages[event["user"]] = event["text"]
            expect.messages[event["reply"]] = ""
        elif kind == "saved":
            expect.messages[event["reply"]] = event["text"]
        elif kind == "finished":
            expect.messages[event["reply"]] = event["text"]
            expect.finished[event["reply"]] = event["text"]
        elif kind == "imported":
            expect.imports.append(event["ids"])
    return {
        "planned": "streaming",
        "saved": "streaming",
        "finished": "planning",
        "imported": "planning",
        "importing": "importing",
        "ready": "planning",
    }.get(last, last)


def check_after_restart(db_path: Path, expect: Expectations) -> ConversationStore:
    """Open as the app does at start and check everything; returns the open store."""
    store = ConversationStore(db_path)
    assert store.problem is None, store.problem
    assert store.checked == "integrity_check", "a kill must trigger the full check"
    assert store.integrity() == ["ok"]
    rows = {r["id"]: r for r in store._db.execute("SELECT id, content, status FROM messages")}
    for mid, text in expect.messages.items():
        assert mid in rows, f"committed message {mid} lost"
        assert str(rows[mid]["content"]).startswith(text), f"message {mid} lost saved text"
        assert rows[mid]["status"] != "streaming"
    for mid, text in expect.finished.items():
        assert rows[mid]["content"] == text and rows[mid]["status"] == "complete"
    if expect.conversation is not None:
        shown = {m.id for m in store.active_path(expect.conversation)}
        hidden = set(expect.messages) - shown
        assert not hidden, f"committed messages not on the shown branch: {sorted(hidden)}"
    for ids in expect.imports:
        for cid in ids:
            assert len(store.active_path(cid)) == 20, "an import is whole"
    imported = store._db.execute(
        "SELECT count(*) FROM conversations WHERE title LIKE 'Imported %'"
    ).fetchone()[0]
    assert imported % expect.import_size == 0, "an import was cut in half"
    return store


def next_send_works(store: ConversationStore, expect: Expectations) -> None:
    """The user's next message is stored and answered, and the model would get a valid prompt."""
    plan = plan_send(store, expect.conversation, "Are you still there?", 64)
    validate([Message(role, text) for role, text in plan.history])
    done = finish_reply(store, plan.message_id, "Yes.", {"stop_reason": "eos"})
    assert done.kept
    path = store.active_path(plan.conversation_id)
    assert [m.content for m in path[-2:]] == ["Are you still there?", "Yes."]
    expect.conversation = plan.conversation_id
    expect.messages[plan.parent_id] = "Are you still there?"
    expect.messages[plan.message_id] = "Yes."
    expect.finished[plan.message_id] = "Yes."


def run(runs: int, folder: Path, seed: int = 13) -> Counter[str]:
    """Kill the child `runs` times; returns where the kills landed."""
    rng = random.Random(seed)
    export = _export(folder)
    db_path = folder / "conversations.sqlite3"
    expect = Expectations(import_size=15)
    first = ConversationStore(db_path)
    expect.conversation = first.create_conversation("Crash test")
    first.close()
    landed: Counter[str] = Counter()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for n in range(runs):
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(db_path), str(seed * 1000 + n), str(export)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        first = child.stdout.readline()
        if '"ready"' not in first:
            child.kill()
            raise AssertionError(f"the child did not start: {first} {child.communicate()[1]}")
        time.sleep(rng.uniform(0.0, 0.25))
        os.kill(child.pid, signal.SIGKILL)
        out, _ = child.communicate()
        assert child.returncode == -signal.SIGKILL
        landed[_learn(expect, out.splitlines())] += 1
        store = check_after_restart(db_path, expect)
        try:
            next_send_works(store, expect)
        finally:
            store._db.close()  # leave it as a crash would, so the next open runs the full check
    landed["messages checked"] = len(expect.messages)
    landed["imports kept whole"] = len(expect.imports)
    return landed


if __name__ == "__main__":
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        result = run(args.runs, Path(tmp))
        print(json.dumps({"runs": args.runs, "seconds": round(time.perf_counter() - started, 1), **result}))
