"""Repairs of misread values by the rules the documents obey: check digits, calendars, vocabularies.

Every change is reported as a readable note ("check digit: Z→2"); a rule that cannot decide leaves the
value as read and says so in a warning. Check digits come from ocrdesk.validation, never a second copy.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ocrdesk.extraction import vocab
from ocrdesk.extraction.anchors import EDGE_PUNCTUATION, TRAILING_NOISE
from ocrdesk.extraction.notices import warning
from ocrdesk.i18n import QT_TRANSLATE_NOOP, Text
from ocrdesk.validation.checks import (
    check_bank_card,
    check_credit_code,
    check_vin,
    id_check_digit,
)
from ocrdesk.validation.dates import parse_date

# Letters OCR reads for digits; where only a digit can stand, the letter can only be this digit.
LETTER_DIGITS = {
    "O": "0",
    "o": "0",
    "D": "0",
    "Q": "0",
    "U": "0",
    "I": "1",
    "l": "1",
    "i": "1",
    "|": "1",
    "L": "1",
    "Z": "2",
    "z": "2",
    "S": "5",
    "s": "5",
    "B": "8",
    "G": "6",
    "b": "6",
    "g": "9",
    "q": "9",
    "T": "7",
}
# Characters of the resident ID's check position that mean X.
X_LIKE = frozenset("xX×KkＸ")
# Single-character vocabulary words (民族) that look alike; edit distance cannot tell them apart.
CHAR_LOOKALIKES = {
    "汊": "汉",
    "汗": "汉",
    "漢": "汉",
    "议": "汉",
    "囘": "回",
    "苖": "苗",
    "满": "满",
    "蒲": "满",
    "壯": "壮",
}


@dataclass
class Repair:
    value: str
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def tidy(text: str) -> str:
    return text.lstrip(EDGE_PUNCTUATION).rstrip(TRAILING_NOISE)


def digits_forced(text: str, notes: list[str], what: str) -> str | None:
    """`text` with look-alike letters read as the digits they must be; None if another character is in it."""
    out = []
    for char in text:
        if char.isdigit():
            out.append(char)
        elif char in LETTER_DIGITS:
            out.append(LETTER_DIGITS[char])
            notes.append(f"{what}: {char}→{LETTER_DIGITS[char]}")
        else:
            return None
    return "".join(out)


def _id_valid(number: str) -> bool:
    return len(number) == 18 and number[:17].isdigit() and id_check_digit(number[:17]) == number[17]


def repair_id_number(text: str, birth: str = "", sex: str = "") -> Repair:
    """GB 11643 number: letters in digit places read as digits, or one digit of the birth date that the
    printed birth date, the check digit and the sex agree on; undecidable → as read, with a warning."""
    raw = tidy(text)
    if len(raw) != 18:
        return Repair(
            raw,
            warnings=[
                warning(QT_TRANSLATE_NOOP("FieldWarnings", "ID number has {count} characters, not 18"), count=len(raw))
            ]
            if raw
            else [],
        )
    notes: list[str] = []
    head = digits_forced(raw[:17], notes, "digit")
    if head is None:
        return Repair(
            raw, warnings=[warning(QT_TRANSLATE_NOOP("FieldWarnings", "ID number holds characters that are no digits"))]
        )
    last = raw[17]
    if last in X_LIKE:
        last_fixed = "X"
    elif last.isdigit():
        last_fixed = last
    else:
        last_fixed = LETTER_DIGITS.get(last, last)
    if last_fixed != last:
        notes.append(f"check digit: {last}→{last_fixed}")
    number = head + last_fixed
    birth_digits = _birth_digits(birth)
    if _id_valid(number):
        # the check digit confirms every digit: a birth date or sex that disagrees is the misread one
        return Repair(number, notes)

    # one digit confusion, constrained by the birth date and sex printed on the same card
    def valid(candidate: str) -> bool:
        return _id_valid(candidate) and _agrees(candidate, birth_digits, sex)

    # A digit misread as another digit: only the birth date printed beside it can say which one. Elsewhere
    # one change in ~11 passes the check by chance, so a lone passing candidate would be a guess.
    if birth_digits is not None and number[6:14] != birth_digits:
        differing = [i for i in range(6, 14) if number[i] != birth_digits[i - 6]]
        if len(differing) == 1:
            i = differing[0]
            candidate = number[:i] + birth_digits[i - 6] + number[i + 1 :]
            if _id_valid(candidate) and _agrees(candidate, birth_digits, sex):
                return Repair(candidate, [*notes, f"birth date: {number[i]}→{candidate[i]}"])
    return Repair(
        raw,
        warnings=[
            warning(
                QT_TRANSLATE_NOOP(
                    "FieldWarnings", "ID number check digit fails and no single misread explains it: verify it"
                )
            )
        ],
    )


def _birth_digits(birth: str) -> str | None:
    parsed = parse_date(birth)
    return parsed.strftime("%Y%m%d") if parsed else None


def _agrees(number: str, birth_digits: str | None, sex: str) -> bool:
    if birth_digits is not None and number[6:14] != birth_digits:
        return False
    if sex in ("男", "女") and number[16].isdigit():
        return ("男" if int(number[16]) % 2 else "女") == sex
    return True


def repair_card_number(text: str) -> Repair:
    raw = re.sub(r"\s+", "", tidy(text))
    notes: list[str] = []
    number = digits_forced(raw, notes, "digit")
    if number is None or not 13 <= len(number) <= 19:
        return Repair(
            raw,
            warnings=[warning(QT_TRANSLATE_NOOP("FieldWarnings", "card number is not 13 to 19 digits"))] if raw else [],
        )
    if not check_bank_card(number):
        return Repair(number, notes)
    # one digit in ten passes Luhn by chance: which digit is misread cannot be told, so it is only flagged
    return Repair(
        raw, warnings=[warning(QT_TRANSLATE_NOOP("FieldWarnings", "card number fails the Luhn check: verify it"))]
    )


_USCC_LETTERS = {"O": "0", "I": "1", "Z": "2", "S": "5", "V": "U"}
# Letters and digits that look alike and may both stand in a credit code: tried one at a time
# (C/G and M/N run together once a photo is blurred).
_USCC_CONFUSIONS = {
    "8": "B",
    "B": "8",
    "0": "DQ",
    "D": "0",
    "Q": "0",
    "6": "G",
    "G": "6C",
    "C": "G",
    "M": "N",
    "N": "M",
}


def repair_credit_code(text: str) -> Repair:
    raw = re.sub(r"\s+", "", tidy(text)).upper()
    notes = [f"credit code: {c}→{_USCC_LETTERS[c]}" for c in raw if c in _USCC_LETTERS]
    code = "".join(_USCC_LETTERS.get(c, c) for c in raw)
    if len(code) != 18:
        return Repair(
            raw,
            warnings=[
                warning(
                    QT_TRANSLATE_NOOP("FieldWarnings", "credit code has {count} characters, not 18"), count=len(code)
                )
            ]
            if raw
            else [],
        )
    if not check_credit_code(code):
        return Repair(code, notes)
    candidates = []
    for index, char in enumerate(code):
        for replacement in _USCC_CONFUSIONS.get(char, ""):
            candidate = code[:index] + replacement + code[index + 1 :]
            if not check_credit_code(candidate):
                candidates.append((candidate, f"{char}→{replacement}"))
    if len(candidates) == 1:
        return Repair(candidates[0][0], [*notes, f"check character: {candidates[0][1]}"])
    return Repair(
        raw, warnings=[warning(QT_TRANSLATE_NOOP("FieldWarnings", "credit code check character fails: verify it"))]
    )


def repair_vin(text: str) -> Repair:
    raw = re.sub(r"\s+", "", tidy(text)).upper()
    letters = {"I": "1", "O": "0", "Q": "0"}
    notes = [f"VIN: {c}→{letters[c]}" for c in raw if c in letters]
    vin = "".join(letters.get(c, c) for c in raw)
    if len(vin) != 17:
        return Repair(
            raw,
            warnings=[warning(QT_TRANSLATE_NOOP("FieldWarnings", "VIN has {count} characters, not 17"), count=len(vin))]
            if raw
            else [],
        )
    if not check_vin(vin):
        return Repair(vin, notes)
    return Repair(vin, notes, [warning(QT_TRANSLATE_NOOP("FieldWarnings", "VIN check character fails: verify it"))])


def repair_vocabulary(text: str, words: tuple[str, ...], what: str) -> Repair:
    raw = tidy(text)
    if not raw or raw in words:
        return Repair(raw)
    # vocabularies are written with the full-width brackets documents print; OCR often gives ASCII ones
    normalized = raw.replace("(", "（").replace(")", "）")
    if normalized in words:
        return Repair(normalized)
    found = CHAR_LOOKALIKES.get(raw) if len(raw) == 1 else vocab.nearest(normalized, words)
    if found and found in words:
        return Repair(found, [f"{what}: {raw}→{found}"])
    return Repair(
        raw,
        warnings=[
            warning(
                QT_TRANSLATE_NOOP("FieldWarnings", "'{value}' is not a known {what}: verify it"),
                value=raw,
                what=Text("FieldWarnings", what),
            )
        ],
    )


def repair_ethnicity(text: str) -> Repair:
    raw = tidy(text)
    stem = raw[:-1] if raw.endswith("族") and raw[:-1] in vocab.ETHNICITIES else raw
    repaired = repair_vocabulary(stem, vocab.ETHNICITIES, "ethnicity")
    if stem != raw and not repaired.notes:
        repaired.value = raw  # printed with 族: keep what the card says
    return repaired


_SEX_LOOKALIKES = {"男": "男", "女": "女", "另": "男", "舅": "男", "田": "男", "力": "男", "毋": "女", "囡": "女"}


def repair_sex(text: str) -> Repair:
    raw = tidy(text)
    hits = {_SEX_LOOKALIKES[c] for c in raw if c in _SEX_LOOKALIKES}
    if len(hits) == 1:
        value = hits.pop()
        return Repair(value, [] if raw == value else [f"sex: {raw}→{value}"])
    return Repair(
        raw,
        warnings=[warning(QT_TRANSLATE_NOOP("FieldWarnings", "'{value}' is no sex (男/女): verify it"), value=raw)]
        if raw
        else [],
    )


_DATE_CN = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?$")


def repair_date(text: str) -> Repair:
    raw = tidy(text)
    notes: list[str] = []
    fixed = "".join(LETTER_DIGITS.get(c, c) if c not in "年月日" else c for c in raw)
    if fixed != raw:
        notes = [f"digit: {a}→{b}" for a, b in zip(raw, fixed, strict=True) if a != b]
    if parse_date(fixed) is None and not _DATE_CN.match(fixed):
        return Repair(
            raw,
            warnings=[warning(QT_TRANSLATE_NOOP("FieldWarnings", "'{value}' is not a date: verify it"), value=raw)]
            if raw
            else [],
        )
    if parse_date(fixed) is None:
        return Repair(
            raw,
            warnings=[
                warning(QT_TRANSLATE_NOOP("FieldWarnings", "'{value}' is no calendar date: verify it"), value=raw)
            ],
        )
    return Repair(fixed, notes)


def repair_period(text: str) -> Repair:
    raw = tidy(text)
    # dashes OCR reads as — – ~ or 一 are the printed "-"; 至 is printed as such and kept
    value = re.sub(r"(?<=[\d.])[—–~一]+(?=\d|长期)", "-", raw).replace("--", "-")
    return Repair(value, [] if value == raw else [f"period: {raw}→{value}"])


def repair_text(text: str) -> Repair:
    return Repair(tidy(text))


def repair_digits(text: str) -> Repair:
    raw = tidy(text)
    notes: list[str] = []
    digits = digits_forced(raw, notes, "digit")
    return Repair(digits, notes) if digits is not None else Repair(raw)


def repair_money(text: str) -> Repair:
    raw = tidy(text)
    # ¥ is read as Y or ￥; the amount is the number
    return Repair(re.sub(r"^[¥￥Y羊]", "", raw))


def repair_tax_id(text: str) -> Repair:
    raw = tidy(text).upper()
    return repair_credit_code(raw) if len(raw) == 18 else Repair(raw)


_CLASS = re.compile(r"^(?:[A-DMNP][1-6]?|[EF])+$")


def repair_vehicle_class(text: str) -> Repair:
    raw = tidy(text)
    value = raw.upper().replace("L", "1").replace("I", "1").replace("Z", "2").replace("S", "5")
    if not _CLASS.match(value):
        return Repair(
            raw,
            warnings=[
                warning(
                    QT_TRANSLATE_NOOP("FieldWarnings", "'{value}' is no licence class (A1…P): verify it"), value=raw
                )
            ]
            if raw
            else [],
        )
    return Repair(value, [f"licence class: {raw}→{value}"] if value != raw else [])


def repair_plate(text: str) -> Repair:
    raw = tidy(text)
    head, tail = raw[:2].upper(), raw[2:].upper().replace("·", "").replace("•", "").replace(".", "")
    # plates never use I or O after the issuing-office letter: they are 1 and 0
    tail = tail.replace("I", "1").replace("O", "0")
    value = head.replace("·", "") + tail
    return Repair(value, [f"plate: {raw}→{value}"] if value != raw else [])


def repair(kind: str, text: str, vocabulary: str | None = None, context: dict[str, str] | None = None) -> Repair:
    """The repair rule named by a layout's field `kind`; `context` holds the birth_date and sex read beside."""
    context = context or {}
    if kind == "id_number":
        return repair_id_number(text, context.get("birth_date", ""), context.get("sex", ""))
    if kind == "card_number":
        return repair_card_number(text)
    if kind == "credit_code":
        return repair_credit_code(text)
    if kind == "vin":
        return repair_vin(text)
    if kind == "sex":
        return repair_sex(text)
    if kind == "ethnicity":
        return repair_ethnicity(text)
    if kind in ("date_cn", "date"):
        return repair_date(text)
    if kind == "period":
        return repair_period(text)
    simple = _SIMPLE.get(kind)
    if simple is not None:
        return simple(text)
    if kind in ("vocabulary", "bank_name") and vocabulary:
        return repair_vocabulary(text, VOCABULARIES[vocabulary], vocabulary.rstrip("s").replace("_", " "))
    return repair_text(text)


