"""InferenceWorker: owns the model on its own QThread; talks only through queued signals.

Stop is a threading.Event the UI sets directly (read by the generation loop after every token), not
a queued message that would wait behind the running reply.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import warnings
import weakref
from dataclasses import asdict, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QObject, QThread, Signal, Slot

from lumichats_desktop.engine.errors import EngineError, ModelWontFitError
from lumichats_desktop.engine.sampling import SamplingParams
from lumichats_desktop.paths import app_dirs
from trainer.common.catalog import ModelNotAvailable
from trainer.common.chat_format import ChatFormatError, Message
from trainer.common.gguf_import import GGUFImportError

if TYPE_CHECKING:
    from lumichats_desktop.engine.chat_engine import ChatEngine

# The engine (and torch, ~1 s to import) is imported inside the slots, on the worker thread, so the
# window appears without waiting for it.
log = logging.getLogger(__name__)
EXPECTED = (EngineError, ModelNotAvailable, GGUFImportError, ChatFormatError, ValueError, OSError)


class InferenceWorker(QObject):
    """Lives on its own thread; every slot runs there."""

    loadProgress = Signal(str, float)
    loaded = Signal(dict)
    loadFailed = Signal(str, bool)  # message, whether memory was the problem
    promptReady = Signal(int, int, int)  # request, prompt tokens, dropped messages
    chunk = Signal(int, str)
    finished = Signal(int, dict)  # request, ReplyStats as a dict (plus "error")

    def __init__(self) -> None:
        super().__init__()
        self.cancel = threading.Event()
        self._engine: ChatEngine | None = None

    @property
    def engine(self) -> ChatEngine | None:
        """The loaded model, for objects on this same thread (the local API server's job runner)."""
        return self._engine

    def release(self) -> None:
        """Let go of the model (its weights and tokenizer); call only once the thread has ended."""
        self._engine = None

    @Slot(str, str, str)
    def load(self, model: str, adapter: str, device: str = "auto") -> None:
        """Load (or switch to) a model; emits loaded or loadFailed, never raises."""
        from lumichats_desktop.engine.chat_engine import ChatEngine
        from lumichats_desktop.engine.models import open_model

        self._engine = None
        try:
            loaded = open_model(
                model,
                app_dirs(),
                adapter=Path(adapter) if adapter else None,
                device=device,
                progress=lambda text, fraction: self.loadProgress.emit(text, fraction),
            )
        except EXPECTED as exc:
            self.loadFailed.emit(str(exc), isinstance(exc, ModelWontFitError))
            return
        except Exception as exc:  # an unexpected load crash must not kill the worker thread
            log.exception("model load failed")
            self.loadFailed.emit(f"The model could not be loaded: {exc}", False)
            return
        self._engine = ChatEngine(loaded)
        self.loaded.emit(
            {
                "title": loaded.title,
                "model_id": model,
                "device": loaded.device,
                "quantization": loaded.quantization,
                "context_length": loaded.context_length,
                "sees_images": self._engine.sees_images,
            }
        )

    @Slot(int, list, dict, int, list)
    def generate(
        self,
        request: int,
        messages: list[Any],
        params: dict[str, Any],
        context_limit: int,
        images: list[bytes] | None = None,
    ) -> None:
        """Stream one reply for messages [(role, content), ...]; always ends with `finished`.

        A last message from the assistant is a reply to continue: the model goes on from its text.
        images: the attached pictures, in the order of the image markers in the messages.
        """
        from lumichats_desktop.engine.generation import ReplyStats, StopReason

        stats = ReplyStats()
        try:
            sampling = _sampling(params)
            if self._engine is None:
                raise EngineError("No model is loaded yet; wait for it or pick one in Models.")
            prefix = ""
            if messages and messages[-1][0] == "assistant":
                prefix, messages = str(messages[-1][1]), messages[:-1]
            prompt = self._engine.prepare(
                [Message(role, content) for role, content in messages],
                max_new_tokens=sampling.max_new_tokens,
                context_limit=context_limit,
                continue_text=prefix,
                images=images or (),
            )
            self.promptReady.emit(request, len(prompt.token_ids), prompt.dropped_messages)
            for item in self._engine.stream(prompt, sampling, self.cancel):
                if isinstance(item, str):
                    self.chunk.emit(request, item)
                else:
                    stats = item
        except EXPECTED as exc:
            stats.stop_reason = StopReason.ERROR
            stats.error = str(exc)
        except Exception as exc:  # a bug must still end the reply, or the window waits forever
            log.exception("reply failed")
            stats.stop_reason = StopReason.ERROR
            stats.error = f"The reply failed: {exc}"
        result = asdict(stats)
        result["stop_reason"] = stats.stop_reason.value
        self.finished.emit(request, result)


def _sampling(params: dict[str, Any]) -> SamplingParams:
    """SamplingParams from the queued dict; unknown keys and wrong types are a clear ValueError."""
    known = {f.name for f in fields(SamplingParams)}
    unknown = sorted(set(params) - known)
    if unknown:
        raise ValueError(f"Unknown sampling setting(s): {', '.join(map(str, unknown))}.")
    sampling = SamplingParams(**params)
    try:
        sampling.check()
    except TypeError as exc:
        raise ValueError(f"A sampling setting has the wrong type: {exc}") from exc
    return sampling


class InferenceThread:
    """Creates the worker, moves it to a QThread and stops both cleanly."""

    live: ClassVar[weakref.WeakSet[InferenceThread]] = weakref.WeakSet()

    def __init__(self) -> None:
        InferenceThread.live.add(self)
        self.thread = QThread()
        self.thread.setObjectName("lumichats-inference")
        self.worker = InferenceWorker()
        self.worker.moveToThread(self.thread)
        self.thread.start()

    def stop(self) -> None:
        """Cancel any reply, wait for the thread to end, then free the model and cut every connection.

        The window connects the worker's signals to its own methods and to lambdas that hold the
        window: a cycle through Qt's connection table that Python's garbage collector cannot see. Left
        alone, a closed window kept its worker and the worker kept the model (weights and the 262k
        tokenizer, ~0.5 GB for even a tiny model) for the life of the process.
        """
        self.worker.cancel.set()
        self.thread.quit()
        self.thread.wait()
        self.worker.release()
        for signal in (
            self.worker.loadProgress,
            self.worker.loaded,
            self.worker.loadFailed,
            self.worker.promptReady,
            self.worker.chunk,
            self.worker.finished,
        ):
            # Nothing connected: PySide warns ("Failed to disconnect") instead of raising, which the
            # packaged app's self-test printed six times; a signal left unconnected needs no cutting.
            with contextlib.suppress(RuntimeError, TypeError), warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)
                signal.disconnect()
