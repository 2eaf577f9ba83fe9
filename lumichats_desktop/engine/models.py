"""Which model to open by default, and a one-call load for the CLI and the worker."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from trainer.common.catalog import (
    CATALOG,
    DEFAULT_ID,
    OFFLINE_ID,
    ModelSource,
    Progress,
    entry,
    is_on_disk,
    no_progress,
    resolve,
)
from trainer.common.dirs import AppDirs

if TYPE_CHECKING:  # the loader pulls in torch; the window asks for the default id before that
    from lumichats_desktop.engine.loader import LoadedModel, Quantization

__all__ = ["CATALOG", "default_model_id", "open_model", "resolve_source"]


def default_model_id(dirs: AppDirs, preferred: str | None = None) -> str:
    """The preferred model if it is on disk, else LumiChats 4B if downloaded, else LumiChats 270M."""
    for candidate in (preferred, DEFAULT_ID):
        if candidate and any(item.id == candidate for item in CATALOG):
            if is_on_disk(entry(candidate), dirs):
                return candidate
        elif candidate and Path(candidate).exists():
            return candidate
    return OFFLINE_ID


def resolve_source(
    model: str, dirs: AppDirs, adapter: Path | None = None, progress: Progress = no_progress
) -> ModelSource:
    """The folders for a model id or path, with an extra adapter folder put on top if given."""
    source = resolve(model, dirs, progress)
    if adapter is not None:
        source = ModelSource(f"{source.title} + {adapter.name}", source.base_dir, adapter, source.entry_id)
    return source


def open_model(
    model: str,
    dirs: AppDirs,
    *,
    adapter: Path | None = None,
    quantization: Quantization = "auto",
    device: str = "auto",
    progress: Progress = no_progress,
) -> LoadedModel:
    """Resolve (converting the embedded model on first use) and load."""
    from lumichats_desktop.engine.loader import load_model

    source = resolve_source(model, dirs, adapter, progress)
    progress("Loading the model", 0.95)
    return load_model(source, quantization=quantization, device=device)
