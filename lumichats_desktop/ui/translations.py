"""Load the UI translation for a language; right-to-left languages mirror the whole layout."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from lumichats_desktop.resources import resource_dir

LANGUAGES = {"system": "", "en": "English", "es": "Español", "ar": "العربية"}
RTL_LANGUAGES = {"ar", "he", "fa", "ur"}


def resolve_language(setting: str) -> str:
    """The two-letter language to use: the setting, or the system's for "system"."""
    if setting and setting != "system":
        return setting
    return QLocale.system().name().split("_")[0]


def install_translation(app: QApplication, setting: str) -> QTranslator | None:
    """Install our translation (if we ship one) and mirror the layout for RTL languages."""
    language = resolve_language(setting)
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if language in RTL_LANGUAGES else Qt.LayoutDirection.LeftToRight
    )
    translator = QTranslator(app)
    if translator.load(str(resource_dir() / "translations" / f"lumichats_{language}.qm")):
        app.installTranslator(translator)
        return translator
    return None
