"""Our .xlsx and .csv opened by a real spreadsheet program: LibreOffice Calc in headless mode.

Calc reads each export and saves it again as .xlsx; the cells it kept are then read back with their types.
Chinese text, 18-digit ID numbers, bank-card numbers and leading zeros must arrive as the same text, not as
rounded numbers. `scripts/setup.sh --test` installs Calc (libreoffice-calc-nogui); without it the test is
skipped on a developer's machine, never in CI.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from ocrdesk.export import export_documents
from ocrdesk.model import Box, DocStatus, Document, Field

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
if SOFFICE is None and not os.environ.get("CI"):
    pytest.skip("LibreOffice Calc is not installed (scripts/setup.sh --test installs it)", allow_module_level=True)

ID_NUMBER = "110105194912310021"  # 18 digits: a number would keep 15 of them
ID_WITH_X = "11010519491231002X"
BANK_CARD = "6222021234567890128"  # 19 digits
INVOICE_CODE = "144031900111"  # 12 digits: shown as 1.44E+11 if it were a number
POSTCODE = "010020"  # a leading zero
TEXTS = {
    "name": "张三",
    "address": "北京市朝阳区建国路88号 1单元",
    "id_number": ID_NUMBER,
    "id_x": ID_WITH_X,
    "bank_card": BANK_CARD,
    "invoice_code": INVOICE_CODE,
    "postcode": POSTCODE,
}
LABELS = {"name": "姓名", "address": "住址", "id_number": "公民身份号码", "id_x": "身份证号", "bank_card": "卡号"}


def _documents() -> list[Document]:
    fields = [
        Field(key, LABELS.get(key, key), text, confidence=0.97, box=Box(10, 10 + 30 * n, 300, 35 + 30 * n))
        for n, (key, text) in enumerate(TEXTS.items())
    ]
    source = "扫描/身份证 1.jpg"
    return [Document(source, provider="local", doc_type="idcard_front", status=DocStatus.OK, fields=fields)]


def _calc(source: Path, out: Path, profile: Path, *infilter: str) -> Path:
    """`source` opened by Calc and saved as .xlsx in `out` (a private profile: runs never share a lock)."""
    assert SOFFICE is not None, "LibreOffice Calc is required in CI (scripts/setup.sh --test installs it)"
    command = [
        SOFFICE,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        *infilter,
        "--convert-to",
        "xlsx",
        "--outdir",
        str(out),
        str(source),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL)
    converted = out / (source.stem + ".xlsx")
    assert result.returncode == 0 and converted.is_file(), f"{result.stdout}\n{result.stderr}"
    return converted


def _cells(path: Path, sheet: str | None = None) -> list[tuple[object, str]]:
    """(value, openpyxl data type) of every cell; formulas replaced by the result Calc saved with them."""
    book = openpyxl.load_workbook(path, data_only=True)
    rows = (book[sheet] if sheet else book.worksheets[0]).iter_rows()
    return [(cell.value, cell.data_type) for row in rows for cell in row if cell.value is not None]


def _assert_kept_as_text(cells: list[tuple[object, str]]) -> None:
    for text in TEXTS.values():
        assert (text, "s") in cells, f"{text!r} did not arrive as that text: {cells}"


def test_calc_keeps_the_excel_export_as_text(tmp_path: Path) -> None:
    ours = tmp_path / "导出 结果.xlsx"
    export_documents(_documents(), ours)
    saved = _calc(ours, tmp_path / "out", tmp_path / "profile")
    _assert_kept_as_text(_cells(saved, "Fields"))
    documents_sheet = _cells(saved, "Documents")
    assert ("公民身份号码", "s") in documents_sheet and (ID_NUMBER, "s") in documents_sheet
    assert (BANK_CARD, "s") in documents_sheet and ("张三", "s") in documents_sheet


def test_calc_keeps_the_csv_export_as_text(tmp_path: Path) -> None:
    ours = tmp_path / "导出 结果.csv"
    export_documents(_documents(), ours)
    # comma, double quote, UTF-8 (the encoding Calc's import dialog takes from our byte-order mark), from line 1
    saved = _calc(ours, tmp_path / "out", tmp_path / "profile", "--infilter=CSV:44,34,76,1")
    cells = _cells(saved)
    _assert_kept_as_text(cells)
    assert ("扫描/身份证 1.jpg", "s") in cells and ("姓名", "s") in cells
