"""The conversation service without Qt: regenerate, edit, continue, finish, all decided from the store."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

from lumichats_desktop.chat.service import ConversationService, StoreError
from lumichats_desktop.settings import AppSettings
from lumichats_desktop.storage.store import ConversationStore

T = TypeVar("T")


class DirectRunner:
    """Runs store jobs in the caller's thread: the service needs nothing else from the app."""

    def __init__(self, store: ConversationStore) -> None:
        self.store = store

    async def run(self, job: Callable[[ConversationStore], T]) -> T:
        return job(self.store)

    def run_blocking(self, job: Callable[[ConversationStore], T]) -> T:
        return job(self.store)


@pytest.fixture
def service(tmp_path: Path) -> Iterator[ConversationService]:
    store = ConversationStore(tmp_path / "c.sqlite3")
    yield ConversationService(DirectRunner(store), AppSettings(max_new_tokens=16))
    store.close()


def run(job: Any) -> Any:
    return asyncio.run(job)


def test_send_plans_the_default_model_and_the_conversation_sampling(service: ConversationService) -> None:
    plan = run(service.send(None, "Hello"))
    assert plan.model("gemma-3-270m") == ("gemma-3-270m", "")
    assert plan.sampling.max_new_tokens == 16 and plan.prompt == [("user", "Hello")]
    run(service.save_settings(plan.conversation_id, "Be brief.", "lumichats-4b", {"temperature": 0.2}))
    done = run(service.finish(plan.message_id, "Hi!", {"stop_reason": "eos"}))
    assert done.kept and done.status == "complete"
    second = run(service.send(plan.conversation_id, "And?"))
    assert second.model("gemma-3-270m") == ("lumichats-4b", "")
    assert second.sampling.temperature == 0.2
    assert second.prompt == [
        ("system", "Be brief."),
        ("user", "Hello"),
        ("assistant", "Hi!"),
        ("user", "And?"),
    ]


def test_regenerate_answers_the_same_message_from_the_store(service: ConversationService) -> None:
    plan = run(service.send(None, "Pick a number"))
    run(service.finish(plan.message_id, "7", {"stop_reason": "eos"}))
    again = run(service.regenerate(plan.conversation_id, plan.message_id))
    assert again is not None and again.parent_id == plan.parent_id
    assert again.prompt == [("user", "Pick a number")]  # the old reply is not in what the model sees
    run(service.finish(again.message_id, "3", {"stop_reason": "length"}))
    path = run(service.path(plan.conversation_id))
    assert [m.content for m in path] == ["Pick a number", "3"] and path[-1].sibling_count == 2
    run(service.show_sibling(plan.conversation_id, again.message_id, -1))
    assert run(service.path(plan.conversation_id))[-1].content == "7"


def test_edit_makes_a_branch_and_the_old_question_stays(service: ConversationService) -> None:
    plan = run(service.send(None, "Original"))
    run(service.finish(plan.message_id, "Answer", {"stop_reason": "eos"}))
    edited = run(service.edit(plan.conversation_id, plan.parent_id, "Edited"))
    assert edited.prompt == [("user", "Edited")]
    run(service.finish(edited.message_id, "New answer", {"stop_reason": "eos"}))
    first = run(service.path(plan.conversation_id))[0]
    assert first.content == "Edited" and first.sibling_count == 2
    with pytest.raises(StoreError):
        run(service.edit(plan.conversation_id, edited.message_id, "a reply is not a user message"))


def test_stop_reasons_map_to_statuses_and_an_empty_reply_is_reported(service: ConversationService) -> None:
    plan = run(service.send(None, "Hi"))
    empty = run(service.finish(plan.message_id, "  ", {"stop_reason": "eos"}))
    assert not empty.kept and empty.model_wrote_nothing and empty.parent_id == plan.parent_id
    assert [m.role for m in run(service.path(plan.conversation_id))] == ["user"]
    stopped = run(service.retry(plan.conversation_id, plan.parent_id))
    nothing = run(service.finish(stopped.message_id, "", {"stop_reason": "cancelled"}))
    assert not nothing.kept and not nothing.model_wrote_nothing  # the user stopped it: nothing to say
    again = run(service.retry(plan.conversation_id, plan.parent_id))
    assert run(service.finish(again.message_id, "x", {"stop_reason": "cancelled"})).status == "stopped"
    other = run(service.send(plan.conversation_id, "More"))
    assert run(service.finish(other.message_id, "y", {"stop_reason": "unknown!"})).status == "error"
    last = run(service.send(plan.conversation_id, "Bye"))
    service.stop_on_quit(last.message_id, "partial ")
    assert run(service.path(plan.conversation_id))[-1].status == "stopped"


def test_settings_for_a_new_chat_store_it_and_a_fine_tune_opens_with_its_adapter(
    service: ConversationService,
) -> None:
    view = run(service.settings_for(None))
    assert view.sampling.max_new_tokens == 16 and view.adapter == ""
    cid = run(service.new_with_adapter("Chat with mine", "gemma-3-270m", "/tmp/mine"))
    plan = run(service.send(cid, "Hello"))
    assert plan.model("lumichats-270m") == ("gemma-3-270m", "/tmp/mine")
    titles = [c.title for c in run(service.conversations())]
    assert "Chat with mine" in titles and len(titles) == 2
