"""Downloads keep only the right bytes, and Hub file names never write outside the model folder."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest

from lumichats_desktop.hub.download import (
    MANIFEST,
    VERIFIED,
    download,
    inside,
    is_safe_name,
    pending,
    plan_repo,
)
from lumichats_desktop.hub.errors import HubError
from tests.hub.conftest import WEIGHTS
from tests.hub.fake_hub import FakeRepo, HubServer


def test_a_file_already_there_with_the_right_size_but_wrong_bytes_is_fetched_again(
    hub: HubServer, tmp_path: Path
) -> None:
    dest = tmp_path / "acme--tiny"
    dest.mkdir()
    (dest / "model.safetensors").write_bytes(os.urandom(len(WEIGHTS)))  # same size, wrong bytes
    download(plan_repo("acme/tiny", dest, None), None, lambda e: None, threading.Event())
    assert (dest / "model.safetensors").read_bytes() == WEIGHTS


def test_a_verified_file_is_hashed_once_then_trusted_while_its_size_and_mtime_hold(
    hub: HubServer, tmp_path: Path
) -> None:
    dest = tmp_path / "acme--tiny"
    plan = plan_repo("acme/tiny", dest, None)
    download(plan, None, lambda e: None, threading.Event())
    assert "model.safetensors" in json.loads((dest / VERIFIED).read_text())
    weights = dest / "model.safetensors"
    stat = weights.stat()
    weights.write_bytes(b"\0" * len(WEIGHTS))
    os.utime(weights, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same size and mtime: not hashed again
    hub.hub.requests.clear()
    download(plan, None, lambda e: None, threading.Event())
    assert not any("model.safetensors" in path for path, _ in hub.hub.requests)
    os.utime(weights, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))  # touched: checked again
    download(plan, None, lambda e: None, threading.Event())
    assert weights.read_bytes() == WEIGHTS


@pytest.mark.parametrize(
    "name",
    [
        "..",
        "../evil.json",
        "..\\evil.json",
        "sub\\..\\..\\evil.json",
        "C:evil.json",
        "C:\\evil.json",
        "/etc/evil.json",
        "\\\\server\\share\\evil.json",
        "config.json:stream",
        "CON.json",
        "evil.json.",
        "new\nline.json",
        "",
    ],
)
def test_hub_file_names_that_could_leave_the_folder_are_refused(tmp_path: Path, name: str) -> None:
    assert not is_safe_name(name)
    with pytest.raises(HubError, match="not a safe file name"):
        inside(tmp_path, name)


def test_a_repo_listing_hostile_names_downloads_only_the_safe_files(hub: HubServer, tmp_path: Path) -> None:
    hub.hub.repos["acme/hostile"] = FakeRepo(
        {
            "config.json": b"{}",
            "model.safetensors": b"weights",
            "..\\escaped.json": b"{}",
            "C:escaped.json": b"{}",
        }
    )
    dest = tmp_path / "models" / "acme--hostile"
    plan = plan_repo("acme/hostile", dest, None)
    assert {f.name for f in plan.files} == {"config.json", "model.safetensors"}
    download(plan, None, lambda e: None, threading.Event())
    assert sorted(p.name for p in (tmp_path / "models").iterdir()) == ["acme--hostile"]


def test_a_tampered_download_manifest_is_ignored(tmp_path: Path) -> None:
    manifest = {
        "repo_id": "acme/tiny",
        "revision": "main",
        "commit": "abc",
        "dest": "/somewhere/else",
        "files": [{"name": "..\\..\\evil.json", "size": 2, "sha256": None}],
    }
    (tmp_path / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    assert pending(tmp_path) is None
    manifest["files"] = [{"name": "config.json", "size": 2, "sha256": None}]
    (tmp_path / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    plan = pending(tmp_path)
    assert plan is not None and plan.dest == tmp_path
