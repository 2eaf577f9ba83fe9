"""Images for Gemma-3 vision models: image tokens in the prompt, pixels for the vision tower, prefill.

Gemma-3's processor writes each image as `\\n\\n<start_of_image>` + mm_tokens_per_image soft tokens +
`<end_of_image>\\n\\n`; the soft tokens' embeddings are replaced by the vision tower's output, and the
language model attends to them bidirectionally within the image (token_type_ids mark them). We do the
same: the text around markers is tokenized as the processor's text would be, the soft tokens are
spliced in by id (so the count is exact whatever the tokenizer knows), and the prompt is prefilled by
the model's own forward pass with pixel_values; decoding then goes on token by token from that cache.

A prompt with images is never reused from (or kept in) the prefix cache: two different pictures give
the same token ids, so a matching prefix would reuse the wrong picture's keys and values.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import torch

from lumichats_desktop.attachments.images import open_image
from lumichats_desktop.attachments.prompt import IMAGE_MARKER, TEXT_ONLY_IMAGE_NOTE
from lumichats_desktop.engine.sampling import SamplingParams
from trainer.common.chat_format import Message

if TYPE_CHECKING:
    from lumichats_desktop.engine.generation import ReplyStats, TokenGenerator
    from lumichats_desktop.engine.loader import LoadedModel

END_OF_IMAGE = "<end_of_image>"


def sees_images(loaded: LoadedModel) -> bool:
    """Whether this loaded model can be shown images (a Gemma-3 vision model run by transformers).

    The CPU decode path packs the language model's weights for its own kernels and has no image
    input, so a model loaded that way reads text only.
    """
    config = getattr(loaded.model, "config", None)
    return loaded.cpu is None and getattr(config, "vision_config", None) is not None


def without_images(messages: Sequence[Message]) -> list[Message]:
    """For a text-only model: each image's marker replaced by a sentence saying it was left out."""
    return [Message(m.role, m.content.replace(IMAGE_MARKER, TEXT_ONLY_IMAGE_NOTE)) for m in messages]


class ImagePrompt:
    """The image tokens and pixels of one vision model (read from its config)."""

    def __init__(self, config: Any) -> None:
        self.boi = int(config.boi_token_index)
        self.eoi = int(config.eoi_token_index)
        self.image_token = int(config.image_token_index)
        self.tokens_per_image = int(config.mm_tokens_per_image)
        self.image_size = int(config.vision_config.image_size)
        self._processor: Any = None

    def encoder(self, encode: Callable[[str], list[int]]) -> Callable[[str], list[int]]:
        """encode, with each image marker written out as the processor writes an image."""

        def encode_with_images(text: str) -> list[int]:
            if IMAGE_MARKER not in text:
                return encode(text)
            ids = encode(text.replace(IMAGE_MARKER, f"\n\n{IMAGE_MARKER}{END_OF_IMAGE}\n\n"))
            out: list[int] = []
            for token in ids:
                out.append(token)
                if token == self.boi:
                    out.extend([self.image_token] * self.tokens_per_image)
            return out

        return encode_with_images

    def pixel_values(self, images: Sequence[bytes], dtype: torch.dtype, device: str) -> torch.Tensor:
        """The images resized and normalised as Gemma-3's image processor does (no pan-and-scan)."""
        if self._processor is None:
            from transformers.models.gemma3.image_processing_pil_gemma3 import Gemma3ImageProcessorPil

            self._processor = Gemma3ImageProcessorPil(
                size={"height": self.image_size, "width": self.image_size},
                image_mean=[0.5, 0.5, 0.5],
                image_std=[0.5, 0.5, 0.5],
                do_pan_and_scan=False,
            )
        pictures = [open_image(f"image {i + 1}", data) for i, data in enumerate(images)]
        values = self._processor(pictures, return_tensors="pt")["pixel_values"]
        return values.to(device=device, dtype=dtype)

    def token_type_ids(self, ids: torch.Tensor) -> torch.Tensor:
        """1 on image soft tokens, 0 elsewhere (what Gemma-3's processor returns)."""
        return (ids == self.image_token).long()


def count_images(messages: Sequence[Message]) -> int:
    """How many image markers the (kept) messages hold."""
    return sum(m.content.count(IMAGE_MARKER) for m in messages)


@torch.inference_mode()
def stream_with_images(
    generator: TokenGenerator,
    loaded: LoadedModel,
    prompt_ids: list[int],
    pixel_values: torch.Tensor,
    params: SamplingParams,
    cancel: threading.Event,
    stats: ReplyStats,
) -> Iterator[int]:
    """Prefill the prompt and its images with the model's forward pass, then decode token by token."""
    from transformers import DynamicCache

    model, device = loaded.model, loaded.device
    images = ImagePrompt(model.config)
    cache = DynamicCache(config=model.config)
    generator.reset()  # the prefix cache must not outlive an image prompt (see the module docstring)

    def next_logits(token: int | None) -> torch.Tensor:
        if token is None:
            ids = torch.tensor([prompt_ids], dtype=torch.long, device=device)
            out = model(
                input_ids=ids,
                pixel_values=pixel_values,
                token_type_ids=images.token_type_ids(ids),
                cache=cache,
                use_cache=True,
                logits_to_keep=1,
            )
        else:
            ids = torch.tensor([[token]], dtype=torch.long, device=device)
            out = model(input_ids=ids, cache=cache, use_cache=True, logits_to_keep=1)
        return out.logits[0, -1]

    yield from generator._sample(next_logits, prompt_ids, params, cancel, stats)
