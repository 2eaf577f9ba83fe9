"""The window's side of the local API server: it shares the chat's one loaded model.

API jobs run on the inference thread through ApiJobRunner, an object living on that thread next to
the InferenceWorker. Qt runs a thread's queued calls in the order they were posted, so chat replies
and API requests take turns first come, first served, and none ever runs while another does.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from lumichats_desktop.attachments.prompt import IMAGE_MARKER
from lumichats_desktop.attachments.reading import attachment_from_bytes
from lumichats_desktop.chat.service import StoreRunner
from lumichats_desktop.hub.token_store import TokenStore
from lumichats_desktop.server.config import ServerConfig, served_model_id
from lumichats_desktop.server.jobs import Job, run_job
from lumichats_desktop.settings import AppSettings
from lumichats_desktop.storage.attachments import link_attachments
from lumichats_desktop.storage.store import ConversationStore
from lumichats_desktop.workers.inference_worker import InferenceThread, InferenceWorker

if TYPE_CHECKING:  # aiohttp (~0.3 s to import) waits until the server is switched on; it is off by default
    from lumichats_desktop.server.api_server import ApiServer
    from lumichats_desktop.server.routes import RequestRecord

log = logging.getLogger(__name__)
KEY_ENTRY = "api-server-key"  # the keyring entry (service "LumiChats") holding the server's key
API_TITLE_PREFIX = "API: "


class ApiJobRunner(QObject):
    """Lives on the inference thread; runs one API job per queued call with the worker's engine."""

    busy = Signal(bool)

    def __init__(self, worker: InferenceWorker) -> None:
        super().__init__()
        self._worker = worker

    @Slot(object)
    def run(self, job: Job) -> None:
        """Generate for one request (the chat waits its turn meanwhile)."""
        self.busy.emit(True)
        try:
            run_job(self._worker.engine, job)
        finally:
            self.busy.emit(False)


class WindowBackend(QObject):
    """The server's view of the window's model: which id it serves, and a queue into the worker."""

    submitted = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._model_id: str | None = None

    def set_model(self, model_id: str | None) -> None:
        """The model the chat has loaded (None when loading failed)."""
        with self._lock:
            self._model_id = model_id

    def model_ids(self) -> list[str]:
        """Called on the server's thread."""
        with self._lock:
            return [self._model_id] if self._model_id else []

    def submit(self, job: Job) -> None:
        """Called on the server's thread; a queued signal puts the job behind earlier work."""
        self.submitted.emit(job)


def _save_exchange(store: ConversationStore, record: RequestRecord) -> int:
    """One API request as a conversation of its own (when the user asked for that)."""
    first_user = next((m.content for m in record.messages if m.role == "user"), "")
    system = record.messages[0].content if record.messages and record.messages[0].role == "system" else ""
    title = API_TITLE_PREFIX + (" ".join(first_user.split())[:50] or record.model)
    cid = store.create_conversation(title, system_prompt=system)
    parent: int | None = None
    images = iter(record.images)
    for message in record.messages:
        if message.role != "system":
            # Images are stored as the message's attachments, as if sent from the window.
            count = message.content.count(IMAGE_MARKER)
            content = message.content.replace(IMAGE_MARKER, "")
            parent = store.add_message(cid, parent, message.role, content)
            files = [next(images) for _ in range(count)]
            link_attachments(
                store,
                parent,
                [attachment_from_bytes(f"image {i + 1}", data) for i, data in enumerate(files)],
            )
    store.add_message(cid, parent, "assistant", record.reply)
    return cid


@dataclass(frozen=True)
class ServerState:
    """What the window shows about the server; the UI turns it into words."""

    url: str = ""  # empty while the server is off
    served: int = 0
    busy: bool = False  # generating for an API client right now
    error: str = ""  # why it is not running although switched on


