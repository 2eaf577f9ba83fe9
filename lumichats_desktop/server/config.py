"""How the API server is set up, with the safe choices as defaults, checked before anything binds."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from pathlib import Path

from trainer.common.catalog import CATALOG

DEFAULT_PORT = 8484
MAX_BODY_BYTES = 4 * 1024 * 1024  # a long document in a prompt is ~100 KB; 4 MiB leaves room, not abuse
MAX_WAITING = 64  # requests queued or running; more get 503 instead of an ever longer wait
LOOPBACK_NAMES = ("localhost",)


def is_loopback(host: str) -> bool:
    """Whether host only reaches this computer (127.0.0.0/8, ::1 or localhost)."""
    name = host.strip("[]").lower()
    if name in LOOPBACK_NAMES or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def served_model_id(model: str) -> str:
    """The id clients name: the catalogue id, or a folder's (or .gguf file's) name."""
    if any(item.id == model for item in CATALOG):
        return model
    path = Path(model).expanduser()
    return path.stem if path.suffix == ".gguf" else path.name


@dataclass(frozen=True)
class ServerConfig:
    """Where the server listens and what it allows; the defaults are what a careful user would pick."""

    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT  # 0 picks a free port (tests)
    api_key: str | None = None
    cors_origins: tuple[str, ...] = ()  # browser origins allowed to call; "*" for any; none by default
    max_body_bytes: int = MAX_BODY_BYTES
    max_waiting: int = MAX_WAITING
    default_max_tokens: int = 1024  # reply length when a request gives no max_tokens
    context_limit: int | None = None  # None: the model's own context length

    def check(self) -> None:
        """Raise ValueError, saying what to do, for a setup that would be unsafe or cannot work."""
        if not 0 <= self.port <= 65535:
            raise ValueError(f"The port must be from 1 to 65535; got {self.port}.")
        if not self.host.strip():
            raise ValueError("The host is empty; use 127.0.0.1 to serve this computer only.")
        if self.api_key is not None and not self.api_key.strip():
            raise ValueError("The API key is empty; give a key or leave the option out.")
        if not is_loopback(self.host) and not self.api_key:
            raise ValueError(
                f"Listening on {self.host} lets other computers use the model, so it needs an API key: "
                "set one (--api-key KEY, or 'API key' in the window's settings; clients then send "
                "'Authorization: Bearer KEY'), or serve this computer only (host 127.0.0.1)."
            )
        if self.max_body_bytes < 1024 or self.max_waiting < 1 or self.default_max_tokens < 1:
            raise ValueError("max_body_bytes, max_waiting and default_max_tokens must be positive.")

    def base_url(self, port: int | None = None) -> str:
        """The address clients put as their base URL (with /v1)."""
        host = self.host
        if host in ("0.0.0.0", "::"):
            host = "127.0.0.1"  # what works from this computer; other computers use its address
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"
        return f"http://{host}:{self.port if port is None else port}/v1"
