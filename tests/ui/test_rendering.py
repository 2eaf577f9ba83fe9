"""What a reply looks like: Markdown, code highlighting, no remote content, text direction."""

from __future__ import annotations

import json

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from lumichats_desktop.storage.store import StoredMessage
from lumichats_desktop.ui.direction import is_rtl
from lumichats_desktop.ui.markdown_render import ReplyRenderer
from lumichats_desktop.ui.message_widget import MessageWidget
from tests.conftest import SHARED_DATA


def test_markdown_tables_code_and_links_render() -> None:
    renderer = ReplyRenderer()
    html = renderer.render(
        "# Title\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```python\nprint('hi')\n```\n[x](https://example.org)"
    )
    assert "<h1>" in html and "<table border" in html and 'href="https://example.org"' in html
    assert 'href="copy:0"' in html and "style=" in html  # highlighted inline, with a copy link
    assert renderer.code_blocks == ["print('hi')\n"]


def test_raw_html_and_images_are_never_live() -> None:
    html = ReplyRenderer().render('<img src="http://evil/x.png"> ![cat](http://evil/cat.png)')
    assert "<img" not in html and "&lt;img" in html and "[image: cat]" in html


def test_direction_follows_the_text() -> None:
    data = json.loads((SHARED_DATA / "multilingual.json").read_text(encoding="utf-8"))
    for item in data["texts"]:
        assert is_rtl(item["text"]) == (item["dir"] == "rtl"), item["lang"]


def test_arabic_reply_is_laid_out_right_to_left(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = MessageWidget(StoredMessage(1, None, "assistant", "مرحبا! **كيف** حالك؟", "complete"))
    qtbot.addWidget(widget)
    assert widget.is_rtl
    latin = MessageWidget(StoredMessage(2, None, "assistant", "Hello **there**", "complete"))
    qtbot.addWidget(latin)
    assert not latin.is_rtl and "there" in latin.body.toPlainText()


def test_long_chats_open_on_the_newest_page_and_load_earlier_on_request(qtbot) -> None:  # type: ignore[no-untyped-def]
    from lumichats_desktop.ui.chat_view import PAGE, ChatView

    view = ChatView()
    qtbot.addWidget(view)
    messages = [
        StoredMessage(i, i - 1 or None, "user" if i % 2 else "assistant", f"m{i}", "complete")
        for i in range(1, 2 * PAGE + 11)
    ]
    view.show_messages(messages)
    assert [w.message.id for w in view.widgets] == [m.id for m in messages[-PAGE:]]
    assert view.earlier.isVisible() or not view.isVisible()
    view.earlier.click()
    view.earlier.click()
    assert [w.message.id for w in view.widgets] == [m.id for m in messages]
    assert view.earlier.isHidden()


def test_control_characters_are_stored_and_shown_without_breaking_the_reply(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from lumichats_desktop.storage.store import ConversationStore

    text = "bell\x07 nul\x00 esc\x1b[31m red\x1b[0m and **bold**"
    store = ConversationStore(tmp_path / "c.sqlite3")
    cid = store.create_conversation()
    mid = store.add_message(cid, None, "assistant", text)
    assert store.active_path(cid)[0].content == text
    widget = MessageWidget(StoredMessage(mid, None, "assistant", text, "complete"))
    qtbot.addWidget(widget)
    shown = widget.body.toPlainText()
    assert "bold" in shown and "red" in shown and "**" not in shown


def _shown_lines(document: QTextDocument) -> list[str]:
    """Each line of text as it is laid out on screen, paragraph by paragraph."""
    lines = []
    block = document.begin()
    while block.isValid():
        document.documentLayout().blockBoundingRect(block)  # laid out now
        layout, text = block.layout(), block.text()
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            lines.append(text[line.textStart() : line.textStart() + line.textLength()])
        block = block.next()
    return lines


def _as_one_document(widget: MessageWidget, text: str) -> list[str]:
    """The lines the same text gets when laid out in one go at the message's width."""
    reference = QTextDocument()
    reference.setDefaultFont(widget.body.document().defaultFont())
    reference.setDocumentMargin(widget.body.document().documentMargin())
    reference.setDefaultTextOption(widget.body.document().defaultTextOption())
    reference.setPlainText(text)
    reference.setTextWidth(widget.body.viewport().width())
    return _shown_lines(reference)


def test_a_long_streaming_reply_wraps_as_it_will_when_finished_at_full_width(qtbot) -> None:  # type: ignore[no-untyped-def]
    words = [f"word{i % 13}" * (1 + i % 3) for i in range(2400)]
    text = " ".join(words[:1200]) + "\n\n" + " ".join(words[1200:])  # two long paragraphs, ~20,000 characters
    widget = MessageWidget(StoredMessage(2, 1, "assistant", "", "streaming"))
    qtbot.addWidget(widget)
    widget.resize(700, 400)
    widget.show()
    qtbot.waitExposed(widget)
    for end in range(0, len(text) // 2, 37):  # chunk by chunk, as tokens arrive
        widget.set_streaming_text(text[:end])
    streamed = text[: len(text) // 2]
    widget.set_streaming_text(streamed)
    lines = _shown_lines(widget.body.document())
    assert lines == _as_one_document(widget, streamed)  # every line ends where it would in one paragraph
    assert len(lines) > 100 and len(max(lines, key=len)) > 60  # full width, not half
    widget.resize(520, 400)  # the window narrows mid-reply: lines wrap at the new width
    qtbot.wait(20)
    for end in range(len(text) // 2, len(text), 41):
        widget.set_streaming_text(text[:end])
    widget.set_streaming_text(text)
    assert _shown_lines(widget.body.document()) == _as_one_document(widget, text)
    finished = StoredMessage(2, 1, "assistant", text, "complete")
    widget.set_message(finished)
    fresh = MessageWidget(finished)  # the reply as it shows when the chat is opened later
    qtbot.addWidget(fresh)
    assert widget.body.toHtml() == fresh.body.toHtml()


def test_copying_a_selection_of_a_streaming_reply_gives_its_text_without_the_streaming_splits(qtbot) -> None:  # type: ignore[no-untyped-def]
    words = [f"word{i % 13}" * (1 + i % 3) for i in range(1400)]
    text = " ".join(words[:900]) + "\n\n" + " ".join(words[900:])  # ~10,000 characters, then ~6,000
    widget = MessageWidget(StoredMessage(2, 1, "assistant", "", "streaming"))
    qtbot.addWidget(widget)
    widget.resize(700, 400)
    widget.show()
    qtbot.waitExposed(widget)
    for end in range(0, len(text), 37):  # chunk by chunk, as tokens arrive
        widget.set_streaming_text(text[:end])
    widget.set_streaming_text(text)
    document = widget.body.document()
    assert document.blockCount() > 5  # the long paragraph was split while it streamed (3 blocks if not)
    clipboard = QApplication.clipboard()
    widget.body.selectAll()
    widget.body.copy()  # Ctrl+C
    assert clipboard.text() == text
    split = document.findBlock(2500).next()  # a selection across one split, from the middle of a line
    cursor = QTextCursor(document)
    cursor.setPosition(split.position() - 30)
    cursor.setPosition(split.position() + 30, QTextCursor.MoveMode.KeepAnchor)
    widget.body.setTextCursor(cursor)
    widget.body.copy()
    copied = clipboard.text()
    assert "\n" not in copied and len(copied) == 59 and copied in text  # 60 positions, one of them the split
