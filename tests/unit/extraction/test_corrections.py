"""Repair rules: each repairs a typical misread visibly, and leaves what it cannot decide as read."""

from __future__ import annotations

import pytest

from ocrdesk.extraction.corrections import (
    repair,
    repair_card_number,
    repair_credit_code,
    repair_ethnicity,
    repair_id_number,
    repair_sex,
    repair_vin,
)
from ocrdesk.validation.checks import check_credit_code, uscc_check_char, vin_check_char
from tests.unit.extraction.helpers import id_number

NUMBER = id_number("11010519900307123")
CARD = "6222021234567894"


def test_id_letters_in_digit_places_become_digits_when_the_check_digit_holds() -> None:
    result = repair_id_number(NUMBER.replace("0", "O", 1), "1990年3月7日", "男")
    assert (result.value, result.notes, result.warnings) == (NUMBER, ["digit: O→0"], [])


def test_id_check_character_x_forms() -> None:
    first17 = next(f"1101051990030712{d}" for d in "0123456789" if id_number(f"1101051990030712{d}")[-1] == "X")
    for read in ("x", "×"):
        result = repair_id_number(first17 + read)
        assert result.value == first17 + "X" and result.notes == [f"check digit: {read}→X"]


def test_id_digit_misread_inside_the_birth_date_repaired_from_the_printed_date() -> None:
    misread = NUMBER[:10] + "8" + NUMBER[11:]  # month 03 read as 83
    result = repair_id_number(misread, "1990年3月7日", "男")
    assert result.value == NUMBER and result.notes == ["birth date: 8→0"]


def test_id_that_no_single_misread_explains_is_left_and_flagged() -> None:
    wrong = NUMBER[:2] + "9" + NUMBER[3:-1] + ("0" if NUMBER[-1] != "0" else "1")
    result = repair_id_number(wrong, "1990年3月7日", "男")
    assert result.value == wrong and result.notes == [] and result.warnings


def test_id_of_the_wrong_length_is_flagged() -> None:
    assert repair_id_number(NUMBER[:-2]).warnings == ["ID number has 16 characters, not 18"]


def test_card_number_letters_become_digits_and_a_luhn_failure_is_flagged_not_guessed() -> None:
    assert repair_card_number("6222 O212 3456 7894").value == CARD
    assert repair_card_number(CARD).notes == []
    broken = repair_card_number(CARD[:-1] + "0")  # which digit is wrong cannot be told: flagged
    assert broken.value == CARD[:-1] + "0" and broken.warnings


def test_credit_code_letters_that_never_occur_and_check_character() -> None:
    first17 = "91110105MA01ABCD1"
    code = first17 + uscc_check_char(first17)
    assert check_credit_code(code) == []
    misread = code.replace("0", "O")
    result = repair_credit_code(misread)
    assert result.value == code and all(note == "credit code: O→0" for note in result.notes)
    assert repair_credit_code(code[:-1]).warnings


def test_vin_letters_and_check_character() -> None:
    body = "LSVAU2180N2183294"
    vin = body[:8] + vin_check_char(body) + body[9:]
    assert repair_vin(vin).notes == []
    assert repair_vin(vin.replace("0", "O")).value == vin
    broken = vin[:8] + ("1" if vin[8] != "1" else "2") + vin[9:]
    assert repair_vin(broken).warnings


@pytest.mark.parametrize(
    ("read", "value", "noted"), [("汉", "汉", False), ("汊", "汉", True), ("维吾尓", "维吾尔", True)]
)
def test_ethnicity_vocabulary(read: str, value: str, noted: bool) -> None:
    result = repair_ethnicity(read)
    assert result.value == value and bool(result.notes) is noted


def test_unknown_ethnicity_is_flagged_not_guessed() -> None:
    result = repair_ethnicity("火星")
    assert result.value == "火星" and result.warnings


def test_sex() -> None:
    assert repair_sex("男").value == "男"
    assert repair_sex("另").notes == ["sex: 另→男"]
    assert repair_sex("X").warnings


def test_dates_and_periods() -> None:
    assert repair("date_cn", "199O年3月7日").value == "1990年3月7日"
    assert repair("date_cn", "1990年2月30日").warnings
    assert repair("period", "2015.03.01—2035.03.01").value == "2015.03.01-2035.03.01"


def test_vocabularies_by_name() -> None:
    company = repair("vocabulary", "有限责任公司(自然人投资或控股)", "company_types")
    assert company.value == "有限责任公司（自然人投资或控股）"  # as printed, full-width brackets
    assert repair("vocabulary", "小型轿午", "vehicle_types").value == "小型轿车"


def test_a_wrong_digit_outside_the_birth_date_is_never_guessed() -> None:
    # one of ~11 single-digit changes passes the check by chance: 11810119900102123X would, and is wrong
    result = repair_id_number("11010119900102123X", "1990年1月2日", "男")
    assert result.value == "11010119900102123X" and result.notes == [] and result.warnings


def test_credit_code_letters_blur_runs_together_are_repaired_by_the_check_character() -> None:
    assert check_credit_code("91140105DUUBRDGR4P") == []
    result = repair_credit_code("91140105DUUBRDCR4P")  # G read as C from a blurred invoice
    assert result.value == "91140105DUUBRDGR4P"
    assert result.notes == ["check character: C→G"]
