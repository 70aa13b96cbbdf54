"""Validators for Chinese documents, with real-world edge cases."""

from __future__ import annotations

import datetime as dt

import pytest

from ocrdesk.model import Field
from ocrdesk.validation import normalise_date, validate_fields
from ocrdesk.validation.checks import (
    check_bank_card,
    check_credit_code,
    check_id_number,
    check_plate,
    id_check_digit,
    id_sex,
    uscc_check_char,
)
from ocrdesk.validation.dates import parse_date, parse_period

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(
    "number",
    [
        "11010519491231002X",  # the standard's own example: check digit X
        "11010520000229001" + id_check_digit("11010520000229001"),  # born on a leap day
        "440305199912310011",
        "1101051949 1231 002x",  # spaces and a lower-case x as operators type them
    ],
)
def test_valid_id_numbers(number: str) -> None:
    assert check_id_number(number, TODAY) == []


def test_id_number_problems_name_the_cause() -> None:
    assert "check digit should be X" in check_id_number("110105194912310021", TODAY)[0]
    assert "legacy" in check_id_number("110105491231002", TODAY)[0]
    assert "18 characters" in check_id_number("1101051949123100", TODAY)[0]
    feb30 = "11010519900230" + "001"
    assert any("not a real date" in p for p in check_id_number(feb30 + id_check_digit(feb30), TODAY))
    future = "11010520300101" + "001"
    assert any("impossible" in p for p in check_id_number(future + id_check_digit(future), TODAY))
    nowhere = "99010519491231002"
    assert any("province" in p for p in check_id_number(nowhere + id_check_digit(nowhere), TODAY))
    assert "digits and a final X" in check_id_number("11010519491231002Y", TODAY)[0]


def test_sex_from_id_number() -> None:
    assert id_sex("11010519491231002X") == "女"  # 17th digit 2: even
    assert id_sex("440305199912310011") == "男"


def test_bank_cards_luhn() -> None:
    assert check_bank_card("4111 1111 1111 1111") == []
    assert check_bank_card("6212262201023557228") == []  # 19 digits
    assert check_bank_card("4111111111111112") == ["Luhn check fails: a digit is misread"]
    assert "13 to 19" in check_bank_card("411111111111")[0]
    assert "only digits" in check_bank_card("4111-1111-1111-111O")[0]


def test_credit_codes() -> None:
    assert check_credit_code("91350100M000100Y43") == []
    assert uscc_check_char("91110000100001342") == "C"
    assert "should be C" in check_credit_code("911100001000013428")[0]
    assert "never appear" in check_credit_code("91350100M000100I43")[0]
    assert "18 characters" in check_credit_code("9135010")[0]


@pytest.mark.parametrize(
    "plate", ["京A12345", "粤B·D12345", "粤BD12345", "沪A12345D", "苏E1234学", "川A12345", "京A1234警"]
)
def test_valid_plates(plate: str) -> None:
    assert check_plate(plate) == []


@pytest.mark.parametrize("plate", ["京I12345", "A12345", "京A1234", "京AD1234567", "京A12O45"])
def test_invalid_plates(plate: str) -> None:
    assert check_plate(plate)


def test_dates_in_provider_formats() -> None:
    for text in ("1990-03-15", "1990.03.15", "1990/3/15", "1990年3月15日", "19900315", "１９９０.０３.１５"):
        assert normalise_date(text) == "1990-03-15", text
    assert parse_date("1990-02-30") is None
    assert normalise_date("not a date") is None


def test_validity_periods() -> None:
    assert parse_period("2016.01.01-2036.01.01") is not None
    assert parse_period("2016-01-01至2036-01-01") is not None
    period = parse_period("2016.01.01-长期")
    assert period is not None and period.long_term
    assert parse_period("garbage") is None


def _fields(doc: dict[str, str]) -> list[Field]:
    return [Field(key=k, label=k, ocr_value=v) for k, v in doc.items()]


def test_validate_fields_per_key_and_cross_checks() -> None:
    good = _fields({"name": "张三", "sex": "女", "birth_date": "1949年12月31日", "id_number": "11010519491231002X"})
    assert validate_fields(good, "idcard_front", TODAY) == {}
    bad = _fields({"sex": "男", "birth_date": "1950.01.01", "id_number": "11010519491231002X"})
    problems = validate_fields(bad, "idcard_front", TODAY)
    assert "differs from the sex" in problems["sex"][0]
    assert "1949-12-31" in problems["birth_date"][0]
    back = _fields({"authority": "北京市公安局", "valid_period": "2006.03.05-2016.03.05"})
    assert "expired on 2016-03-05" in validate_fields(back, "idcard_back", TODAY)["valid_period"][0]
    reversed_period = _fields({"valid_period": "2030.01.01-2020.01.01"})
    assert "ends before it starts" in validate_fields(reversed_period, "idcard_back", TODAY)["valid_period"][0]
    card = _fields({"card_number": "4111111111111112"})
    assert "Luhn" in validate_fields(card, "bank_card", TODAY)["card_number"][0]
    assert validate_fields(card, "travel_permit", TODAY) == {}  # not a bank card number there
    empty = _fields({"id_number": ""})
    assert validate_fields(empty, "idcard_front", TODAY) == {}


def test_edits_are_validated_against_value_not_ocr_value() -> None:
    field = Field(key="id_number", label="公民身份号码", ocr_value="110105194912310021")
    assert validate_fields([field], "idcard_front", TODAY)
    field.value = "11010519491231002X"
    assert validate_fields([field], "idcard_front", TODAY) == {}
