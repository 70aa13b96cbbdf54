"""With the committed zh_CN translations installed (read from the .ts, no Qt), core messages shown to
the operator are Chinese, and what is exported stays exactly as before, in English."""

from __future__ import annotations

import datetime as dt
import errno
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pytest

from ocrdesk import i18n, notices
from ocrdesk.atomic import write_error
from ocrdesk.errors import Cancelled, ImageLoadError, ProviderError
from ocrdesk.export import documents_to_csv, documents_to_json
from ocrdesk.i18n import Text, shown
from ocrdesk.imaging import load_image
from ocrdesk.model import DocStatus, Document, ErrorInfo, Field
from ocrdesk.providers.cloud.http import vendor_error
from ocrdesk.providers.tencent_cloud.errors import ERRORS
from ocrdesk.session import SessionStore
from ocrdesk.validation import validate_fields

TS = Path(__file__).parents[2] / "ocrdesk" / "translations" / "ocrdesk_zh_CN.ts"
TODAY = dt.date(2026, 1, 1)


def _translations() -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    for context in ElementTree.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            found[(name, message.findtext("source") or "")] = forms[0] if forms else translation.text or ""
    return found


@pytest.fixture(scope="module")
def zh_cn() -> dict[tuple[str, str], str]:
    return _translations()


