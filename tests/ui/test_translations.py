"""Every shipped language is complete and loads, and Arabic mirrors the layout."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

import lumichats_desktop
from lumichats_desktop.resources import resource_dir
from lumichats_desktop.ui.translations import LANGUAGES, install_translation, resolve_language

SHIPPED = [code for code in LANGUAGES if code not in ("system", "en")]
ROOT = Path(__file__).resolve().parents[2]
# Qt's %1..%99 and %n, Python's %s %d %.1f and the escaped %%
PLACEHOLDER = re.compile(r"%(?:\d+|n|s|d|%|\.\d+f)")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> the <translation> element of a .ts file."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found[(context.findtext("name") or "", message.findtext("source") or "")] = translation
    return found


def forms(translation: ET.Element) -> list[str]:
    """The translated text, one per plural form for a %n string."""
    plural = [form.text or "" for form in translation.iter("numerusform")]
    return plural or [translation.text or ""]


@pytest.fixture(scope="module")
def current(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """Every tr() string in the UI code now, as lupdate finds it (not as the .ts files last saw it)."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    tool = str(lupdate) if lupdate.exists() else shutil.which("pyside6-lupdate")
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    out = tmp_path_factory.mktemp("lupdate") / "current.ts"
    sources = sorted(str(p) for p in (ROOT / "lumichats_desktop" / "ui").glob("*.py"))
    subprocess.run([tool, *sources, "-ts", str(out)], check=True, capture_output=True)
    return set(messages(out))


@pytest.mark.parametrize("language", SHIPPED)
def test_every_string_is_translated(language: str, current: set[tuple[str, str]]) -> None:
    folder = resource_dir() / "translations"
    translated = messages(folder / f"lumichats_{language}.ts")
    untranslated = sorted(
        source
        for key, source in sorted(current)
        if (t := translated.get((key, source))) is None or t.get("type") is not None or not all(forms(t))
    )
    assert untranslated == [], f"run lupdate and fill_translations.py; {language} lacks these"
    assert (folder / f"lumichats_{language}.qm").is_file()


@pytest.mark.parametrize("language", SHIPPED)
def test_translations_keep_placeholders_and_accelerators(language: str) -> None:
    broken = []
    path = resource_dir() / "translations" / f"lumichats_{language}.ts"
    for (_, source), translation in messages(path).items():
        wanted = sorted(PLACEHOLDER.findall(source))
        texts = forms(translation)
        for i, text in enumerate(texts):
            have = sorted(PLACEHOLDER.findall(text))
            need = wanted
            if i < len(texts) - 1:  # a singular form may say "one" in words; the last (plural) form keeps %n
                have, need = [p for p in have if p != "%n"], [p for p in need if p != "%n"]
            if have != need or ("&" in source) != ("&" in text):
                broken.append(f"{source!r} -> {text!r}")
    assert broken == []


@pytest.mark.parametrize(
    ("language", "send", "direction"),
    [
        ("es", "Enviar", Qt.LayoutDirection.LeftToRight),
        ("fr", "Envoyer", Qt.LayoutDirection.LeftToRight),
        ("de", "Senden", Qt.LayoutDirection.LeftToRight),
        ("ar", "إرسال", Qt.LayoutDirection.RightToLeft),
        ("hi", "भेजें", Qt.LayoutDirection.LeftToRight),
        ("zh_CN", "发送", Qt.LayoutDirection.LeftToRight),
        ("ja", "送信", Qt.LayoutDirection.LeftToRight),
    ],
)
def test_installed_translation_changes_the_ui(qapp, language: str, send: str, direction) -> None:  # type: ignore[no-untyped-def]
    translators = install_translation(qapp, language)
    try:
        assert translators
        assert QCoreApplication.translate("MainWindow", "Send") == send
        assert qapp.layoutDirection() == direction
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_a_simplified_chinese_system_gets_zh_cn_and_traditional_falls_back() -> None:
    assert resolve_language("system", QLocale("zh_CN")) == "zh_CN"
    assert resolve_language("system", QLocale("zh_SG")) == "zh_CN"
    assert resolve_language("system", QLocale("zh_TW")) == "zh"  # not shipped: English
    assert resolve_language("system", QLocale("ja_JP")) == "ja"
    assert resolve_language("de", QLocale("ja_JP")) == "de"


def test_an_unshipped_language_falls_back_to_english(qapp) -> None:  # type: ignore[no-untyped-def]
    assert install_translation(qapp, "xx") == []
    assert QCoreApplication.translate("MainWindow", "Send") == "Send"


def test_the_offline_note_and_load_error_links_follow_the_ui_language(qapp) -> None:  # type: ignore[no-untyped-def]
    # Seen in a walk: an Arabic window showed the offline-model note in English. Its strings went through a
    # `_tr(text)` helper, which lupdate cannot see into, so they never reached the translation files.
    from lumichats_desktop.ui.model_loading import ModelLoading

    translators = install_translation(qapp, "ar")
    try:
        note = ModelLoading._small_model_note(None)  # type: ignore[arg-type]
        assert note.startswith("أنت تتحدث مع LumiChats 270M")
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_no_ui_module_hides_its_strings_from_lupdate() -> None:
    # lupdate collects only literal translate()/tr() calls: a wrapper of another name hides its callers' text
    ui = Path(lumichats_desktop.__file__).parent / "ui"
    helper = re.compile(r"def (?!tr\()\w+\(text: str\)[^:]*:\s+return \w*\.?translate\(")
    wrappers = [p.name for p in ui.glob("*.py") if helper.search(p.read_text())]
    assert not wrappers, f"translate() behind a helper in {wrappers}: lupdate never sees those strings"
