"""OpenAI's chat-completions wire format: parse a request into engine terms, shape replies and errors.

Plain functions on dicts, no HTTP: the server hands parsed JSON in and sends what comes out, so the
rules (which fields we honour, which values we refuse and why) are tested without a socket.
"""

from __future__ import annotations

import base64
import binascii
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from lumichats_desktop.attachments.images import read_image
from lumichats_desktop.attachments.model import AttachmentError
from lumichats_desktop.attachments.prompt import IMAGE_MARKER, defuse
from lumichats_desktop.engine.sampling import SamplingParams
from trainer.common.chat_format import Message

MAX_STOP_SEQUENCES = 4
MAX_IMAGES = 10
# OpenAI's "developer" role is its newer name for system instructions.
ROLE_ALIASES = {"system": "system", "developer": "system", "user": "user", "assistant": "assistant"}


class ApiError(Exception):
    """An error the client gets as OpenAI's `{"error": {...}}` body with an HTTP status."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type_: str = "invalid_request_error",
        param: str | None = None,
        code: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type_
        self.param = param
        self.code = code

    def body(self) -> dict[str, Any]:
        """The JSON body OpenAI's clients parse into their exception's message, type, param and code."""
        return {"error": {"message": self.message, "type": self.type, "param": self.param, "code": self.code}}


@dataclass
class ChatRequest:
    """One /v1/chat/completions request in the engine's terms."""

    model: str
    messages: list[Message]
    params: SamplingParams
    stream: bool = False
    include_usage: bool = False  # stream_options.include_usage: a last chunk with token counts
    stop: list[str] = field(default_factory=list)
    images: list[bytes] = field(default_factory=list)  # image_url parts, in the order of their markers


def _bad(message: str, param: str, code: str | None = None) -> ApiError:
    return ApiError(400, message, param=param, code=code)


def _number(body: dict[str, Any], name: str, low: float, high: float, default: float) -> float:
    value = body.get(name)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        raise _bad(f"'{name}' must be a number from {low:g} to {high:g}; got {value!r}.", name)
    return float(value)


def _integer(body: dict[str, Any], name: str) -> int | None:
    value = body.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise _bad(f"'{name}' must be a whole number; got {value!r}.", name)
    return value


def _image(part: dict[str, Any], index: int, param: str) -> bytes:
    """The bytes of an image_url part: a data: URL only, since the server never fetches anything."""
    raw = part.get("image_url")
    url = raw.get("url") if isinstance(raw, dict) else raw
    if not isinstance(url, str):
        raise _bad(f"Message {index + 1} has an image_url part without a 'url'.", param)
    if not url.startswith("data:"):
        raise _bad(
            f"Message {index + 1} has an image_url that is not a data: URL. LumiChats never fetches "
            "from the network: send the image itself as data:image/png;base64,... (PNG, JPEG or WebP).",
            param,
            code="image_url_not_data",
        )
    header, _, payload = url.partition(",")
    if not header.endswith(";base64") or not payload:
        raise _bad(
            f"Message {index + 1} has a data: URL that is not base64 (data:image/png;base64,...).", param
        )
    try:
        data = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise _bad(f"Message {index + 1} has an image whose base64 is broken ({exc}).", param) from exc
    try:
        read_image(f"the image in message {index + 1}", data)
    except AttachmentError as exc:
        raise _bad(str(exc), param, code="invalid_image") from exc
    return data


def _content(value: Any, index: int, role: str, images: list[bytes]) -> str:
    """Message text from a string or a list of parts; image parts become markers, their bytes go to images.

    The markers sit where the images were among the text parts (attachments/prompt.py), so a user
    message reaches the model as a message with the same files sent from the window would.
    """
    if isinstance(value, str):
        return defuse(value)
    param = f"messages.[{index}].content"
    if isinstance(value, list):
        pieces: list[str] = []
        last_was_text = False
        for part in value:
            kind = part.get("type") if isinstance(part, dict) else type(part).__name__
            if isinstance(part, dict) and kind == "text" and isinstance(part.get("text"), str):
                pieces.append(("\n" if last_was_text else "") + defuse(part["text"]))
                last_was_text = True
            elif isinstance(part, dict) and kind == "image_url" and role == "user":
                if len(images) >= MAX_IMAGES:
                    raise _bad(f"At most {MAX_IMAGES} images fit in one request.", param)
                images.append(_image(part, index, param))
                pieces.append(IMAGE_MARKER)
                last_was_text = False
            else:
                where = "user messages" if kind == "image_url" else "this server"
                raise _bad(
                    f"Message {index + 1} has a content part of type {kind!r}; {where} take parts of type "
                    "'text'" + (" and 'image_url'." if kind != "image_url" else " only in user messages."),
                    param,
                )
        return "".join(pieces)
    raise _bad(f"Message {index + 1} needs 'content' as a string or a list of content parts.", param)


def _messages(value: Any, images: list[bytes]) -> list[Message]:
    if not isinstance(value, list) or not value:
        raise _bad("'messages' must be a non-empty list of {role, content} objects.", "messages")
    messages = []
    for index, item in enumerate(value):
        if not isinstance(item, dict):
            raise _bad(f"Message {index + 1} must be an object with 'role' and 'content'.", "messages")
        role = ROLE_ALIASES.get(item.get("role"))  # type: ignore[arg-type]
        if role is None:
            raise _bad(
                f"Message {index + 1} has the role {item.get('role')!r}; use system, user or assistant.",
                f"messages.[{index}].role",
            )
        messages.append(Message(role, _content(item.get("content"), index, role, images)))
    return messages


