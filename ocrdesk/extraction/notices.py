"""Warnings the named-field reader gives about what it read, for the operator to check, and its
repair notes as the window shows them.

Each is an `ocrdesk.i18n.Text`: English where it is kept (the command line, the log), in the window's
language where it is shown. Templates are marked `QT_TRANSLATE_NOOP("FieldWarnings", …)` where written.
"""

from __future__ import annotations

import re

from ocrdesk.i18n import QT_TRANSLATE_NOOP, Text


def warning(template: str, **params: object) -> Text:
    return Text("FieldWarnings", template, -1, **params)


# The heads of the repair notes the rules write ("check digit: Z→2"): the notes are data (exported and
# saved as written, in English); the window shows each head in its language.
_NOTE_HEADS = frozenset(
    {
        QT_TRANSLATE_NOOP("CorrectionNotes", "digit"),
        QT_TRANSLATE_NOOP("CorrectionNotes", "check digit"),
        QT_TRANSLATE_NOOP("CorrectionNotes", "birth date"),
        QT_TRANSLATE_NOOP("CorrectionNotes", "credit code"),
        QT_TRANSLATE_NOOP("CorrectionNotes", "check character"),
        QT_TRANSLATE_NOOP("CorrectionNotes", "VIN"),
        QT_TRANSLATE_NOOP("CorrectionNotes", "licence class"),
        QT_TRANSLATE_NOOP("CorrectionNotes", "plate"),
        QT_TRANSLATE_NOOP("CorrectionNotes", "sex"),
        QT_TRANSLATE_NOOP("CorrectionNotes", "period"),
        QT_TRANSLATE_NOOP("CorrectionNotes", "ethnicity"),
        QT_TRANSLATE_NOOP("CorrectionNotes", "vehicle type"),
        QT_TRANSLATE_NOOP("CorrectionNotes", "use character"),
        QT_TRANSLATE_NOOP("CorrectionNotes", "company type"),
        QT_TRANSLATE_NOOP("CorrectionNotes", "bank"),
        QT_TRANSLATE_NOOP("CorrectionNotes", "card type"),
        QT_TRANSLATE_NOOP("CorrectionNotes", "from ID number"),
        QT_TRANSLATE_NOOP("CorrectionNotes", "from the QR code"),
        # a value's kind, when a tidy-up changed it without a note of its own
        QT_TRANSLATE_NOOP("CorrectionNotes", "text"),
        QT_TRANSLATE_NOOP("CorrectionNotes", "date"),
        QT_TRANSLATE_NOOP("CorrectionNotes", "date_cn"),
        QT_TRANSLATE_NOOP("CorrectionNotes", "digits"),
        QT_TRANSLATE_NOOP("CorrectionNotes", "money"),
        QT_TRANSLATE_NOOP("CorrectionNotes", "address"),
        QT_TRANSLATE_NOOP("CorrectionNotes", "name"),
        QT_TRANSLATE_NOOP("CorrectionNotes", "authority"),
        QT_TRANSLATE_NOOP("CorrectionNotes", "tax_id"),
        QT_TRANSLATE_NOOP("CorrectionNotes", "month_year"),
        QT_TRANSLATE_NOOP("CorrectionNotes", "id_number"),
        QT_TRANSLATE_NOOP("CorrectionNotes", "card_number"),
        QT_TRANSLATE_NOOP("CorrectionNotes", "credit_code"),
        QT_TRANSLATE_NOOP("CorrectionNotes", "vin"),
        QT_TRANSLATE_NOOP("CorrectionNotes", "vehicle_class"),
        QT_TRANSLATE_NOOP("CorrectionNotes", "bank_name"),
        QT_TRANSLATE_NOOP("CorrectionNotes", "vocabulary"),
    }
)
_FROM_TOTAL = re.compile(r"from the total (\S+)")
_NOTES = frozenset({QT_TRANSLATE_NOOP("CorrectionNotes", "from the QR code (not read from the print)")})


def shown_note(note: str) -> str:
    """A repair note as the window shows it: "check digit: Z→2" reads "校验位：Z→2" in a Chinese window.
    Works on notes saved or exported earlier too; a note of another shape is shown as written."""
    if note in _NOTES:
        return Text("CorrectionNotes", note).localized()
    head, separator, change = note.partition(": ")
    if not separator:
        return note
    if head in _NOTE_HEADS:
        what: str = Text("CorrectionNotes", head)
    elif match := _FROM_TOTAL.fullmatch(head):
        what = Text(
            "CorrectionNotes", QT_TRANSLATE_NOOP("CorrectionNotes", "from the total {total}"), -1, total=match[1]
        )
    else:
        return note
    return Text(
        "CorrectionNotes", QT_TRANSLATE_NOOP("CorrectionNotes", "{what}: {change}"), -1, what=what, change=change
    ).localized()
