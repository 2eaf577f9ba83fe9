"""The app's light and dark look and its text size: one palette per theme on the Fusion style, a style
sheet generated from it (ui/style.py), applied at start and on every change.

Qt's `setColorScheme` alone only works where a desktop platform theme draws the colours (GNOME, KDE,
Windows, macOS); on the xcb and offscreen platforms without one it changes nothing. So the app sets its
own palette on the Fusion style, which every platform has, and follows the system's scheme for "system".
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from lumichats_desktop.ui.style import stylesheet

THEMES = ("system", "light", "dark")
ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 70, 200, 10  # text zoom, percent of the system's text size
_SCHEMES = {"system": Qt.ColorScheme.Unknown, "light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}


@dataclass(frozen=True)
class Colors:
    """Every colour the app uses: the palette, the style sheet (ui/style.py) and the reply renderer."""

    window: str  # the sidebar, dialogs, the status bar
    base: str  # the chat page and text fields
    alternate: str
    text: str
    muted: str  # secondary text: role names, status bar, placeholders
    border: str
    hover: str  # a row or button under the pointer, the selected conversation
    accent: str
    on_accent: str  # text on the accent colour (the Send button)
    user_bubble: str  # the user's messages: a tinted bubble; replies have no box at all
    info_background: str  # calm notices (the offline model note)
    info_border: str
    warning: str
    warning_background: str
    error: str
    error_background: str
    code_background: str
    code_header: str  # the strip above a code block with its language and Copy
    code_style: str  # a Pygments style that reads well on code_background


LIGHT = Colors(
    window="#f6f6f8",
    base="#ffffff",
    alternate="#ececf0",
    text="#1d1d22",
    muted="#60606b",
    border="#dcdce3",
    hover="#e9e9ef",
    accent="#2f62cc",
    on_accent="#ffffff",
    user_bubble="#e8eefb",
    info_background="#eaf1fc",
    info_border="#b5cbef",
    warning="#8a4f00",
    warning_background="#fdf3e1",
    error="#b00020",
    error_background="#fdecee",
    code_background="#f5f5f8",
    code_header="#e8e8ee",
    code_style="friendly",
)
DARK = Colors(
    window="#1b1c1f",
    base="#232428",
    alternate="#2c2d32",
    text="#e6e6ea",
    muted="#a3a3ae",
    border="#3a3b42",
    hover="#303137",
    accent="#7aa5ff",
    on_accent="#10131a",
    user_bubble="#2f3a50",
    info_background="#1f2b3e",
    info_border="#3b5683",
    warning="#f0a64a",
    warning_background="#362b17",
    error="#ff7b8b",
    error_background="#3b1f25",
    code_background="#17181b",
    code_header="#2c2d33",
    code_style="monokai",
)


def resolved(theme: str, system: Qt.ColorScheme | None = None) -> str:
    """ "light" or "dark": the setting, or for "system" what the desktop says (light when it says nothing).

    system: the scheme the desktop just reported (colorSchemeChanged); None asks the style hints.
    """
    if theme in ("light", "dark"):
        return theme
    scheme = QGuiApplication.styleHints().colorScheme() if system is None else system
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


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
        (role.HighlightedText, c.on_accent),
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


def system_point_size() -> float:
    """The desktop's text size, read once (before any zoom of ours changed the application font)."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return 10.0
    size = app.property("lumichatsSystemPointSize")
    if not isinstance(size, float):
        size = QGuiApplication.font().pointSizeF()
        size = size if size > 0 else 10.0
        app.setProperty("lumichatsSystemPointSize", size)
    return size


def clamp_zoom(percent: int) -> int:
    """A text zoom the app offers: ZOOM_MIN..ZOOM_MAX percent."""
    return max(ZOOM_MIN, min(ZOOM_MAX, int(percent)))


def current_zoom() -> int:
    """The text zoom in use now (percent of the system's text size)."""
    app = QGuiApplication.instance()
    zoom = app.property("lumichatsZoom") if isinstance(app, QGuiApplication) else None
    return zoom if isinstance(zoom, int) else 100


def apply_theme(theme: str, zoom: int | None = None, system: Qt.ColorScheme | None = None) -> str:
    """Use theme ("system", "light" or "dark") and a text zoom now; returns the look ("light" or "dark").

    One place sets the look: the palette, the application font (the system's size times the zoom)
    and the style sheet generated from both (ui/style.py), so widgets never carry colours or sizes.
    zoom=None keeps the zoom in use; system is the desktop's scheme when it has just changed.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return "light"
    hints = QGuiApplication.styleHints()
    hints.setColorScheme(_SCHEMES.get(theme, Qt.ColorScheme.Unknown))  # window frames where supported
    look = resolved(theme, system)
    if app.style().name().lower() != "fusion":  # built into every Qt; palettes look the same everywhere
        app.setStyle("Fusion")
    zoom = clamp_zoom(current_zoom() if zoom is None else zoom)
    size = round(system_point_size() * zoom / 100, 1)
    font = QGuiApplication.font()
    if font.pointSizeF() != size:
        font.setPointSizeF(size)
        app.setFont(font)
    app.setProperty("lumichatsTheme", look)
    app.setProperty("lumichatsZoom", zoom)
    c = DARK if look == "dark" else LIGHT
    app.setPalette(palette_for(c))
    app.setStyleSheet(stylesheet(c, size))
    return look
