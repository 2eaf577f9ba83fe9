"""A local HTTP server in the Hugging Face Hub's URL layout: repo info, file downloads with Range, errors."""

from __future__ import annotations

import hashlib
import json
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlparse

COMMIT = "0123456789abcdef0123456789abcdef01234567"


@dataclass
class FakeRepo:
    files: dict[str, bytes]
    gated: bool = False
    private: bool = False
    sha: str = COMMIT


@dataclass
class FakeHub:
    repos: dict[str, FakeRepo] = field(default_factory=dict)
    good_token: str = "hf_good"
    delay_s: float = 0.0  # per 64 KiB chunk, to give a cancel time to land
    die_after: int | None = None  # close the connection after this many bytes of a file
    requests: list[tuple[str, str | None]] = field(default_factory=list)  # (path, Range header)

    def authorised(self, header: str | None) -> bool | None:
        if header is None:
            return None
        return header == f"Bearer {self.good_token}"


def make_handler(hub: FakeHub) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def _error(self, status: int, code: str, message: str) -> None:
            body = json.dumps({"error": message}).encode()
            self.send_response(status)
            self.send_header("X-Error-Code", code)
            self.send_header("X-Error-Message", message)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _repo(self, repo_id: str) -> FakeRepo | None:
            repo = hub.repos.get(repo_id)
            auth = hub.authorised(self.headers.get("Authorization"))
            if repo is None:
                self._error(404, "RepoNotFound", "Repository not found")
                return None
            if auth is False:
                self._error(401, "RepoNotFound", "Invalid credentials in Authorization header")
                return None
            if repo.gated and not auth:
                self._error(
                    401, "GatedRepo", "Access to this model is restricted. You must be authenticated."
                )
                return None
            if repo.private and not auth:
                self._error(401, "RepoNotFound", "Repository not found")
                return None
            return repo

        def do_GET(self) -> None:
            path = unquote(urlparse(self.path).path)
            hub.requests.append((path, self.headers.get("Range")))
            parts = path.strip("/").split("/")
            if parts[:2] == ["api", "models"]:
                repo_id = "/".join(parts[2:4])
                repo = self._repo(repo_id)
                if repo is None:
                    return
                siblings = [
                    {
                        "rfilename": name,
                        "size": len(data),
                        "lfs": {
                            "size": len(data),
                            "sha256": hashlib.sha256(data).hexdigest(),
                            "pointerSize": 130,
                        },
                    }
                    for name, data in repo.files.items()
                ]
                body = json.dumps(
                    {
                        "id": repo_id,
                        "modelId": repo_id,
                        "sha": repo.sha,
                        "siblings": siblings,
                        "gated": repo.gated,
                    }
                ).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            if len(parts) >= 5 and parts[2] == "resolve":
                repo = self._repo("/".join(parts[:2]))
                if repo is None:
                    return
                name = "/".join(parts[4:])
                if name not in repo.files:
                    self._error(404, "EntryNotFound", "Entry not found")
                    return
                self._send_file(repo, repo.files[name])
                return
            self._error(404, "RepoNotFound", "Not found")

        def _send_file(self, repo: FakeRepo, data: bytes) -> None:
            start = 0
            header = self.headers.get("Range")
            if header and header.startswith("bytes="):
                start = int(header[6:].split("-")[0])
                self.send_response(206)
                self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
            else:
                self.send_response(200)
            self.send_header("Content-Length", str(len(data) - start))
            self.send_header("X-Repo-Commit", repo.sha)
            self.send_header("ETag", f'"{hashlib.sha256(data).hexdigest()}"')
            self.end_headers()
            sent = 0
            for offset in range(start, len(data), 65536):
                block = data[offset : offset + 65536]
                if hub.die_after is not None and sent + len(block) > hub.die_after:
                    self.wfile.write(block[: hub.die_after - sent])
                    self.wfile.flush()
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return
                self.wfile.write(block)
                sent += len(block)
                if hub.delay_s:
                    time.sleep(hub.delay_s)

    return Handler


class QuietServer(ThreadingHTTPServer):
    """A client that hangs up mid-file (pause, cancel) is normal for a download server, not an error."""

    def handle_error(self, request: object, client_address: object) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):  # BrokenPipeError, ConnectionResetError
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]


class HubServer:
    """Start/stop the fake Hub on a free local port."""

    def __init__(self, hub: FakeHub) -> None:
        self.hub = hub
        self.server = QuietServer(("127.0.0.1", 0), make_handler(hub))
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> HubServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
