"""Document warnings (copy, re-shot, blurred, …): kept with the document, exported, saved, and the
confirm rule that an authenticity warning blocks until accepted with a reason."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ocrdesk import doc_warnings
from ocrdesk.doc_warnings import WarningCode
from ocrdesk.export import documents_to_csv, documents_to_json, export_documents
from ocrdesk.export.csv_export import FIELD_COLUMNS
from ocrdesk.export.excel_export import DOCUMENT_COLUMNS
from ocrdesk.model import DocStatus, Document, DocumentWarning, Field
from ocrdesk.review import accept_anyway, blocking_warnings, can_confirm, unaccepted_warnings
from ocrdesk.session import SessionState, SessionStore, snapshot


def _copied_card() -> Document:
    return Document(
        "scans/身份证.jpg",
        provider="tencent-cloud",
        doc_type="idcard_front",
        status=DocStatus.OK,
        fields=[Field("name", "Name", "张三")],
        warnings=[
            doc_warnings.make(WarningCode.COPY, -9102),
            doc_warnings.make(WarningCode.GLARE, -9107),
        ],
    )


def test_every_code_has_english_and_chinese_text() -> None:
    for code in WarningCode:
        warning = doc_warnings.make(code)
        assert warning.code == code.value
        assert warning.message and warning.message != code.value
        assert any("\u4e00" <= ch <= "\u9fff" for ch in warning.message_zh), code


def test_an_unknown_code_becomes_other_with_the_vendor_words_kept() -> None:
    warning = doc_warnings.make("no_such_code", "WARN_SOMETHING_NEW", "新的告警")
    assert warning.code == "other"
    assert (warning.vendor_code, warning.vendor_message) == ("WARN_SOMETHING_NEW", "新的告警")
    assert doc_warnings.display_text(warning).endswith(": 新的告警")
    assert "新的告警" in doc_warnings.summary([warning])


def test_warnings_round_trip_and_old_documents_still_load() -> None:
    document = _copied_card()
    accept_anyway(document, "seen the original at the counter", now=datetime(2026, 12, 5, 7, 0, tzinfo=UTC))
    data = json.loads(json.dumps(document.to_dict(), ensure_ascii=False))
    assert data["warnings"][0] == {
        "code": "copy",
        "vendor_code": "-9102",
        "message": "The picture is a photocopy, not the original",
        "message_zh": "图片为复印件，不是原件",
        "vendor_message": None,
    }
    assert data["acceptance"] == {
        "reason": "seen the original at the counter",
        "codes": ["copy"],
        "at": "2026-12-05T07:00:00Z",
    }
    assert Document.from_dict(data) == document
    del data["warnings"], data["acceptance"]  # a result or session written before warnings existed
    old = Document.from_dict(data)
    assert old.warnings == [] and old.acceptance is None


def test_an_authenticity_warning_blocks_confirm_until_accepted_with_a_reason() -> None:
    document = _copied_card()
    assert [w.code for w in blocking_warnings(document)] == ["copy"]  # glare only informs
    assert not can_confirm(document)
    with pytest.raises(ValueError):
        accept_anyway(document, "   \n ")
    assert document.acceptance is None and not can_confirm(document)
    accepted = accept_anyway(document, "  original\nchecked ")
    assert accepted.reason == "original checked" and accepted.codes == ("copy",)
    assert can_confirm(document) and unaccepted_warnings(document) == []


def test_which_warnings_block_is_a_setting() -> None:
    document = _copied_card()
    assert can_confirm(document, blocking=set())
    assert [w.code for w in unaccepted_warnings(document, blocking={"glare"})] == ["glare"]
    accept_anyway(document, "checked", blocking={"copy"})
    # accepting the copy does not accept a warning that blocks only under a stricter setting
    assert [w.code for w in unaccepted_warnings(document, blocking={"copy", "glare"})] == ["glare"]


def test_a_quality_warning_alone_does_not_block() -> None:
    document = Document("a.jpg", status=DocStatus.OK, warnings=[doc_warnings.make(WarningCode.BLURRED)])
    assert can_confirm(document)


def _export_documents() -> list[Document]:
    accepted = _copied_card()
    accept_anyway(accepted, "original seen", now=datetime(2026, 12, 5, 7, 0, tzinfo=UTC))
    plain = Document("scans/b.jpg", status=DocStatus.OK, fields=[Field("name", "Name", "李四")])
    return [accepted, plain]


def test_json_export_has_warnings_and_the_reason() -> None:
    data = json.loads(documents_to_json(_export_documents()))
    first, second = data["documents"]
    assert [w["code"] for w in first["warnings"]] == ["copy", "glare"]
    assert first["acceptance"]["reason"] == "original seen"
    assert second["warnings"] == [] and second["acceptance"] is None


def test_excel_documents_sheet_and_csv_show_warnings_and_the_reason(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    export_documents(_export_documents(), path)
    sheet = load_workbook(path)["Documents"]
    headers = [cell.value for cell in sheet[1]]
    assert headers[: len(DOCUMENT_COLUMNS)] == list(DOCUMENT_COLUMNS)
    row = dict(zip(headers, [cell.value for cell in sheet[2]], strict=True))
    assert "copy: The picture is a photocopy, not the original / 图片为复印件，不是原件 (-9102)" in row["warnings"]
    assert "glare" in row["warnings"]
    assert row["acceptance"] == "original seen (accepted: copy; 2026-12-05T07:00:00Z)"
    assert dict(zip(headers, [cell.value for cell in sheet[3]], strict=True))["warnings"] is None

    rows = list(csv.DictReader(io.StringIO(documents_to_csv(_export_documents()))))
    assert list(rows[0]) == list(FIELD_COLUMNS)
    assert rows[0]["warnings"].startswith("copy: ") and rows[0]["acceptance"].startswith("original seen")
    assert rows[1]["warnings"] == "" and rows[1]["acceptance"] == ""


def test_the_session_keeps_warnings_and_the_acceptance(tmp_path: Path) -> None:
    document = _copied_card()
    accept_anyway(document, "original seen")
    state = SessionState([document], current=0)
    copy = snapshot(state)
    document.warnings.append(DocumentWarning("blurred", "b", "模糊"))
    assert len(copy.documents[0].warnings) == 2  # the writer's copy is not changed by later edits
    store = SessionStore(tmp_path)
    store.save(copy)
    restored = SessionState.from_dict(json.loads(store.path.read_text(encoding="utf-8")))
    assert restored.documents[0].warnings == copy.documents[0].warnings
    assert restored.documents[0].acceptance == document.acceptance
    store.close()
