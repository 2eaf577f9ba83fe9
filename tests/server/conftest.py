"""A real server on a free loopback port, serving the tiny Gemma-3 through the real engine."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from lumichats_desktop.engine.chat_engine import ChatEngine
from lumichats_desktop.engine.loader import load_model
from lumichats_desktop.server.api_server import ApiServer
from lumichats_desktop.server.config import ServerConfig
from lumichats_desktop.server.jobs import EngineBackend, Job, JobEvent
from lumichats_desktop.server.routes import RequestRecord
from trainer.common.catalog import ModelSource

MODEL = "tiny"


@pytest.fixture(scope="package")
def tiny_engine(tiny_model_dir: Path) -> ChatEngine:
    return ChatEngine(load_model(ModelSource(MODEL, tiny_model_dir), quantization="fp32", device="cpu"))


class WatchedBackend:
    """The real backend, recording every event a job emits (with its time) and optionally slowed."""

    def __init__(self, inner: EngineBackend, delay_s: float = 0.0) -> None:
        self.inner = inner
        self.delay_s = delay_s
        self.events: list[tuple[float, JobEvent]] = []
        self.first_text = threading.Event()

    def model_ids(self) -> list[str]:
        return self.inner.model_ids()

    def submit(self, job: Job) -> None:
        forward = job.emit

        def emit(event: JobEvent) -> None:
            self.events.append((time.monotonic(), event))
            forward(event)
            if isinstance(event, str):
                self.first_text.set()
                time.sleep(self.delay_s)  # on the model's thread: each token takes at least this long

        job.emit = emit
        self.inner.submit(job)

    def ends(self) -> list[JobEvent]:
        return [e for _, e in self.events if not isinstance(e, str)]


@dataclass
class Served:
    server: ApiServer
    backend: WatchedBackend
    records: list[RequestRecord] = field(default_factory=list)

    @property
    def url(self) -> str:
        return self.server.base_url

    @property
    def port(self) -> int:
        return self.server.port


@contextmanager
def serving(engine: ChatEngine, delay_s: float = 0.0, **config: Any) -> Iterator[Served]:
    inner = EngineBackend(engine, MODEL)
    backend = WatchedBackend(inner, delay_s)
    records: list[RequestRecord] = []
    server = ApiServer(ServerConfig(port=0, **config), backend, on_request=records.append)
    server.start()
    try:
        yield Served(server, backend, records)
    finally:
        server.stop()
        inner.close()
        assert not server.running


@pytest.fixture
def served(tiny_engine: ChatEngine) -> Iterator[Served]:
    with serving(tiny_engine) as s:
        yield s
