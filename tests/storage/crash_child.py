"""The child of the crash test: the real store and reply code, driven by a fake token source, until killed.

Run as `python tests/storage/crash_child.py DB SEED EXPORT.json`. It prints one JSON line per step
*after* the step committed ("planned", "saved", "finished", "imported"), so the parent knows what must
survive a kill -9 that can land anywhere, including inside a transaction.
"""

from __future__ import annotations

import asyncio
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from lumichats_desktop.chat.replies import PartialSaver, finish_reply, plan_send  # noqa: E402
from lumichats_desktop.workers.db_executor import DbExecutor  # noqa: E402


def say(**event: object) -> None:
    sys.stdout.write(json.dumps(event) + "\n")
    sys.stdout.flush()


async def main(db_path: Path, seed: int, export: Path) -> None:
    rng = random.Random(seed)
    data = json.loads(export.read_text(encoding="utf-8"))
    db = DbExecutor(db_path)  # the app's DB owner: one thread, the UI awaits it
    cid = await db.run(lambda s: next(c.id for c in s.list_conversations() if c.title == "Crash test"))
    say(event="ready")
    while True:
        if rng.random() < 0.35:
            say(event="importing")
            ids = await db.run(lambda s: s.import_json(data, file_name=export.name, on_duplicate="copy"))
            say(event="imported", ids=ids)
            continue
        await reply(db, cid, f"question {rng.randrange(10**6)}", rng.randint(3, 60))


async def reply(db: DbExecutor, cid: int, text: str, tokens: int) -> None:
    """One exchange as the window runs it: plan (one commit), stream with saves, finish (one commit)."""
    plan = await db.run(lambda s: plan_send(s, cid, text, 64))
    mid = plan.message_id
    say(event="planned", conversation=cid, user=plan.parent_id, reply=mid, text=text)
    saver = PartialSaver(interval_s=0.01)  # the app saves every second; here often, to be hit often
    parts: list[str] = []
    for n in range(tokens):
        await asyncio.sleep(0.001)  # the fake token source
        parts.append(f"token{n} ")
        due = saver.due("".join(parts))
        if due is not None:
            await db.run(lambda s, d=due: s.save_partial(mid, d))  # type: ignore[misc]
            say(event="saved", reply=mid, text=due)
    final = "".join(parts).strip()
    await db.run(lambda s: finish_reply(s, mid, final, {"stop_reason": "eos", "new_tokens": tokens}))
    say(event="finished", reply=mid, text=final)


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])))
