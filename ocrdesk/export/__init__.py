"""Exports of recognised documents: JSON (`ocrdesk.result/1`), Excel and CSV, chosen by file suffix.

Every export is written atomically (ocrdesk.atomic), so a failed export never leaves a half file.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from ocrdesk.export.csv_export import documents_to_csv, write_csv
from ocrdesk.export.excel_export import documents_to_workbook, write_xlsx
from ocrdesk.export.json_export import documents_to_json, write_json
from ocrdesk.model import Document

__all__ = [
    "EXPORT_SUFFIXES",
    "documents_to_csv",
    "documents_to_json",
    "documents_to_workbook",
    "export_documents",
    "writer_for",
]

_WRITERS: dict[str, Callable[[Sequence[Document], str | os.PathLike[str]], None]] = {
    ".json": write_json,
    ".xlsx": write_xlsx,
    ".csv": write_csv,
}
EXPORT_SUFFIXES: tuple[str, ...] = tuple(_WRITERS)


def writer_for(path: str | os.PathLike[str]) -> Callable[[Sequence[Document], str | os.PathLike[str]], None]:
    """The writer for `path`'s suffix (case-insensitive); ValueError naming the known ones otherwise."""
    suffix = Path(path).suffix.lower()
    try:
        return _WRITERS[suffix]
    except KeyError:
        known = ", ".join(EXPORT_SUFFIXES)
        shown = f"'{suffix}'" if suffix else "no suffix"
        raise ValueError(f"cannot export to {Path(path).name}: {shown} is not one of {known}") from None


def export_documents(documents: Sequence[Document], path: str | os.PathLike[str]) -> None:
    """Write `documents` to `path` in the format its suffix names (.json, .xlsx or .csv)."""
    writer_for(path)(documents, path)
