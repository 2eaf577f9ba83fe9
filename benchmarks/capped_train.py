"""`lumichats-train` with the process's GPU memory capped, as on a smaller card.

    python benchmarks/capped_train.py --cap-gib 6 -- --model FOLDER --dataset FILE --output DIR ...

torch.cuda.set_per_process_memory_fraction makes every allocation past the cap fail as it would on a card
of that size. The run is the trainer's default path (trainer.cli.main). Prints one JSON line: the cap, the
exit code, torch's peak allocated and reserved, the device's peak used memory (CUDA context included),
seconds, and the last step event.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from trainer.memory import configure_allocator  # noqa: E402

configure_allocator()

import torch  # noqa: E402

GiB = 2**30


def long_conversations(out: Path, rows: int = 200, seed: int = 0) -> None:
    """ShareGPT rows of 1,200 to 9,000 characters (~300 to 2,300 tokens): the held-out conversations'
    real turns, chained, so most batches run near the recipe's 2,048 tokens, like long real chats."""
    import random

    source = REPO / "tests" / "data" / "heldout_sharegpt.jsonl"
    pairs = []
    for line in source.read_text(encoding="utf-8").splitlines():
        turns = json.loads(line)["conversations"]
        pairs += [turns[i : i + 2] for i in range(0, len(turns) - 1, 2) if turns[i]["from"] == "human"]
    rng = random.Random(seed)
    with out.open("w", encoding="utf-8") as handle:
        for _ in range(rows):
            target, chars, turns = rng.randint(1200, 9000), 0, []
            while chars < target:
                pair = rng.choice(pairs)
                turns += pair
                chars += sum(len(t["value"]) for t in pair)
            handle.write(json.dumps({"conversations": turns}) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cap-gib", type=float, default=0.0)
    parser.add_argument("--make-data", type=Path, help="write 200 long conversations here and exit")
    parser.add_argument("rest", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    if args.make_data:
        long_conversations(args.make_data)
        return
    from train_memory import DevicePeak

    from trainer.cli import main as train_main

    total = torch.cuda.get_device_properties(0).total_memory
    torch.cuda.set_per_process_memory_fraction(args.cap_gib * GiB / total)
    rest = args.rest[1:] if args.rest[:1] == ["--"] else args.rest
    started = time.perf_counter()
    with DevicePeak() as device:
        code = train_main(rest)
    result = {
        "cap_gib": args.cap_gib,
        "exit_code": code,
        "seconds": time.perf_counter() - started,
        "peak_allocated_gib": torch.cuda.max_memory_allocated() / GiB,
        "peak_reserved_gib": torch.cuda.max_memory_reserved() / GiB,
        "device_peak_used_gib": device.peak / GiB,
    }
    sys.stdout.write("CAPPED " + json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
