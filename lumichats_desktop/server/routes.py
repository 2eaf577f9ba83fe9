"""The HTTP side: OpenAI's routes on aiohttp, the safety checks, and one short log line per request.

Runs on the server's event loop only. The model is reached through a ModelBackend; text comes back
through an asyncio queue fed from the model's thread with call_soon_threadsafe.
"""

from __future__ import annotations

import asyncio
import contextvars
import hmac
import json
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from lumichats_desktop.server.config import ServerConfig, is_loopback
from lumichats_desktop.server.jobs import Job, JobEnd, JobEvent, ModelBackend, no_model_error
from lumichats_desktop.server.protocol import (
    ApiError,
    ChatRequest,
    chunk,
    completion,
    completion_id,
    model_list,
    parse_chat_request,
    usage_chunk,
)
from trainer.common.chat_format import Message

log = logging.getLogger(__name__)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass
class RequestNote:
    """What a handler tells the log line about its request (one per request, via a context variable)."""

    summary: str = ""
    details: dict[str, Any] | None = None  # model, messages, reply of a finished completion


NOTE: contextvars.ContextVar[RequestNote] = contextvars.ContextVar("lumichats_request_note")


@dataclass(frozen=True)
class RequestRecord:
    """What the server tells its owner after each request (the key and headers are never in it)."""

    line: str  # the log line: time, client, method, path, status, tokens
    status: int
    completed: bool  # a chat completion that ran to its end (counts as served)
    model: str = ""
    messages: list[Message] = field(default_factory=list)
    reply: str = ""
    images: list[bytes] = field(default_factory=list)  # the request's images, in marker order


def _sse(data: dict[str, Any]) -> bytes:
    return b"data: " + json.dumps(data, ensure_ascii=False).encode() + b"\n\n"


