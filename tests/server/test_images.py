"""image_url parts (data: URLs only) reach a vision model as images sent from the window would."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import openai
import pytest
from openai import OpenAI

from lumichats_desktop.attachments.prompt import IMAGE_MARKER
from lumichats_desktop.engine.chat_engine import ChatEngine
from lumichats_desktop.engine.loader import load_model
from lumichats_desktop.server.protocol import ApiError, parse_chat_request
from tests.attachments.files import image_bytes
from tests.server.conftest import MODEL, Served, serving
from trainer.common.catalog import ModelSource

PNG = image_bytes("PNG")
DATA_URL = "data:image/png;base64," + base64.b64encode(PNG).decode()


def _ask(*parts: dict[str, Any], role: str = "user") -> dict[str, Any]:
    return {"model": "m", "messages": [{"role": role, "content": list(parts)}]}


def _image(url: str = DATA_URL) -> dict[str, Any]:
    return {"type": "image_url", "image_url": {"url": url}}


def test_image_parts_become_markers_in_place_and_their_bytes_come_along() -> None:
    chat = parse_chat_request(
        _ask(_image(), {"type": "text", "text": "What is this?"}, {"type": "text", "text": "Be brief."}),
        default_max_tokens=8,
    )
    assert chat.messages[0].content == IMAGE_MARKER + "What is this?\nBe brief."
    assert chat.images == [PNG]
    # A marker typed as text never claims an image slot.
    typed = parse_chat_request(_ask({"type": "text", "text": IMAGE_MARKER}), default_max_tokens=8)
    assert IMAGE_MARKER not in typed.messages[0].content and typed.images == []


@pytest.mark.parametrize(
    ("body", "says", "code"),
    [
        (_ask(_image("https://example.com/cat.png")), "never fetches from the network", "image_url_not_data"),
        (_ask(_image("data:image/png,rawbytes")), "not base64", None),
        (_ask(_image("data:image/png;base64,%%%")), "base64 is broken", None),
        (
            _ask(_image("data:image/png;base64," + base64.b64encode(b"not an image").decode())),
            "not a PNG",
            "invalid_image",
        ),
        (_ask(_image(), role="assistant"), "only in user messages", None),
        (_ask({"type": "input_audio", "input_audio": {}}), "'input_audio'", None),
    ],
)
def test_bad_images_are_a_clear_400(body: dict[str, Any], says: str, code: str | None) -> None:
    with pytest.raises(ApiError) as caught:
        parse_chat_request(body, default_max_tokens=8)
    assert caught.value.status == 400 and says in caught.value.message
    assert caught.value.param == "messages.[0].content" and caught.value.code == code


@pytest.fixture(scope="module")
def vision_engine(tmp_path_factory: pytest.TempPathFactory, embedded_dir: Path) -> ChatEngine:
    from tests.tiny_models import save_tiny_gemma3_vision

    folder = save_tiny_gemma3_vision(tmp_path_factory.mktemp("vision"), embedded_dir)
    return ChatEngine(load_model(ModelSource(MODEL, folder), quantization="fp32", device="cpu"))


def test_an_image_request_through_the_openai_client(vision_engine: ChatEngine) -> None:
    with serving(vision_engine) as served:
        client = OpenAI(base_url=served.url, api_key="none", max_retries=0, timeout=120)
        messages: Any = [
            {"role": "user", "content": [{"type": "text", "text": "Colour?"}, _image()]},
        ]
        reply = client.chat.completions.create(model=MODEL, messages=messages, max_tokens=4, temperature=0)
        text_only = client.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": "Colour?"}], max_tokens=4, temperature=0
        )
    assert reply.usage is not None and text_only.usage is not None
    tokens = vision_engine.loaded.model.config.mm_tokens_per_image
    # The image's soft tokens, its two markers and the blank lines around it are in the prompt.
    assert reply.usage.prompt_tokens >= text_only.usage.prompt_tokens + tokens + 2


def test_an_image_for_a_text_only_model_is_refused(served: Served) -> None:
    client = OpenAI(base_url=served.url, api_key="none", max_retries=0, timeout=120)
    with pytest.raises(openai.BadRequestError, match="cannot see images"):
        client.chat.completions.create(
            model=MODEL,
            messages=[{"role": "user", "content": [_image()]}],
            max_tokens=4,  # type: ignore[list-item]
        )