# the vocabularies' names in "'x' is not a known …" warnings, marked for the window's translation
_VOCABULARY_NAMES = (
    QT_TRANSLATE_NOOP("FieldWarnings", "ethnicity"),
    QT_TRANSLATE_NOOP("FieldWarnings", "vehicle type"),
    QT_TRANSLATE_NOOP("FieldWarnings", "use character"),
    QT_TRANSLATE_NOOP("FieldWarnings", "company type"),
    QT_TRANSLATE_NOOP("FieldWarnings", "bank"),
    QT_TRANSLATE_NOOP("FieldWarnings", "card type"),
)

VOCABULARIES: dict[str, tuple[str, ...]] = {
    "ethnicities": vocab.ETHNICITIES,
    "licence_classes": vocab.LICENCE_CLASSES,
    "vehicle_types": vocab.VEHICLE_TYPES,
    "use_characters": vocab.USE_CHARACTERS,
    "company_types": vocab.COMPANY_TYPES,
    "banks": vocab.BANKS,
    "card_types": vocab.CARD_TYPES,
}


_SIMPLE: dict[str, Callable[[str], Repair]] = {
    "digits": repair_digits,
    "money": repair_money,
    "tax_id": repair_tax_id,
    "vehicle_class": repair_vehicle_class,
    "plate": repair_plate,
}
