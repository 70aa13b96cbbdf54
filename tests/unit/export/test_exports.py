"""JSON, Excel and CSV exports: layout, text kept as text, edits visible, formulas neutralised."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ocrdesk.export import documents_to_csv, documents_to_json, export_documents
from ocrdesk.export.csv_export import FIELD_COLUMNS
from ocrdesk.export.excel_export import DOCUMENT_COLUMNS, EDITED_FILL, document_columns
from ocrdesk.model import Box, DocStatus, Document, ErrorInfo, Field, ImageInfo

ID_NUMBER = "11010519491231002X"
NUMERIC_ID = "110105194912310021"  # 18 digits: Excel would round it as a number


def sample_documents() -> list[Document]:
    card = Document(
        source="扫描/身份证 1.jpg",
        image=ImageInfo(1280, 800, "0" * 64),
        provider="tencent-cloud",
        doc_type="idcard_front",
        status=DocStatus.REVIEWED,
        fields=[
            Field("name", "姓名", "张三", confidence=0.98, box=Box(24, 31, 201, 82)),
            Field("id_number", "公民身份号码", "11010519491231002x", value=ID_NUMBER, confidence=0.9),
            Field("postcode", "邮编", "0012345"),
            Field("formula", "备注", '=HYPERLINK("http://evil")'),
            Field("amount", "备注", "-12.50"),  # same label as above: the Documents column needs the key
        ],
    )
    second = Document(
        source="scans/b.pdf",
        page=2,
        provider="tencent-cloud",
        doc_type="idcard_front",
        status=DocStatus.OK,
        fields=[Field("id_number", "公民身份号码", NUMERIC_ID), Field("name", "姓名", "李四\x0c")],
    )
    failed = Document(
        source="scans/c.jpg",
        provider="tencent-cloud",
        doc_type="idcard_front",
        status=DocStatus.ERROR,
        error=ErrorInfo("FailedOperation.ImageDecodeFailed", "图片解码失败"),
    )
    return [card, second, failed]


# ------------------------------------------------------------------------------------------- JSON


def test_json_layout_and_round_trip(tmp_path: Path) -> None:
    docs = sample_documents()
    path = tmp_path / "out.json"
    export_documents(docs, path)
    text = path.read_text(encoding="utf-8")
    assert "身份证" in text  # ensure_ascii=False: readable, not \\u escapes
    data = json.loads(text)
    assert list(data) == ["format", "documents"]
    assert data["format"] == "ocrdesk.result/1"
    assert [Document.from_dict(d) for d in data["documents"]] == docs
    first = data["documents"][0]
    assert set(first) == {
        "source",
        "page",
        "image",
        "provider",
        "doc_type",
        "status",
        "error",
        "fields",
        "warnings",
        "acceptance",
        "outlines",
        "review",
    }
    assert set(first["image"]) == {"width", "height", "sha256"}
    assert set(first["fields"][0]) == {
        "key",
        "label",
        "value",
        "ocr_value",
        "confidence",
        "box",
        "polygon",
        "edited",
        "corrections",
        "corrected_value",
        "agreement",
    }
    assert first["fields"][1]["edited"] is True
    assert first["fields"][3]["value"] == '=HYPERLINK("http://evil")'  # raw: JSON is for programs
    assert data["documents"][2]["error"] == {"code": "FailedOperation.ImageDecodeFailed", "message": "图片解码失败"}
    assert json.loads(documents_to_json(docs)) == data


def test_suffix_chooses_format_and_unknown_is_refused(tmp_path: Path) -> None:
    export_documents(sample_documents(), tmp_path / "UPPER.JSON")
    assert json.loads((tmp_path / "UPPER.JSON").read_text(encoding="utf-8"))["format"] == "ocrdesk.result/1"
    for name in ("out.txt", "out"):
        with pytest.raises(ValueError, match=r"\.json, \.xlsx, \.csv"):
            export_documents(sample_documents(), tmp_path / name)
        assert not (tmp_path / name).exists()


# ------------------------------------------------------------------------------------------ Excel


def _rows(sheet) -> list[list]:
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def test_excel_sheets_headers_and_text_values(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    export_documents(sample_documents(), path)
    book = load_workbook(path)
    assert book.sheetnames[:2] == ["Documents", "Fields"]

    documents = book["Documents"]
    rows = _rows(documents)
    headers = rows[0]
    assert headers[: len(DOCUMENT_COLUMNS)] == list(DOCUMENT_COLUMNS)
    # canonical fields by their printed Chinese names, others by label
    assert headers[len(DOCUMENT_COLUMNS) :] == ["姓名", "公民身份号码", "邮编", "备注", "金额"]
    card = dict(zip(headers, rows[1], strict=True))
    assert card["source"] == "扫描/身份证 1.jpg" and card["page"] is None and card["status"] == "reviewed"
    assert card["公民身份号码"] == ID_NUMBER
    assert card["邮编"] == "0012345"
    second = dict(zip(headers, rows[2], strict=True))
    assert second["page"] == 2
    assert second["公民身份号码"] == NUMERIC_ID
    assert second["姓名"] == "李四"  # the form feed OCR produced is dropped, not a broken file
    failed = dict(zip(headers, rows[3], strict=True))
    assert (failed["status"], failed["error"]) == ("error", "图片解码失败")

    fields = book["Fields"]
    rows = _rows(fields)
    assert list(rows[0]) == list(FIELD_COLUMNS)
    by_key = {row[4]: dict(zip(FIELD_COLUMNS, row, strict=True)) for row in rows[1:6]}
    assert by_key["id_number"]["value"] == ID_NUMBER
    assert by_key["id_number"]["ocr_value"] == "11010519491231002x"
    assert by_key["id_number"]["edited"] is True
    assert by_key["name"]["confidence"] == pytest.approx(0.98)
    assert [by_key["name"][k] for k in ("left", "top", "right", "bottom")] == [24, 31, 201, 82]
    assert by_key["postcode"]["value"] == "0012345"
    numeric = dict(zip(FIELD_COLUMNS, rows[6], strict=True))
    assert numeric["value"] == NUMERIC_ID and numeric["page"] == 2
    error_row = dict(zip(FIELD_COLUMNS, rows[-1], strict=True))
    assert (error_row["source"], error_row["key"], error_row["status"]) == ("scans/c.jpg", None, "error")
    assert error_row["error"] == "图片解码失败"

    # every value cell is a text cell, whatever it looks like
    value_column = FIELD_COLUMNS.index("value") + 1
    for row in range(2, fields.max_row):
        cell = fields.cell(row=row, column=value_column)
        assert cell.value is None or cell.data_type == "s"


def test_excel_formula_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    export_documents(sample_documents(), path)
    fields = load_workbook(path)["Fields"]
    value_column = FIELD_COLUMNS.index("value") + 1
    cell = next(
        c
        for c in fields.iter_rows(min_col=value_column, max_col=value_column)
        if c[0].value == '=HYPERLINK("http://evil")'
    )[0]
    assert cell.data_type == "s"
    assert cell.quotePrefix
    assert all(c.data_type != "f" for row in fields.iter_rows() for c in row)


def test_excel_edited_cells_filled_and_layout(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    export_documents(sample_documents(), path)
    book = load_workbook(path)
    yellow = EDITED_FILL.start_color.rgb

    fields = book["Fields"]
    value_column = FIELD_COLUMNS.index("value") + 1
    filled = {
        fields.cell(row=row, column=5).value
        for row in range(2, fields.max_row + 1)
        if fields.cell(row=row, column=value_column).fill.start_color.rgb == yellow
    }
    assert filled == {"id_number"}
    assert fields.cell(row=1, column=value_column).comment is not None  # the legend note
    assert fields.freeze_panes == "A2"
    assert fields.cell(row=1, column=1).font.bold

    documents = book["Documents"]
    headers = [c.value for c in documents[1]]
    id_cell = documents.cell(row=2, column=headers.index("公民身份号码") + 1)
    name_cell = documents.cell(row=2, column=headers.index("姓名") + 1)
    assert id_cell.fill.start_color.rgb == yellow
    assert name_cell.fill.start_color.rgb != yellow
    assert documents.freeze_panes == "A2"
    assert all(documents.cell(row=1, column=c).font.bold for c in range(1, len(headers) + 1))
    width = documents.column_dimensions["A"].width
    assert 6 <= width <= 60
    assert "Legend" in book.sheetnames


def test_document_columns_disambiguate_repeated_labels() -> None:
    doc = Document(
        "x.jpg",
        fields=[
            Field("a", "金额", "1"),
            Field("b", "金额", "2"),
            Field("b", "金额", "3"),
            Field("line_1", "", "t"),
        ],
    )
    assert [header for header, _ in document_columns(doc)] == ["金额 (a)", "金额 (b)", "金额 (b) #2", "line_1"]


def test_excel_with_no_documents(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    export_documents([], path)
    book = load_workbook(path)
    assert _rows(book["Documents"]) == [list(DOCUMENT_COLUMNS)]
    assert _rows(book["Fields"]) == [list(FIELD_COLUMNS)]


# -------------------------------------------------------------------------------------------- CSV


def test_csv_bom_rows_and_injection_guard(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    export_documents(sample_documents(), path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == list(FIELD_COLUMNS)
    records = [dict(zip(FIELD_COLUMNS, row, strict=True)) for row in rows[1:]]
    assert len(records) == 5 + 2 + 1  # fields of the two documents, then one row for the failed one
    by_value = {r["key"]: r for r in records[:5]}
    assert by_value["name"]["value"] == "张三" and by_value["name"]["source"] == "扫描/身份证 1.jpg"
    assert by_value["id_number"]["value"] == ID_NUMBER and by_value["id_number"]["edited"] == "true"
    assert by_value["postcode"]["value"] == '="0012345"'  # a leading zero a spreadsheet would drop
    assert by_value["formula"]["value"] == '\'=HYPERLINK("http://evil")'
    assert by_value["amount"]["value"] == "-12.50"  # a plain number cannot be a formula
    assert by_value["name"]["page"] == "" and records[5]["page"] == "2"
    assert records[-1]["status"] == "error" and records[-1]["error"] == "图片解码失败" and records[-1]["key"] == ""


@pytest.mark.parametrize("value", ["=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1", "-cmd|' /C calc'!A0"])
def test_csv_formula_prefixes(value: str) -> None:
    doc = Document("a.jpg", status=DocStatus.OK, fields=[Field("k", "K", value)])
    row = next(csv.reader(io.StringIO(documents_to_csv([doc]).splitlines()[1])))
    assert row[FIELD_COLUMNS.index("value")] == "'" + value


def test_csv_blank_page_is_kept() -> None:
    doc = Document("blank.jpg", status=DocStatus.OK)
    lines = documents_to_csv([doc]).splitlines()
    assert len(lines) == 2 and lines[1].startswith("blank.jpg,")


def test_rule_corrections_exported_without_counting_as_edits(tmp_path: Path) -> None:
    repaired = Field(
        "id_number",
        "公民身份号码",
        "11010519491231002Z",
        value=NUMERIC_ID,
        corrected_value=NUMERIC_ID,
        corrections=["check digit: Z→1", "second note"],
    )
    doc = Document(source="a.jpg", doc_type="idcard_front", status=DocStatus.OK, fields=[repaired])
    records = [dict(zip(FIELD_COLUMNS, row, strict=True)) for row in csv.reader(io.StringIO(documents_to_csv([doc])))]
    assert records[1]["corrections"] == "check digit: Z→1; second note"
    assert records[1]["edited"] == "false" and records[1]["ocr_value"] == "11010519491231002Z"
    field_json = json.loads(documents_to_json([doc]))["documents"][0]["fields"][0]
    assert field_json["corrections"] == ["check digit: Z→1", "second note"] and field_json["edited"] is False
    path = tmp_path / "out.xlsx"
    export_documents([doc], path)
    rows = _rows(load_workbook(path)["Fields"])
    assert dict(zip(FIELD_COLUMNS, rows[1], strict=True))["corrections"] == "check digit: Z→1; second note"


def test_invoice_items_get_a_sheet_and_cloud_id_cards_canonical_headers(tmp_path: Path) -> None:
    invoice = Document(
        "inv.png",
        doc_type="vat_invoice",
        provider="tencent-cloud",
        status=DocStatus.OK,
        fields=[
            Field("invoice_number", "发票号码", "12345678"),
            Field("item_1_name", "Items[1].Name", "软件服务费"),
            Field("item_1_amount", "Items[1].AmountWithoutTax", "100.00"),
            Field("item_2_name", "Items[2].Name", "咨询费"),
            Field("item_2_tax", "Items[2].TaxAmount", "0.00"),
        ],
    )
    card = Document(
        "card.png",
        doc_type="idcard_front",
        provider="aliyun-market",
        status=DocStatus.OK,
        fields=[Field("name", "name", "张三"), Field("id_number", "num", NUMERIC_ID)],
    )
    path = tmp_path / "out.xlsx"
    export_documents([invoice, card], path)
    book = load_workbook(path)
    assert book.sheetnames == ["Documents", "Fields", "Items", "Legend"]
    assert _rows(book["Items"]) == [
        ["source", "page", "item", "name", "amount", "tax"],
        ["inv.png", None, 1, "软件服务费", "100.00", None],
        ["inv.png", None, 2, "咨询费", None, "0.00"],
    ]
    headers = [c.value for c in book["Documents"][1]]
    # the vendor's raw names (`name`, `num`) give way to the printed names
    assert "姓名" in headers and "公民身份号码" in headers and "num" not in headers
    export_documents([card], path)
    assert "Items" not in load_workbook(path).sheetnames
