"""What the open-time checks cost: quick_check (every start) and integrity_check (after a crash).

Builds a database of N conversations x 20 messages (~600 characters each), then opens it repeatedly,
alternating a clean start (quick_check) and a start after a crash (integrity_check), ABAB.
    python benchmarks/db_open_checks.py --conversations 2000
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from lumichats_desktop.storage.database import in_use_marker
from lumichats_desktop.storage.store import ConversationStore


def build(path: Path, conversations: int) -> None:
    store = ConversationStore(path)
    text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 10
    with store.transaction():
        for c in range(conversations):
            cid = store.create_conversation(f"Chat {c}")
            parent = None
            for m in range(20):
                parent = store.add_message(
                    cid, parent, "user" if m % 2 == 0 else "assistant", f"{c}.{m} {text}"
                )
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--conversations", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "conversations.sqlite3"
        build(path, args.conversations)
        size = path.stat().st_size
        times: dict[str, list[float]] = {"quick_check": [], "integrity_check": []}
        for _ in range(args.rounds):
            for crashed in (False, True):
                if crashed:
                    in_use_marker(path).write_text("1")
                started = time.perf_counter()
                store = ConversationStore(path)
                times[store.checked].append(time.perf_counter() - started)
                store.close()
        print(f"database: {args.conversations * 20:,} messages, {size / 2**20:.1f} MiB")
        for name, values in times.items():
            print(
                f"open with {name}: median {statistics.median(values) * 1000:.0f} ms over {len(values)} opens"
            )


if __name__ == "__main__":
    main()
