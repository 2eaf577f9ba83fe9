"""What `lumichats-train` tells a person on stderr: the rows it dropped or fixed (file, row, reason), the
token lengths, the memory estimate, the steps and where the adapter went; jsonl carries the rows too."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from trainer.progress_text import human_text

REPO = Path(__file__).resolve().parents[2]


def _dataset(path: Path, broken: list[int], rows: int = 40) -> Path:
    lines = [
        json.dumps(
            {"conversations": [{"from": "human", "value": f"Q{i}?"}, {"from": "gpt", "value": f"A{i}."}]}
        )
        for i in range(rows)
    ]
    for number in broken:  # 1-based row numbers, as a text editor shows them
        lines[number - 1] = '{"conversations": [oops'
    lines[2] = json.dumps(
        {"messages": [{"role": "user", "content": "  padded  "}, {"role": "assistant", "content": "ok"}]}
    )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.slow
def test_dry_run_text_names_each_bad_row_and_shows_lengths_and_memory(
    tmp_path: Path, tiny_model_dir: Path
) -> None:
    data = _dataset(tmp_path / "chats.jsonl", broken=[5, *range(10, 34)])  # 25 broken rows
    base = [sys.executable, "-m", "trainer", "--dataset", str(data), "--model", str(tiny_model_dir)]
    base += ["--output", str(tmp_path / "out"), "--max-length", "64", "--dry-run"]
    text = subprocess.run(base, capture_output=True, text=True, encoding="utf-8", cwd=REPO, timeout=240)
    assert text.returncode == 0, text.stderr[-2000:]
    err = text.stderr
    assert "40 rows read, 15 kept" in err and "25 dropped, 1 fixed" in err
    assert "chats.jsonl, row 5: bad JSON" in err and "chats.jsonl, row 28: bad JSON" in err
    assert "chats.jsonl, row 29:" not in err  # the 21st bad row: past the first 20...
    assert "... and 5 more" in err  # ...counted instead
    assert "chats.jsonl, row 3: whitespace around a turn stripped" in err
    assert "Token lengths of the training rows:" in err and "█" in err
    assert "Memory: about" in err and "GB free on cpu" in err
    assert text.stdout == ""  # people's text goes to stderr only

    jsonl = subprocess.run(
        [*base, "--progress-format", "jsonl"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        timeout=240,
    )
    assert jsonl.returncode == 0, jsonl.stderr[-2000:]
    events = [json.loads(line) for line in jsonl.stdout.splitlines()]
    data_event = next(e for e in events if e["event"] == "data")
    assert (data_event["protocol"], data_event["protocol_minor"]) == (1, 1)
    assert data_event["dropped_rows"][0] == {
        "file": "chats.jsonl",
        "row": 5,
        "reason": "bad JSON (Expecting value)",
    }
    assert len(data_event["dropped_rows"]) == 25 and data_event["fixed_rows"][0]["row"] == 3


def test_step_checkpoint_and_result_lines() -> None:
    step = human_text(
        "step",
        {
            "step": 12,
            "max_steps": 30,
            "loss": 2.34567,
            "learning_rate": 1e-4,
            "tokens_per_second": 1234.5,
            "elapsed_s": 41,
            "eta_s": 80,
        },
    )
    assert step == "step 12/30  loss 2.3457  lr 1.00e-04  1,234 tokens/s  00:41 elapsed, about 01:20 left"
    done = human_text(
        "done",
        {
            "status": "finished",
            "steps": 30,
            "output": "/a/my-adapter",
            "eval_before": {"loss": 2.0},
            "eval_after": {"loss": 1.5},
        },
    )
    assert (
        done == "Done: 30 steps. The adapter is in /a/my-adapter (held-out loss 2.0000 before, 1.5000 after)."
    )
    stopped = human_text(
        "done",
        {
            "status": "cancelled",
            "step": 7,
            "output": "/a/x",
            "resume_hint": "run again with --resume --output /a/x",
        },
    )
    assert stopped is not None and "Stopped at step 7" in stopped and "--resume --output /a/x" in stopped
    too_big = human_text(
        "memory", {"memory_estimate_bytes": 9 * 2**30, "available_memory_bytes": 2**30, "device": "cuda"}
    )
    assert too_big is not None and "will NOT fit" in too_big and "--max-length" in too_big
