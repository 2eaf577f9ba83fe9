"""One conversation turn end to end: format, fit the context, generate, detokenize, report."""

from __future__ import annotations

import logging
import threading
from collections.abc import Generator, Sequence
from dataclasses import replace

import torch

from lumichats_desktop.engine.context_budget import BudgetedPrompt, fit_to_context
from lumichats_desktop.engine.detokenizer import IncrementalDetokenizer
from lumichats_desktop.engine.generation import ReplyStats, StopReason, TokenGenerator
from lumichats_desktop.engine.loader import LoadedModel
from lumichats_desktop.engine.sampling import SamplingParams
from trainer.common.chat_format import Message

log = logging.getLogger(__name__)


class ChatEngine:
    """Streams replies from a loaded model; call from one thread (the inference worker's)."""

    def __init__(self, loaded: LoadedModel) -> None:
        self.loaded = loaded
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
    ) -> BudgetedPrompt:
        """Format and fit the conversation; raises ChatFormatError or ContextOverflowError.

        continue_text: a reply already begun (interrupted or stopped); the model goes on from its end.
        """
        limit = min(context_limit or self.loaded.context_length, self.loaded.context_length)
        extra = self.encode(continue_text) if continue_text else []
        prompt = fit_to_context(
            messages, self.encode, context_limit=limit, max_new_tokens=max_new_tokens + len(extra)
        )
        return replace(prompt, token_ids=prompt.token_ids + extra) if extra else prompt

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
            for token in self._generator.stream(prompt.token_ids, params, cancel, stats):
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