def _stop(value: Any) -> list[str]:
    if value is None:
        return []
    stops = [value] if isinstance(value, str) else value
    if (
        not isinstance(stops, list)
        or len(stops) > MAX_STOP_SEQUENCES
        or not all(isinstance(s, str) and s for s in stops)
    ):
        raise _bad(
            f"'stop' must be a non-empty string or a list of up to {MAX_STOP_SEQUENCES} of them.", "stop"
        )
    return list(stops)


def parse_chat_request(body: Any, *, default_max_tokens: int) -> ChatRequest:
    """Check a request body and turn it into a ChatRequest; raise ApiError(400) naming the bad field.

    Fields OpenAI defines that do not change a text reply here (user, logit_bias, penalties...) are
    accepted and ignored, so existing clients work unchanged.
    """
    if not isinstance(body, dict):
        raise ApiError(400, "The request body must be a JSON object.")
    model = body.get("model")
    if not isinstance(model, str) or not model:
        raise _bad("'model' is required: use an id from GET /v1/models.", "model")
    n = _integer(body, "n")
    if n not in (None, 1):
        raise _bad("Only n=1 is supported: ask for one reply per request.", "n")
    defaults = SamplingParams()  # what the window uses when a field is left out
    temperature = _number(body, "temperature", 0, 2, defaults.temperature)
    top_p = _number(body, "top_p", 0, 1, defaults.top_p)
    max_tokens = _integer(body, "max_completion_tokens")
    if max_tokens is None:
        max_tokens = _integer(body, "max_tokens")
    if max_tokens is not None and max_tokens < 1:
        raise _bad("'max_tokens' must be at least 1.", "max_tokens")
    seed = _integer(body, "seed")
    stream = body.get("stream", False)
    if not isinstance(stream, bool):
        raise _bad("'stream' must be true or false.", "stream")
    options = body.get("stream_options") or {}
    images: list[bytes] = []
    messages = _messages(body.get("messages"), images)
    params = SamplingParams(
        # top_p 0 keeps only the most likely token, which is greedy decoding.
        temperature=0.0 if top_p == 0 else temperature,
        top_p=top_p or 1.0,
        max_new_tokens=max_tokens or default_max_tokens,
        seed=seed,
    )
    return ChatRequest(
        model=model,
        messages=messages,
        params=params,
        stream=stream,
        include_usage=bool(isinstance(options, dict) and options.get("include_usage")),
        stop=_stop(body.get("stop")),
        images=images,
    )


class StopMatcher:
    """Cuts streamed text at the first stop sequence, holding back only what could start one."""

    def __init__(self, stops: list[str]) -> None:
        self._stops = stops
        self._held = ""
        self.stopped = False

    def push(self, text: str) -> str:
        """Text that is safe to send now; sets `stopped` once a stop sequence has been seen."""
        if self.stopped:
            return ""
        if not self._stops:
            return text
        self._held += text
        hits = [i for i in (self._held.find(s) for s in self._stops) if i >= 0]
        if hits:
            self.stopped = True
            out, self._held = self._held[: min(hits)], ""
            return out
        keep = 0
        for stop in self._stops:  # the longest tail of the text that is a prefix of a stop sequence
            for size in range(min(len(stop) - 1, len(self._held)), keep, -1):
                if self._held.endswith(stop[:size]):
                    keep = size
                    break
        out = self._held[: len(self._held) - keep]
        self._held = self._held[len(self._held) - keep :]
        return out

    def flush(self) -> str:
        """What was held back, once the reply has ended without reaching a stop sequence."""
        out, self._held = ("" if self.stopped else self._held), ""
        return out


def completion_id() -> str:
    """An id in OpenAI's style, unique per request."""
    return f"chatcmpl-{uuid.uuid4().hex[:24]}"


def usage(prompt_tokens: int, completion_tokens: int) -> dict[str, int]:
    """The `usage` object."""
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }


def completion(
    cid: str, model: str, text: str, finish_reason: str, prompt_tokens: int, completion_tokens: int
) -> dict[str, Any]:
    """A whole (non-streamed) chat.completion object."""
    return {
        "id": cid,
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": text},
                "logprobs": None,
                "finish_reason": finish_reason,
            }
        ],
        "usage": usage(prompt_tokens, completion_tokens),
    }


def chunk(cid: str, model: str, delta: dict[str, str], finish_reason: str | None = None) -> dict[str, Any]:
    """One chat.completion.chunk of a streamed reply."""
    return {
        "id": cid,
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}],
    }


def usage_chunk(cid: str, model: str, prompt_tokens: int, completion_tokens: int) -> dict[str, Any]:
    """The last chunk when the client asked for stream_options.include_usage: no choices, only usage."""
    return {
        "id": cid,
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [],
        "usage": usage(prompt_tokens, completion_tokens),
    }


def model_list(model_ids: list[str], created: int) -> dict[str, Any]:
    """The GET /v1/models body."""
    return {
        "object": "list",
        "data": [
            {"id": m, "object": "model", "created": created, "owned_by": "lumichats"} for m in model_ids
        ],
    }
