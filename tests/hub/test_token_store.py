"""The token lives in the keyring (service LumiChats), or in memory when there is no keyring."""

from __future__ import annotations

from pathlib import Path

import keyring
from keyring.backends import fail

from lumichats_desktop.hub.token_store import SERVICE, TokenStore
from tests.conftest import MemoryKeyring


def test_the_token_goes_to_the_keyring_and_nowhere_on_disk(
    memory_keyring: MemoryKeyring, lumichats_home: Path
) -> None:
    store = TokenStore()
    store.save("  hf_secret_123  ")
    assert memory_keyring.items[(SERVICE, "huggingface-token")] == "hf_secret_123"
    assert TokenStore().get() == "hf_secret_123"  # a new session reads it back
    for path in lumichats_home.rglob("*"):
        if path.is_file():
            assert b"hf_secret_123" not in path.read_bytes(), path
    store.remove()
    assert TokenStore().get() is None and not memory_keyring.items


def test_without_a_keyring_the_token_is_kept_for_this_session_only() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        store = TokenStore()
        assert not store.persistent and "memory" in store.where()
        store.save("hf_x")
        assert store.get() == "hf_x"
        assert TokenStore().get() is None
    finally:
        keyring.set_keyring(previous)
