"""Core messages are English where they are kept (exports, CLI, logs) and in the UI's language where shown."""

from __future__ import annotations

import datetime as dt
import json
import pickle
from collections.abc import Iterator

import pytest

from ocrdesk import i18n
from ocrdesk.doctypes import (
    CANONICAL_KEYS,
    DOC_TYPE_LABELS,
    FIELD_NAMES,
    FIELD_NAMES_BY_TYPE,
    DocType,
    doc_type_choice,
    doc_type_name,
    field_name,
    line_label,
)
from ocrdesk.i18n import QT_TRANSLATE_NOOP, Text, shown
from ocrdesk.model import Field
from ocrdesk.validation import validate_fields
from ocrdesk.validation.checks import check_id_number

TODAY = dt.date(2026, 1, 1)

# what a zh_CN translator would answer for the texts these tests show
ZH = {
    (
        "Validation",
        "check digit should be {expected}, not {found} (a digit is misread)",
    ): "校验位应为 {expected}，而不是 {found}（有数字识别错误）",
    ("Validation", "expired on {date}"): "已于 {date} 过期",
    ("Ctx", "{inner} and more"): "{inner}，以及更多",
    ("Ctx", "one {thing}"): "一个{thing}",
    ("Ctx", "broken {name}"): "坏的 {nmae}",
    ("Ctx", "%n page(s) of {name}"): "{name} 的 %n 页",
    ("DocTypes", "ID card (front)"): "身份证人像面",
    ("FieldNames", "Name"): "姓名",
    ("FieldNames", "Company name"): "名称",
    ("FieldNames", "Line {number}"): "第 {number} 行",
}


