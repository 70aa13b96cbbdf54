"""Excel export: sheet `Documents` (a row per page, a column per field label) and `Fields` (a row per field).

Every recognised value is written as a text cell: ID numbers keep their leading zeros and their
18 digits (Excel would round them as numbers), and a value that looks like a formula stays text.
"""

from __future__ import annotations

import io
import os
import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ocrdesk.atomic import atomic_write_bytes
from ocrdesk.doctypes import FIELD_NAMES, FIELD_NAMES_BY_TYPE, DocType
from ocrdesk.export.csv_export import (
    FIELD_COLUMNS,
    REVIEW_COLUMNS,
    VALUE_COLUMN,
    acceptance_cell,
    field_rows,
    looks_like_formula,
    review_cells,
    warnings_cell,
)
from ocrdesk.model import Document, Field

DOCUMENT_COLUMNS: tuple[str, ...] = (
    "source",
    "page",
    "provider",
    "doc_type",
    "status",
    "error",
    "warnings",
    "acceptance",
    *REVIEW_COLUMNS,
)
EDITED_FILL = PatternFill(fill_type="solid", start_color="FFFFF2CC", end_color="FFFFF2CC")  # light yellow
EDITED_NOTE = "Yellow cells were corrected by the operator; the Fields sheet's ocr_value column keeps what OCR read."
HEADER_FONT = Font(bold=True)
MAX_CELL_CHARS = 32_767  # Excel's limit; longer text makes the file unreadable in Excel
MIN_WIDTH, MAX_WIDTH = 6, 60


def column_name(document: Document, item: Field) -> str:
    """A canonical field's name as printed on Chinese documents (`公民身份号码` whoever read it, `IdNum` or
    `num`), else the field's label: columns of different providers line up in one sheet."""
    try:
        typed = FIELD_NAMES_BY_TYPE.get((DocType(document.doc_type), item.key))
    except ValueError:
        typed = None
    names = typed or FIELD_NAMES.get(item.key)
    return names[1] if names is not None else (item.label or item.key)


def document_columns(document: Document) -> list[tuple[str, Field]]:
    """(column header, field) for one document: its name (column_name), or `name (key)` when names repeat."""
    counts: dict[str, int] = {}
    for item in document.fields:
        label = column_name(document, item)
        counts[label] = counts.get(label, 0) + 1
    result: list[tuple[str, Field]] = []
    used: set[str] = set()
    for item in document.fields:
        label = column_name(document, item)
        header = label if counts[label] == 1 else f"{label} ({item.key})"
        # same label *and* same key (a provider listing a field twice): number the repeats
        base, n = header, 2
        while header in used:
            header, n = f"{base} #{n}", n + 1
        used.add(header)
        result.append((header, item))
    return result


def _clean(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    # control characters (form feeds from OCR) are illegal in the XML inside an .xlsx
    return ILLEGAL_CHARACTERS_RE.sub("", value)[:MAX_CELL_CHARS]


def _put(sheet: Worksheet, row: int, column: int, value: Any, edited: bool = False) -> None:
    cell = sheet.cell(row=row, column=column, value=_clean(value))
    if isinstance(value, str):
        # openpyxl turns "=..." into a formula; force a text cell, and quotePrefix keeps it text
        # even after the user edits the cell in Excel.
        cell.data_type = "s"
        if looks_like_formula(value):
            cell.quotePrefix = True
    if edited:
        cell.fill = EDITED_FILL


def _display_width(value: Any) -> int:
    text = "" if value is None else str(value)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text[:200])


def _finish_sheet(sheet: Worksheet, headers: Sequence[str], widths: list[int]) -> None:
    for column, header in enumerate(headers, start=1):
        cell = sheet.cell(row=1, column=column, value=_clean(header))
        cell.data_type = "s"
        cell.font = HEADER_FONT
        width = max(widths[column - 1], _display_width(header)) + 2
        sheet.column_dimensions[get_column_letter(column)].width = min(MAX_WIDTH, max(MIN_WIDTH, width))
    sheet.freeze_panes = "A2"
    if headers:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(1, sheet.max_row)}"


