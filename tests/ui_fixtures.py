"""Fixtures shared by the UI unit tests and the window-driving tests (imported by their conftest files)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from ocrdesk import notices, providers
from ocrdesk.ui import language
from tests import fake_providers

CATALOGUES = Path(__file__).resolve().parent.parent / "ocrdesk" / "translations"


@pytest.fixture(autouse=True, scope="session")
def english_catalogue(qapp: QApplication) -> Iterator[None]:
    """The catalogue an English system gets at start: its plural forms ("1 field", "3 fields"), so the
    window reads here as it does for an English operator. A test that installs Chinese installs it on top."""
    translator = QTranslator()
    assert translator.load("ocrdesk_en", str(CATALOGUES))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    """The window in Simplified Chinese: Qt's and our zh_CN catalogues, as a Chinese system gets them."""
    assert language.install(qapp, language.CHINESE) == language.CHINESE
    yield
    language.uninstall(qapp)


@pytest.fixture(autouse=True)
def empty_clipboard(qapp: QApplication) -> Iterator[None]:
    """Mime data left on the clipboard is owned by Qt and by Python: at exit both free it (a segfault)."""
    yield
    QApplication.clipboard().clear()


@pytest.fixture(autouse=True)
def no_leftover_notices() -> None:
    """Startup notices another test queued (a damaged file it made on purpose) are not this window's."""
    notices.take_all()


@pytest.fixture
def ui_registry(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    registry = dict(fake_providers.REGISTRY)
    monkeypatch.setattr(providers, "_REGISTRY", registry)
    monkeypatch.setattr(providers, "DEFAULT_PROVIDER", "lines")
    monkeypatch.setattr("ocrdesk.ui.settings.pickers.DEFAULT_PROVIDER", "lines")
    return registry
