"""ApiServer: the OpenAI-compatible server on an asyncio loop of its own thread.

Its own thread keeps it out of the window's event loop (and the window's out of it): a slow client
never delays a repaint, and `lumichats serve` runs the very same object without Qt.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Callable

from aiohttp import web

from lumichats_desktop.server.config import ServerConfig
from lumichats_desktop.server.jobs import ModelBackend
from lumichats_desktop.server.routes import OpenAIRoutes, RequestRecord

log = logging.getLogger(__name__)
SHUTDOWN_TIMEOUT_S = 2.0  # open streams are cancelled first, so this is only a backstop


def _ignore(record: RequestRecord) -> None:
    del record


class ApiServer:
    """Start, report the address, count requests, stop; every method may be called from any thread."""

    def __init__(
        self,
        config: ServerConfig,
        backend: ModelBackend,
        on_request: Callable[[RequestRecord], None] = _ignore,
    ) -> None:
        config.check()
        self.config = config
        self._routes = OpenAIRoutes(config, backend, on_request)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._error: OSError | None = None
        self.port = config.port

    @property
    def base_url(self) -> str:
        """What clients use as their base URL, e.g. http://127.0.0.1:8484/v1."""
        return self.config.base_url(self.port)

    @property
    def requests_served(self) -> int:
        """Chat completions answered to their end since the start."""
        return self._routes.requests_served

    @property
    def running(self) -> bool:
        """Whether the server thread is up and listening."""
        return self._thread is not None and self._thread.is_alive() and self._ready.is_set()

    def start(self) -> None:
        """Bind and start serving; raise OSError saying what to do when the port cannot be used."""
        self._thread = threading.Thread(target=self._run, name="lumichats-api", daemon=True)
        self._thread.start()
        self._ready.wait()
        if self._error is not None:
            self._thread.join()
            error = self._error
            raise OSError(
                error.errno,
                f"Cannot listen on {self.config.host}:{self.config.port} ({error.strerror or error}). "
                "Another program may use that port: pick another with --port N (or in Settings).",
            )
        if not self._thread.is_alive():
            raise OSError("The API server stopped while starting; the log says why.")

    def stop(self) -> None:
        """Cancel what is queued or generating, close connections and end the thread."""
        loop, stopping, thread = self._loop, self._stopping, self._thread
        if loop is not None and stopping is not None and thread is not None and thread.is_alive():
            with contextlib.suppress(RuntimeError):  # the loop already ended
                loop.call_soon_threadsafe(stopping.set)
            thread.join()
        self._thread = None

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._serve())
        except Exception:  # report, never die silently with the caller still waiting in start()
            log.exception("API server crashed")
        finally:
            self._ready.set()
            loop.close()

    async def _serve(self) -> None:
        self._stopping = asyncio.Event()
        # handler_cancellation: a client that disconnects cancels its handler at once, which sets
        # its job's cancel flag, which the model reads before its next token.
        runner = web.AppRunner(
            self._routes.app(),
            handler_cancellation=True,
            access_log=None,
            shutdown_timeout=SHUTDOWN_TIMEOUT_S,
        )
        await runner.setup()
        try:
            site = web.TCPSite(runner, self.config.host, self.config.port)
            try:
                await site.start()
            except OSError as exc:
                self._error = exc
                return
            addresses = runner.addresses
            if addresses:
                self.port = int(addresses[0][1])
            self._ready.set()
            log.info("API server listening on %s", self.base_url)
            await self._stopping.wait()
            for job in list(self._routes.jobs):
                job.cancel.set()
        finally:
            await runner.cleanup()
