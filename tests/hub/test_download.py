"""Downloads against a real local HTTP server in the Hub's layout (HF_ENDPOINT points at it)."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from lumichats_desktop.hub.download import MANIFEST, SOURCE, Progress, download, pending, plan_repo
from lumichats_desktop.hub.errors import HubError, HubErrorKind
from lumichats_desktop.hub.library import fetch, local_models
from tests.hub.conftest import WEIGHTS
from tests.hub.fake_hub import COMMIT, HubServer
from trainer.common.dirs import app_dirs


def test_a_repo_downloads_with_ordered_progress_and_records_its_commit(
    hub: HubServer, tmp_path: Path
) -> None:
    events: list[Progress] = []
    hub.hub.delay_s = 0.03  # ~0.3 s for the weights, so progress is reported part-way
    dest = tmp_path / "acme--tiny"
    plan = plan_repo("acme/tiny", dest, token=None)
    assert {f.name for f in plan.files} == {"config.json", "model.safetensors", "tokenizer.json", "README.md"}
    download(plan, None, events.append, threading.Event())
    assert (dest / "model.safetensors").read_bytes() == WEIGHTS
    assert not (dest / "pytorch_model.bin").exists() and not (dest / MANIFEST).exists()
    assert json.loads((dest / SOURCE).read_text())["commit"] == COMMIT
    done = [e.done for e in events]
    assert done == sorted(done) and events[-1].done == events[-1].total == plan.total_bytes
    assert any(e.file == "model.safetensors" and 0 < e.file_done < e.file_total for e in events)


def test_cancel_keeps_the_partial_file_and_resume_continues_with_a_range_request(
    hub: HubServer, tmp_path: Path
) -> None:
    hub.hub.delay_s = 0.02
    cancel = threading.Event()

    def stop_midway(event: Progress) -> None:
        if event.file == "model.safetensors" and event.file_done > 100_000:
            cancel.set()

    dest = tmp_path / "acme--tiny"
    with pytest.raises(HubError) as raised:
        download(plan_repo("acme/tiny", dest, None), None, stop_midway, cancel)
    assert raised.value.kind is HubErrorKind.CANCELLED
    partial = (dest / "model.safetensors.part").stat().st_size
    assert 100_000 < partial < len(WEIGHTS)
    # After a restart: the manifest says what was being fetched, at which commit.
    plan = pending(dest)
    assert plan is not None and plan.commit == COMMIT
    hub.hub.delay_s = 0
    hub.hub.requests.clear()
    download(plan, None, lambda e: None, threading.Event())
    assert (dest / "model.safetensors").read_bytes() == WEIGHTS
    assert ("/acme/tiny/resolve/" + COMMIT + "/model.safetensors", f"bytes={partial}-") in hub.hub.requests


def test_server_gone_mid_download_is_an_interruption_that_resumes(hub: HubServer, tmp_path: Path) -> None:
    hub.hub.die_after = 300_000
    dest = tmp_path / "acme--tiny"
    plan = plan_repo("acme/tiny", dest, None)
    with pytest.raises(HubError) as raised:
        download(plan, None, lambda e: None, threading.Event())
    assert raised.value.kind in (HubErrorKind.INTERRUPTED, HubErrorKind.OFFLINE)
    assert "Resume" in str(raised.value) or "resumes" in str(raised.value)
    hub.hub.die_after = None
    download(plan, None, lambda e: None, threading.Event())
    assert (dest / "model.safetensors").read_bytes() == WEIGHTS


def test_a_gated_repo_says_to_accept_the_licence_and_links_the_page(hub: HubServer, tmp_path: Path) -> None:
    with pytest.raises(HubError) as raised:
        plan_repo("acme/gated", tmp_path / "g", token=None)
    assert raised.value.kind is HubErrorKind.GATED
    assert raised.value.link == f"{hub.url}/acme/gated" and "accept the licence" in str(raised.value)
    assert plan_repo("acme/gated", tmp_path / "g", token="hf_good").files  # with a token it works


def test_not_found_bad_token_pickles_and_offline_are_told_apart(hub: HubServer, tmp_path: Path) -> None:
    kinds = {}
    for repo, token in (("acme/missing", None), ("acme/tiny", "hf_wrong"), ("acme/pickles", None)):
        with pytest.raises(HubError) as raised:
            plan_repo(repo, tmp_path / "x", token)
        kinds[repo] = raised.value
    assert kinds["acme/missing"].kind is HubErrorKind.NOT_FOUND
    assert kinds["acme/tiny"].kind is HubErrorKind.BAD_TOKEN and "settings/tokens" in str(kinds["acme/tiny"])
    assert kinds["acme/pickles"].kind is HubErrorKind.PICKLE_ONLY and "safetensors" in str(
        kinds["acme/pickles"]
    )
    hub.__exit__()
    with pytest.raises(HubError) as raised:
        plan_repo("acme/tiny", tmp_path / "x", None)
    assert raised.value.kind is HubErrorKind.OFFLINE and "internet" in str(raised.value)


def test_not_enough_disk_space_is_refused_before_anything_downloads(
    hub: HubServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil
    from collections import namedtuple

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda p: usage(10**9, 10**9 - 1000, 1000))
    dest = tmp_path / "acme--tiny"
    with pytest.raises(HubError) as raised:
        download(plan_repo("acme/tiny", dest, None), None, lambda e: None, threading.Event())
    assert raised.value.kind is HubErrorKind.DISK_FULL and "GB" in str(raised.value)
    assert not (dest / "model.safetensors.part").exists()


def test_an_adapter_brings_its_base_model(hub: HubServer) -> None:
    dirs = app_dirs()
    folders = fetch("acme/tiny-adapter", dirs, None, lambda e: None, threading.Event())
    assert [f.name for f in folders] == ["acme--tiny-adapter", "acme--tiny"]
    described = {m.name: m for m in local_models(dirs)}
    assert (
        described["acme/tiny-adapter"].kind == "adapter"
        and described["acme/tiny-adapter"].base == "acme/tiny"
    )
    assert described["acme/tiny"].complete and described["acme/tiny"].commit == COMMIT
