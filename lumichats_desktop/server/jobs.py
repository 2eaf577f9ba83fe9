"""One API request as a job for the model's thread, and the loop that runs it there.

The server's event loop never touches the model: it hands a Job to a backend, which runs `run_job`
on whichever thread owns the model (a thread of its own for `lumichats serve`, the chat's inference
thread in the window). Events come back through the job's `emit`, which must be safe to call from
that thread.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from lumichats_desktop.engine.errors import ContextOverflowError, EngineError
from lumichats_desktop.engine.sampling import SamplingParams
from lumichats_desktop.server.protocol import ApiError, StopMatcher
from trainer.common.chat_format import ChatFormatError, Message

if TYPE_CHECKING:  # torch-heavy: the window imports this module before torch is loaded
    from lumichats_desktop.engine.chat_engine import ChatEngine

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class JobEnd:
    """How a reply ended: finish_reason is stop, length or cancelled (the client left)."""

    finish_reason: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    ttft_s: float = 0.0
    total_s: float = 0.0


JobEvent = str | JobEnd | ApiError  # text, then exactly one JobEnd or ApiError


@dataclass(eq=False)  # compared and hashed by identity: the server keeps a set of live jobs
class Job:
    """What one request asks of the model, and where its text goes."""

    messages: list[Message]
    params: SamplingParams
    emit: Callable[[JobEvent], None]
    stop: list[str] = field(default_factory=list)
    context_limit: int | None = None
    cancel: threading.Event = field(default_factory=threading.Event)
    images: list[bytes] = field(default_factory=list)  # image_url parts, in the order of their markers


class ModelBackend(Protocol):
    """Whoever owns the loaded model; the server only asks these two things of it."""

    def model_ids(self) -> list[str]:
        """Ids a request may name; empty while no model is loaded. Called from the server's thread."""

    def submit(self, job: Job) -> None:
        """Queue job behind earlier ones (first come, first served); must not block."""


def no_model_error() -> ApiError:
    """503 while the window is still loading (or has failed to load) a model."""
    return ApiError(
        503,
        "No model is loaded yet. Wait until LumiChats has finished loading one, then retry.",
        type_="server_error",
        code="model_not_loaded",
    )


def run_job(engine: ChatEngine | None, job: Job) -> None:
    """Run one job on the model's thread with the same prepare/stream calls as the chat; never raises."""
    from lumichats_desktop.engine.generation import ReplyStats, StopReason

    if job.cancel.is_set():  # the client left while the job waited its turn
        job.emit(JobEnd("cancelled"))
        return
    if engine is None:
        job.emit(no_model_error())
        return
    if job.images and not engine.sees_images:
        job.emit(
            ApiError(
                400,
                "The loaded model cannot see images; send text only, or load a vision model "
                "(LumiChats 4B) in the app.",
                param="messages",
                code="images_not_supported",
            )
        )
        return
    try:
        prompt = engine.prepare(
            job.messages,
            max_new_tokens=job.params.max_new_tokens,
            context_limit=job.context_limit,
            images=job.images,
        )
    except ContextOverflowError as exc:
        job.emit(ApiError(400, str(exc), param="messages", code="context_length_exceeded"))
        return
    except (ChatFormatError, EngineError, ValueError) as exc:
        job.emit(ApiError(400, str(exc), param="messages"))
        return
    matcher = StopMatcher(job.stop)
    stats = ReplyStats()
    try:
        for item in engine.stream(prompt, job.params, job.cancel):
            if isinstance(item, str):
                text = matcher.push(item)
                if text:
                    job.emit(text)
                if matcher.stopped:
                    job.cancel.set()  # the loop ends before it computes another token
            else:
                stats = item
    except Exception as exc:  # a crash here must not take the model's thread down with it
        log.exception("API generation failed")
        job.emit(ApiError(500, f"Generation failed: {exc}", type_="server_error"))
        return
    rest = matcher.flush()
    if rest:
        job.emit(rest)
    if stats.error:
        job.emit(ApiError(500, stats.error, type_="server_error"))
        return
    if matcher.stopped or stats.stop_reason is StopReason.EOS:
        reason = "stop"
    elif stats.stop_reason is StopReason.LENGTH:
        reason = "length"
    else:
        reason = "cancelled"
    job.emit(JobEnd(reason, stats.prompt_tokens, stats.new_tokens, stats.ttft_s, stats.total_s))


class EngineBackend:
    """The model on a thread of its own (for `lumichats serve`): jobs run one at a time, in order."""

    def __init__(self, engine: ChatEngine, model_id: str) -> None:
        self._engine = engine
        self._model_id = model_id
        self._queue: queue.SimpleQueue[Job | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="lumichats-model", daemon=True)
        self._thread.start()

    def model_ids(self) -> list[str]:
        """The one model this process serves."""
        return [self._model_id]

    def submit(self, job: Job) -> None:
        """Queue job; it runs after every job submitted before it."""
        self._queue.put(job)

    def close(self) -> None:
        """Run what is queued (cancelled jobs end at once), then end the thread."""
        self._queue.put(None)
        self._thread.join()

    def _run(self) -> None:
        while (job := self._queue.get()) is not None:
            run_job(self._engine, job)
