"""The field table in a Chinese window, with the real zh_CN catalogue: canonical fields by their Chinese
names, validation problems in Chinese, while the document keeps its key, label and English problems."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from ocrdesk.errors import ConfigError
from ocrdesk.export import documents_to_json
from ocrdesk.model import Box, DocStatus, Document, Field
from ocrdesk.providers.cloud.http import vendor_error
from ocrdesk.providers.tencent_cloud.errors import ERRORS
from ocrdesk.ui.fields.panel import FieldsPanel
from ocrdesk.ui.fields.table import LABEL, VALUE
from ocrdesk.ui.state import AppState
from ocrdesk.ui.tasks import readable_error
from ocrdesk.validation.checks import id_check_digit

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen
Role = Qt.ItemDataRole
FIRST17 = "11010519900307123"
GOOD_ID = FIRST17 + id_check_digit(FIRST17)  # check digit 9
BAD_ID = FIRST17 + "6"  # a misread check digit


def _card() -> Document:
    return Document(
        source="card.png",
        status=DocStatus.OK,
        provider="local",
        doc_type="idcard_front",
        fields=[
            Field("name", "姓名", "张三", 0.99, Box(10, 10, 80, 30)),
            Field("id_number", "公民身份号码", BAD_ID, 0.95, Box(10, 40, 300, 60)),
            Field("remark", "Remark", "x", 0.9, None),
        ],
    )


def _panel(qtbot: Any) -> tuple[AppState, FieldsPanel]:
    state = AppState()
    panel = FieldsPanel(state)
    qtbot.addWidget(panel)
    panel.resize(520, 320)
    panel.show()
    return state, panel


def test_a_chinese_window_names_fields_and_problems_in_chinese(qtbot: Any, chinese: None) -> None:
    state, panel = _panel(qtbot)
    document = _card()
    exported_before = documents_to_json([document])
    state.replace_document(document)
    model, table = panel.model, panel.table
    assert model.index(0, LABEL).data() == "姓名"
    assert model.index(1, LABEL).data() == "公民身份号码"
    assert model.index(2, LABEL).data() == "Remark"  # no canonical name: the provider's label
    tip = model.index(1, VALUE).data(Role.ToolTipRole)
    assert "校验位应为 9，而不是 6" in tip and "check digit" not in tip

    # the operator corrects the check digit by typing, as in the window
    table.setCurrentIndex(model.index(1, VALUE))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.findChild(QLineEdit)
    assert editor is not None and editor.text() == BAD_ID
    editor.selectAll()
    qtbot.keyClicks(editor, FIRST17[:15])
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: document.fields[1].value == FIRST17[:15])
    tip = model.index(1, VALUE).data(Role.ToolTipRole)
    assert "15 位旧版身份证号码" in tip

    # what is kept and exported did not change language: key, the provider's label, English problems
    assert (document.fields[0].key, document.fields[0].label) == ("name", "姓名")
    assert model.problems["id_number"] == [
        "15-digit ID number (legacy, issued before 1999): ask for the 18-digit number"
    ]
    document.fields[1].value = BAD_ID
    assert documents_to_json([document]) == exported_before


def test_a_chinese_window_words_errors_in_chinese(chinese: None) -> None:
    arrears = vendor_error("Tencent Cloud OCR (API 3.0)", "FailedOperation.ArrearsError", None, ERRORS)
    assert readable_error(arrears) == "账号已欠费 — 腾讯云 OCR（API 3.0） 错误 FailedOperation.ArrearsError"
    assert readable_error(FileNotFoundError(2, "No such file or directory", "a.png")) == "a.png: 文件或文件夹不存在"
    assert readable_error(ConfigError("token is missing")).endswith("请在“设置 → 识别服务…”中设置")


def test_an_english_window_names_canonical_fields_in_english(qtbot: Any) -> None:
    state, panel = _panel(qtbot)
    state.replace_document(_card())
    assert panel.model.index(0, LABEL).data() == "Name"
    assert panel.model.index(1, LABEL).data() == "ID number"
    assert "check digit should be 9, not 6" in panel.model.index(1, VALUE).data(Role.ToolTipRole)


def test_a_failed_documents_row_says_why_in_chinese(qtbot: Any, chinese: None, tmp_path: Any) -> None:
    from ocrdesk.errors import ImageLoadError
    from ocrdesk.imaging import load_image
    from ocrdesk.model import ErrorInfo
    from ocrdesk.ui.queue.list_view import detail_text
    from ocrdesk.workspace import Entry

    empty = tmp_path / "scan.png"
    empty.write_bytes(b"")
    with pytest.raises(ImageLoadError) as caught:
        load_image(empty)
    failed = Document(
        source=str(empty), status=DocStatus.ERROR, error=ErrorInfo(caught.value.code, caught.value.message)
    )
    assert detail_text(Entry(1, failed, None)) == "文件为空"
    assert failed.error is not None and failed.error.message == "scan.png: file is empty"  # kept in English
