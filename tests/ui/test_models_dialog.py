"""The Models dialog driven like a user would: add from the Hub, watch progress, pause, resume, token."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from lumichats_desktop.ui.models_dialog import ModelsDialog
from lumichats_desktop.workers.model_library import ModelLibrary
from tests.conftest import MemoryKeyring
from tests.hub.conftest import WEIGHTS
from tests.hub.fake_hub import HubServer
from trainer.common.catalog import repo_dir
from trainer.common.dirs import app_dirs


@pytest.fixture
def dialog(qtbot: QtBot, memory_keyring: MemoryKeyring) -> Iterator[ModelsDialog]:
    d = ModelsDialog("lumichats-270m", ModelLibrary())
    d.confirm_close = lambda: True  # type: ignore[method-assign]
    qtbot.addWidget(d)
    d.show()
    qtbot.waitUntil(lambda: d.table.rowCount() > 0)  # listed on the worker thread
    yield d
    d.close()


def test_catalogue_and_hardware_are_listed(dialog: ModelsDialog, qtbot: QtBot) -> None:
    titles = [dialog.table.item(i, 0).text() for i in range(dialog.table.rowCount())]
    assert "LumiChats 4B v1.4" in titles and "LumiChats 270M (offline)  ★" in titles
    qtbot.waitUntil(lambda: "CPU:" in dialog.hardware.text(), timeout=30_000)
    fits = {
        dialog.table.item(i, 0).text(): dialog.table.item(i, 4).text() for i in range(dialog.table.rowCount())
    }
    assert fits["LumiChats 4B v1.4"].startswith(("yes: ~3.6 GB", "no: ~3.6 GB"))


def test_add_from_hub_downloads_with_progress_then_set_default_and_delete(
    dialog: ModelsDialog,
    hub: HubServer,
    qtbot: QtBot,
) -> None:
    hub.hub.delay_s = 0.03
    seen: list[str] = []
    dialog.downloads.worker.progress.connect(lambda p: seen.append(dialog.progress_label.text()))
    dialog.repo_edit.setText("acme/tiny")
    with qtbot.waitSignal(dialog.downloads.worker.finished, timeout=30_000):
        dialog.add_button.click()
    qtbot.waitUntil(lambda: "is ready" in dialog.progress_label.text())
    assert (repo_dir(app_dirs(), "acme/tiny") / "model.safetensors").read_bytes() == WEIGHTS
    assert any(" of " in text and "acme/tiny" in text for text in seen)
    row = dialog.selected()
    assert row is not None and row.title == "acme/tiny" and row.status == "on disk"
    with qtbot.waitSignal(dialog.defaultChanged) as chosen:
        dialog.default_button.click()
    assert chosen.args == [row.spec]
    dialog.confirm_delete = lambda row: False  # type: ignore[method-assign]
    dialog.delete_button.click()
    assert repo_dir(app_dirs(), "acme/tiny").is_dir()  # "No" keeps it
    dialog.confirm_delete = lambda row: True  # type: ignore[method-assign]
    dialog.select(row.spec)
    dialog.delete_button.click()  # removed on the worker thread, then listed again
    qtbot.waitUntil(lambda: not any(r.title == "acme/tiny" and r.status == "on disk" for r in dialog.rows))
    assert not repo_dir(app_dirs(), "acme/tiny").exists()


def test_pause_then_resume_finishes_the_same_download(
    dialog: ModelsDialog,
    hub: HubServer,
    qtbot: QtBot,
) -> None:
    hub.hub.delay_s = 0.05
    dialog.repo_edit.setText("acme/tiny")
    dialog.add_button.click()
    qtbot.waitUntil(lambda: dialog.progress.value() > 100, timeout=30_000)
    dialog.pause_button.click()
    qtbot.waitUntil(lambda: "paused" in dialog.message.text(), timeout=30_000)
    row = next(r for r in dialog.rows if r.title == "acme/tiny")
    assert row.status == "partly downloaded"
    dialog.select(row.spec)
    assert dialog.download_button.text() == "Resume"
    hub.hub.delay_s = 0
    with qtbot.waitSignal(dialog.downloads.worker.finished, timeout=30_000):
        dialog.download_button.click()
    assert (repo_dir(app_dirs(), "acme/tiny") / "model.safetensors").read_bytes() == WEIGHTS


def test_gated_repo_message_links_the_licence_and_a_saved_token_opens_it(
    dialog: ModelsDialog,
    hub: HubServer,
    qtbot: QtBot,
    memory_keyring: MemoryKeyring,
) -> None:
    dialog.repo_edit.setText("acme/gated")
    dialog.add_button.click()
    qtbot.waitUntil(lambda: f'href="{hub.url}/acme/gated"' in dialog.message.text(), timeout=30_000)
    dialog.token_edit.setText("hf_good")
    dialog.save_token_button.click()
    qtbot.waitUntil(lambda: "A token is saved" in dialog.token_status.text())
    assert dialog.token_edit.text() == ""
    assert list(memory_keyring.items.values()) == ["hf_good"]
    with qtbot.waitSignal(dialog.downloads.worker.finished, timeout=30_000):
        dialog.add_button.click()
    dialog.remove_token_button.click()
    qtbot.waitUntil(lambda: "No token" in dialog.token_status.text())
    assert not memory_keyring.items


def test_the_keyring_and_the_disk_are_never_touched_on_the_ui_thread(
    qtbot: QtBot, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    import lumichats_desktop.hub.library as library

    threads: list[str] = []
    for name in ("get_password", "set_password", "delete_password"):
        original = getattr(memory_keyring, name)

        def recorded(*args: object, _original: Any = original) -> object:
            threads.append(threading.current_thread().name)
            return _original(*args)

        monkeypatch.setattr(memory_keyring, name, recorded)
    listing = library.rows
    monkeypatch.setattr(
        library, "rows", lambda *a: threads.append(threading.current_thread().name) or listing(*a)
    )
    d = ModelsDialog("lumichats-270m", ModelLibrary())
    d.confirm_close = lambda: True  # type: ignore[method-assign]
    qtbot.addWidget(d)
    d.show()
    qtbot.waitUntil(lambda: d.table.rowCount() > 0)
    d.token_edit.setText("hf_secret")
    d.save_token_button.click()
    qtbot.waitUntil(lambda: "A token is saved" in d.token_status.text())
    d.remove_token_button.click()
    qtbot.waitUntil(lambda: "No token" in d.token_status.text())
    # The hardware probe must have answered before the threads are checked.
    qtbot.waitUntil(lambda: "CPU:" in d.hardware.text(), timeout=60_000)
    d.close()
    assert threads and all(name == "lumichats-models" for name in threads), threads


def test_a_listing_that_arrives_after_the_window_was_closed_and_deleted_goes_nowhere(
    qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QWidget

    library = ModelLibrary()  # shared by every Models window, so its answers outlive a closed one
    d = ModelsDialog("lumichats-270m", library)
    d.confirm_close = lambda: True  # type: ignore[method-assign]
    d.show()
    qtbot.waitUntil(lambda: d.table.rowCount() > 0)
    answered: list[object] = []
    d.refresh()  # its answer is on the way while the user closes the window
    asker = QWidget()  # another window, still open; queued behind: when this arrives, that one has too
    library.listing("fp16", answered.append, context=asker)
    d.close()
    d.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.waitUntil(lambda: bool(answered), timeout=30_000)  # no "C++ object already deleted" on the way


def test_a_closed_models_window_shows_nothing_that_arrives_after_it_closed(
    qtbot: QtBot, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QWidget

    library = ModelLibrary()
    d = ModelsDialog("lumichats-270m", library)
    d.confirm_close = lambda: True  # type: ignore[method-assign]
    qtbot.addWidget(d)
    d.show()
    qtbot.waitUntil(lambda: d.table.rowCount() > 0)
    shown: list[object] = []
    monkeypatch.setattr(d, "_show_listing", lambda listing, then: shown.append(listing))
    d.refresh()  # on the way while the user closes the window (kept, not deleted: a parent holds it)
    d.close()
    answered: list[object] = []
    asker = QWidget()
    library.listing("fp16", answered.append, context=asker)  # queued behind the window's
    qtbot.waitUntil(lambda: bool(answered), timeout=30_000)
    assert shown == []  # dropped by the library's worker (workers/background.py), not by the window
    d.show()  # opened again: it lists again
    d.refresh()
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