class ApiServerController(QObject):
    """Starts, restarts and stops the server to match the settings; reports its state to the window."""

    stateChanged = Signal(object)  # ServerState
    generating = Signal(bool)
    conversationStored = Signal(int)
    _requestDone = Signal(object)  # a RequestRecord, emitted on the server's thread

    def __init__(self, inference: InferenceThread, db: StoreRunner) -> None:
        super().__init__()
        self._db = db
        self.backend = WindowBackend()
        self.runner = ApiJobRunner(inference.worker)
        self.runner.moveToThread(inference.thread)
        self.backend.submitted.connect(self.runner.run, Qt.ConnectionType.QueuedConnection)
        self.runner.busy.connect(self._on_busy)
        inference.worker.loaded.connect(self._on_loaded)
        inference.worker.loadFailed.connect(self._on_load_failed)  # a method: queued to this thread
        self._requestDone.connect(self._on_request)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lumichats-api-setup")
        self._keys: TokenStore | None = None  # made on the setup thread: probing the keyring takes time
        self.key: str | None = None  # None until read from the keyring
        self.server: ApiServer | None = None
        self.store_history = False
        self.busy = False
        self.state = ServerState()

    async def _off_ui(self, job: Any, *args: Any) -> Any:
        # Binding, joining the server thread and the keyring can all take a moment: never on the UI thread.
        return await asyncio.wrap_future(self._executor.submit(job, *args))

    async def apply(self, settings: AppSettings, key: str | None = None) -> None:
        """Match the server to settings; key: a new key from the settings dialog ("" removes it)."""
        if key is not None and key != self.key:
            await self._off_ui(self._store_key, key)
            self.key = key
        elif self.key is None:
            self.key = await self._off_ui(self._read_key)
        self.store_history = settings.api_server_history
        config = ServerConfig(
            host="0.0.0.0" if settings.api_server_lan else "127.0.0.1",
            port=settings.api_server_port,
            api_key=self.key or None,
            cors_origins=tuple(o.strip() for o in settings.api_server_cors.split(",") if o.strip()),
            default_max_tokens=settings.max_new_tokens,
            context_limit=settings.context_limit,
        )
        if self.server is not None and settings.api_server_enabled and self.server.config == config:
            return
        if self.server is not None:
            server, self.server = self.server, None
            await self._off_ui(server.stop)
        if not settings.api_server_enabled:
            self._set_state(ServerState())
            return
        from lumichats_desktop.server.api_server import ApiServer

        try:
            server = ApiServer(config, self.backend, on_request=self._requestDone.emit)
            await self._off_ui(server.start)
        except (ValueError, OSError) as exc:
            self._set_state(ServerState(error=str(exc)))
            return
        self.server = server
        self._show()

    def _key_store(self) -> TokenStore:
        if self._keys is None:
            self._keys = TokenStore(KEY_ENTRY)
        return self._keys

    def _read_key(self) -> str:
        return self._key_store().get() or ""

    def _store_key(self, key: str) -> None:
        if key:
            self._key_store().save(key)
        else:
            self._key_store().remove()

    def stop(self) -> None:
        """For shutdown: cancel API requests and close the server (blocks up to a few seconds)."""
        if self.server is not None:
            self.server.stop()
            self.server = None
        self._executor.shutdown(wait=True)

    def _on_loaded(self, info: dict[str, Any]) -> None:
        self.backend.set_model(served_model_id(str(info["model_id"])))
        self._show()

    def _on_load_failed(self, _message: str, _out_of_memory: bool) -> None:
        self.backend.set_model(None)

    def _on_busy(self, busy: bool) -> None:
        self.busy = busy
        self.generating.emit(busy)
        self._show()

    def _on_request(self, record: RequestRecord) -> None:
        self._show()
        if record.completed and self.store_history:
            future = asyncio.ensure_future(self._db.run(lambda s: _save_exchange(s, record)))
            future.add_done_callback(self._stored)

    def _stored(self, future: asyncio.Future[int]) -> None:
        if future.cancelled() or future.exception() is not None:
            log.error("could not store an API conversation", exc_info=future.exception())
            return
        self.conversationStored.emit(future.result())

    def _show(self) -> None:
        if self.server is not None:
            self._set_state(ServerState(self.server.base_url, self.server.requests_served, self.busy))

    def _set_state(self, state: ServerState) -> None:
        self.state = state
        self.stateChanged.emit(state)
