"""The Hugging Face token, kept in the system keyring (service "LumiChats") and nowhere else on disk.

Without a usable keyring backend the token lives in memory for this session only, and the UI says so.
"""

from __future__ import annotations

import logging

SERVICE = "LumiChats"
USERNAME = "huggingface-token"
log = logging.getLogger(__name__)


class TokenStore:
    """get/save/remove the token; `persistent` says whether the keyring (not memory) holds it."""

    def __init__(self, username: str = USERNAME) -> None:
        self._username = username  # one entry per secret: the Hub token, the API server's key
        self._memory: str | None = None
        self.persistent = _keyring_usable()

    def get(self) -> str | None:
        if self._memory:
            return self._memory
        if not self.persistent:
            return None
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(SERVICE, self._username)
        except KeyringError:
            log.warning("the keyring could not be read")  # never log the token itself
            return None

    def save(self, token: str) -> None:
        token = token.strip()
        if not token:
            raise ValueError("The token is empty.")
        if self.persistent:
            import keyring
            from keyring.errors import KeyringError

            try:
                keyring.set_password(SERVICE, self._username, token)
                self._memory = None
                return
            except KeyringError:
                log.warning("the keyring refused the token; keeping it in memory for this session")
                self.persistent = False
        self._memory = token

    def remove(self) -> None:
        self._memory = None
        if self.persistent:
            import keyring
            from keyring.errors import KeyringError, PasswordDeleteError

            try:
                keyring.delete_password(SERVICE, self._username)
            except PasswordDeleteError:
                pass
            except KeyringError:
                log.warning("the keyring could not delete the token")

    def where(self) -> str:
        """A sentence for the UI: where the token is kept."""
        if self.persistent:
            return "Kept in the system keyring."
        return "No system keyring is available: the token is kept in memory until LumiChats closes."


def _keyring_usable() -> bool:
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration must not stop the app
        return False
    inner = getattr(backend, "backends", None)  # a chainer: usable if any of its backends is
    if inner is not None:
        return any(not isinstance(b, fail.Keyring) for b in inner)
    return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 1) > 0
