"""Shared fixtures: every test gets its own LumiChats home; the converted 270M is cached per checkout."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import keyring
import pytest
from keyring.backend import KeyringBackend

if TYPE_CHECKING:
    from tests.hub.fake_hub import HubServer

REPO = Path(__file__).resolve().parent.parent
# ../shared/data is the team's test material; tests/data keeps a copy for checkouts without it.
SHARED_DATA = REPO.parent / "shared" / "data"
if not (SHARED_DATA / "multilingual.json").is_file():
    SHARED_DATA = REPO / "tests" / "data"
MODEL_CACHE = Path(os.environ.get("LUMICHATS_TEST_MODEL_CACHE", REPO / ".cache" / "models"))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LUMICHATS_CACHE_DIR"] = str(MODEL_CACHE)
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ["HF_HUB_OFFLINE"] = "1"


@pytest.fixture(autouse=True)
def lumichats_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data/config folder per test, so no test reads or writes the user's $HOME."""
    home = tmp_path / "lumichats-home"
    monkeypatch.setenv("LUMICHATS_HOME", str(home))
    monkeypatch.setenv("LUMICHATS_CACHE_DIR", str(MODEL_CACHE))
    return home


@pytest.fixture(autouse=True, scope="module")
def give_memory_back() -> Iterator[None]:
    """After each test module, free its models and hand the freed pages back to the OS.

    Without this the one pytest process grew to 24 GB RSS by the UI tests (killed by the OOM killer on
    a 24 GiB CI box): model loads leave cycles for the garbage collector and glibc keeps freed arenas.
    """
    yield
    import contextlib
    import ctypes
    import gc

    gc.collect()
    with contextlib.suppress(OSError, AttributeError):  # not glibc (macOS, Windows, musl): nothing to trim
        ctypes.CDLL("libc.so.6").malloc_trim(0)


@pytest.fixture(autouse=True)
def no_dangling_threads() -> Iterator[None]:
    """Fail a test that leaves a worker thread running (napari's _dangling_qthreads, for threads)."""
    before = set(threading.enumerate())
    yield
    leftover = [t for t in threading.enumerate() if t not in before and t.is_alive() and not t.daemon]
    for thread in leftover:
        thread.join(timeout=5)
    still = [t.name for t in leftover if t.is_alive()]
    assert not still, f"threads left running: {still}"


@pytest.fixture(scope="session")
def embedded_dir() -> Path:
    """The real Gemma 3 270M converted from the bundled GGUF (about a minute, once per checkout)."""
    from trainer.common.catalog import ensure_embedded
    from trainer.common.dirs import app_dirs

    os.environ["LUMICHATS_CACHE_DIR"] = str(MODEL_CACHE)
    return ensure_embedded(app_dirs())


@pytest.fixture(scope="session")
def gemma_tokenizer(embedded_dir: Path):  # type: ignore[no-untyped-def]
    """The real 262k-token Gemma-3 tokenizer."""
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(embedded_dir)


@pytest.fixture(scope="session")
def multilingual_texts() -> list[str]:
    """Texts in many scripts from shared/data (Arabic, CJK, Indic, emoji, combining marks...)."""
    import json

    data = json.loads((SHARED_DATA / "multilingual.json").read_text(encoding="utf-8"))
    return [item["text"] for item in data["texts"]]


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory, embedded_dir: Path) -> Path:
    """A tiny random Gemma-3 text model with the real tokenizer, saved as safetensors."""
    from tests.tiny_models import save_tiny_gemma3

    return save_tiny_gemma3(tmp_path_factory.mktemp("tiny-gemma3"), embedded_dir)


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def hub(monkeypatch: pytest.MonkeyPatch) -> Iterator[HubServer]:
    """A fake Hub on a local port, with HF_ENDPOINT pointing at it (see tests/hub/fake_hub.py)."""
    from tests.hub.conftest import model_repo
    from tests.hub.fake_hub import FakeHub, FakeRepo, HubServer

    fake = FakeHub(
        repos={
            "acme/tiny": model_repo(),
            "acme/tiny-adapter": FakeRepo(
                {
                    "adapter_config.json": json.dumps(
                        {"base_model_name_or_path": "acme/tiny", "r": 8}
                    ).encode(),
                    "adapter_model.safetensors": os.urandom(50_000),
                }
            ),
            "acme/gated": FakeRepo(model_repo().files, gated=True),
            "acme/pickles": FakeRepo({"config.json": b"{}", "pytorch_model.bin": b"x" * 100}),
        }
    )
    with HubServer(fake) as server:
        monkeypatch.setenv("HF_ENDPOINT", server.url)
        monkeypatch.setenv("HF_HUB_DISABLE_TELEMETRY", "1")
        # The suite runs offline (tests/conftest.py); this server is the one place it may "download".
        import huggingface_hub.constants

        monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", False)
        yield server
