"""`lumichats chat` and `lumichats models` as a person runs them in a terminal."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _lumichats(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lumichats_desktop", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        input=stdin,
        env=dict(os.environ),
        timeout=300,
    )


def test_one_prompt_streams_a_reply_and_stats(tiny_model_dir: Path) -> None:
    result = _lumichats(
        "chat",
        "--model",
        str(tiny_model_dir),
        "--prompt",
        "Hello",
        "--max-new-tokens",
        "5",
        "--temperature",
        "0",
        "--stats",
    )
    assert result.returncode == 0, result.stderr
    assert "tokens/s" in result.stderr and "first token" in result.stderr
    assert "Traceback" not in result.stderr


def test_repl_keeps_the_conversation_and_quits(tiny_model_dir: Path) -> None:
    result = _lumichats(
        "chat",
        "--model",
        str(tiny_model_dir),
        "--max-new-tokens",
        "3",
        "--stats",
        stdin="Hi\nAnd now?\n/quit\n",
    )
    assert result.returncode == 0, result.stderr
    # The second reply's prompt reused the first exchange from the KV cache.
    assert result.stderr.count("tokens/s") == 2 and " reused)" in result.stderr


def test_unknown_model_is_a_short_error_without_traceback() -> None:
    result = _lumichats("chat", "--model", "gpt-5", "--prompt", "hi")
    assert result.returncode == 2
    assert "Unknown model 'gpt-5'" in result.stderr and "Traceback" not in result.stderr


def test_empty_prompt_is_refused(tiny_model_dir: Path) -> None:
    result = _lumichats("chat", "--model", str(tiny_model_dir), "--prompt", "   ")
    assert result.returncode == 2 and "empty" in result.stderr and "Traceback" not in result.stderr


def test_models_lists_the_catalogue_with_disk_status() -> None:
    result = _lumichats("models")
    assert result.returncode == 0
    assert "lumichats-4b" in result.stdout and "not downloaded" in result.stdout
    assert "gemma-3-270m" in result.stdout


def test_self_test_passes_every_check_without_a_screen(embedded_dir: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    result = subprocess.run(
        [sys.executable, "-m", "lumichats_desktop", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    lines = result.stdout.splitlines()
    assert [line.split(":")[0] for line in lines[:4]] == [
        "PASS window",
        "PASS database",
        "PASS model",
        "PASS trainer",
    ]
    assert lines[-1] == "PASSED: 4 of 4 checks"
