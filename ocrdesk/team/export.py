"""`ocrdesk team export`: the usual result formats, each document carrying its id, operator and review time."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ocrdesk.atomic import atomic_write_bytes
from ocrdesk.export.csv_export import FIELD_COLUMNS, csv_cell, field_rows
from ocrdesk.export.excel_export import documents_to_workbook
from ocrdesk.model import RESULT_FORMAT
from ocrdesk.team.review import TeamDocument

TEAM_COLUMNS = ("id", "operator", "reviewed_at")


def team_fields(item: TeamDocument) -> list[Any]:
    at = None if item.reviewed_at is None else item.reviewed_at.isoformat(timespec="seconds")
    return [item.id, item.operator, at]


def team_json(items: Sequence[TeamDocument]) -> str:
    documents = [
        {**item.document.to_dict(), **dict(zip(TEAM_COLUMNS, team_fields(item), strict=True))} for item in items
    ]
    return json.dumps({"format": RESULT_FORMAT, "documents": documents}, ensure_ascii=False, indent=2)


def team_csv(items: Sequence[TeamDocument]) -> str:
    """INTERFACE.md's field rows, then id, operator and reviewed_at on each row of a document."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow((*FIELD_COLUMNS, *TEAM_COLUMNS))
    for item in items:
        extra = team_fields(item)
        for row, _edited in field_rows([item.document]):
            writer.writerow([csv_cell(value) for value in (*row, *extra)])
    return buffer.getvalue()


def team_xlsx(items: Sequence[TeamDocument]) -> bytes:
    """The usual workbook; its Documents and Fields sheets gain id, operator and reviewed_at columns."""
    workbook = documents_to_workbook([item.document for item in items])
    documents, fields = workbook["Documents"], workbook["Fields"]
    for sheet in (documents, fields):
        first = sheet.max_column + 1
        for offset, name in enumerate(TEAM_COLUMNS):
            sheet.cell(row=1, column=first + offset, value=name)
    doc_first = documents.max_column - len(TEAM_COLUMNS) + 1
    field_first = fields.max_column - len(TEAM_COLUMNS) + 1
    field_row = 2
    for row, item in enumerate(items, start=2):
        extra = team_fields(item)
        for offset, value in enumerate(extra):
            documents.cell(row=row, column=doc_first + offset, value=value)
        for _ in field_rows([item.document]):
            for offset, value in enumerate(extra):
                fields.cell(row=field_row, column=field_first + offset, value=value)
            field_row += 1
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write_team_export(items: Sequence[TeamDocument], path: str | os.PathLike[str]) -> None:
    """By suffix: .json, .csv (UTF-8 with BOM, as the desk's CSV) or .xlsx; ValueError for any other."""
    suffix = Path(path).suffix.lower()
    if suffix == ".json":
        data = (team_json(items) + "\n").encode("utf-8")
    elif suffix == ".csv":
        data = team_csv(items).encode("utf-8-sig")
    elif suffix == ".xlsx":
        data = team_xlsx(items)
    else:
        raise ValueError(f"cannot export to '{suffix or Path(path).name}': use .json, .xlsx or .csv")
    atomic_write_bytes(path, data)
