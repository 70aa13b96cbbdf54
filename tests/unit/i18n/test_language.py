"""Choosing and installing the window's language: the preference, else the system's locale."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from ocrdesk import i18n, preferences
from ocrdesk.preferences import LANGUAGE, SYSTEM_LANGUAGE
from ocrdesk.ui import language
from ocrdesk.ui.settings.store import SettingsStore

CHINA = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
TAIWAN = QLocale(QLocale.Language.Chinese, QLocale.Script.TraditionalHanScript, QLocale.Country.Taiwan)
GERMANY = QLocale(QLocale.Language.German, QLocale.Country.Germany)
BRITAIN = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


@pytest.fixture(autouse=True)
def _source_language(qapp: QApplication) -> Iterator[None]:
    yield
    language.uninstall(qapp)


@pytest.mark.parametrize(
    ("choice", "system", "expected"),
    [
        (SYSTEM_LANGUAGE, CHINA, "zh_CN"),
        (SYSTEM_LANGUAGE, TAIWAN, "zh_CN"),  # the one Chinese catalogue shipped
        (SYSTEM_LANGUAGE, GERMANY, "en"),
        (SYSTEM_LANGUAGE, BRITAIN, "en"),
        ("en", CHINA, "en"),
        ("zh_CN", GERMANY, "zh_CN"),
        ("fr", CHINA, "zh_CN"),  # never stored by the dialog: treated as "follow the system"
    ],
)
def test_the_preference_wins_and_the_system_decides_otherwise(choice: str, system: QLocale, expected: str) -> None:
    assert language.resolve(choice, system) == expected


def test_chinese_installs_qt_s_texts_ours_and_the_core_hook(qapp: QApplication) -> None:
    before = QLocale().name()
    assert language.install(qapp, SYSTEM_LANGUAGE, CHINA) == "zh_CN"
    # Qt's own catalogue: the standard Cancel button
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    # the core's texts go through Qt now (a text not in the catalogue comes back as written)
    assert i18n.translate("NoSuchContext", "%n file(s)", None, 2) == "2 file(s)"
    assert QLocale().language() == QLocale.Language.Chinese
    language.uninstall(qapp)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert QLocale().name() == before


def test_english_numbers_follow_an_english_system_else_american(qapp: QApplication) -> None:
    language.install(qapp, "en", BRITAIN)
    assert QLocale().territory() == QLocale.Country.UnitedKingdom
    language.install(qapp, "en", CHINA)
    assert QLocale().language() == QLocale.Language.English
    assert QLocale().toString(1234567) == "1,234,567"


def test_english_reads_its_plural_forms_from_its_catalogue(qapp: QApplication) -> None:
    # any plural text of the shipped catalogue written with "(s)": the code may rename them, the rule stays
    root = ET.parse(language.CATALOGUES / "ocrdesk_en.ts").getroot()
    plurals = [
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes" and "(s)" in (message.findtext("source") or "")
    ]
    assert plurals, "no plural text with (s) in the catalogue"
    context, source = plurals[0]
    language.install(qapp, SYSTEM_LANGUAGE, BRITAIN)
    one, two = (QCoreApplication.translate(context, source, None, n) for n in (1, 2))
    assert "(s)" not in one and "(s)" not in two and one != two


def test_the_stored_preference_is_what_the_app_installs(qapp: QApplication) -> None:
    settings = SettingsStore()
    settings.set(LANGUAGE, "zh_CN")
    assert language.install_from_settings(qapp, settings, GERMANY) == "zh_CN"
    settings.set(LANGUAGE, "en")
    assert language.install_from_settings(qapp, settings, CHINA) == "en"


def test_every_choice_has_a_label_and_the_dialog_shows_language_first() -> None:
    for preference in preferences.PREFERENCES:
        assert not preference.choice_labels or len(preference.choice_labels) == len(preference.choices)
        assert preference.label, preference.key
    shown = [preference for preference in preferences.PREFERENCES if preference.in_dialog]
    assert shown[0] is LANGUAGE
    assert set(LANGUAGE.choices) == {SYSTEM_LANGUAGE, *preferences.LANGUAGES}
    for code in preferences.LANGUAGES:
        assert (language.CATALOGUES / f"ocrdesk_{code}.qm").is_file()
