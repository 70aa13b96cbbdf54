"""Bank cards: no labels, the number is the longest digit run; bank name and dates by vocabulary and pattern."""

from __future__ import annotations

from ocrdesk.doctypes import DocType
from ocrdesk.extraction.extract import extract_fields
from tests.unit.extraction.helpers import lines, values

CARD = "6222021234567894"
SIZE = (856, 540)


def test_number_read_as_one_line_with_group_spaces() -> None:
    read = lines(
        [
            ("中国建设银行", 40, 30, 300, 70, 0.98),
            ("China Construction Bank", 40, 75, 360, 100, 0.9),
            ("龙卡储蓄卡 借记卡", 500, 30, 800, 70, 0.9),
            ("6222 0212 3456 7894", 60, 300, 720, 360, 0.96),
            ("VALID THRU 12/28", 300, 380, 560, 410, 0.9),
            ("UnionPay 银联", 640, 440, 820, 500, 0.8),
        ]
    )
    result = extract_fields(DocType.BANK_CARD, read, SIZE)
    assert values(result.fields) == {
        "card_number": CARD,
        "bank_name": "中国建设银行",
        "card_type": "借记卡",
        "card_name": "",
        "valid_date": "12/28",
    }
    number = {f.key: f for f in result.fields}["card_number"]
    assert number.box is not None and number.confidence == 0.96
    assert result.warnings == []


def test_number_read_as_separate_groups_with_a_misread_letter() -> None:
    read = lines(
        [
            ("招商银行", 40, 30, 240, 70, 0.98),
            ("6222", 60, 300, 200, 360, 0.97),
            ("O212", 230, 300, 370, 360, 0.91),
            ("3456", 400, 300, 540, 360, 0.95),
            ("7894", 570, 300, 710, 360, 0.96),
            ("12/28", 300, 380, 400, 410, 0.9),
        ]
    )
    result = extract_fields(DocType.BANK_CARD, read, SIZE)
    number = {f.key: f for f in result.fields}["card_number"]
    assert (number.ocr_value, number.value, number.corrections) == ("6222O21234567894", CARD, ["digit: O→0"])
    assert number.confidence == 0.91
    assert number.box is not None and (number.box.left, number.box.right) == (60, 710)
    assert values(result.fields)["bank_name"] == "招商银行"


def test_phone_numbers_and_short_runs_are_not_card_numbers() -> None:
    read = lines([("客服热线95533", 40, 30, 300, 70, 0.98), ("No.12345678", 40, 300, 300, 340, 0.9)])
    result = extract_fields(DocType.BANK_CARD, read, SIZE)
    assert values(result.fields)["card_number"] == ""
    assert "卡号 (card_number) not found" in result.warnings
