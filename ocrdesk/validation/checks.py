"""Check-digit and format rules of Chinese identifiers. Each returns a list of problems (empty = valid):
English texts that the window shows in its own language (`ocrdesk.i18n.Text`)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from ocrdesk.i18n import QT_TRANSLATE_NOOP, Text
from ocrdesk.validation.dates import parse_date

# GB 11643-1999 resident identity number
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
# First two digits: province-level division codes (GB/T 2260), plus 71/81/82 (Taiwan, HK, Macau).
_PROVINCES = frozenset(
    [
        "11",
        "12",
        "13",
        "14",
        "15",
        "21",
        "22",
        "23",
        "31",
        "32",
        "33",
        "34",
        "35",
        "36",
        "37",
        "41",
        "42",
        "43",
        "44",
        "45",
        "46",
        "50",
        "51",
        "52",
        "53",
        "54",
        "61",
        "62",
        "63",
        "64",
        "65",
        "71",
        "81",
        "82",
    ]
)

# GB 32100-2015 unified social credit code: 31 characters, no I O S V Z
_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)

_PLATE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领"
_PLATE_LETTER = "[A-HJ-NP-Z]"  # I and O are never used
_PLATE_REGULAR = re.compile(rf"^[{_PLATE_PROVINCES}]{_PLATE_LETTER}[A-HJ-NP-Z0-9]{{4}}[A-HJ-NP-Z0-9挂学警港澳领试超]$")
# New-energy: small cars D/F then 5 characters; large vehicles 5 digits then D/F.
_PLATE_NEW_ENERGY = re.compile(rf"^[{_PLATE_PROVINCES}]{_PLATE_LETTER}(?:[DF][A-HJ-NP-Z0-9][0-9]{{4}}|[0-9]{{5}}[DF])$")


def _problem(template: str, **params: object) -> Text:
    """A problem as the English the export and CLI keep, shown in the UI's language ("Validation" texts)."""
    return Text("Validation", template, -1, **params)


def compact(value: str) -> str:
    """Upper-case, NFKC, without spaces and hyphens (how operators and OCR split long numbers)."""
    return re.sub(r"[\s\-]", "", unicodedata.normalize("NFKC", value or "")).upper()


def id_check_digit(first17: str) -> str:
    return _ID_CHECK[sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS, strict=True)) % 11]


def id_birth_date(number: str) -> dt.date | None:
    number = compact(number)
    return parse_date(number[6:14]) if len(number) == 18 else None


def id_sex(number: str) -> str | None:
    """'男' or '女' from the 17th digit (odd = male)."""
    number = compact(number)
    if len(number) != 18 or not number[16].isdigit():
        return None
    return "男" if int(number[16]) % 2 else "女"


def check_id_number(value: str, today: dt.date) -> list[Text]:
    number = compact(value)
    if len(number) == 15 and number.isdigit():
        return [
            _problem(
                QT_TRANSLATE_NOOP(
                    "Validation", "15-digit ID number (legacy, issued before 1999): ask for the 18-digit number"
                )
            )
        ]
    if len(number) != 18:
        return [
            _problem(
                QT_TRANSLATE_NOOP("Validation", "ID number must have 18 characters, not {count}"), count=len(number)
            )
        ]
    if not number[:17].isdigit() or not (number[17].isdigit() or number[17] == "X"):
        return [_problem(QT_TRANSLATE_NOOP("Validation", "ID number may contain only digits and a final X"))]
    problems: list[Text] = []
    if number[:2] not in _PROVINCES:
        problems.append(
            _problem(
                QT_TRANSLATE_NOOP("Validation", "ID number starts with {code}, which is no province code"),
                code=number[:2],
            )
        )
    birth = parse_date(number[6:14])
    if birth is None:
        problems.append(
            _problem(
                QT_TRANSLATE_NOOP("Validation", "birth date {date} inside the ID number is not a real date"),
                date=number[6:14],
            )
        )
    elif birth > today or birth.year < 1900:
        problems.append(
            _problem(
                QT_TRANSLATE_NOOP("Validation", "birth date {date} inside the ID number is impossible"),
                date=birth.isoformat(),
            )
        )
    expected = id_check_digit(number[:17])
    if number[17] != expected:
        problems.append(
            _problem(
                QT_TRANSLATE_NOOP("Validation", "check digit should be {expected}, not {found} (a digit is misread)"),
                expected=expected,
                found=number[17],
            )
        )
    return problems


