"""CSV export: one row per field, the same rows and columns as the Excel `Fields` sheet.

Also home of the row builder both tabular exports share, so the two can never drift apart.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterator, Sequence
from typing import Any

from ocrdesk.atomic import atomic_write_bytes
from ocrdesk.doc_warnings import summary
from ocrdesk.model import Document

# How the document was confirmed (INTERFACE.md's `review`), one column per member so a spreadsheet can filter
# on the method or sum the seconds; all empty until the document is confirmed.
REVIEW_COLUMNS: tuple[str, ...] = (
    "review_method",
    "review_at",
    "review_seconds",
    "review_second_provider",
    "review_sampled",
    "review_previous_method",
)

# INTERFACE.md's Fields columns, then status/error so failed documents are visible in the same table,
# then the document's warnings, the operator's accept-anyway reason and how it was confirmed (repeated on
# each of its rows, so a filter on one field row still shows them).
FIELD_COLUMNS: tuple[str, ...] = (
    "source",
    "page",
    "doc_type",
    "provider",
    "key",
    "label",
    "value",
    "ocr_value",
    "confidence",
    "edited",
    "corrections",
    "left",
    "top",
    "right",
    "bottom",
    "status",
    "error",
    "warnings",
    "acceptance",
    *REVIEW_COLUMNS,
)
VALUE_COLUMN = FIELD_COLUMNS.index("value")

# Spreadsheet programs run a cell starting with these as a formula (OWASP "CSV injection").
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# ...but a plain signed number ("-12.50", an amount) cannot be a formula and stays untouched.
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


# Excel and LibreOffice read a cell of digits as a number: past 15 digits they round it (an ID number, a bank
# card), from 12 they show it as 1.1E+17, and they drop leading zeros. Such a cell is written as ="digits",
# which both show and copy as that exact text (a leading tab, the other common trick, stays in the cell and
# is pasted along with it). Programs should read the JSON export, which has the plain value.
_FRAGILE_DIGITS = re.compile(r"\d{12,}|0\d+")


def spreadsheet_text(text: str) -> str:
    """`text` as a CSV cell a spreadsheet program keeps as it is (see _FRAGILE_DIGITS)."""
    if _FRAGILE_DIGITS.fullmatch(text):
        return f'="{text}"'
    return "'" + text if looks_like_formula(text) else text


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_PREFIXES) and not _PLAIN_NUMBER.fullmatch(text)


def warnings_cell(document: Document) -> str | None:
    return summary(document.warnings) or None


def acceptance_cell(document: Document) -> str | None:
    """`reason (accepted: copy, reshoot; 2026-12-05T07:10:00Z)`: what a KYC audit reads."""
    accepted = document.acceptance
    if accepted is None:
        return None
    return f"{accepted.reason} (accepted: {', '.join(accepted.codes) or '-'}; {accepted.at})"


def review_cells(document: Document) -> list[Any]:
    """The REVIEW_COLUMNS values: the JSON `review` member flattened (seconds rounded as there), or all None."""
    review = document.review
    if review is None:
        return [None] * len(REVIEW_COLUMNS)
    data = review.to_dict()
    return [data[name.removeprefix("review_")] for name in REVIEW_COLUMNS]


def field_rows(documents: Sequence[Document]) -> Iterator[tuple[list[Any], bool]]:
    """(row, edited) per field in FIELD_COLUMNS order.

    A document with no fields (a failed page, or a blank one) still gets one row with its status
    and error, so every page of a batch is accounted for in the table.
    """
    for doc in documents:
        error = doc.error.message if doc.error else None
        head = [doc.source, doc.page, doc.doc_type, doc.provider]
        tail = [doc.status.value, error, warnings_cell(doc), acceptance_cell(doc), *review_cells(doc)]
        if not doc.fields:
            yield [*head, *([None] * 11), *tail], False
            continue
        for item in doc.fields:
            box = item.box
            coords = [None] * 4 if box is None else [box.left, box.top, box.right, box.bottom]
            confidence = None if item.confidence is None else round(item.confidence, 4)
            # rule repairs ("check digit: Z→2") in one cell: they are part of what the operator reviews
            corrections = "; ".join(item.corrections) or None
            values = [item.key, item.label, item.value, item.ocr_value, confidence, item.edited, corrections]
            row = [*head, *values, *coords, *tail]
            yield row, item.edited


def csv_cell(value: Any) -> str:
    """One CSV cell: empty for None, true/false, text guarded for spreadsheets."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return spreadsheet_text(str(value))


def documents_to_csv(documents: Sequence[Document]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(FIELD_COLUMNS)
    for row, _edited in field_rows(documents):
        writer.writerow([csv_cell(value) for value in row])
    return buffer.getvalue()


def write_csv(documents: Sequence[Document], path: str | os.PathLike[str]) -> None:
    # utf-8-sig: the BOM is what makes Excel on a Chinese Windows read UTF-8 instead of GBK.
    atomic_write_bytes(path, documents_to_csv(documents).encode("utf-8-sig"))
