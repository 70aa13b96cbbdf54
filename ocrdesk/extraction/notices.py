"""Warnings the named-field reader gives about what it read, for the operator to check.

Each is an `ocrdesk.i18n.Text`: English where it is kept (the command line, the log), in the window's
language where it is shown. Templates are marked `QT_TRANSLATE_NOOP("FieldWarnings", …)` where written.
"""

from __future__ import annotations

from ocrdesk.i18n import Text


def warning(template: str, **params: object) -> Text:
    return Text("FieldWarnings", template, -1, **params)
