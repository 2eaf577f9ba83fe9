"""Load the UI translation for a language; right-to-left languages mirror the whole layout."""

from __future__ import annotations

import re

from PySide6.QtCore import QDateTime, QLibraryInfo, QLocale, Qt, QTranslator
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
_ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
# Dates and sizes in the UI language; install_translation sets it, English until then.
_ui_locale = _ENGLISH


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


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The locale that writes dates and numbers for a UI language (as resolve_language gives it).

    The computer's own locale when it speaks that language (an en_GB user keeps day-month order);
    otherwise the language's usual one; English for a language we do not ship, the text being English.
    Never the C locale, whose dates read "29 11 2026".
    """
    system = system if system is not None else QLocale.system()
    if language not in LANGUAGES or language == "system":
        return _ENGLISH
    if system.language() != QLocale.Language.C and resolve_language("system", system) == language:
        return system
    return QLocale(language)


def ui_locale() -> QLocale:
    """The locale of the UI language in use (set when the translation is installed)."""
    return _ui_locale


def readable_moment(seconds: float, locale: QLocale | None = None) -> str:
    """A date and time as a person reads it in the UI language: "November 29, 2026 11:16 PM",
    "29. November 2026 23:16", "2026年11月29日 23:16": the locale's long date without the weekday.
    """
    locale = locale if locale is not None else _ui_locale
    date = re.sub(r"\s*dddd[,،]?\s*", " ", locale.dateFormat(QLocale.FormatType.LongFormat)).strip(" ,،")
    moment = QDateTime.fromSecsSinceEpoch(int(seconds))
    return locale.toString(moment, f"{date} {locale.timeFormat(QLocale.FormatType.ShortFormat)}")


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
    global _ui_locale
    language = resolve_language(setting)
    _ui_locale = locale_for(language)
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if language in RTL_LANGUAGES else Qt.LayoutDirection.LeftToRight
    )
    translator = QTranslator(app)
    if not translator.load(str(resource_dir() / "translations" / f"lumichats_{language}.qm")):
        return []
    app.installTranslator(translator)
    qt = install_qt_translation(app, language)
    return [translator] + ([qt] if qt is not None else [])
