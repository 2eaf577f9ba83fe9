"""A damaged database can be recovered at any later start (File menu); its notice is in the UI language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTranslator
from PySide6.QtWidgets import QApplication

from lumichats_desktop.storage.recovery import KeptFile
from lumichats_desktop.storage.store import ConversationStore
from lumichats_desktop.ui.storage_recovery import kept_file_text
from lumichats_desktop.ui.translations import install_translation
from tests.ui.conftest import WindowFactory, until

KEPT_NAME = "conversations.sqlite3.damaged-20261128-101500"  # as a start two days ago set it aside


@pytest.fixture
def translators(qapp: QApplication) -> Iterator[list[QTranslator]]:
    installed: list[QTranslator] = []
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _kept_file(windows: WindowFactory) -> None:
    """A database with one conversation, kept aside at an earlier start that nobody recovered from."""
    windows.db_path.parent.mkdir(parents=True, exist_ok=True)
    store = ConversationStore(windows.db_path)
    cid = store.create_conversation("Trip to Lisbon")
    store.add_message(cid, None, "user", "Which museums open on Mondays?")
    store.close()
    windows.db_path.rename(windows.db_path.with_name(KEPT_NAME))


def _recover_action(window):  # type: ignore[no-untyped-def]
    file_menu = window.menuBar().actions()[0].menu()
    return next(a for a in file_menu.actions() if a.text().startswith("Recover conversations"))


def test_a_file_kept_at_an_earlier_start_is_listed_and_recovered_from_the_file_menu(
    windows: WindowFactory,
) -> None:
    _kept_file(windows)
    window = windows.open()
    assert "storage" not in window.view.banner.notices  # this start found nothing wrong
    _recover_action(window).trigger()
    windows.run(until(lambda: window.recovery.dialog is not None and window.recovery.dialog.isVisible()))
    dialog = window.recovery.dialog
    assert dialog.files.count() == 1 and dialog.files.item(0).text().startswith(KEPT_NAME)
    assert dialog.recover_button.isEnabled() and not dialog.warning.isVisible()
    dialog.recover_button.click()
    windows.run(until(lambda: "Recovered 1 conversation" in window.view.banner.text("storage")))
    windows.run(window.idle())
    listed = [window.sidebar.list.item(i).text() for i in range(window.sidebar.list.count())]
    assert listed == ["Trip to Lisbon"]

    _recover_action(window).trigger()  # again: the list says it was done, so nothing is added twice unawares
    windows.run(until(lambda: window.recovery.dialog is not dialog and window.recovery.dialog is not None))
    again = window.recovery.dialog
    assert "recovered from on" in again.files.item(0).text()
    assert again.warning.isVisible() and "adds them a second time" in again.warning.text()
    again.reject()


def test_with_nothing_kept_the_dialog_says_so_and_offers_another_file(windows: WindowFactory) -> None:
    window = windows.open()
    _recover_action(window).trigger()
    windows.run(until(lambda: window.recovery.dialog is not None and window.recovery.dialog.isVisible()))
    dialog = window.recovery.dialog
    assert "No damaged conversation database is kept in" in dialog.intro.text()
    assert str(windows.db_path.parent) in dialog.intro.text()
    assert not dialog.recover_button.isEnabled() and dialog.other_button.isEnabled()
    dialog.reject()


def test_a_file_that_is_not_a_database_recovers_nothing_and_says_so(
    windows: WindowFactory, tmp_path: Path
) -> None:
    junk = tmp_path / "holiday-photo.sqlite3"
    junk.write_bytes(b"\xff\xd8\xff\xe0 not a database" * 100)
    window = windows.open()
    windows.run(window.recovery.recover(junk))
    assert "Nothing could be read from holiday-photo.sqlite3" in window.view.banner.text("storage")
    assert junk.read_bytes().startswith(b"\xff\xd8")  # left as it was


def test_the_damaged_database_notice_is_in_the_ui_language(
    windows: WindowFactory, qapp: QApplication, translators: list[QTranslator]
) -> None:
    translators += install_translation(qapp, "es")
    windows.db_path.parent.mkdir(parents=True, exist_ok=True)
    windows.db_path.write_bytes(b"not a database " * 200)
    window = windows.open()
    notice = window.view.banner.notices["storage"]
    assert "La base de datos de conversaciones" in notice.label.text()
    assert "The conversation database" not in notice.label.text()
    assert [b.text() for b in notice.buttons] == ["Recuperar"]


def _listed_line(qapp: QApplication, translators: list[QTranslator], setting: str) -> str:
    """The recovery list's line for a file set aside on 28 November 2026 at 10:15, in that UI language."""
    translators += install_translation(qapp, setting)
    kept_at = QDateTime(QDate(2026, 11, 28), QTime(10, 15)).toSecsSinceEpoch()
    kept = KeptFile(Path(KEPT_NAME), 2_500_000, kept_at, recovered_at=kept_at + 86_400)
    return kept_file_text(kept)


@pytest.mark.parametrize(
    ("system", "setting", "expected"),
    [
        ("C", "system", ["November 28, 2026 10:15 AM", "November 29, 2026"]),  # a C/POSIX system: English
        ("en_GB", "system", ["28 November 2026 10:15", "29 November 2026"]),  # the computer's own order
        ("C", "es", ["28 de noviembre de 2026 10:15", "29 de noviembre de 2026"]),
        ("en_US", "de", ["28. November 2026 10:15", "29. November 2026"]),  # the UI language, not the system
        ("C", "ja", ["2026年11月28日 10:15", "2026年11月29日"]),
    ],
)
def test_the_recovery_list_writes_dates_in_words_of_the_ui_language_even_on_a_c_locale(
    qapp: QApplication,
    translators: list[QTranslator],
    monkeypatch: pytest.MonkeyPatch,
    system: str,
    setting: str,
    expected: list[str],
) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(system)))
    line = _listed_line(qapp, translators, setting).replace("\u202f", " ")  # CLDR's space before AM
    assert all(part in line for part in expected), line
    assert not re.search(r"\b28[ ./]11[ ./]", line)  # never the C locale's "28 11 2026"
