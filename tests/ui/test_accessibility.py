"""Screen readers, input methods and the keyboard, checked through QAccessible interfaces and real events."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QInputMethodEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QListWidget, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from lumichats_desktop.storage.store import StoredMessage
from lumichats_desktop.ui import accessibility
from lumichats_desktop.ui.accessibility import Announcer
from lumichats_desktop.ui.chat_view import ChatView
from lumichats_desktop.ui.composer import Composer
from lumichats_desktop.ui.main_window import MainWindow
from lumichats_desktop.ui.theme import apply_theme
from tests.ui.conftest import WindowFactory, until

ALT = Qt.KeyboardModifier.AltModifier


def _name(widget: object) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, widget
    return interface.text(QAccessible.Text.Name)


def _role(widget: object) -> QAccessible.Role:
    return QAccessible.queryAccessibleInterface(widget).role()


def _actions(message: QWidget) -> list[QWidget]:
    """The controls Tab visits inside a message after the message itself, in order (hidden ones it skips)."""
    found, widget = [], message.nextInFocusChain()
    while message.isAncestorOf(widget):
        if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def _shown_actions(message: QWidget) -> list[str]:
    return [_name(b) for b in message.findChildren(QAbstractButton) if b.isVisible()]


def _messages() -> list[StoredMessage]:
    return [
        StoredMessage(1, None, "user", "What is 2+2?", "complete"),
        StoredMessage(2, 1, "assistant", "It is **four**.\n\n```python\nprint(2 + 2)\n```", "complete"),
        StoredMessage(3, 2, "user", "And 3+3?", "complete"),
        StoredMessage(4, 3, "assistant", "Six.", "stopped"),
    ]


@pytest.fixture(autouse=True)
def light_again(qapp: QApplication) -> Iterator[None]:
    yield
    apply_theme("light", 100)


def _show(windows: WindowFactory, qtbot: QtBot) -> MainWindow:
    """A window showing _messages() (laid out, so its messages can take the focus)."""
    window = windows.open()
    window.activateWindow()
    window.view.show_messages(_messages())
    qtbot.waitUntil(lambda: all(w.isVisible() for w in window.view.widgets), timeout=2000)
    return window


def _send_preedit(widget: QPlainTextEdit, preedit: str, commit: str = "") -> None:
    event = QInputMethodEvent(preedit, [])
    if commit:
        event.setCommitString(commit)
    QApplication.sendEvent(widget, event)


def test_enter_while_an_input_method_composes_never_sends(qtbot: QtBot) -> None:
    composer = Composer()
    qtbot.addWidget(composer)
    composer.show()
    sent: list[str] = []
    composer.submitted.connect(sent.append)
    _send_preedit(composer, "", commit="東京で")  # committed text already in the box
    _send_preedit(composer, "にほん")  # the next word still being composed (underlined)
    qtbot.keyClick(composer, Qt.Key.Key_Return)  # Enter picks the candidate...
    assert sent == [] and composer.toPlainText() == "東京で"  # ...and sends nothing, adds no line
    _send_preedit(composer, "", commit="日本")  # the input method commits
    assert composer.toPlainText() == "東京で日本" and not composer.composing
    qtbot.keyClick(composer, Qt.Key.Key_Return)
    assert sent == ["東京で日本"]


def test_messages_read_as_role_and_text_and_every_button_has_a_name(qtbot: QtBot) -> None:
    view = ChatView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show_messages(_messages())
    view.show()
    question, reply, _, stopped = view.widgets
    assert _name(question) == "You: What is 2+2?"
    assert _name(reply).startswith(
        "LumiChats: It is four."
    )  # Markdown marks are not read out and "print(2 + 2)" in _name(reply)
    assert _name(stopped) == "LumiChats, stopped: Six."
    assert "Alt+Up" in QAccessible.queryAccessibleInterface(reply).text(QAccessible.Text.Description)
    assert reply.focusPolicy() & Qt.FocusPolicy.TabFocus  # reachable with the keyboard, one by one
    view.activateWindow()
    shown = []
    for widget in view.widgets:
        widget.setFocus()  # what a keyboard or screen reader user does: the actions appear
        qtbot.waitUntil(lambda w=widget: bool(_shown_actions(w)), timeout=2000)
        buttons = widget.findChildren(QAbstractButton)
        assert _actions(widget) == [b for b in buttons if b.isVisible()]  # each one in the Tab order
        for button in buttons:
            assert _role(button) == QAccessible.Role.Button
            assert _name(button) and _name(button) not in ("◀", "▶"), button.text()
        shown.append(_shown_actions(widget))
    assert shown[0] == ["Copy", "Edit", "Delete"]
    assert shown[3] == ["Copy", "Regenerate", "Delete", "Continue"]
    assert _name(question.previous_button) == "Previous alternative"
    composer = Composer()
    qtbot.addWidget(composer)
    assert _name(composer) == "Message" and _role(composer) == QAccessible.Role.EditableText


def test_actions_show_on_hover_and_keyboard_focus_only(qtbot: QtBot) -> None:
    view = ChatView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show_messages(_messages())
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    reply = view.widgets[1]
    assert _shown_actions(reply) == []
    assert _shown_actions(view.widgets[3]) == ["Continue"]  # a stopped reply's Continue is always offered
    qtbot.wait(50)  # laid out
    below = view.widgets[2].geometry()
    stopped = view.widgets[3]
    continue_at = next(b for b in stopped.findChildren(QAbstractButton) if b.isVisible()).geometry()
    reply.setFocus()
    qtbot.waitUntil(lambda: _shown_actions(reply) == ["Copy", "Regenerate", "Delete"], timeout=2000)
    qtbot.wait(50)
    assert view.widgets[2].geometry() == below  # their room was kept: nothing moved when they appeared
    qtbot.keyClick(reply, Qt.Key.Key_Tab)  # Tab onto its buttons: they stay
    assert _name(QApplication.focusWidget()) == "Copy" and reply.isAncestorOf(QApplication.focusWidget())
    assert _shown_actions(reply) == ["Copy", "Regenerate", "Delete"]
    view.widgets[0].setFocus()
    qtbot.waitUntil(lambda: _shown_actions(reply) == [], timeout=2000)
    assert _shown_actions(view.widgets[0]) == ["Copy", "Edit", "Delete"]
    qtbot.mouseMove(view.widgets[2])
    qtbot.waitUntil(lambda: _shown_actions(view.widgets[2]) == ["Copy", "Edit", "Delete"], timeout=2000)
    stopped.setFocus()
    all_four = ["Copy", "Regenerate", "Delete", "Continue"]
    qtbot.waitUntil(lambda: _shown_actions(stopped) == all_four, timeout=2000)
    qtbot.wait(50)
    continue_button = next(b for b in stopped.findChildren(QAbstractButton) if _name(b) == "Continue")
    assert continue_button.geometry() == continue_at  # Continue did not move when the actions appeared


def test_code_blocks_have_a_header_with_language_and_copy(qtbot: QtBot) -> None:
    view = ChatView()
    qtbot.addWidget(view)
    view.show_messages(_messages())
    reply = view.widgets[1]
    text = reply.body.toPlainText()
    assert "python" in text and "Copy code" in text and text.index("python") < text.index("print(2 + 2)")
    menu = reply.action_menu()  # the Menu key's list: the code block can be copied without a mouse
    entry = next(a for a in menu.actions() if a.text().startswith("Copy code block 1"))
    entry.trigger()
    assert QApplication.clipboard().text() == "print(2 + 2)\n"


def test_an_empty_chat_offers_example_prompts_that_fill_the_composer(
    windows: WindowFactory, qtbot: QtBot
) -> None:
    window = windows.open()
    window.new_chat()
    welcome = window.view.welcome
    assert welcome.isVisible() and len(welcome.prompts) == 4
    assert all(_name(b) == b.text() for b in welcome.prompts)
    qtbot.mouseClick(welcome.prompts[0], Qt.MouseButton.LeftButton)
    assert window.composer.toPlainText() == welcome.prompts[0].text()
    assert window.composer.hasFocus() or QApplication.focusWidget() is window.composer
    assert not window.conversation_id  # nothing sent until the person sends it


def test_every_control_in_the_window_has_an_accessible_name(windows: WindowFactory, qtbot: QtBot) -> None:
    window = windows.open()
    window.activateWindow()
    window.view.show_messages(_messages())
    controls: set[QWidget] = set()
    for message in window.view.widgets:  # a message's actions show while it has the focus
        message.setFocus()
        qtbot.waitUntil(lambda m=message: bool(_shown_actions(m)), timeout=2000)
        controls |= {
            w
            for kind in (QAbstractButton, QLineEdit, QPlainTextEdit, QListWidget)
            for w in window.findChildren(kind)
            if w.isVisibleTo(window) and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        }
    in_messages = [w for w in controls if any(m.isAncestorOf(w) for m in window.view.widgets)]
    assert len(in_messages) == 13 and len(controls) >= 20  # 4 x Copy/Edit or Regenerate/Delete, Continue
    assert [widget for widget in controls if not _name(widget)] == []
    assert _name(window.sidebar.search) == "Search conversations"
    assert _name(window.sidebar.list) == "Conversations"


def test_alt_up_and_down_walk_the_messages_from_the_composer_and_back(
    windows: WindowFactory, qtbot: QtBot
) -> None:
    window = _show(windows, qtbot)
    window.composer.setFocus()
    qtbot.keyClick(window.composer, Qt.Key.Key_Up, ALT)
    assert QApplication.focusWidget() is window.view.widgets[-1]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up, ALT)
    assert QApplication.focusWidget() is window.view.widgets[-2]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down, ALT)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down, ALT)
    assert QApplication.focusWidget() is window.composer  # past the newest message: back to writing
    # Tab order: conversation list -> first message -> its buttons ... -> composer -> Send.
    window.sidebar.list.setFocus()
    qtbot.keyClick(window.sidebar.list, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.view.widgets[0]
    first, second = window.view.widgets[:2]
    for name in ("Copy", "Edit", "Delete"):  # into the message's actions, made as the focus reached it
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert _name(QApplication.focusWidget()) == name and first.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is second
    qtbot.keyClick(second, Qt.Key.Key_Backtab)  # back to the message above (its actions hide with the focus)
    assert QApplication.focusWidget() is first
    window.composer.setFocus()
    qtbot.keyClick(window.composer, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.send_button
    qtbot.keyClick(window.send_button, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is window.composer
    qtbot.keyClick(window.composer, Qt.Key.Key_Backtab)  # from the message box: the newest reply's Continue
    newest = window.view.widgets[-1]
    assert _name(QApplication.focusWidget()) == "Continue" and newest.isAncestorOf(QApplication.focusWidget())


def test_a_focused_message_answers_its_shortcuts(windows: WindowFactory, qtbot: QtBot) -> None:
    window = _show(windows, qtbot)
    asked: list[tuple[str, int]] = []
    window.view.edit.disconnect()
    window.view.delete.disconnect()
    window.view.edit.connect(lambda mid: asked.append(("edit", mid)))
    window.view.delete.connect(lambda mid: asked.append(("delete", mid)))
    first = window.view.widgets[0]
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "What is 2+2?"
    qtbot.keyClick(first, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(first, Qt.Key.Key_Delete)
    assert asked == [("edit", 1), ("delete", 1)]


def test_text_size_follows_the_system_and_ctrl_plus_minus_and_is_kept(
    windows: WindowFactory, qtbot: QtBot, qapp: QApplication, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from lumichats_desktop.app import style_app
    from lumichats_desktop.settings import AppSettings
    from lumichats_desktop.ui.theme import system_point_size

    system = system_point_size()
    window = windows.open()
    window.settings_file = tmp_path / "settings.json"
    window.activateWindow()
    body = window.view.welcome.prompts[0]
    before = body.font().pointSizeF()
    assert before == pytest.approx(system)  # 100 %: the desktop's own text size
    qtbot.keyClick(window.composer, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.composer, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    windows.run(window.idle())
    assert window.settings.text_zoom == 120
    assert body.font().pointSizeF() == pytest.approx(system * 1.2, abs=0.1)
    assert window.view.welcome.title.font().pointSizeF() > body.font().pointSizeF() * 1.5  # the scale holds
    assert AppSettings.load(window.settings_file).text_zoom == 120  # kept for the next start
    qtbot.keyClick(window.composer, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    windows.run(window.idle())
    assert window.settings.text_zoom == 110
    qtbot.keyClick(window.composer, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    windows.run(window.idle())
    assert window.settings.text_zoom == 100 and body.font().pointSizeF() == pytest.approx(system)
    # A larger system font makes everything larger, the zoom on top of it.
    qapp.setProperty("lumichatsSystemPointSize", 14.0)
    try:
        style_app(qapp, AppSettings(text_zoom=150))
        assert qapp.font().pointSizeF() == pytest.approx(21.0)
    finally:
        qapp.setProperty("lumichatsSystemPointSize", system)


def test_replies_starting_and_ending_are_announced(windows: WindowFactory, qtbot: QtBot) -> None:
    window = windows.open()
    heard: list[tuple[str, bool]] = []
    window.announcer.announced.connect(lambda text, assertive: heard.append((text, assertive)))
    say, threads = window.announcer.say, set()

    def say_on(text: str, assertive: bool = False) -> None:
        threads.add(threading.current_thread())
        say(text, assertive)

    window.announcer.say = say_on  # type: ignore[method-assign]
    window.composer.setPlainText("Hello there")
    window.composer.submit()
    windows.run(until(lambda: window.streaming is not None))
    windows.run(until(lambda: window.streaming is None))
    windows.run(window.idle())
    reply = window.view.widgets[-1]
    assert heard[0] == ("LumiChats is writing a reply.", False)
    assert heard[-1] == (f"LumiChats replied: {reply.body.toPlainText().strip()}", False)
    assert _name(reply) == f"LumiChats: {reply.body.toPlainText().strip()}"
    assert threads == {threading.main_thread()}, "announced from the worker's thread"
    heard.clear()
    window.composer.setPlainText("Write forever")
    window.composer.submit()
    windows.run(until(lambda: window.streaming is not None))
    window.stop()
    windows.run(until(lambda: window.streaming is None))
    windows.run(window.idle())
    assert ("Reply stopped.", False) in heard


def test_errors_are_announced_at_once_and_the_fallback_names_a_label(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QLabel, QWidget

    from lumichats_desktop.ui.notices import NoticeArea

    source, label = QWidget(), QLabel("ready")
    qtbot.addWidget(source)
    qtbot.addWidget(label)
    announcer = Announcer(source, label)
    area = NoticeArea()
    qtbot.addWidget(area)
    heard: list[tuple[str, bool]] = []
    announcer.announced.connect(lambda text, assertive: heard.append((text, assertive)))
    area.shown.connect(lambda text, tone: announcer.say(text, assertive=tone == "error"))
    area.show_notice("error", "The disk is full.")
    assert heard == [("The disk is full.", True)]
    assert Announcer.native()  # PySide6 6.11 has QAccessibleAnnouncementEvent
    monkeypatch.setattr(accessibility, "_ANNOUNCEMENT", None)  # an older Qt: the label speaks instead
    announcer.say("Reply stopped.")
    assert _name(label) == "Reply stopped."
