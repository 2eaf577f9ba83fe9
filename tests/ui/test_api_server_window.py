"""The local API server in the running window: switched on in Settings, it shares the chat's model."""

from __future__ import annotations

import json
import socket
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

from openai import OpenAI

from lumichats_desktop.settings import AppSettings
from lumichats_desktop.ui.server_settings import ServerStatusLabel, status_text
from lumichats_desktop.workers.server_worker import ServerState
from tests.conftest import MemoryKeyring
from tests.ui.conftest import WindowFactory, until


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _in_thread(windows: WindowFactory, job: Any) -> Any:
    """Run a blocking client call off the UI thread while the window's loop keeps running."""
    result: list[Any] = []
    thread = threading.Thread(target=lambda: result.append(job()))
    thread.start()
    windows.run(until(lambda: not thread.is_alive(), timeout=180))
    thread.join()
    return result[0]


def test_switched_on_in_settings_the_openai_client_streams_from_the_window(
    windows: WindowFactory, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    window = windows.open()
    window.settings_file = tmp_path / "settings.json"
    assert window.api_server.server is None  # off by default
    port = _free_port()

    def answer(dialog) -> bool:  # type: ignore[no-untyped-def]
        dialog.server_tab.enabled.setChecked(True)
        dialog.server_tab.port.setValue(port)
        dialog.server_tab.key.setText("k-123")
        return True

    window.ask = answer  # type: ignore[method-assign]
    windows.run(window.edit_settings())
    windows.run(until(lambda: window.api_server.server is not None))
    model = Path(windows.model).name
    client = OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key="k-123", max_retries=0, timeout=120)
    assert [m.id for m in _in_thread(windows, client.models.list)] == [model]
    chunks = _in_thread(
        windows,
        lambda: list(
            client.chat.completions.create(
                model=model, messages=[{"role": "user", "content": "Hi"}], max_tokens=4, stream=True
            )
        ),
    )
    assert chunks[-1].choices[0].finish_reason in ("stop", "length")
    windows.run(until(lambda: window.api_server.state.served == 1))
    label = window.status.findChild(ServerStatusLabel)
    assert label.isVisible() and label.text() == f"API: http://127.0.0.1:{port}/v1 · requests served: 1"
    # The key went to the keyring, never into the settings file; the request is not in the history.
    assert ("LumiChats", "api-server-key") in memory_keyring.items
    saved = json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))
    assert saved["api_server_enabled"] is True and "k-123" not in json.dumps(saved)
    titles = [c.title for c in windows.run(window.conversations.db.run(lambda s: s.list_conversations()))]
    assert not [t for t in titles if t.startswith("API:")]


def test_chat_and_api_take_turns_and_history_is_kept_when_asked(windows: WindowFactory) -> None:
    port = _free_port()
    window = windows.open(
        AppSettings(max_new_tokens=12, api_server_enabled=True, api_server_port=port, api_server_history=True)
    )
    windows.run(until(lambda: window.api_server.server is not None))
    order: list[str] = []
    states: list[ServerState] = []
    window.inference.worker.finished.connect(lambda *_: order.append("chat finished"))
    window.api_server.generating.connect(lambda busy: order.append(f"api busy={busy}"))
    window.api_server.stateChanged.connect(states.append)
    stored_ids: list[int] = []
    window.api_server.conversationStored.connect(stored_ids.append)
    window.composer.setPlainText("Tell me a story")
    window.composer.submitted.emit("Tell me a story")
    windows.run(until(lambda: window.streaming is not None))
    client = OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key="none", max_retries=0, timeout=120)
    reply = _in_thread(
        windows,
        lambda: client.chat.completions.create(
            model=Path(windows.model).name,
            messages=[{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hello API"}],
            max_tokens=3,
        ),
    )
    windows.run(until(lambda: window.streaming is None and "api busy=False" in order))
    # The request arrived while the chat was replying: it waited, then ran on the same model.
    assert order.index("chat finished") < order.index("api busy=True") < order.index("api busy=False")
    shown = [status_text(s) for s in states]
    assert any(t.endswith("· generating for another program…") for t in shown), shown
    windows.run(until(lambda: bool(stored_ids)))
    conv_id = stored_ids[0]
    titles = [c.title for c in windows.run(window.conversations.db.run(lambda s: s.list_conversations()))]
    assert "API: Hello API" in titles
    stored = windows.run(window.conversations.db.run(lambda s: s.active_path(conv_id)))
    assert [(m.role, m.content) for m in stored] == [
        ("user", "Hello API"),
        ("assistant", reply.choices[0].message.content),
    ]
    assert (
        windows.run(window.conversations.db.run(lambda s: s.conversation(conv_id))).system_prompt
        == "Be brief."
    )
    # Other computers without a key: the server stops and the status line says why.
    windows.run(window.api_server.apply(replace(window.settings, api_server_lan=True)))
    assert window.api_server.server is None
    label = window.status.findChild(ServerStatusLabel)
    assert label.text().startswith("Local API server not started:") and "needs an API key" in label.text()
