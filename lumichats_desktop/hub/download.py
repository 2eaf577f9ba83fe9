"""Download a model or adapter repo from the Hub into the models folder: progress, cancel, resume, verify.

Files stream into `<name>.part` next to their final place; a manifest (`.lumichats-download.json`)
records the repo, the resolved commit and the file list, so a download cut off by a crash, a cancel
or a lost connection resumes with HTTP Range requests after a restart. LFS files are checked against
their sha256 (a file already there is re-checked once, then remembered by size and mtime in
`.lumichats-verified.json`); the commit is recorded in `lumichats-source.json` when the repo is complete.
File names come from the Hub, so each one is checked to land inside the target folder on every OS.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import logging
import os
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath

from lumichats_desktop.hub import errors
from lumichats_desktop.hub.errors import HubError, HubErrorKind

log = logging.getLogger(__name__)
MANIFEST = ".lumichats-download.json"
SOURCE = "lumichats-source.json"
VERIFIED = ".lumichats-verified.json"
_WINDOWS_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}
WANTED = ("*.json", "*.safetensors", "*.model", "*.txt", "*.jinja", "*.md", "tokenizer*")
PICKLE = ("*.bin", "*.pt", "*.pth", "*.ckpt", "*.pkl")
DISK_MARGIN = 200 * 2**20
CHUNK = 1 << 16  # small enough that a cancel lands within a moment on a slow line


@dataclass(frozen=True)
class RepoFile:
    name: str
    size: int
    sha256: str | None = None


@dataclass
class RepoPlan:
    """What one repo download is: where from (commit), where to, which files."""

    repo_id: str
    revision: str
    commit: str
    dest: Path
    files: list[RepoFile] = field(default_factory=list)

    @property
    def total_bytes(self) -> int:
        return sum(f.size for f in self.files)

    def done_bytes(self) -> int:
        """Bytes already on disk (finished files and partial ones)."""
        done = 0
        for f in self.files:
            final, part = self.dest / f.name, self.dest / (f.name + ".part")
            done += f.size if final.is_file() and final.stat().st_size == f.size else 0
            done += part.stat().st_size if part.is_file() and not final.is_file() else 0
        return done


@dataclass(frozen=True)
class Progress:
    """One progress report; speed in bytes/s over the last few seconds, eta in seconds (None: unknown)."""

    repo_id: str
    file: str
    file_done: int
    file_total: int
    done: int
    total: int
    speed: float
    eta: float | None


ProgressFn = Callable[[Progress], None]


def is_safe_name(name: str) -> bool:
    """Whether a Hub file name is one plain file name that stays in its folder on Linux, macOS and Windows.

    Refused: separators (/ and \\), '.', '..', absolute paths, drive letters and other ':' uses
    (alternate data streams), control characters, Windows device names, and trailing dots or spaces.
    """
    if not name or len(name) > 255 or name in (".", ".."):
        return False
    if any(c in name for c in '/\\:*?"<>|') or any(ord(c) < 32 for c in name):
        return False
    if PurePosixPath(name).is_absolute() or PureWindowsPath(name).anchor:
        return False
    return name.split(".")[0].upper() not in _WINDOWS_RESERVED and name[-1] not in ". "


def inside(folder: Path, name: str) -> Path:
    """folder / name, refusing (HubError) any name that could write outside folder."""
    target = folder / name
    if not is_safe_name(name) or target.resolve().parent != folder.resolve():
        raise HubError(
            HubErrorKind.CORRUPT,
            f"The Hub listed a file named {name!r}, which is not a safe file name; it was not downloaded.",
        )
    return target


def endpoint() -> str:
    """The Hub's address; HF_ENDPOINT overrides it (a mirror, or the tests' local server)."""
    return os.environ.get("HF_ENDPOINT", "https://huggingface.co").rstrip("/")


def _classify(exc: BaseException, repo_id: str, token: str | None) -> HubError:
    from huggingface_hub.errors import GatedRepoError, HfHubHTTPError, RepositoryNotFoundError

    page = f"{endpoint()}/{repo_id}"
    if isinstance(exc, HubError):
        return exc
    if isinstance(exc, GatedRepoError):
        return errors.gated(repo_id, page)
    status = getattr(getattr(exc, "response", None), "status_code", None)
    if isinstance(exc, RepositoryNotFoundError) or status in (401, 404):
        if status == 401 and token:
            return errors.bad_token(repo_id)
        return errors.not_found(repo_id, bool(token))
    if isinstance(exc, HfHubHTTPError):
        return HubError(HubErrorKind.SERVER, f"The Hub answered with an error for {repo_id}: {exc}")
    if isinstance(exc, OSError) and getattr(exc, "errno", None) == 28:
        return HubError(HubErrorKind.DISK_FULL, f"The disk filled up while downloading {repo_id}: {exc}")
    name = type(exc).__name__
    if name == "OfflineModeIsEnabled":
        return errors.offline(repo_id, "offline mode is on: unset HF_HUB_OFFLINE to download")
    if any(word in name for word in ("Connect", "Timeout", "Network", "Proxy")):
        return errors.offline(repo_id, name)
    return errors.interrupted(repo_id, f"{name}: {exc}")


def plan_repo(repo_id: str, dest: Path, token: str | None, revision: str = "main") -> RepoPlan:
    """Ask the Hub what the repo holds (at one commit) and which files LumiChats needs from it."""
    from huggingface_hub import HfApi

    try:
        info = HfApi(endpoint=endpoint()).model_info(
            repo_id, revision=revision, files_metadata=True, token=token
        )
    except Exception as exc:
        raise _classify(exc, repo_id, token) from exc
    if getattr(info, "gated", False) and not token:
        raise errors.gated(repo_id, f"{endpoint()}/{repo_id}")
    siblings = list(info.siblings or [])
    names = [s.rfilename for s in siblings]
    has_weights = any(n.endswith(".safetensors") for n in names) or "adapter_config.json" in names
    if not has_weights and any(fnmatch.fnmatch(n, p) for n in names for p in PICKLE):
        raise HubError(
            HubErrorKind.PICKLE_ONLY,
            f"{repo_id} has only PyTorch pickle weights (.bin/.pt). Loading pickles can run code hidden in "
            "the file, so LumiChats loads safetensors only. Look for a safetensors copy of this model.",
        )
    if not has_weights:
        raise HubError(
            HubErrorKind.NOT_FOUND, f"{repo_id} has no model weights (no .safetensors) to download."
        )
    unsafe = [n for n in names if "/" not in n and not is_safe_name(n)]
    if unsafe:
        log.warning("%s lists unsafe file names, skipped: %s", repo_id, unsafe[:5])
    files = [
        RepoFile(s.rfilename, int(s.size or 0), getattr(getattr(s, "lfs", None), "sha256", None))
        for s in siblings
        if is_safe_name(s.rfilename) and any(fnmatch.fnmatch(s.rfilename, p) for p in WANTED)
    ]
    return RepoPlan(repo_id, revision, str(info.sha or revision), dest, files)


def save_manifest(plan: RepoPlan) -> None:
    plan.dest.mkdir(parents=True, exist_ok=True)
    data = asdict(plan) | {"dest": str(plan.dest)}
    (plan.dest / MANIFEST).write_text(json.dumps(data, indent=2), encoding="utf-8")


def pending(folder: Path) -> RepoPlan | None:
    """The unfinished download in folder (after a cancel, a crash or a restart), if any."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        files = [RepoFile(**f) for f in data.pop("files")]
        data["dest"] = folder  # the manifest's own idea of where it lives is not trusted
        plan = RepoPlan(**data, files=files)
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None
    if not all(isinstance(f.name, str) and is_safe_name(f.name) and isinstance(f.size, int) for f in files):
        log.warning("download manifest in %s names unsafe files; ignored", folder)
        return None
    return plan


