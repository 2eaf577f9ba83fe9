"""`lumichats`: the chat window by default; `lumichats chat`, `models` and `serve` in a terminal."""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from lumichats_desktop import __version__
from lumichats_desktop.cli_models import add_commands
from lumichats_desktop.cli_serve import add_serve_command
from lumichats_desktop.engine.errors import EngineError
from lumichats_desktop.engine.models import default_model_id, open_model
from lumichats_desktop.engine.sampling import SamplingParams
from lumichats_desktop.paths import app_dirs
from trainer.common.catalog import OFFLINE_ID, ModelNotAvailable
from trainer.common.chat_format import ChatFormatError, Message
from trainer.common.gguf_import import GGUFImportError

if TYPE_CHECKING:  # torch-heavy; imported when a terminal chat starts, not for the window
    from lumichats_desktop.engine.chat_engine import ChatEngine
    from lumichats_desktop.engine.generation import ReplyStats


def _progress(message: str, fraction: float) -> None:
    sys.stderr.write(f"\r{message}… {fraction:4.0%}   ")
    if fraction >= 1:
        sys.stderr.write("\n")
    sys.stderr.flush()


def _print_stats(stats: ReplyStats) -> None:
    sys.stderr.write(
        f"[{stats.prompt_tokens} prompt tokens ({stats.reused_tokens} reused), {stats.new_tokens} new, "
        f"first token {stats.ttft_s:.2f} s, {stats.tokens_per_s:.1f} tokens/s, "
        f"stop: {stats.stop_reason.value}]\n"
    )


def _reply(engine: ChatEngine, messages: list[Message], params: SamplingParams, show_stats: bool) -> str:
    prompt = engine.prepare(messages, max_new_tokens=params.max_new_tokens)
    if prompt.dropped_messages:
        sys.stderr.write(f"[{prompt.dropped_messages} oldest messages left out to fit the context]\n")
    cancel = threading.Event()
    parts: list[str] = []
    stream = engine.stream(prompt, params, cancel)
    try:
        for item in stream:
            if isinstance(item, str):
                parts.append(item)
                sys.stdout.write(item)
                sys.stdout.flush()
            else:
                sys.stdout.write("\n")
                if item.error:
                    sys.stderr.write(item.error + "\n")
                if show_stats:
                    _print_stats(item)
    except KeyboardInterrupt:
        cancel.set()
        stream.close()
        sys.stdout.write("\n[stopped]\n")
    return "".join(parts)


def _chat(args: argparse.Namespace) -> int:
    from lumichats_desktop.engine.chat_engine import ChatEngine

    dirs = app_dirs()
    model_id = args.model or default_model_id(dirs)
    params = SamplingParams(
        temperature=args.temperature,
        max_new_tokens=args.max_new_tokens,
        seed=args.seed,
        dry_multiplier=args.loop_guard,
    )
    params.check()
    loaded = open_model(
        model_id,
        dirs,
        adapter=Path(args.adapter) if args.adapter else None,
        quantization=args.quantization,
        device=args.device,
        progress=_progress,
    )
    sys.stderr.write(f"{loaded.title} on {loaded.device} ({loaded.quantization})\n")
    if model_id == OFFLINE_ID:
        sys.stderr.write(
            "LumiChats 270M is a small offline model: fine for simple questions, often wrong on facts. "
            "For the real assistant: lumichats models download lumichats-4b\n"
        )
    engine = ChatEngine(loaded)
    history: list[Message] = [Message("system", args.system)] if args.system else []
    if args.prompt is not None:
        _reply(engine, history + [Message("user", args.prompt)], params, args.stats)
        return 0
    sys.stderr.write("Type a message; /reset starts over, /quit or Ctrl+D leaves, Ctrl+C stops a reply.\n")
    while True:
        try:
            text = input("you> ")
        except (EOFError, KeyboardInterrupt):
            sys.stderr.write("\n")
            return 0
        if text.strip() in ("/quit", "/exit"):
            return 0
        if text.strip() == "/reset":
            history = history[:1] if history and history[0].role == "system" else []
            continue
        if not text.strip():
            continue
        try:
            reply = _reply(engine, history + [Message("user", text)], params, args.stats)
        except (ChatFormatError, EngineError) as exc:
            sys.stderr.write(f"{exc}\n")
            continue
        if reply.strip():
            history += [Message("user", text), Message("assistant", reply)]


def build_parser() -> argparse.ArgumentParser:
    """The command line, documented in --help."""
    parser = argparse.ArgumentParser(prog="lumichats", description="LumiChats: a private local chat.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--self-test", action="store_true", help="check without a screen that this install works, then exit"
    )
    sub = parser.add_subparsers(dest="command")
    chat = sub.add_parser("chat", help="chat in the terminal (a REPL, or one reply with --prompt)")
    chat.add_argument("--prompt", help="send this one message, print the reply and exit")
    chat.add_argument("--model", help="catalogue id, model folder or .gguf (default: best on disk)")
    chat.add_argument("--adapter", help="a LoRA adapter folder to put on the model")
    chat.add_argument("--system", help="system prompt")
    chat.add_argument("--max-new-tokens", type=int, default=512)
    chat.add_argument("--temperature", type=float, default=0.7, help="0 = greedy")
    chat.add_argument(
        "--loop-guard",
        type=float,
        default=SamplingParams().dry_multiplier,
        help="how strongly to stop the reply repeating itself (DRY penalty); 0 = off",
    )
    chat.add_argument("--seed", type=int, default=None)
    chat.add_argument(
        "--quantization", choices=["auto", "nf4", "fp16", "int8", "bf16", "fp32"], default="auto"
    )
    chat.add_argument("--device", choices=["auto", "cpu", "cuda"], default="auto")
    chat.add_argument("--stats", action="store_true", help="print tokens/s and time to first token")
    chat.set_defaults(run=_chat)
    add_commands(sub)
    add_serve_command(sub)
    return parser


def quiet_libraries() -> None:
    """Keep library progress bars and advice out of the user's terminal; our own progress is shown."""
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `lumichats`."""
    quiet_libraries()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from lumichats_desktop.self_test import run

        return run()
    if args.command is None:
        from lumichats_desktop.app import run_app

        return run_app()
    try:
        code: int = args.run(args)
        return code
    except (EngineError, ModelNotAvailable, GGUFImportError, ChatFormatError, ValueError, OSError) as exc:
        sys.stderr.write(f"lumichats: {exc}\n")
        return 2
