"""The app's light and dark look: one palette per theme on the Fusion style, applied at start and on change.

Qt's `setColorScheme` alone only works where a desktop platform theme draws the colours (GNOME, KDE,
Windows, macOS); on the xcb and offscreen platforms without one it changes nothing. So the app sets its
own palette on the Fusion style, which every platform has, and follows the system's scheme for "system".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark")
_SCHEMES = {"system": Qt.ColorScheme.Unknown, "light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}


@dataclass(frozen=True)
class Colors:
    """The few colours the widgets and the reply renderer need beyond the palette."""

    window: str
    base: str
    alternate: str
    text: str
    muted: str
    accent: str
    error: str
    warning: str
    code_background: str
    code_style: str  # a Pygments style that reads well on code_background


LIGHT = Colors(
    window="#f3f3f5",
    base="#ffffff",
    alternate="#ececf0",
    text="#1d1d22",
    muted="#6b6b76",
    accent="#3b6fd8",
    error="#b00020",
    warning="#a05a00",
    code_background="#f4f4f6",
    code_style="friendly",
)
DARK = Colors(
    window="#1f2024",
    base="#27282d",
    alternate="#2f3036",
    text="#e6e6ea",
    muted="#9a9aa6",
    accent="#6d9cff",
    error="#ff6b7d",
    warning="#f0a64a",
    code_background="#18191c",
    code_style="monokai",
)


def resolved(theme: str) -> str:
    """ "light" or "dark": the setting, or for "system" what the desktop says (light when it says nothing)."""
    if theme in ("light", "dark"):
        return theme
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def colors() -> Colors:
    """The colours of the theme in use now (read from the application's palette)."""
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication) and app.property("lumichatsTheme") == "dark":
        return DARK
    return LIGHT


def palette_for(c: Colors) -> QPalette:
    """A complete palette for a theme, disabled colours included."""
    p = QPalette()
    role = QPalette.ColorRole
    for r, value in (
        (role.Window, c.window),
        (role.WindowText, c.text),
        (role.Base, c.base),
        (role.AlternateBase, c.alternate),
        (role.ToolTipBase, c.base),
        (role.ToolTipText, c.text),
        (role.PlaceholderText, c.muted),
        (role.Text, c.text),
        (role.Button, c.alternate),
        (role.ButtonText, c.text),
        (role.BrightText, c.error),
        (role.Highlight, c.accent),
        (role.HighlightedText, "#ffffff"),
        (role.Link, c.accent),
        (role.LinkVisited, c.accent),
        (role.Light, c.base),
        (role.Midlight, c.alternate),
        (role.Mid, c.muted),
        (role.Dark, c.window),
        (role.Shadow, "#000000"),
    ):
        p.setColor(r, QColor(value))
    group = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(group, r, QColor(c.muted))
    return p


def apply_theme(theme: str) -> str:
    """Use theme ("system", "light" or "dark") now; returns the look chosen ("light" or "dark")."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return "light"
    hints = QGuiApplication.styleHints()
    hints.setColorScheme(_SCHEMES.get(theme, Qt.ColorScheme.Unknown))  # window frames where supported
    look = resolved(theme)
    if app.style().name().lower() != "fusion":  # built into every Qt; palettes look the same everywhere
        app.setStyle("Fusion")
    app.setProperty("lumichatsTheme", look)
    app.setPalette(palette_for(DARK if look == "dark" else LIGHT))
    return look


def follow_system(current_setting: Callable[[], str]) -> None:
    """Re-apply when the desktop switches light/dark while the setting (read at that moment) is "system"."""
    hints = QGuiApplication.styleHints()

    def changed(_scheme: Qt.ColorScheme) -> None:
        if current_setting() == "system":
            apply_theme("system")

    hints.colorSchemeChanged.connect(changed)