def check_disk(plan: RepoPlan) -> None:
    plan.dest.mkdir(parents=True, exist_ok=True)
    needed = plan.total_bytes - plan.done_bytes() + DISK_MARGIN
    free = shutil.disk_usage(plan.dest).free
    if needed > free:
        raise errors.disk_full(str(plan.dest), needed, free)


class _Meter:
    def __init__(self, plan: RepoPlan, report: ProgressFn) -> None:
        self.plan, self.report = plan, report
        self.done = plan.done_bytes()
        self.samples: list[tuple[float, int]] = [(time.monotonic(), self.done)]
        self.last = 0.0

    def add(self, n: int, file: RepoFile, file_done: int, force: bool = False) -> None:
        self.done += n
        now = time.monotonic()
        if not force and now - self.last < 0.1:
            return
        self.last = now
        self.samples = [s for s in self.samples if now - s[0] < 5.0] + [(now, self.done)]
        t0, b0 = self.samples[0]
        speed = (self.done - b0) / (now - t0) if now > t0 else 0.0
        left = self.plan.total_bytes - self.done
        eta = left / speed if speed > 0 else None
        self.report(
            Progress(
                self.plan.repo_id,
                file.name,
                file_done,
                file.size,
                self.done,
                self.plan.total_bytes,
                speed,
                eta,
            )
        )


