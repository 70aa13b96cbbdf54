"""The one translation hook shared by the core and the UI.

The core has no Qt, yet its messages (validation, progress, notices) must reach a Chinese operator in
Chinese. Core and UI code alike call `translate(context, text)`; Qt's `pyside6-lupdate` collects those
calls (and `QT_TRANSLATE_NOOP` marks in tables) by name, so one `.ts` file holds every string. Until the
UI installs Qt's translator (`install(QCoreApplication.translate)`), texts come back as written, which is
also what the command line and the export always use.

Translate when a text is shown, never at import time: a module constant built with `translate()` would
be fixed before the translator is installed. Tables mark their texts with `QT_TRANSLATE_NOOP` and are
translated where they are displayed.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str, "str | None", int], str]


def _untranslated(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # Qt substitutes %n even without a translator; do the same so plural texts read the same headless
    return text.replace("%n", str(n)) if n >= 0 else text


_active: Translator = _untranslated


def install(translator: Translator) -> None:
    """Route every `translate()` call through `translator` (the UI passes `QCoreApplication.translate`)."""
    global _active
    _active = translator


def uninstall() -> None:
    """Back to the source texts (tests, and the command line, which always speaks English)."""
    global _active
    _active = _untranslated


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the UI's language; `n` >= 0 selects a plural form and replaces `%n`."""
    return _active(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name Qt's lupdate looks for
    """Mark `text` for lupdate without translating it now (for tables translated where shown)."""
    return text
