"""`lumichats models [list|download ID]`, `lumichats login`, `lumichats logout`."""

from __future__ import annotations

import argparse
import getpass
import signal
import sys
import threading
from dataclasses import asdict
from typing import Any

from lumichats_desktop.hub.download import Progress
from lumichats_desktop.hub.errors import HubError, HubErrorKind
from lumichats_desktop.hub.token_store import TokenStore
from lumichats_desktop.paths import app_dirs


def _bar(p: Progress) -> None:
    from lumichats_desktop.ui_text import progress_text

    fraction = p.done / p.total if p.total else 0.0
    filled = int(fraction * 30)
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {fraction:4.0%} {progress_text(asdict(p))}   ")
    sys.stderr.flush()


def _list(args: argparse.Namespace) -> int:
    from lumichats_desktop.engine.hardware import probe, small_model_precision
    from lumichats_desktop.hub.library import rows
    from lumichats_desktop.ui_text import human_bytes

    for row in rows(app_dirs(), small_model_precision(probe())):
        size = human_bytes(row.size_bytes) if row.size_bytes else "—"
        sys.stdout.write(
            f"{row.spec:34} {row.status:20} {size:>9}  {row.title}\n    {row.kind}; {row.detail}\n"
        )
    if args.hardware:
        from lumichats_desktop.engine.hardware import summary

        sys.stdout.write("\n" + summary(probe(check_four_bit=True)) + "\n")
    return 0


def _download(args: argparse.Namespace) -> int:
    from lumichats_desktop.hub.library import fetch

    cancel = threading.Event()
    previous = signal.signal(signal.SIGINT, lambda *_: cancel.set())
    try:
        folders = fetch(args.id, app_dirs(), TokenStore().get(), _bar, cancel)
    except HubError as exc:
        sys.stderr.write("\n")
        if exc.kind is HubErrorKind.CANCELLED:
            sys.stderr.write(f"Paused. Run `lumichats models download {args.id}` again to resume.\n")
            return 130
        sys.stderr.write(f"lumichats: {exc}\n")
        return 3
    finally:
        signal.signal(signal.SIGINT, previous)
    sys.stderr.write("\n")
    for folder in folders:
        sys.stdout.write(f"{folder}\n")
    return 0


def _login(args: argparse.Namespace) -> int:
    store = TokenStore()
    token = sys.stdin.readline() if args.token_stdin else getpass.getpass("Hugging Face token (hidden): ")
    store.save(token)
    sys.stderr.write(f"Token saved. {store.where()}\n")
    if not store.persistent:
        sys.stderr.write("It is gone when this command ends: use the Models dialog, or install a keyring.\n")
    return 0


def _logout(args: argparse.Namespace) -> int:
    del args
    TokenStore().remove()
    sys.stderr.write("Token removed from the system keyring.\n")
    return 0


def add_commands(sub: Any) -> None:
    models = sub.add_parser("models", help="the models: list them (default) or download one")
    models.add_argument("--hardware", action="store_true", help="also show the hardware found")
    models.set_defaults(run=_list)
    actions = models.add_subparsers(dest="models_command")
    listing = actions.add_parser("list", help="the catalogue and what is on disk")
    listing.add_argument("--hardware", action="store_true", help="also show the hardware found")
    listing.set_defaults(run=_list)
    download = actions.add_parser("download", help="download a catalogue model or a Hub repo (Ctrl+C pauses)")
    download.add_argument("id", help="a catalogue id (lumichats-4b) or a Hub repo id (owner/name)")
    download.set_defaults(run=_download)
    login = sub.add_parser("login", help="save a Hugging Face token in the system keyring")
    login.add_argument("--token-stdin", action="store_true", help="read the token from standard input")
    login.set_defaults(run=_login)
    logout = sub.add_parser("logout", help="remove the Hugging Face token from the system keyring")
    logout.set_defaults(run=_logout)