def download(plan: RepoPlan, token: str | None, report: ProgressFn, cancel: threading.Event) -> Path:
    """Fetch every file of the plan (resuming partial ones); raises HubError (kind CANCELLED on cancel)."""
    check_disk(plan)
    save_manifest(plan)
    meter = _Meter(plan, report)
    try:
        for file in plan.files:
            _fetch(plan, file, token, meter, cancel)
    except HubError:
        raise
    except Exception as exc:  # HTTP status, transport and disk errors, each turned into an actionable one
        raise _classify(exc, plan.repo_id, token) from exc
    source = {
        "repo_id": plan.repo_id,
        "revision": plan.revision,
        "commit": plan.commit,
        "endpoint": endpoint(),
    }
    (plan.dest / SOURCE).write_text(json.dumps(source, indent=2), encoding="utf-8")
    (plan.dest / MANIFEST).unlink(missing_ok=True)
    return plan.dest


def _fetch(plan: RepoPlan, file: RepoFile, token: str | None, meter: _Meter, cancel: threading.Event) -> None:
    from huggingface_hub import get_session, hf_hub_url
    from huggingface_hub.utils import build_hf_headers, hf_raise_for_status

    final = inside(plan.dest, file.name)
    part = plan.dest / (file.name + ".part")
    if final.is_file() and final.stat().st_size == file.size:
        if already_verified(plan.dest, file):
            return
        meter.done -= file.size  # the bytes on disk were wrong: fetch the file again
        final.unlink()
    have = part.stat().st_size if part.is_file() else 0
    if file.size and have > file.size:
        part.unlink()
        meter.done -= have
        have = 0
    digest = hashlib.sha256()
    if file.sha256 and have:
        with part.open("rb") as handle:
            for block in iter(lambda: handle.read(CHUNK), b""):
                digest.update(block)
    headers = build_hf_headers(token=token)
    if have:
        headers["Range"] = f"bytes={have}-"
    url = hf_hub_url(plan.repo_id, file.name, revision=plan.commit, endpoint=endpoint())
    if not file.size or have < file.size:
        with get_session().stream("GET", url, headers=headers, follow_redirects=True, timeout=30) as response:
            if have and response.status_code == 200:  # the server ignored Range: start this file over
                have, digest = 0, hashlib.sha256()
                meter.done -= part.stat().st_size
                part.unlink()
            hf_raise_for_status(response)
            with part.open("ab") as out:
                for block in response.iter_bytes(CHUNK):
                    if cancel.is_set():
                        meter.add(0, file, have, force=True)
                        raise HubError(
                            HubErrorKind.CANCELLED, f"Download of {plan.repo_id} paused; Resume continues it."
                        )
                    out.write(block)
                    digest.update(block)
                    have += len(block)
                    meter.add(len(block), file, have)
    if file.size and have != file.size:
        raise errors.interrupted(plan.repo_id, f"{file.name}: {have} of {file.size} bytes arrived")
    if file.sha256 and digest.hexdigest() != file.sha256:
        part.unlink()
        meter.done -= have
        raise HubError(
            HubErrorKind.CORRUPT,
            f"{file.name} of {plan.repo_id} arrived damaged (its checksum does not match) and was deleted. "
            "Press Resume to fetch it again.",
        )
    part.replace(final)
    if file.sha256:
        _remember(plan.dest, final, file.sha256)
    meter.add(0, file, have, force=True)


def _verified_cache(folder: Path) -> dict[str, dict[str, object]]:
    try:
        data = json.loads((folder / VERIFIED).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _remember(folder: Path, path: Path, sha256: str) -> None:
    stat = path.stat()
    cache = _verified_cache(folder)
    cache[path.name] = {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "sha256": sha256}
    tmp = folder / (VERIFIED + ".tmp")
    tmp.write_text(json.dumps(cache, indent=1), encoding="utf-8")
    tmp.replace(folder / VERIFIED)


def already_verified(folder: Path, file: RepoFile) -> bool:
    """Whether the file on disk has the right bytes: hashed once, then trusted while size and mtime hold."""
    if not file.sha256:
        return True  # small non-LFS files: the Hub gives no checksum; the size matched
    path = folder / file.name
    stat = path.stat()
    seen = _verified_cache(folder).get(file.name)
    if seen == {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "sha256": file.sha256}:
        return True
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    if digest.hexdigest() != file.sha256:
        log.warning("%s on disk does not match its checksum; fetching it again", path)
        return False
    _remember(folder, path, file.sha256)
    return True
