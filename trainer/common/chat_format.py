"""Gemma-3's chat turn format, written out by hand so engine and trainer agree token for token.

`<bos>`, then one `<start_of_turn>{role}\\n{content}<end_of_turn>\\n` per turn, roles `user` and `model`.
A system message is not a turn: its text and a blank line open the first user turn. The format is
rendered as segments so the trainer can mask everything but the assistant's words and `<end_of_turn>`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

BOS = "<bos>"
START_OF_TURN = "<start_of_turn>"
END_OF_TURN = "<end_of_turn>"
EOS_ID = 1
BOS_ID = 2
END_OF_TURN_ID = 106
STOP_IDS = frozenset({EOS_ID, END_OF_TURN_ID})
GENERATION_PROMPT = f"{START_OF_TURN}model\n"

ROLES = ("system", "user", "assistant")


class ChatFormatError(ValueError):
    """A conversation that Gemma-3's format cannot express (wrong roles, order or empty text)."""


@dataclass(frozen=True)
class Message:
    """One message as the user sees it: role is system, user or assistant."""

    role: str
    content: str


@dataclass(frozen=True)
class Segment:
    """A piece of the rendered prompt; `supervised` marks what the trainer computes loss on."""

    text: str
    supervised: bool = False


def validate(messages: Sequence[Message], *, ends_with: str | None = "user") -> None:
    """Raise ChatFormatError naming the first message that breaks the format.

    Args:
        messages: the conversation, optionally opened by one system message.
        ends_with: the role the last message must have ("user" for a prompt, "assistant" for training),
            or None to accept either.
    """
    if not messages:
        raise ChatFormatError("The conversation is empty: write a message first.")
    expected = "user"
    for index, message in enumerate(messages):
        if message.role not in ROLES:
            raise ChatFormatError(
                f"Message {index + 1} has the role {message.role!r}; use system, user or assistant."
            )
        if message.role == "system":
            if index != 0:
                raise ChatFormatError(
                    f"Message {index + 1} is a system message; only the first message may be one."
                )
            continue
        if message.role != expected:
            raise ChatFormatError(
                f"Message {index + 1} is from the {message.role} but the {expected} should speak next: "
                "user and assistant messages must alternate, starting with the user."
            )
        if not message.content.strip():
            raise ChatFormatError(f"Message {index + 1} ({message.role}) is empty.")
        expected = "assistant" if expected == "user" else "user"
    last = messages[-1].role
    if last == "system":
        raise ChatFormatError("The conversation has a system prompt but no user message.")
    if ends_with is not None and last != ends_with:
        raise ChatFormatError(f"The last message must be from the {ends_with}, not the {last}.")


def segments(
    messages: Sequence[Message], *, add_generation_prompt: bool = True, ends_with: str | None = "user"
) -> list[Segment]:
    """Render a conversation as Gemma-3 segments; joined, they are the exact prompt text."""
    validate(messages, ends_with=ends_with)
    turns: Iterable[Message] = messages
    system_prefix = ""
    if messages[0].role == "system":
        system_text = messages[0].content.strip()
        system_prefix = f"{system_text}\n\n" if system_text else ""
        turns = messages[1:]
    out = [Segment(BOS)]
    for index, message in enumerate(turns):
        content = message.content.strip()
        if message.role == "user":
            prefix = system_prefix if index == 0 else ""
            out.append(Segment(f"{START_OF_TURN}user\n{prefix}{content}{END_OF_TURN}\n"))
        else:
            out.append(Segment(GENERATION_PROMPT))
            out.append(Segment(f"{content}{END_OF_TURN}", supervised=True))
            out.append(Segment("\n"))
    if add_generation_prompt:
        out.append(Segment(GENERATION_PROMPT))
    return out


def render(messages: Sequence[Message], *, add_generation_prompt: bool = True) -> str:
    """The prompt text for a conversation that ends with the user's message."""
    return "".join(s.text for s in segments(messages, add_generation_prompt=add_generation_prompt))
