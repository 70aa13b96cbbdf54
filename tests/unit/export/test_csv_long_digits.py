"""CSV cells of digits that Excel and LibreOffice would round or strip are written as ="digits"."""

from __future__ import annotations

import csv
import io

import pytest

from ocrdesk.export import documents_to_csv
from ocrdesk.export.csv_export import FIELD_COLUMNS, spreadsheet_text
from ocrdesk.model import DocStatus, Document, Field


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ("110105194912310021", '="110105194912310021"'),  # ID number: 18 digits
        ("6222021234567890128", '="6222021234567890128"'),  # bank card: 19 digits
        ("144031900111", '="144031900111"'),  # 12 digits: shown as 1.44E+11
        ("010020", '="010020"'),  # a leading zero
        ("11010519491231002X", "11010519491231002X"),  # not a number to a spreadsheet
        ("13800138000", "13800138000"),  # 11 digits: shown and kept whole
        ("0", "0"),
        ("-12.50", "-12.50"),
        ("2026-01-07", "2026-01-07"),
        ("张三", "张三"),
        ("=1+1", "'=1+1"),  # the formula guard still applies
    ],
)
def test_spreadsheet_text(text: str, cell: str) -> None:
    assert spreadsheet_text(text) == cell


def test_value_and_ocr_value_columns_keep_long_digits() -> None:
    item = Field("id_number", "公民身份号码", "110105194912310021", value="110105194912310022")
    text = documents_to_csv([Document("a.jpg", status=DocStatus.OK, fields=[item])])
    record = dict(zip(FIELD_COLUMNS, list(csv.reader(io.StringIO(text)))[1], strict=True))
    assert record["value"] == '="110105194912310022"' and record["ocr_value"] == '="110105194912310021"'
