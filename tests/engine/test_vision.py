"""Images on a Gemma-3 vision model: image tokens where the processor puts them, pixels to the tower.

A tiny random Gemma3ForConditionalGeneration (SigLIP tower, 56-pixel images, 4 tokens an image) with
the real tokenizer and the real Gemma-3 image processor.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import torch

from lumichats_desktop.attachments.prompt import IMAGE_MARKER, TEXT_ONLY_IMAGE_NOTE
from lumichats_desktop.engine.chat_engine import ChatEngine
from lumichats_desktop.engine.generation import ReplyStats
from lumichats_desktop.engine.loader import load_model
from lumichats_desktop.engine.sampling import SamplingParams
from tests.attachments.files import image_bytes
from trainer.common.catalog import ModelSource
from trainer.common.chat_format import Message

GREEDY = SamplingParams(temperature=0, max_new_tokens=8, dry_multiplier=0)  # plain greedy, as generate()
RED, BLUE = image_bytes("PNG", (80, 60), (220, 20, 20)), image_bytes("JPEG", (60, 80), (20, 20, 220))


@pytest.fixture(scope="module")
def vision_dir(tmp_path_factory: pytest.TempPathFactory, embedded_dir: Path) -> Path:
    from tests.tiny_models import save_tiny_gemma3_vision

    return save_tiny_gemma3_vision(tmp_path_factory.mktemp("tiny-gemma3-vision"), embedded_dir)


@pytest.fixture(scope="module")
def engine(vision_dir: Path) -> ChatEngine:
    return ChatEngine(load_model(ModelSource("tiny vision", vision_dir), quantization="fp32", device="cpu"))


def _ask(image_count: int = 1, text: str = "What colour is this?") -> list[Message]:
    return [Message("user", IMAGE_MARKER * image_count + text)]


def _reply(engine: ChatEngine, messages: list[Message], images: list[bytes]) -> tuple[list[int], list[int]]:
    """(prompt ids, the greedy reply's token ids) through prepare + the generator."""
    prompt = engine.prepare(messages, max_new_tokens=GREEDY.max_new_tokens, images=images)
    stats = ReplyStats()
    tokens = list(
        engine._generator.stream(prompt.token_ids, GREEDY, threading.Event(), stats, prompt.pixel_values)
    )
    return prompt.token_ids, tokens


def test_image_tokens_sit_where_gemma3s_processor_puts_them(engine: ChatEngine) -> None:
    config = engine.loaded.model.config
    prompt = engine.prepare(_ask(), max_new_tokens=8, images=[RED])
    ids = prompt.token_ids
    boi = ids.index(config.boi_token_index)
    n = config.mm_tokens_per_image
    assert ids[boi + 1 : boi + 1 + n] == [config.image_token_index] * n
    assert ids[boi + 1 + n] == config.eoi_token_index
    assert ids.count(config.image_token_index) == n
    # The text around it is tokenized as the processor's expanded text: blank lines on both sides.
    tokenizer = engine.loaded.tokenizer
    assert tokenizer.decode(ids[boi - 1 : boi]) == "\n\n\n" and tokenizer.decode(ids[boi + n + 2]) == "\n\n"
    assert tuple(prompt.pixel_values.shape) == (1, 3, 56, 56)
    # The pixels are the image, resized and scaled to [-1, 1]: red high, blue low.
    assert prompt.pixel_values[0, 0].mean() > 0.5 and prompt.pixel_values[0, 2].mean() < -0.5


def test_the_reply_equals_transformers_generate_and_depends_on_the_picture(engine: ChatEngine) -> None:
    ids, ours = _reply(engine, _ask(), [RED])
    model = engine.loaded.model
    prompt = engine.prepare(_ask(), max_new_tokens=8, images=[RED])
    input_ids = torch.tensor([ids])
    with torch.inference_mode():
        reference = model.generate(
            input_ids=input_ids,
            pixel_values=prompt.pixel_values,
            token_type_ids=(input_ids == model.config.image_token_index).long(),
            max_new_tokens=GREEDY.max_new_tokens,
            do_sample=False,
        )[0, len(ids) :].tolist()
    assert ours == reference[: len(ours)] and ours
    logits_red = model(input_ids=input_ids, pixel_values=prompt.pixel_values).logits[0, -1]
    blue = engine.prepare(_ask(), max_new_tokens=8, images=[BLUE]).pixel_values
    logits_blue = model(input_ids=input_ids, pixel_values=blue).logits[0, -1]
    assert not torch.allclose(logits_red, logits_blue)  # the tower's output reaches the language model


def test_a_dropped_old_turn_takes_its_image_with_it(engine: ChatEngine) -> None:
    messages = [
        Message("user", IMAGE_MARKER + "first picture " + "word " * 300),
        Message("assistant", "It is red."),
        Message("user", IMAGE_MARKER + "and this one?"),
    ]
    prompt = engine.prepare(messages, max_new_tokens=8, context_limit=200, images=[RED, BLUE])
    assert prompt.dropped_messages == 2
    assert prompt.pixel_values.shape[0] == 1
    alone = engine.prepare(messages[2:], max_new_tokens=8, images=[BLUE])
    assert torch.equal(prompt.pixel_values, alone.pixel_values)


def test_a_text_only_model_is_told_an_image_was_left_out(tiny_model_dir: Path) -> None:
    text_only = ChatEngine(load_model(ModelSource("tiny", tiny_model_dir), quantization="fp32", device="cpu"))
    assert not text_only.sees_images
    prompt = text_only.prepare(_ask(), max_new_tokens=8, images=[RED])
    assert prompt.pixel_values is None
    assert TEXT_ONLY_IMAGE_NOTE in prompt.messages[0].content
    assert 255999 not in prompt.token_ids  # no <start_of_image> reaches a model without a tower