def check_bank_card(value: str) -> list[Text]:
    number = compact(value)
    if not number.isdigit():
        return [_problem(QT_TRANSLATE_NOOP("Validation", "card number may contain only digits"))]
    if not 13 <= len(number) <= 19:
        return [
            _problem(
                QT_TRANSLATE_NOOP("Validation", "card number must have 13 to 19 digits, not {count}"), count=len(number)
            )
        ]
    total = 0
    for index, digit in enumerate(reversed(number)):
        n = int(digit)
        if index % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return (
        [] if total % 10 == 0 else [_problem(QT_TRANSLATE_NOOP("Validation", "Luhn check fails: a digit is misread"))]
    )


def uscc_check_char(first17: str) -> str:
    total = sum(_USCC_CHARS.index(c) * w for c, w in zip(first17, _USCC_WEIGHTS, strict=True))
    return _USCC_CHARS[(31 - total % 31) % 31]


def check_credit_code(value: str) -> list[Text]:
    code = compact(value)
    if len(code) != 18:
        return [
            _problem(
                QT_TRANSLATE_NOOP("Validation", "unified social credit code must have 18 characters, not {count}"),
                count=len(code),
            )
        ]
    bad = sorted({c for c in code if c not in _USCC_CHARS})
    if bad:
        return [
            _problem(
                QT_TRANSLATE_NOOP(
                    "Validation", "characters {characters} never appear in a credit code (I O S V Z are not used)"
                ),
                characters="".join(bad),
            )
        ]
    expected = uscc_check_char(code[:17])
    if code[17] != expected:
        return [
            _problem(
                QT_TRANSLATE_NOOP("Validation", "check character should be {expected}, not {found}"),
                expected=expected,
                found=code[17],
            )
        ]
    return []


def check_plate(value: str) -> list[Text]:
    plate = compact(value).replace("·", "").replace("•", "")
    if _PLATE_REGULAR.match(plate) or _PLATE_NEW_ENERGY.match(plate):
        return []
    if plate and plate[0] not in _PLATE_PROVINCES:
        return [
            _problem(
                QT_TRANSLATE_NOOP("Validation", "plate must start with a province character, not {found}"),
                found=plate[0],
            )
        ]
    return [
        _problem(
            QT_TRANSLATE_NOOP(
                "Validation", "not a valid plate: province + letter + 5 characters (6 for new-energy vehicles)"
            )
        )
    ]


# ISO 3779 vehicle identification number (GB 16735 makes the 9th character a check digit in China).
_VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_check_char(vin: str) -> str:
    """The 9th character a 17-character VIN must carry (I, O and Q never appear in a VIN)."""
    total = sum(_VIN_VALUES[c] * w for c, w in zip(vin, _VIN_WEIGHTS, strict=True))
    return "X" if total % 11 == 10 else str(total % 11)


def check_vin(value: str) -> list[Text]:
    vin = compact(value)
    if len(vin) != 17:
        return [_problem(QT_TRANSLATE_NOOP("Validation", "VIN must have 17 characters, not {count}"), count=len(vin))]
    bad = sorted({c for c in vin if c not in _VIN_VALUES})
    if bad:
        return [
            _problem(
                QT_TRANSLATE_NOOP("Validation", "characters {characters} never appear in a VIN (I O Q are not used)"),
                characters="".join(bad),
            )
        ]
    expected = vin_check_char(vin)
    if vin[8] != expected:
        return [
            _problem(
                QT_TRANSLATE_NOOP("Validation", "check character (9th) should be {expected}, not {found}"),
                expected=expected,
                found=vin[8],
            )
        ]
    return []
