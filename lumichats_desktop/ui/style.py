"""The app's one style sheet, generated from a theme's colours and the text size in use.

Widgets carry no colours or font sizes of their own: they name themselves (objectName, or a dynamic
property such as a notice's tone) and this sheet styles the names. Selectors name our widgets only, so
dialogs we do not style here (the fine-tune wizard, the models dialog) get the palette and nothing else.
Sizes are points computed from `point_size` (the system's size times the user's zoom), giving one
typographic scale that grows with Ctrl+plus and with the desktop's font setting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lumichats_desktop.ui.theme import Colors

# The typographic scale, as multiples of the body text size.
SCALE = {"small": 0.9, "title": 1.75, "subtitle": 1.05}


def stylesheet(c: Colors, point_size: float) -> str:
    """The style sheet for colours c with body text at point_size points."""

    def pt(step: str) -> str:
        return f"{point_size * SCALE[step]:.1f}pt"

    return f"""
QWidget#sidebar {{ background: {c.window}; }}
QPushButton#newChat {{
    background: {c.base}; color: {c.text}; border: 1px solid {c.border}; border-radius: 8px;
    padding: 7px 10px; font-weight: 600;
}}
QPushButton#newChat:hover {{ background: {c.hover}; }}
QPushButton#newChat:focus, QLineEdit#search:focus {{ border: 2px solid {c.accent}; }}
QLineEdit#search {{
    background: {c.base}; color: {c.text}; border: 1px solid {c.border}; border-radius: 8px; padding: 6px 8px;
}}
QListWidget#conversationList {{ background: transparent; border: none; outline: none; }}
QListWidget#conversationList::item {{ padding: 7px 8px; border-radius: 6px; color: {c.text}; }}
QListWidget#conversationList::item:hover {{ background: {c.hover}; }}
QListWidget#conversationList::item:selected {{ background: {c.user_bubble}; color: {c.text}; }}
QListWidget#conversationList:focus {{ border: 2px solid {c.accent}; border-radius: 8px; }}
/* A transparent list draws its scroll bar from this sheet: without these rules the track is black. */
QListWidget#conversationList QScrollBar:vertical {{ background: transparent; width: 10px; margin: 0; }}
QListWidget#conversationList QScrollBar::handle:vertical {{
    background: {c.border}; border-radius: 4px; min-height: 28px; margin: 1px 2px;
}}
QListWidget#conversationList QScrollBar::handle:vertical:hover {{ background: {c.muted}; }}
QListWidget#conversationList QScrollBar::add-page:vertical,
QListWidget#conversationList QScrollBar::sub-page:vertical {{ background: none; }}
QListWidget#conversationList QScrollBar::add-line:vertical,
QListWidget#conversationList QScrollBar::sub-line:vertical {{ height: 0; border: none; background: none; }}

QSplitter#mainSplitter::handle {{ background: {c.border}; width: 1px; }}
QWidget#chatArea, QWidget#chatColumn, QScrollArea#chatView, QWidget#chatPage, QWidget#composerBox {{
    background: {c.base}; border: none;
}}

QFrame#message {{ border: 2px solid transparent; border-radius: 10px; }}
QFrame#message:focus {{ border: 2px solid {c.accent}; }}
QFrame#userBubble {{ background: {c.user_bubble}; border-radius: 16px; }}
QFrame#userBubble QTextBrowser, QFrame#message QTextBrowser {{ background: transparent; color: {c.text}; }}
QLabel#messageRole {{ color: {c.muted}; font-weight: 600; font-size: {pt("small")}; }}
QLabel#messageNote {{ color: {c.warning}; font-size: {pt("small")}; }}
QLabel#siblings {{ color: {c.muted}; font-size: {pt("small")}; }}
QToolButton#messageAction {{
    color: {c.muted}; background: transparent; border: 1px solid transparent; border-radius: 6px;
    padding: 2px 8px; font-size: {pt("small")};
}}
QToolButton#messageAction:hover {{ background: {c.hover}; color: {c.text}; }}
QToolButton#messageAction:focus {{ border: 2px solid {c.accent}; color: {c.text}; }}
QToolButton#recoveryAction {{
    color: {c.accent}; background: transparent; border: 1px solid {c.border}; border-radius: 6px;
    padding: 2px 10px; font-size: {pt("small")}; font-weight: 600;
}}
QToolButton#recoveryAction:hover {{ background: {c.hover}; }}
QToolButton#recoveryAction:focus {{ border: 2px solid {c.accent}; }}
QPushButton#showEarlier {{ color: {c.accent}; background: transparent; border: none; padding: 6px; }}

QLabel#welcomeTitle {{ color: {c.text}; font-size: {pt("title")}; font-weight: 600; }}
QLabel#welcomeSubtitle {{ color: {c.muted}; font-size: {pt("subtitle")}; }}
QPushButton#examplePrompt {{
    text-align: left; color: {c.text}; background: {c.base}; border: 1px solid {c.border};
    border-radius: 12px; padding: 12px 14px;
}}
QPushButton#examplePrompt:hover {{ background: {c.hover}; }}
QPushButton#examplePrompt:focus {{ border: 2px solid {c.accent}; }}

QFrame#notice {{ border-radius: 10px; border: 1px solid {c.border}; }}
QFrame#notice[tone="info"] {{ background: {c.info_background}; border-color: {c.info_border}; }}
QFrame#notice[tone="warning"] {{ background: {c.warning_background}; border-color: {c.warning}; }}
QFrame#notice[tone="error"] {{ background: {c.error_background}; border-color: {c.error}; }}
QFrame#notice QLabel {{ color: {c.text}; background: transparent; }}
QFrame#notice QLabel#noticeIcon {{ font-weight: 700; }}
QFrame#notice[tone="info"] QLabel#noticeIcon {{ color: {c.accent}; }}
QFrame#notice[tone="warning"] QLabel#noticeIcon {{ color: {c.warning}; }}
QFrame#notice[tone="error"] QLabel#noticeIcon {{ color: {c.error}; }}
QFrame#notice QPushButton {{
    color: {c.text}; background: {c.base}; border: 1px solid {c.border}; border-radius: 6px;
    padding: 4px 10px;
}}
QFrame#notice QPushButton:focus, QFrame#notice QToolButton:focus {{ border: 2px solid {c.accent}; }}
QFrame#notice QToolButton {{ color: {c.muted}; background: transparent; border: none; padding: 2px 6px; }}

QPlainTextEdit#composer {{
    background: {c.base}; color: {c.text}; border: 1px solid {c.border}; border-radius: 14px;
    padding: 8px 10px;
}}
QPlainTextEdit#composer:focus {{ border: 2px solid {c.accent}; }}
QPushButton#sendButton {{
    background: {c.accent}; color: {c.on_accent}; border: 2px solid {c.accent}; border-radius: 12px;
    padding: 8px 18px; font-weight: 600;
}}
QPushButton#sendButton:focus {{ border: 2px solid {c.text}; }}

QStatusBar#statusBar {{ background: {c.window}; color: {c.muted}; border-top: 1px solid {c.border}; }}
QStatusBar#statusBar QLabel {{ color: {c.muted}; font-size: {pt("small")}; padding: 0 6px; }}
"""
