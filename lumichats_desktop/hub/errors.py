"""Hub problems a person can act on, each with its own kind and a message that says what to do."""

from __future__ import annotations

from enum import Enum


class HubErrorKind(str, Enum):
    GATED = "gated"
    BAD_TOKEN = "bad_token"
    NOT_FOUND = "not_found"
    OFFLINE = "offline"
    DISK_FULL = "disk_full"
    INTERRUPTED = "interrupted"
    PICKLE_ONLY = "pickle_only"
    CANCELLED = "cancelled"
    CORRUPT = "corrupt"
    SERVER = "server"


class HubError(Exception):
    """A download or lookup that failed; str() is the message shown to the user."""

    def __init__(self, kind: HubErrorKind, message: str, link: str | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.link = link


def gated(repo_id: str, page: str) -> HubError:
    return HubError(
        HubErrorKind.GATED,
        f"{repo_id} is gated: open {page}, sign in, accept the licence, then add a Hugging Face token "
        "(Models → Token) with read access and try again.",
        page,
    )


def bad_token(repo_id: str) -> HubError:
    return HubError(
        HubErrorKind.BAD_TOKEN,
        f"Hugging Face refused the saved token while fetching {repo_id}. Create a new read token at "
        "https://huggingface.co/settings/tokens and save it under Models → Token.",
        "https://huggingface.co/settings/tokens",
    )


def not_found(repo_id: str, with_token: bool) -> HubError:
    hint = "" if with_token else " If it is private, add a Hugging Face token first."
    return HubError(
        HubErrorKind.NOT_FOUND, f"{repo_id} was not found on the Hugging Face Hub. Check the id.{hint}"
    )


def offline(repo_id: str, detail: str) -> HubError:
    return HubError(
        HubErrorKind.OFFLINE,
        f"Could not reach the Hugging Face Hub for {repo_id} ({detail}). Check the internet connection; "
        "what was already downloaded is kept and the download resumes from there.",
    )


def interrupted(repo_id: str, detail: str) -> HubError:
    return HubError(
        HubErrorKind.INTERRUPTED,
        f"The download of {repo_id} was interrupted ({detail}). Press Resume: it continues where it stopped.",
    )


def disk_full(folder: str, needed: int, free: int) -> HubError:
    return HubError(
        HubErrorKind.DISK_FULL,
        f"Not enough disk space in {folder}: {needed / 1e9:.1f} GB more are needed, {free / 1e9:.1f} GB are "
        "free. Free some space (or delete a model here) and try again.",
    )
