"""The total in capital numerals, written from a total its amount and tax confirm."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ocrdesk.doctypes import DocType
from ocrdesk.extraction.crosscheck import cross_check
from ocrdesk.extraction.extract import extract_fields
from ocrdesk.extraction.money import in_words, total_confirmed
from ocrdesk.model import Field
from tests.unit.extraction.helpers import lines, values


@pytest.mark.parametrize(
    ("figures", "words"),
    [
        ("1308.63", "壹仟叁佰零捌圆陆角叁分"),
        ("200", "贰佰圆整"),
        ("19604.12", "壹万玖仟陆佰零肆圆壹角贰分"),
        ("128763.43", "壹拾贰万捌仟柒佰陆拾叁圆肆角叁分"),
        ("1.05", "壹圆零伍分"),
        ("0.50", "零圆伍角整"),
        ("100000.10", "壹拾万圆壹角整"),
        ("10001.00", "壹万零壹圆整"),
    ],
)
def test_capital_numerals_as_invoices_print_them(figures: str, words: str) -> None:
    assert in_words(Decimal(figures)) == words


def test_total_confirmed_only_when_amount_and_tax_add_up() -> None:
    assert total_confirmed("18494.45", "1109.67", "19604.12") == Decimal("19604.12")
    assert total_confirmed("2150.97", "11.51", "1382.48") is None
    assert total_confirmed("18494.45", "", "19604.12") is None
    assert total_confirmed("18494.45", "1109.67", "¥19604.12") is None


def _fields(words: str, amount: str = "18494.45", tax: str = "1109.67", total: str = "19604.12") -> list[Field]:
    return [
        Field(key="amount", label="金额", ocr_value=amount),
        Field(key="tax", label="税额", ocr_value=tax),
        Field(key="total", label="价税合计", ocr_value=total),
        Field(key="total_in_words", label="价税合计(大写)", ocr_value=words),
    ]


def test_garbled_capitals_are_rewritten_from_a_confirmed_total() -> None:
    fields = _fields("查万玖仟陆值零肆圆查角贰分")  # as read from a blurred invoice
    assert cross_check(fields) == []
    words = fields[3]
    assert words.value == "壹万玖仟陆佰零肆圆壹角贰分"
    assert words.ocr_value == "查万玖仟陆值零肆圆查角贰分"
    assert words.corrections == ["from the total 19604.12: 查万玖仟陆值零肆圆查角贰分→壹万玖仟陆佰零肆圆壹角贰分"]
    assert not words.edited


def test_capitals_stay_when_the_figures_do_not_add_up() -> None:
    fields = _fields("壹仟壹佰陆拾贰圆肆角捌分", amount="2150.97", tax="11.51", total="1382.48")
    assert cross_check(fields) == []
    assert fields[3].value == "壹仟壹佰陆拾贰圆肆角捌分"
    assert fields[3].corrections == []


def test_capitals_of_another_amount_are_flagged_not_rewritten() -> None:
    fields = _fields("贰佰圆整")
    warnings = cross_check(fields)
    assert fields[3].value == "贰佰圆整"
    assert len(warnings) == 1 and "verify" in warnings[0]


def test_blurred_invoice_lines_give_the_capitals_of_the_total() -> None:
    read = lines(
        [
            ("合计", 92, 576, 158, 600, 1.00),
            ("V18494.45", 967, 569, 1075, 599, 0.98),
            ("W1109.67", 1275, 566, 1372, 597, 0.93),  # the ¥ before the tax read as W
            ("价税合计（大写）", 60, 628, 195, 657, 0.99),
            ("查万玖仟陆值零肆圆查角贰分", 225, 628, 505, 657, 0.90),
            ("(小)", 1072, 626, 1128, 659, 0.96),
            ("V19604.12", 1135, 621, 1243, 655, 0.96),
        ]
    )
    got = values(extract_fields(DocType.VAT_INVOICE, read, (1600, 933)).fields)
    assert got == got | {
        "amount": "18494.45",
        "tax": "1109.67",
        "total": "19604.12",
        "total_in_words": "壹万玖仟陆佰零肆圆壹角贰分",
    }


def test_heavily_garbled_capitals_with_their_units_in_place_are_rewritten() -> None:
    fields = _fields("拾贰万提纤能自陆给参频肆角参分", amount="125013.04", tax="3750.39", total="128763.43")
    assert cross_check(fields) == []
    assert fields[3].value == "壹拾贰万捌仟柒佰陆拾叁圆肆角叁分"
