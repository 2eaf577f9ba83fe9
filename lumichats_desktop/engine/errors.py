"""Errors the engine raises for things a person can fix; their messages are shown as they are."""

from __future__ import annotations


class EngineError(RuntimeError):
    """Base for expected engine failures (shown to the user without a traceback)."""


class ModelLoadError(EngineError):
    """A model folder that is missing files, corrupt, of another architecture, or too big."""


class ContextOverflowError(EngineError):
    """The newest message alone does not fit into the context window."""


class ModelWontFitError(ModelLoadError):
    """Not enough memory for the model on the chosen device (found before or during the load)."""
