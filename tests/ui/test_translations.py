"""Spanish and Arabic ship complete, and Arabic mirrors the layout."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from lumichats_desktop.resources import resource_dir
from lumichats_desktop.ui.translations import install_translation


@pytest.mark.parametrize("language", ["es", "ar"])
def test_every_string_is_translated(language: str) -> None:
    root = ET.parse(resource_dir() / "translations" / f"lumichats_{language}.ts").getroot()
    unfinished = [
        m.findtext("source")
        for m in root.iter("message")
        if m.find("translation").get("type") in ("unfinished", "obsolete")
    ]  # type: ignore[union-attr]
    assert unfinished == []
    assert (resource_dir() / "translations" / f"lumichats_{language}.qm").is_file()


@pytest.mark.parametrize(
    ("language", "send", "direction"),
    [
        ("es", "Enviar", Qt.LayoutDirection.LeftToRight),
        ("ar", "إرسال", Qt.LayoutDirection.RightToLeft),
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


def test_an_unshipped_language_falls_back_to_english(qapp) -> None:  # type: ignore[no-untyped-def]
    assert install_translation(qapp, "xx") == []
    assert QCoreApplication.translate("MainWindow", "Send") == "Send"
