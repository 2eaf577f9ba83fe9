"""Load the UI translation for a language; right-to-left languages mirror the whole layout."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from lumichats_desktop.resources import resource_dir

# code (the lumichats_<code>.qm file): name in its own language; "system" follows the computer's locale
LANGUAGES = {
    "system": "",
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "de": "Deutsch",
    "ar": "العربية",
    "hi": "हिन्दी",
    "zh_CN": "简体中文",
    "ja": "日本語",
}
RTL_LANGUAGES = {"ar", "he", "fa", "ur"}


def resolve_language(setting: str, system: QLocale | None = None) -> str:
    """The language to use: the setting, or the system locale's for "system".

    Chinese is the one language we ship per script: a simplified-Chinese locale (zh_CN, zh_SG) gets
    zh_CN, and traditional Chinese gets plain "zh", which we do not ship, so English rather than the
    wrong script.
    """
    if setting and setting != "system":
        return setting
    locale = system if system is not None else QLocale.system()
    language = locale.name().split("_")[0]
    if language == "zh":
        return "zh_CN" if locale.script() == QLocale.Script.SimplifiedHanScript else "zh"
    return language


def install_qt_translation(app: QApplication, language: str) -> QTranslator | None:
    """Qt's own strings (OK, Cancel, Next, Back, the file dialogs) in language, from Qt's qtbase_*.qm."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    if translator.load(f"qtbase_{language}", folder):
        app.installTranslator(translator)
        return translator
    return None


def install_translation(app: QApplication, setting: str) -> list[QTranslator]:
    """Install our translation (if we ship one) and Qt's, and mirror the layout for RTL languages.

    Returns the translators installed (none for a language we do not ship), so tests can remove them.
    """
    language = resolve_language(setting)
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if language in RTL_LANGUAGES else Qt.LayoutDirection.LeftToRight
    )
    translator = QTranslator(app)
    if not translator.load(str(resource_dir() / "translations" / f"lumichats_{language}.qm")):
        return []
    app.installTranslator(translator)
    qt = install_qt_translation(app, language)
    return [translator] + ([qt] if qt is not None else [])