def _fill_documents(sheet: Worksheet, documents: Sequence[Document]) -> None:
    per_document = [document_columns(doc) for doc in documents]
    label_columns: dict[str, int] = {}  # header -> 1-based column, first-seen order
    for columns in per_document:
        for header, _item in columns:
            label_columns.setdefault(header, len(DOCUMENT_COLUMNS) + len(label_columns) + 1)
    headers = [*DOCUMENT_COLUMNS, *label_columns]
    widths = [0] * len(headers)
    for row, (doc, columns) in enumerate(zip(documents, per_document, strict=True), start=2):
        error = doc.error and doc.error.message
        fixed = [doc.source, doc.page, doc.provider, doc.doc_type, doc.status.value, error]
        fixed += [warnings_cell(doc), acceptance_cell(doc), *review_cells(doc)]
        cells = [(column, value, False) for column, value in enumerate(fixed, start=1)]
        cells += [(label_columns[header], item.value, item.edited) for header, item in columns]
        for column, value, edited in cells:
            _put(sheet, row, column, value, edited)
            widths[column - 1] = max(widths[column - 1], _display_width(value))
    _finish_sheet(sheet, headers, widths)


def _fill_fields(sheet: Worksheet, documents: Sequence[Document]) -> None:
    widths = [0] * len(FIELD_COLUMNS)
    for row, (values, edited) in enumerate(field_rows(documents), start=2):
        for index, value in enumerate(values):
            _put(sheet, row, index + 1, value, edited and index == VALUE_COLUMN)
            widths[index] = max(widths[index], _display_width(value))
    _finish_sheet(sheet, FIELD_COLUMNS, widths)
    sheet.cell(row=1, column=VALUE_COLUMN + 1).comment = Comment(EDITED_NOTE, "OCRDesk")


_ITEM = re.compile(r"item_(\d+)_(\w+)")


def _fill_items(sheet: Worksheet, documents: Sequence[Document]) -> None:
    """An invoice's line items (fields item_N_*), a row per item: source, page, item, then its values."""
    rows: list[tuple[Document, int, dict[str, Field]]] = []
    keys: dict[str, None] = {}  # first-seen order
    for document in documents:
        items: dict[int, dict[str, Field]] = {}
        for item in document.fields:
            match = _ITEM.fullmatch(item.key)
            if match:
                items.setdefault(int(match.group(1)), {})[match.group(2)] = item
                keys.setdefault(match.group(2))
        rows += [(document, number, items[number]) for number in sorted(items)]
    headers = ["source", "page", "item", *keys]
    widths = [0] * len(headers)
    for row, (document, number, values) in enumerate(rows, start=2):
        cells = [(document.source, False), (document.page, False), (number, False)]
        cells += [(values[key].value, values[key].edited) if key in values else (None, False) for key in keys]
        for column, (value, edited) in enumerate(cells, start=1):
            _put(sheet, row, column, value, edited)
            widths[column - 1] = max(widths[column - 1], _display_width(value))
    _finish_sheet(sheet, headers, widths)


def _fill_legend(sheet: Worksheet) -> None:
    sheet["A1"] = "Legend"
    sheet["A1"].font = HEADER_FONT
    sheet["A2"] = "edited"
    sheet["A2"].fill = EDITED_FILL
    sheet["B2"] = EDITED_NOTE
    sheet.column_dimensions["A"].width = 12
    sheet.column_dimensions["B"].width = 100


def documents_to_workbook(documents: Sequence[Document]) -> Workbook:
    workbook = Workbook()
    documents_sheet = workbook.active
    assert documents_sheet is not None
    documents_sheet.title = "Documents"
    _fill_documents(documents_sheet, documents)
    _fill_fields(workbook.create_sheet("Fields"), documents)
    if any(_ITEM.fullmatch(item.key) for document in documents for item in document.fields):
        _fill_items(workbook.create_sheet("Items"), documents)
    _fill_legend(workbook.create_sheet("Legend"))
    return workbook


def write_xlsx(documents: Sequence[Document], path: str | os.PathLike[str]) -> None:
    buffer = io.BytesIO()
    documents_to_workbook(documents).save(buffer)
    atomic_write_bytes(path, buffer.getvalue())
