"""The window's language: chosen from the Language preference or the system locale, installed before
any widget is built.

Qt looks texts up when a widget is made, so a translator installed later changes nothing already
on screen; a new choice therefore takes effect at the next start (the Preferences dialog says so).
The core's texts follow through `ocrdesk.i18n.install`, numbers and dates through QLocale's default.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ocrdesk import i18n
from ocrdesk.preferences import LANGUAGE, LANGUAGES, SYSTEM_LANGUAGE
from ocrdesk.ui.settings.store import SettingsStore

CATALOGUES = Path(__file__).resolve().parent.parent / "translations"
CHINESE, ENGLISH = "zh_CN", "en"  # LANGUAGES; a new catalogue needs its locale in number_locale()

# kept referenced while installed: Qt does not own a translator, Python would free it
_installed: list[QTranslator] = []
_previous_default: QLocale | None = None


def resolve(choice: str, system: QLocale) -> str:
    """The catalogue for a Language preference: the choice itself, or what the system's locale speaks."""
    if choice in LANGUAGES:
        return choice
    # any Chinese system gets Simplified Chinese: the only Chinese catalogue shipped
    return CHINESE if system.language() == QLocale.Language.Chinese else ENGLISH


def number_locale(language: str, system: QLocale) -> QLocale:
    """How numbers and dates are written: the system's own way when it speaks the window's language."""
    if language == CHINESE:
        wanted = QLocale.Language.Chinese
        fallback = QLocale(QLocale.Language.Chinese, QLocale.Script.SimplifiedHanScript, QLocale.Country.China)
    else:
        wanted = QLocale.Language.English
        fallback = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return system if system.language() == wanted else fallback


def install(app: QCoreApplication, choice: str = SYSTEM_LANGUAGE, system: QLocale | None = None) -> str:
    """Install Qt's and OCRDesk's translators for `choice`; returns the language now spoken ("zh_CN"/"en")."""
    global _previous_default
    uninstall(app)
    system = system if system is not None else QLocale.system()
    language = resolve(choice, system)
    catalogues = [(f"ocrdesk_{language}", str(CATALOGUES))]
    if language == CHINESE:
        # Qt's own texts: standard buttons (OK, Cancel), line-edit context menus, file dialogs
        catalogues.insert(0, (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for name, folder in catalogues:
        translator = QTranslator()
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    i18n.install(QCoreApplication.translate)
    _previous_default = QLocale()
    QLocale.setDefault(number_locale(language, system))
    return language


def install_from_settings(app: QCoreApplication, settings: SettingsStore, system: QLocale | None = None) -> str:
    """What the app does at start: the stored Language preference, else the system's."""
    return install(app, settings.get(LANGUAGE), system)


def uninstall(app: QCoreApplication) -> None:
    """Back to the English source texts and the previous number format (tests switch languages)."""
    global _previous_default
    while _installed:
        app.removeTranslator(_installed.pop())
    i18n.uninstall()
    if _previous_default is not None:
        QLocale.setDefault(_previous_default)
        _previous_default = None