class OpenAIRoutes:
    """The routes and their state (waiting jobs, requests served); one per running server."""

    def __init__(
        self, config: ServerConfig, backend: ModelBackend, on_request: Callable[[RequestRecord], None]
    ) -> None:
        self.config = config
        self.backend = backend
        self.on_request = on_request
        self.requests_served = 0
        self.jobs: set[Job] = set()  # queued or running; cancelled when the server stops
        self.started = int(time.time())
        self._key = config.api_key.encode() if config.api_key else None

    def app(self) -> web.Application:
        """The aiohttp application with our middleware and routes."""
        app = web.Application(client_max_size=self.config.max_body_bytes, middlewares=[self._guard])
        app.router.add_get("/v1/models", self.list_models)
        app.router.add_get("/v1/models/{model}", self.get_model)
        app.router.add_post("/v1/chat/completions", self.chat_completions)
        app.on_response_prepare.append(self._cors_headers)
        return app

    # --- safety: origin, host, key; errors in OpenAI's shape; the log line -----------------------

    def _allowed_origin(self, origin: str) -> bool:
        return "*" in self.config.cors_origins or origin in self.config.cors_origins

    def _check(self, request: web.Request) -> web.StreamResponse | None:
        origin = request.headers.get("Origin")
        if origin is not None and not self._allowed_origin(origin):
            # Browsers send Origin with every cross-site call; other programs do not.
            raise ApiError(
                403,
                f"Web pages ({origin}) may not call this server. To allow one, start it with "
                "--cors-origin ORIGIN (in the window: 'Allowed web origins' in Settings).",
                code="origin_not_allowed",
            )
        if origin is not None and request.method == "OPTIONS":
            return web.Response(status=204)  # a CORS preflight; _cors_headers adds the answer
        if self._key is None and not is_loopback(_host_name(request.host)):
            # Without a key only loopback names are served: a web page that rebinds its own domain
            # to 127.0.0.1 must not reach the model through the browser.
            raise ApiError(403, "This server only answers requests addressed to localhost.", code="bad_host")
        if self._key is not None:
            header = request.headers.get("Authorization", "")
            scheme, _, given = header.partition(" ")
            if scheme.lower() != "bearer" or not given:
                raise ApiError(
                    401,
                    "This server needs an API key: send the header 'Authorization: Bearer KEY'.",
                    code="invalid_api_key",
                )
            if not hmac.compare_digest(given.strip().encode(), self._key):
                raise ApiError(401, "Incorrect API key provided.", code="invalid_api_key")
        return None

    async def _cors_headers(self, request: web.Request, response: web.StreamResponse) -> None:
        origin = request.headers.get("Origin")
        if origin is None or not self._allowed_origin(origin):
            return
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Vary"] = "Origin"
        if request.method == "OPTIONS":
            response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
            response.headers["Access-Control-Allow-Headers"] = "Authorization, Content-Type"
            response.headers["Access-Control-Max-Age"] = "600"

    @web.middleware
    async def _guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        status = 500
        note = RequestNote()
        NOTE.set(note)  # each request runs in its own task, so its own context
        try:
            early = self._check(request)
            response = early or await handler(request)
            status = response.status
            return response
        except ApiError as exc:
            status = exc.status
            return web.json_response(exc.body(), status=exc.status)
        except web.HTTPException as exc:
            status = exc.status
            error = _http_error(exc, request)
            return web.json_response(error.body(), status=error.status)
        except (asyncio.CancelledError, ConnectionResetError):
            status = 499  # nginx's "client closed request": the reply was cancelled
            note.summary += " client left; reply cancelled"
            raise
        except Exception as exc:
            log.exception("API request failed")
            status = 500
            error = ApiError(500, f"The server failed: {exc}", type_="server_error")
            return web.json_response(error.body(), status=500)
        finally:
            self._record(request, status, note)

    def _record(self, request: web.Request, status: int, note: RequestNote) -> None:
        line = f"{time.strftime('%H:%M:%S')} {request.remote} {request.method} {request.path} {status}"
        record = RequestRecord(f"{line} {note.summary}".rstrip(), status, completed=False)
        details = note.details
        if details is not None and status == 200:
            self.requests_served += 1
            record = RequestRecord(record.line, status, True, **details)
        try:
            self.on_request(record)
        except Exception:  # the owner's display must never break the server
            log.exception("on_request callback failed")

    # --- routes -------------------------------------------------------------------------------

    async def list_models(self, request: web.Request) -> web.StreamResponse:
        """GET /v1/models: the loaded model (none while the window is loading one)."""
        return web.json_response(model_list(self.backend.model_ids(), self.started))

    async def get_model(self, request: web.Request) -> web.StreamResponse:
        """GET /v1/models/{id}."""
        model = request.match_info["model"]
        self._check_model(model)
        return web.json_response(model_list([model], self.started)["data"][0])

    def _check_model(self, model: str) -> None:
        ids = self.backend.model_ids()
        if not ids:
            raise no_model_error()
        if model not in ids:
            raise ApiError(
                404,
                f"The model {model!r} is not loaded here; use {ids[0]!r} (GET /v1/models lists it).",
                param="model",
                code="model_not_found",
            )

    async def _read_json(self, request: web.Request) -> Any:
        too_large = ApiError(
            413,
            f"The request body is larger than {self.config.max_body_bytes // 1024} KiB; send less text.",
            code="request_too_large",
        )
        if request.content_length is not None and request.content_length > self.config.max_body_bytes:
            raise too_large
        try:
            raw = await request.read()
        except web.HTTPRequestEntityTooLarge:
            raise too_large from None
        try:
            return json.loads(raw)
        except ValueError as exc:
            raise ApiError(400, f"The request body is not valid JSON ({exc}).") from None

    async def chat_completions(self, request: web.Request) -> web.StreamResponse:
        """POST /v1/chat/completions, streamed (server-sent events) or whole."""
        chat = parse_chat_request(
            await self._read_json(request), default_max_tokens=self.config.default_max_tokens
        )
        self._check_model(chat.model)
        if len(self.jobs) >= self.config.max_waiting:
            raise ApiError(
                503,
                f"The server is busy ({len(self.jobs)} requests are waiting for the model); retry later.",
                type_="server_error",
                code="server_busy",
            )
        events: asyncio.Queue[JobEvent] = asyncio.Queue()
        job = self._submit(chat, events)
        cid = completion_id()
        try:
            if chat.stream:
                return await self._stream(request, chat, cid, events)
            return await self._whole(request, chat, cid, events)
        finally:
            job.cancel.set()  # a no-op after the end; stops the model when the client went away

    def _submit(self, chat: ChatRequest, events: asyncio.Queue[JobEvent]) -> Job:
        loop = asyncio.get_running_loop()

        def emit(event: JobEvent) -> None:  # called on the model's thread
            try:
                loop.call_soon_threadsafe(events.put_nowait, event)
                if not isinstance(event, str):
                    loop.call_soon_threadsafe(self.jobs.discard, job)
            except RuntimeError:
                pass  # the server has stopped; nobody is listening any more

        job = Job(
            chat.messages,
            chat.params,
            emit,
            stop=chat.stop,
            context_limit=self.config.context_limit,
            images=chat.images,
        )
        self.jobs.add(job)
        self.backend.submit(job)
        return job

    def _summarize(self, request: web.Request, chat: ChatRequest, end: JobEnd, reply: str) -> None:
        note = NOTE.get()
        note.summary = (
            f"{'stream' if chat.stream else 'whole'}, {end.prompt_tokens}+{end.completion_tokens} tokens, "
            f"first token {end.ttft_s:.2f} s, {end.total_s:.2f} s, {end.finish_reason}"
        )
        note.details = {"model": chat.model, "messages": chat.messages, "reply": reply, "images": chat.images}

    async def _whole(
        self, request: web.Request, chat: ChatRequest, cid: str, events: asyncio.Queue[JobEvent]
    ) -> web.StreamResponse:
        parts: list[str] = []
        while not isinstance(event := await events.get(), JobEnd):
            if isinstance(event, ApiError):
                raise event
            parts.append(event)
        reply = "".join(parts)
        self._summarize(request, chat, event, reply)
        body = completion(
            cid, chat.model, reply, event.finish_reason, event.prompt_tokens, event.completion_tokens
        )
        return web.json_response(body, dumps=lambda data: json.dumps(data, ensure_ascii=False))

    async def _stream(
        self, request: web.Request, chat: ChatRequest, cid: str, events: asyncio.Queue[JobEvent]
    ) -> web.StreamResponse:
        event = await events.get()  # the first token (or an error) before the 200 goes out
        if isinstance(event, ApiError):
            raise event
        response = web.StreamResponse(
            headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"}
        )
        await response.prepare(request)
        await response.write(_sse(chunk(cid, chat.model, {"role": "assistant", "content": ""})))
        parts: list[str] = []
        while isinstance(event, str):
            parts.append(event)
            await response.write(_sse(chunk(cid, chat.model, {"content": event})))
            event = await events.get()
        if isinstance(event, ApiError):  # mid-stream: the status is already sent, so say it in the stream
            await response.write(_sse(event.body()))
            NOTE.get().summary = f"stream, failed: {event.message}"
        else:
            reply = "".join(parts)
            self._summarize(request, chat, event, reply)
            await response.write(_sse(chunk(cid, chat.model, {}, event.finish_reason)))
            if chat.include_usage:
                await response.write(
                    _sse(usage_chunk(cid, chat.model, event.prompt_tokens, event.completion_tokens))
                )
        await response.write(b"data: [DONE]\n\n")
        await response.write_eof()
        return response


def _host_name(host: str) -> str:
    """The name in a Host header without its port ("[::1]:8484" -> "::1")."""
    if host.startswith("["):
        return host[1 : host.find("]")]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _http_error(exc: web.HTTPException, request: web.Request) -> ApiError:
    """aiohttp's own 404/405/413 as OpenAI-shaped errors."""
    if exc.status == 404:
        return ApiError(
            404,
            f"There is no {request.method} {request.path}; this server offers GET /v1/models and "
            "POST /v1/chat/completions.",
            code="unknown_url",
        )
    if exc.status == 405:
        return ApiError(405, f"{request.path} does not accept {request.method}.", code="method_not_allowed")
    if exc.status == 413:
        return ApiError(413, "The request body is too large; send less text.", code="request_too_large")
    return ApiError(exc.status, exc.reason or "HTTP error")
