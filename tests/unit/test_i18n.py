from __future__ import annotations

import pytest

from ocrdesk import i18n


@pytest.fixture(autouse=True)
def _source_texts():
    yield
    i18n.uninstall()


def test_source_text_comes_back_until_a_translator_is_installed() -> None:
    assert i18n.translate("Ctx", "Open") == "Open"
    assert i18n.translate("Ctx", "%n file(s)", None, 3) == "3 file(s)"


def test_installed_translator_receives_context_text_and_count() -> None:
    seen: list[tuple[str, str, str | None, int]] = []

    def fake(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        seen.append((context, text, disambiguation, n))
        return "打开"

    i18n.install(fake)
    assert i18n.translate("Ctx", "Open", None, 2) == "打开"
    assert seen == [("Ctx", "Open", None, 2)]
    i18n.uninstall()
    assert i18n.translate("Ctx", "Open") == "Open"


def test_noop_mark_returns_text_unchanged() -> None:
    assert i18n.QT_TRANSLATE_NOOP("Ctx", "Later") == "Later"
