"""`lumichats models download`, `login` and `logout` from a terminal."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from lumichats_desktop.cli import main
from tests.conftest import MemoryKeyring
from tests.hub.conftest import WEIGHTS
from tests.hub.fake_hub import HubServer
from trainer.common.catalog import repo_dir
from trainer.common.dirs import app_dirs


def test_download_shows_a_progress_bar_and_lands_in_the_models_folder(
    hub: HubServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["models", "download", "acme/tiny"]) == 0
    out, err = capsys.readouterr()
    folder = repo_dir(app_dirs(), "acme/tiny")
    assert (folder / "model.safetensors").read_bytes() == WEIGHTS and str(folder) in out
    assert "100%" in err and "acme/tiny: " in err
    assert main(["models", "list"]) == 0
    assert "acme--tiny" in capsys.readouterr().out


def test_a_gated_repo_fails_with_the_licence_page_and_login_fixes_it(
    hub: HubServer,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert main(["models", "download", "acme/gated"]) == 3
    assert f"{hub.url}/acme/gated" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("hf_good\n"))
    assert main(["login", "--token-stdin"]) == 0
    assert "keyring" in capsys.readouterr().err
    assert main(["models", "download", "acme/gated"]) == 0
    assert main(["logout"]) == 0 and not memory_keyring.items


def test_the_token_never_reaches_settings_logs_or_the_models_folder(
    hub: HubServer, memory_keyring: MemoryKeyring, lumichats_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("hf_good\n"))
    main(["login", "--token-stdin"])
    main(["models", "download", "acme/gated"])
    for path in lumichats_home.rglob("*"):
        if path.is_file():
            assert b"hf_good" not in path.read_bytes(), path
