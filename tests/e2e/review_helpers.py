"""Providers and helpers for the review-workflow tests: a 6-field ID card with one wrong value,
documents for every validator, and a region reader whose boxes can be checked after mapping back.

Importable by a subprocess too (the crash-recovery driver puts the repository on PYTHONPATH).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ocrdesk.doctypes import DocType, line_key, line_label
from ocrdesk.imaging import SourceImage
from ocrdesk.model import Box, Field
from ocrdesk.providers.base import CancelToken, Provider, Recognition
from ocrdesk.ui.fields.editor import FieldEditor
from ocrdesk.ui.fields.table import VALUE
from ocrdesk.ui.main_window import MainWindow
from ocrdesk.validation.checks import id_check_digit

ID_FIRST17 = "11010519900307123"  # Beijing Chaoyang, born 1990-03-07, odd 17th digit: male
GOOD_ID = ID_FIRST17 + id_check_digit(ID_FIRST17)  # ...1239
BAD_ID = ID_FIRST17 + ("0" if GOOD_ID[-1] != "0" else "1")  # one misread check digit

# key, label, value, confidence (all confident: only validation flags the wrong one)
ID_CARD = (
    ("name", "姓名", "张三", 0.99),
    ("sex", "性别", "男", 0.99),
    ("ethnicity", "民族", "汉", 0.98),
    ("birth_date", "出生", "1990年3月7日", 0.97),
    ("address", "住址", "北京市朝阳区建国路88号", 0.93),
    ("id_number", "公民身份号码", BAD_ID, 0.95),
)
REGION_TEXT = ("京A·12345", "备注")  # what the region reader reads, two lines
REGION_LINE_BOXES = (Box(4, 3, 60, 20), Box(8, 22, 40, 36))  # in the crop's pixels


def luhn_complete(prefix: str) -> str:
    """`prefix` plus the Luhn check digit."""
    for digit in "0123456789":
        number = prefix + digit
        total = 0
        for index, char in enumerate(reversed(number)):
            n = int(char)
            if index % 2:
                n = n * 2 - 9 if n > 4 else n * 2
            total += n
        if total % 10 == 0:
            return number
    raise AssertionError("unreachable")


USCC = "91350100M000100Y43"  # a valid unified social credit code (GB 32100 check character 3)
GOOD_CARD = luhn_complete("622202123456789")
BAD_CARD = GOOD_CARD[:-1] + str((int(GOOD_CARD[-1]) + 1) % 10)

# one document per validator: doc type -> (key, label, wrong value, a words of its problem, good value)
VALIDATOR_CASES: dict[DocType, tuple[str, str, str, str, str]] = {
    DocType.IDCARD_FRONT: ("id_number", "公民身份号码", BAD_ID, "check digit", GOOD_ID),
    DocType.BANK_CARD: ("card_number", "卡号", BAD_CARD, "Luhn", GOOD_CARD),
    DocType.BUSINESS_LICENSE: (
        "credit_code",
        "统一社会信用代码",
        "91350100M000100Y44",
        "check character",
        "91350100M000100Y43",
    ),
    DocType.LICENSE_PLATE: ("plate_number", "车牌号", "京I12345", "not a valid plate", "京A12345"),
    DocType.PASSPORT: ("birth_date", "出生日期", "1990年13月45日", "is not a date", "1990年3月7日"),
    DocType.IDCARD_BACK: ("valid_period", "有效期限", "2010.01.01-2020.01.01", "expired", "2020.01.01-2040.01.01"),
}


def band(index: int, count: int, width: int, height: int) -> Box:
    """Field `index` of `count` as a horizontal band of the page."""
    step = height // (count + 1)
    return Box(width // 10, step * index + step // 2, width * 8 // 10, step * index + step // 2 + step * 2 // 3)


class IdCardProvider(Provider):
    """ID card fronts with one misread digit; reads plain text (regions) too."""

    id = "idcards"
    name = "ID card OCR"
    doc_types = (DocType.IDCARD_FRONT, DocType.GENERAL)
    regions_read: list[tuple[int, int]] = []  # noqa: RUF012 - the sizes of the crops it was given

    def recognize(self, image: SourceImage, doc_type: DocType, cancel: CancelToken | None = None) -> Recognition:
        if doc_type == DocType.GENERAL:
            type(self).regions_read.append((image.width, image.height))
            fields = [
                Field(line_key(i), line_label(i), text, 0.9 - i / 10, box.clipped(image.width, image.height))
                for i, (text, box) in enumerate(zip(REGION_TEXT, REGION_LINE_BOXES, strict=True))
            ]
            return Recognition(fields)
        return Recognition(
            [
                Field(key, label, value, confidence, band(i, len(ID_CARD), image.width, image.height))
                for i, (key, label, value, confidence) in enumerate(ID_CARD)
            ]
        )


class ValidatorProvider(Provider):
    """One wrong value per validated document type, plus a plain field beside it."""

    id = "validators"
    name = "Validator OCR"
    doc_types = tuple(VALIDATOR_CASES)

    def recognize(self, image: SourceImage, doc_type: DocType, cancel: CancelToken | None = None) -> Recognition:
        key, label, value, _problem, _good = VALIDATOR_CASES[doc_type]
        return Recognition(
            [
                Field("note", "备注", "正常", 0.99, band(0, 2, image.width, image.height)),
                Field(key, label, value, 0.95, band(1, 2, image.width, image.height)),
            ]
        )


REGISTRY = {
    "idcards": f"{__name__}:IdCardProvider",
    "validators": f"{__name__}:ValidatorProvider",
}


# -- driving the window ----------------------------------------------------------------------------
def choose(window: MainWindow, provider_id: str, doc_type: str) -> None:
    index = window.provider_combo.findData(provider_id)
    assert index >= 0, provider_id
    window.provider_combo.setCurrentIndex(index)
    index = window.doc_type_combo.findData(doc_type)
    assert index >= 0, doc_type
    window.doc_type_combo.setCurrentIndex(index)


def editor_of(window: MainWindow) -> FieldEditor | None:
    return window.review.editor()


def current_row(window: MainWindow) -> int:
    index = window.table.currentIndex()
    return index.row() if index.isValid() else -1


def row_of(window: MainWindow, key: str) -> int:
    return next(i for i, f in enumerate(window.model.fields) if f.key == key)


def value_index(window: MainWindow, row: int) -> Any:
    return window.model.index(row, VALUE)


class KeyCounter:
    """Sends key presses to whatever has the focus, counting them (the typed correction apart)."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.keys: list[str] = []
        self.typed = 0

    @staticmethod
    def target() -> Any:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.keys.append(f"{modifier.name}+{key.name}" if modifier != Qt.KeyboardModifier.NoModifier else key.name)
        self.qtbot.keyClick(self.target(), key, modifier)

    def type(self, text: str) -> None:
        for char in text:  # one key each, to the focus of the moment (the first opens the editor)
            self.typed += 1
            self.qtbot.keyClicks(self.target(), char)


def commit_text(widget: Any, text: str) -> None:
    """Chinese arrives as an input method's commit string (QTest can only type Latin keys)."""
    from PySide6.QtGui import QInputMethodEvent

    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def write_image(path: Path) -> Path:
    from tests.e2e.conftest import make_image

    return make_image(path, (800, 500))
