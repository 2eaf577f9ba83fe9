"""`lumichats serve`: the OpenAI-compatible API on this computer, without the window."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from pathlib import Path
from types import FrameType

from lumichats_desktop.engine.models import default_model_id, open_model
from lumichats_desktop.paths import app_dirs
from lumichats_desktop.server.config import DEFAULT_PORT, ServerConfig, is_loopback, served_model_id

KEY_ENV = "LUMICHATS_API_KEY"  # a key here stays out of `ps` listings, unlike --api-key


def banner(config: ServerConfig, base_url: str, model_id: str, title: str) -> str:
    """What a person needs to call the server: address, model, key, a curl line and a Python line."""
    auth = ' -H "Authorization: Bearer $LUMICHATS_API_KEY"' if config.api_key else ""
    key = '"$LUMICHATS_API_KEY"' if config.api_key else '"none"'
    cors = ", ".join(config.cors_origins) if config.cors_origins else "off (web pages cannot call it)"
    curl = f'curl {base_url}/chat/completions -H "Content-Type: application/json"{auth}'
    reach = "this computer only" if is_loopback(config.host) else f"any computer that can reach {config.host}"
    body = f'{{"model": "{model_id}", "messages": [{{"role": "user", "content": "Hello"}}]}}'
    return (
        f"LumiChats API server: {title}\n"
        f"  Address:  {base_url}  ({reach})\n"
        f"  Model:    {model_id}\n"
        f"  API key:  {'required (Authorization: Bearer KEY)' if config.api_key else 'none needed'}\n"
        f"  CORS:     {cors}\n"
        f"  curl:     {curl} -d '{body}'\n"
        f'  Python:   OpenAI(base_url="{base_url}", api_key={key}).chat.completions.create(\n'
        f'                model="{model_id}", messages=[{{"role": "user", "content": "Hello"}}])\n'
        "Requests are not stored in your chat history. Ctrl+C stops the server.\n"
    )


def _progress(message: str, fraction: float) -> None:
    sys.stderr.write(f"\r{message}… {fraction:4.0%}   ")
    if fraction >= 1:
        sys.stderr.write("\n")
    sys.stderr.flush()


def _out(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _serve(args: argparse.Namespace) -> int:
    from lumichats_desktop.engine.chat_engine import ChatEngine
    from lumichats_desktop.server.api_server import ApiServer
    from lumichats_desktop.server.jobs import EngineBackend

    config = ServerConfig(
        host=args.host,
        port=args.port,
        api_key=args.api_key or os.environ.get(KEY_ENV) or None,
        cors_origins=tuple(args.cors_origin or ()),
        default_max_tokens=args.max_tokens,
        context_limit=args.context_limit,
    )
    config.check()  # before the model loads: a refused setup should not cost a minute of loading
    dirs = app_dirs()
    model = args.model or default_model_id(dirs)
    loaded = open_model(
        model,
        dirs,
        adapter=Path(args.adapter) if args.adapter else None,
        quantization=args.quantization,
        device=args.device,
        progress=_progress,
    )
    backend = EngineBackend(ChatEngine(loaded), served_model_id(model))
    server = ApiServer(config, backend, on_request=lambda record: _out(record.line))
    try:
        server.start()
    except OSError:
        backend.close()
        raise
    title = f"{loaded.title} on {loaded.device} ({loaded.quantization})"
    _out(banner(config, server.base_url, served_model_id(model), title).rstrip("\n"))
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, on_signal) if main_thread else None
    try:
        while not stop.wait(0.5):  # a timed wait, so Ctrl+C gets through on every OS
            pass
    except KeyboardInterrupt:
        pass
    finally:
        if main_thread:
            signal.signal(signal.SIGTERM, previous)
        server.stop()
        backend.close()
    _out(f"Stopped after {server.requests_served} requests.")
    return 0


def add_serve_command(sub: argparse._SubParsersAction) -> None:
    """Register `serve` on the main parser."""
    serve = sub.add_parser(
        "serve",
        help="serve the model to other programs through an OpenAI-compatible API",
        description="An OpenAI-compatible API (GET /v1/models, POST /v1/chat/completions) on this computer.",
    )
    serve.add_argument("--model", help="catalogue id, model folder or .gguf (default: best on disk)")
    serve.add_argument("--adapter", help="a LoRA adapter folder to put on the model")
    serve.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: this computer only)"
    )
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"default {DEFAULT_PORT}")
    serve.add_argument(
        "--api-key",
        help=f"require this key from clients (needed off loopback); or set {KEY_ENV} to keep it out of ps",
    )
    serve.add_argument(
        "--cors-origin",
        action="append",
        metavar="ORIGIN",
        help="let web pages from ORIGIN (e.g. http://localhost:3000, or *) call the server; repeatable",
    )
    serve.add_argument("--max-tokens", type=int, default=1024, help="reply length when a request sets none")
    serve.add_argument(
        "--context-limit", type=int, default=None, help="tokens of context (default: the model's)"
    )
    serve.add_argument("--quantization", choices=["auto", "nf4", "bf16", "fp32"], default="auto")
    serve.add_argument("--device", choices=["auto", "cpu", "cuda"], default="auto")
    serve.set_defaults(run=_serve)
