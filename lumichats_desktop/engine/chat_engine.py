"""One conversation turn end to end: format, fit the context, generate, detokenize, report."""

from __future__ import annotations

import logging
import threading
from collections.abc import Generator, Sequence
from dataclasses import replace

import torch

from lumichats_desktop.engine.context_budget import BudgetedPrompt, fit_to_context
from lumichats_desktop.engine.detokenizer import IncrementalDetokenizer, held_token_ids
from lumichats_desktop.engine.generation import ReplyStats, StopReason, TokenGenerator
from lumichats_desktop.engine.loader import LoadedModel
from lumichats_desktop.engine.sampling import SamplingParams
from lumichats_desktop.engine.vision import ImagePrompt, count_images, sees_images, without_images
from trainer.common.chat_format import Message

log = logging.getLogger(__name__)


class ChatEngine:
    """Streams replies from a loaded model; call from one thread (the inference worker's)."""

    def __init__(self, loaded: LoadedModel) -> None:
        self.loaded = loaded
        held_token_ids(loaded.tokenizer)  # its vocabulary scan (0.2-0.5 s) now, not before the first token
        self._generator = TokenGenerator(loaded)
        try:  # graph capture and kernel compilation now, not in the first reply
            self._generator.warm_up()
        except (RuntimeError, ValueError):
            log.exception("warming up the fast decode path failed; the first reply will do it")
            self._generator.reset()

    def encode(self, text: str) -> list[int]:
        """Token ids of a piece of prompt text, without special tokens added."""
        ids: list[int] = self.loaded.tokenizer(text, add_special_tokens=False).input_ids
        return ids

    def prepare(
        self,
        messages: Sequence[Message],
        *,
        max_new_tokens: int,
        context_limit: int | None = None,
        continue_text: str = "",
        images: Sequence[bytes] = (),
    ) -> BudgetedPrompt:
        """Format and fit the conversation; raises ChatFormatError or ContextOverflowError.

        continue_text: a reply already begun (interrupted or stopped); the model goes on from its end.
        images: the pictures whose markers the messages hold, in order (attachments/prompt.py).
        """
        limit = min(context_limit or self.loaded.context_length, self.loaded.context_length)
        extra = self.encode(continue_text) if continue_text else []
        vision = ImagePrompt(self.loaded.model.config) if images and self.sees_images else None
        if vision is None:
            messages = without_images(messages)
        if vision is not None and count_images(messages) != len(images):
            raise ValueError(
                f"The messages mark {count_images(messages)} image(s) but {len(images)} were given."
            )
        prompt = fit_to_context(
            messages,
            self.encode if vision is None else vision.encoder(self.encode),
            context_limit=limit,
            max_new_tokens=max_new_tokens + len(extra),
        )
        if vision is not None and (kept := count_images(prompt.messages)):  # older turns may be dropped
            pixels = vision.pixel_values(images[len(images) - kept :], self.loaded.dtype, self.loaded.device)
            prompt = replace(prompt, pixel_values=pixels)
        return replace(prompt, token_ids=prompt.token_ids + extra) if extra else prompt

    @property
    def sees_images(self) -> bool:
        """Whether the loaded model can be shown images (else they are described as left out)."""
        return sees_images(self.loaded)

    def reset_cache(self) -> None:
        """Drop the reusable KV cache (after the model's adapter changed)."""
        self._generator.reset()

    def stream(
        self, prompt: BudgetedPrompt, params: SamplingParams, cancel: threading.Event
    ) -> Generator[str | ReplyStats, None, None]:
        """Yield text chunks, then one ReplyStats. Errors end the stream with stop reason error."""
        stats = ReplyStats()
        detok = IncrementalDetokenizer(self.loaded.tokenizer)
        try:
            tokens = self._generator.stream(
                prompt.token_ids, params, cancel, stats, pixel_values=prompt.pixel_values
            )
            for token in tokens:
                chunk = detok.push(token)
                if chunk:
                    yield chunk
        except torch.OutOfMemoryError:
            stats.stop_reason = StopReason.ERROR
            stats.error = (
                "The model ran out of memory while replying. Shorten the conversation, lower the "
                "context limit, or use a smaller model."
            )
            self._generator.reset()
        except (RuntimeError, ValueError) as exc:
            log.exception("generation failed")
            stats.stop_reason = StopReason.ERROR
            stats.error = f"Generation failed: {exc}"
            self._generator.reset()
        rest = detok.finish()
        if rest:
            yield rest
        yield stats