@pytest.fixture
def chinese(zh_cn: dict[tuple[str, str], str]) -> Iterator[list[tuple[str, str]]]:
    asked: list[tuple[str, str]] = []

    def translator(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        asked.append((context, text))
        found = zh_cn.get((context, text), text)
        return found.replace("%n", str(n)) if n >= 0 else found

    i18n.install(translator)
    yield asked
    i18n.uninstall()


def _untranslated(asked: list[tuple[str, str]], zh_cn: dict[tuple[str, str], str]) -> list[tuple[str, str]]:
    # every text a message asked for is in the .ts under the context it was asked with, and finished
    return [key for key in asked if key not in zh_cn]


def test_validation_messages_read_chinese(chinese: list[tuple[str, str]], zh_cn: dict[tuple[str, str], str]) -> None:
    fields = [
        Field("id_number", "公民身份号码", "110105194912310026"),
        Field("valid_period", "有效期限", "2010.01.01-2020.01.01"),
        Field("birth_date", "出生", "1950年1月1日"),
    ]
    problems = validate_fields(fields, "idcard_front", TODAY)
    assert problems["id_number"] == ["check digit should be X, not 6 (a digit is misread)"]
    assert shown(problems["id_number"][0]).startswith("校验位应为 X，而不是 6")
    assert shown(problems["valid_period"][0]) == "已于 2020-01-01 过期"
    assert "出生日期" in shown(problems["birth_date"][0])
    assert not _untranslated(chinese, zh_cn)


def test_a_vendor_error_shows_the_tables_chinese_text(chinese: list[tuple[str, str]], zh_cn: dict) -> None:
    error = vendor_error("Tencent Cloud OCR (API 3.0)", "FailedOperation.ArrearsError", "欠费", ERRORS)
    english = "Account in arrears (账号已欠费) — Tencent Cloud OCR (API 3.0) error FailedOperation.ArrearsError: 欠费"
    assert str(error) == english == error.message
    assert shown(error.message) == "账号已欠费 — 腾讯云 OCR（API 3.0） 错误 FailedOperation.ArrearsError：欠费"
    assert shown(Cancelled().message) == "已取消"
    assert not _untranslated(chinese, zh_cn)


def test_notices_and_input_errors_read_chinese(chinese: list[tuple[str, str]], zh_cn: dict, tmp_path: Path) -> None:
    notices.reset()
    folder = tmp_path / "sessions"
    folder.mkdir()
    (folder / "session-20260101-000000-0123456789abcdef.json").write_text("[1, 2]", encoding="utf-8")
    store = SessionStore(folder)
    store.recoverable()
    [notice] = notices.take_all()
    assert notice.startswith("A damaged session file (session-20260101-000000-0123456789abcdef.json)")
    assert shown(notice).startswith("已损坏的会话文件（session-20260101-000000-0123456789abcdef.json）无法恢复")
    assert "是 JSON list，不是会话" in shown(notice)
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    with pytest.raises(ImageLoadError) as caught:
        load_image(empty)
    assert str(caught.value) == "empty.png: file is empty" and shown(caught.value.message) == "empty.png：文件为空"
    full = write_error(OSError(errno.ENOSPC, "No space left on device"), tmp_path / "out.json")
    assert full.strerror == "the disk is full" and shown(full.strerror) == "磁盘已满"
    assert not _untranslated(chinese, zh_cn)


def test_exports_are_the_same_whatever_the_windows_language(zh_cn: dict[tuple[str, str], str]) -> None:
    failure = ProviderError(Text("Errors", "Cancelled"), "cancelled")
    documents = [
        Document(
            source="a.png",
            status=DocStatus.OK,
            provider="local",
            doc_type="idcard_front",
            fields=[Field("name", "姓名", "张三"), Field("id_number", "公民身份号码", "110105194912310026")],
        ),
        Document(source="b.png", status=DocStatus.ERROR, error=ErrorInfo(failure.code, failure.message)),
    ]
    before = documents_to_json(documents), documents_to_csv(documents)
    i18n.install(lambda context, text, disambiguation=None, n=-1: zh_cn.get((context, text), text))
    try:
        assert shown(failure.message) == "已取消"
        after = documents_to_json(documents), documents_to_csv(documents)
    finally:
        i18n.uninstall()
    assert after == before
    assert '"message": "Cancelled"' in before[0] and '"label": "姓名"' in before[0] and '"key": "name"' in before[0]


def test_every_field_and_doc_type_name_is_translated_as_its_table_says(zh_cn: dict[tuple[str, str], str]) -> None:
    from ocrdesk.doctypes import DOC_TYPE_LABELS, FIELD_NAMES, FIELD_NAMES_BY_TYPE

    for english, chinese in DOC_TYPE_LABELS.values():
        assert zh_cn.get(("DocTypes", english)) == chinese
    for english, chinese in [*FIELD_NAMES.values(), *FIELD_NAMES_BY_TYPE.values()]:
        assert zh_cn.get(("FieldNames", english)) == chinese


def test_missing_settings_and_repair_notes_read_chinese(chinese: list[tuple[str, str]], zh_cn: dict) -> None:
    from ocrdesk.config import resolve_provider_config
    from ocrdesk.errors import ConfigError
    from ocrdesk.extraction.notices import shown_note
    from ocrdesk.providers import provider_class

    with pytest.raises(ConfigError) as caught:
        resolve_provider_config(
            provider_class("tencent-cloud"),
            environ={},
            store=_NoSecrets(),
            settings=_NoSettings(),  # type: ignore[arg-type]
        )
    english = str(caught.value)
    assert english.startswith("Tencent Cloud OCR (API 3.0) (tencent-cloud) is missing required setting(s): secret_id")
    chinese_text = shown(caught.value.message)
    assert "缺少必填设置：secret_id" in chinese_text and "“设置 → 识别服务…”" in chinese_text
    assert shown_note("check digit: Z→2") == "校验位：Z→2"
    assert not _untranslated(chinese, zh_cn)


class _NoSecrets:
    def get(self, provider_id: str, name: str) -> None:
        return None


class _NoSettings:
    def get(self, provider_id: str, name: str) -> None:
        return None


def test_the_command_line_stays_english_with_a_chinese_translator(
    chinese: list[tuple[str, str]], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from ocrdesk.cli import main

    code = main(["recognize", "--provider", "local", str(tmp_path / "gone.jpg"), str(tmp_path / "folder")])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert "gone.jpg: no such file or folder" in err
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in err), err