def _fake_zh(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    found = ZH.get((context, text), text)
    return found.replace("%n", str(n)) if n >= 0 else found


@pytest.fixture
def chinese() -> Iterator[None]:
    i18n.install(_fake_zh)
    yield
    i18n.uninstall()


def test_a_text_is_its_english_message_and_shows_translated(chinese: None) -> None:
    text = Text("Ctx", QT_TRANSLATE_NOOP("Ctx", "one {thing}"), thing="box")
    assert text == "one box" and str(text) == "one box"
    assert json.dumps({"message": text}) == '{"message": "one box"}'
    assert text.localized() == "一个box" == shown(text)
    assert shown("plain text") == "plain text"


def test_nested_texts_and_plural_counts_are_localized(chinese: None) -> None:
    inner = Text("Ctx", "one {thing}", thing="box")
    outer = Text("Ctx", "{inner} and more", inner=inner)
    assert outer == "one box and more"
    assert outer.localized() == "一个box，以及更多"
    pages = Text("Ctx", "%n page(s) of {name}", n=3, name="a.pdf")
    assert pages == "3 page(s) of a.pdf" and pages.localized() == "a.pdf 的 3 页"


def test_a_translation_with_a_broken_placeholder_falls_back_to_english(chinese: None) -> None:
    assert Text("Ctx", "broken {name}", name="x").localized() == "broken x"


def test_a_text_survives_pickling_and_mapping() -> None:
    text = Text("Ctx", "one {thing}", thing="line\none")
    again = pickle.loads(pickle.dumps(text))
    assert isinstance(again, Text) and again == text and again.template == "one {thing}"
    flat = text.map(lambda value: value.replace("\n", " "))
    assert flat == "one line one" and flat.params == {"thing": "line one"}


def test_validation_is_english_by_default_and_chinese_with_a_chinese_translator() -> None:
    fields = [
        Field("id_number", "公民身份号码", "110105194912310021"),
        Field("valid_period", "有效期限", "2010.01.01-2020.01.01"),
    ]
    english = validate_fields(fields, "idcard_front", TODAY)
    assert english["id_number"] == ["check digit should be X, not 1 (a digit is misread)"]
    i18n.install(_fake_zh)
    try:
        again = validate_fields(fields, "idcard_front", TODAY)
        assert again == english  # what is kept does not depend on the window's language
        assert [p.localized() for p in again["id_number"]] == ["校验位应为 X，而不是 1（有数字识别错误）"]
    finally:
        i18n.uninstall()


def test_every_check_marks_its_problems_for_translation() -> None:
    for problem in check_id_number("11010519491231002", TODAY) + check_id_number("990105194912310021", TODAY):
        assert isinstance(problem, Text) and problem.context == "Validation"


def test_doc_type_and_field_names_follow_the_ui_language(chinese: None) -> None:
    assert doc_type_name("idcard_front") == "身份证人像面"
    assert doc_type_choice("idcard_front") == "身份证人像面"
    assert doc_type_name("no_such_type") == "no_such_type"
    assert field_name("name", "idcard_front", "Name") == "姓名"
    assert field_name("name", "business_license", "名称") == "名称"
    assert field_name("line_3", "general", line_label(2)) == "第 3 行"
    assert field_name("line_3", "general", "My line") == "My line"  # the operator named it
    assert field_name("remark", "general", "备注") == "备注"  # no canonical name: the provider's label


def test_names_are_english_without_a_translator() -> None:
    assert doc_type_name("idcard_front") == "ID card (front)"
    assert doc_type_choice("idcard_front") == "ID card (front) — 身份证人像面"
    assert field_name("id_number", "idcard_front", "公民身份号码") == "ID number"
    assert field_name("line_1", "general", "Line 1") == "Line 1"


def test_every_canonical_key_has_a_name_and_each_english_name_one_chinese_name() -> None:
    keys = {key for keys in CANONICAL_KEYS.values() for key in keys}
    assert keys <= set(FIELD_NAMES)
    chinese: dict[str, str] = {}
    for english, zh in [*FIELD_NAMES.values(), *FIELD_NAMES_BY_TYPE.values(), *DOC_TYPE_LABELS.values()]:
        assert chinese.setdefault(english, zh) == zh, english
    assert all(doc_type in DOC_TYPE_LABELS for doc_type in DocType)


def test_repair_notes_show_their_head_in_the_ui_language(chinese: None) -> None:
    from ocrdesk.extraction.notices import shown_note

    i18n.install(_fake_notes)
    assert shown_note("check digit: Z→2") == "校验位：Z→2"
    assert shown_note("from the total 112.00: 壹→壹佰") == "据价税合计 112.00：壹→壹佰"
    assert shown_note("from the QR code (not read from the print)") == "据二维码（印刷内容未识别）"
    assert shown_note("an operator's own words: kept") == "an operator's own words: kept"


def test_joined_texts_are_each_localized(chinese: None) -> None:
    parts = [Text("Ctx", "one {thing}", thing="box"), "plain {braces}"]
    together = i18n.joined(parts)
    assert together == "one box; plain {braces}"
    assert together.localized() == "一个box; plain {braces}"


NOTES = {
    ("CorrectionNotes", "check digit"): "校验位",
    ("CorrectionNotes", "{what}: {change}"): "{what}：{change}",
    ("CorrectionNotes", "from the total {total}"): "据价税合计 {total}",
    ("CorrectionNotes", "from the QR code (not read from the print)"): "据二维码（印刷内容未识别）",
}


def _fake_notes(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return NOTES.get((context, text), text)


def test_a_failed_documents_message_survives_a_session_and_still_shows_translated(chinese: None) -> None:
    from ocrdesk.errors import ImageLoadError
    from ocrdesk.model import DocStatus, Document, ErrorInfo
    from ocrdesk.session import SessionState

    inner = Text("Ctx", "one {thing}", thing="box")
    error = ImageLoadError(Text("Ctx", "{inner} and more", inner=inner), "image.empty")
    failed = Document(source="a.png", status=DocStatus.ERROR, error=ErrorInfo(error.code, error.message))
    data = json.loads(json.dumps(SessionState([failed]).to_dict()))
    assert data["documents"][0]["error"] == {"code": "image.empty", "message": "one box and more"}
    restored = SessionState.from_dict(data).documents[0].error
    assert restored is not None and restored.message == "one box and more"
    assert shown(restored.message) == "一个box，以及更多"

    # a message edited by hand, or a template that no longer says the same: the stored English is kept
    data["documents"][0]["error"]["message"] = "something else"
    assert shown(SessionState.from_dict(data).documents[0].error.message) == "something else"  # type: ignore[union-attr]
    for damaged in ({"context": 1}, [], {"context": "Ctx", "template": "{x}", "n": -1, "params": {"x": [1]}}):
        data["documents"][0]["error_text"] = damaged
        assert shown(SessionState.from_dict(data).documents[0].error.message) == "something else"  # type: ignore[union-attr]
    # the file of an earlier version has no error_text: the message reads as stored
    del data["documents"][0]["error_text"]
    assert SessionState.from_dict(data).documents[0].error.message == "something else"  # type: ignore[union-attr]
