"""How a document was confirmed (`review`) reaches the Excel Documents and Fields sheets and the CSV."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import load_workbook

from ocrdesk.export import documents_to_csv, export_documents
from ocrdesk.export.csv_export import FIELD_COLUMNS, REVIEW_COLUMNS
from ocrdesk.export.excel_export import DOCUMENT_COLUMNS
from ocrdesk.model import DocStatus, Document, Field, ReviewMethod, ReviewRecord


def _documents() -> list[Document]:
    typed = Document(
        "scans/a.jpg",
        doc_type="idcard_front",
        status=DocStatus.REVIEWED,
        fields=[Field("name", "姓名", "张三"), Field("id_number", "公民身份号码", "11010519491231002X")],
        review=ReviewRecord(
            ReviewMethod.DOUBLE_ENTRY,
            at="2026-12-05T08:12:00Z",
            seconds=14.24,
            second_provider="local",
            sampled=True,
            previous_method=ReviewMethod.AUTO,
        ),
    )
    auto = Document(
        "scans/b.jpg",
        status=DocStatus.REVIEWED,
        fields=[Field("name", "姓名", "李四")],
        review=ReviewRecord(ReviewMethod.AUTO, at="2026-12-05T08:13:00Z"),
    )
    pending = Document("scans/c.jpg", status=DocStatus.OK, fields=[Field("name", "姓名", "王五")])
    return [typed, auto, pending]


def test_new_columns_come_after_the_earlier_ones() -> None:
    # extend, never break: readers that index the earlier columns keep working
    assert FIELD_COLUMNS[-len(REVIEW_COLUMNS) - 2 :] == ("warnings", "acceptance", *REVIEW_COLUMNS)
    fixed = (
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
    assert fixed == DOCUMENT_COLUMNS
    assert REVIEW_COLUMNS[:2] == ("review_method", "review_at")


def test_csv_rows_carry_the_review_of_their_document() -> None:
    rows = list(csv.DictReader(io.StringIO(documents_to_csv(_documents()))))
    assert list(rows[0]) == list(FIELD_COLUMNS)
    assert len(rows) == 4
    for row in rows[:2]:  # each field row of the document repeats it
        assert {name: row[name] for name in REVIEW_COLUMNS} == {
            "review_method": "double_entry",
            "review_at": "2026-12-05T08:12:00Z",
            "review_seconds": "14.2",
            "review_second_provider": "local",
            "review_sampled": "true",
            "review_previous_method": "auto",
        }
    auto = {name: rows[2][name] for name in REVIEW_COLUMNS}
    assert auto == {
        "review_method": "auto",
        "review_at": "2026-12-05T08:13:00Z",
        "review_seconds": "",
        "review_second_provider": "",
        "review_sampled": "false",
        "review_previous_method": "",
    }
    assert all(rows[3][name] == "" for name in REVIEW_COLUMNS)  # not confirmed yet


def test_excel_documents_and_fields_sheets_carry_the_review(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    export_documents(_documents(), path)
    book = load_workbook(path)

    sheet = book["Documents"]
    headers = [cell.value for cell in sheet[1]]
    assert headers[: len(DOCUMENT_COLUMNS)] == list(DOCUMENT_COLUMNS)
    assert headers[len(DOCUMENT_COLUMNS) :] == ["姓名", "公民身份号码"]  # the field columns follow
    typed, auto, pending = (dict(zip(headers, [cell.value for cell in row], strict=True)) for row in sheet[2:4])
    assert [typed[name] for name in REVIEW_COLUMNS] == [
        "double_entry",
        "2026-12-05T08:12:00Z",
        14.2,
        "local",
        True,
        "auto",
    ]
    assert typed["公民身份号码"] == "11010519491231002X"
    assert (auto["review_method"], auto["review_at"], auto["review_seconds"]) == ("auto", "2026-12-05T08:13:00Z", None)
    assert auto["review_sampled"] is False
    assert all(pending[name] is None for name in REVIEW_COLUMNS)

    field_rows = book["Fields"].iter_rows(min_row=2, values_only=True)
    fields = [dict(zip(FIELD_COLUMNS, row, strict=True)) for row in field_rows]
    assert [(row["key"], row["review_method"]) for row in fields] == [
        ("name", "double_entry"),
        ("id_number", "double_entry"),
        ("name", "auto"),
        ("name", None),
    ]
