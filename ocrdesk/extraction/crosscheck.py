"""Rules across fields: a resident ID number whose check digit holds fixes the birth date and sex beside it;
an invoice total confirmed by its amount and tax fixes the total in capital numerals."""

from __future__ import annotations

import datetime as dt
import re

from ocrdesk.extraction.money import in_words, total_confirmed
from ocrdesk.extraction.notices import warning
from ocrdesk.extraction.vocab import edit_distance
from ocrdesk.i18n import QT_TRANSLATE_NOOP
from ocrdesk.model import Field
from ocrdesk.validation.checks import compact, id_birth_date, id_check_digit, id_sex
from ocrdesk.validation.dates import parse_date

# Fields that hold a resident ID number (a driver licence number is the holder's ID number).
ID_KEYS = ("id_number", "license_number")


def cross_check(fields: list[Field]) -> list[str]:
    by_key = {f.key: f for f in fields}
    return _invoice_words(by_key) + _id_number(by_key)


def _invoice_words(by_key: dict[str, Field]) -> list[str]:
    """The capitals (大写) rewritten from a total that amount + tax confirm, when they were read garbled."""
    words = by_key.get("total_in_words")
    if words is None or not words.value or not all(k in by_key for k in ("amount", "tax", "total")):
        return []
    total = total_confirmed(by_key["amount"].value, by_key["tax"].value, by_key["total"].value)
    if total is None:
        return []
    derived = in_words(total)
    current = words.value
    if current == derived:
        return []
    # blur garbles up to about half the capitals (the units 万 圆 角 分 survive best) while the three
    # figures agree; a text unlike them in over two thirds of its places is another amount: flag it
    limit = 2 * len(derived) // 3
    if edit_distance(current, derived, limit) > limit:
        template = QT_TRANSLATE_NOOP(
            "FieldWarnings", "{label}: '{value}' disagrees with the total {total} ({derived}): verify it"
        )
        return [warning(template, label=words.label, value=current, total=total, derived=derived)]
    words.value = derived
    words.corrected_value = derived
    words.corrections = [*words.corrections, f"from the total {total}: {current}→{derived}"]
    return []


def _id_number(by_key: dict[str, Field]) -> list[str]:
    number = next((compact(by_key[k].value or "") for k in ID_KEYS if k in by_key and _valid(by_key[k].value)), None)
    if number is None:
        return []
    warnings: list[str] = []
    birth = id_birth_date(number)
    birth_field = by_key.get("birth_date")
    if birth is not None and birth_field is not None and (birth_field.value or ""):
        warnings += _fix(
            birth_field, parse_date(birth_field.value or "") != birth, _format_like(birth, birth_field.value or "")
        )
    sex = id_sex(number)
    sex_field = by_key.get("sex")
    if sex is not None and sex_field is not None and (sex_field.value or ""):
        warnings += _fix(sex_field, sex_field.value != sex, sex)
    return warnings


def _valid(value: str | None) -> bool:
    number = compact(value or "")
    return len(number) == 18 and number[:17].isdigit() and id_check_digit(number[:17]) == number[17]


def _fix(item: Field, differs: bool, derived: str) -> list[str]:
    current = item.value or ""
    if not differs:
        return []
    # a misread differs in a character or two; more means another person's card: flag, do not rewrite
    if edit_distance(current, derived, 2) > 2:
        template = QT_TRANSLATE_NOOP(
            "FieldWarnings", "{label}: '{value}' disagrees with the ID number ({derived}): verify it"
        )
        return [warning(template, label=item.label, value=current, derived=derived)]
    item.value = derived
    item.corrected_value = derived
    item.corrections = [*item.corrections, f"from ID number: {current}→{derived}"]
    return []


def _format_like(date: dt.date, printed: str) -> str:
    """`date` written the way the document prints dates (1990年3月5日, 1990-03-05, 1990.03.05, 19900305)."""
    if "年" in printed:
        padded = re.search(r"年0\d", printed) is not None
        month, day = (f"{date.month:02d}", f"{date.day:02d}") if padded else (str(date.month), str(date.day))
        return f"{date.year}年{month}月{day}日"
    match = re.search(r"\d{4}([-./])\d", printed)
    if match:
        sep = match.group(1)
        return f"{date.year}{sep}{date.month:02d}{sep}{date.day:02d}"
    return date.strftime("%Y%m%d")
