"""Field validation for Chinese documents: run on recognition and on every edit.

`validate_document` returns, for each field key with a problem, the readable problems found.
Checks are chosen by canonical key (INTERFACE.md), so they work whatever provider read the field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from ocrdesk.i18n import QT_TRANSLATE_NOOP, Text
from ocrdesk.model import Document, Field
from ocrdesk.validation.checks import (
    check_bank_card,
    check_credit_code,
    check_id_number,
    check_plate,
    check_vin,
    compact,
    id_birth_date,
    id_sex,
)
from ocrdesk.validation.dates import normalise_date, parse_date, parse_period

__all__ = ["normalise_date", "validate_document", "validate_fields"]

DATE_KEYS = frozenset(
    {
        "birth_date",
        "issue_date",
        "register_date",
        "first_issue_date",
        "valid_from",
        "valid_to",
        "expiry_date",
        "invoice_date",
        "established_date",
        "valid_date",
    }
)
PERIOD_KEYS = frozenset({"valid_period", "business_term"})
_SEX_WORDS = {"男": "男", "女": "女", "M": "男", "F": "女", "MALE": "男", "FEMALE": "女"}


def _problem(template: str, **params: object) -> Text:
    return Text("Validation", template, -1, **params)


def _check_date(value: str, today: dt.date) -> list[Text]:
    if compact(value) in {"长期", "長期"}:
        return []
    parsed = parse_date(value)
    if parsed is None:
        return [_problem(QT_TRANSLATE_NOOP("Validation", "'{value}' is not a date"), value=value)]
    if parsed.year < 1900:
        return [_problem(QT_TRANSLATE_NOOP("Validation", "date {date} is implausibly early"), date=parsed.isoformat())]
    return []


def _check_period(value: str, today: dt.date) -> list[Text]:
    period = parse_period(value)
    if period is None:
        return [
            _problem(QT_TRANSLATE_NOOP("Validation", "'{value}' is not a validity period (start-end)"), value=value)
        ]
    if period.long_term:
        return []
    assert period.start is not None and period.end is not None
    if period.start >= period.end:
        return [_problem(QT_TRANSLATE_NOOP("Validation", "validity period ends before it starts"))]
    if period.end < today:
        return [_problem(QT_TRANSLATE_NOOP("Validation", "expired on {date}"), date=period.end.isoformat())]
    return []


_FIELD_CHECKS: dict[str, Callable[[str, dt.date], list[Text]]] = {
    "id_number": check_id_number,
    "card_number": lambda value, _today: check_bank_card(value),
    "credit_code": lambda value, _today: check_credit_code(value),
    "plate_number": lambda value, _today: check_plate(value),
    "vin": lambda value, _today: check_vin(value),
    **{key: _check_date for key in DATE_KEYS},
    **{key: _check_period for key in PERIOD_KEYS},
}
# card_number means a bank card only on bank cards; elsewhere (e.g. permits) it is an ID of its own.
_ONLY_ON = {"card_number": {"bank_card"}, "id_number": {"idcard_front"}}


def validate_fields(fields: Iterable[Field], doc_type: str, today: dt.date | None = None) -> dict[str, list[str]]:
    """The problems of each field key that has any. Each is a `Text`: English as a `str` (what logs and
    exports keep), in the window's language through `ocrdesk.i18n.shown()`."""
    today = today or dt.date.today()
    fields = list(fields)
    problems: dict[str, list[str]] = {}
    for item in fields:
        check = _FIELD_CHECKS.get(item.key)
        allowed = _ONLY_ON.get(item.key)
        if check is None or (allowed is not None and doc_type not in allowed) or not (item.value or "").strip():
            continue
        found = check(item.value or "", today)
        if found:
            problems[item.key] = [*found]
    for key, message in _cross_checks(fields):
        problems.setdefault(key, []).append(message)
    return problems


def validate_document(document: Document, today: dt.date | None = None) -> dict[str, list[str]]:
    return validate_fields(document.fields, document.doc_type, today)


def _cross_checks(fields: list[Field]) -> Iterable[tuple[str, Text]]:
    """The ID number agrees with the birth date and sex fields beside it."""
    by_key = {f.key: (f.value or "") for f in fields}
    number = by_key.get("id_number", "")
    if len(compact(number)) != 18:
        return
    birth_in_number = id_birth_date(number)
    birth_field = parse_date(by_key.get("birth_date", ""))
    if birth_in_number and birth_field and birth_in_number != birth_field:
        yield (
            "birth_date",
            _problem(
                QT_TRANSLATE_NOOP("Validation", "differs from the birth date in the ID number ({date})"),
                date=birth_in_number.isoformat(),
            ),
        )
    sex_in_number = id_sex(number)
    sex_field = _SEX_WORDS.get(compact(by_key.get("sex", "")))
    if sex_in_number and sex_field and sex_in_number != sex_field:
        yield (
            "sex",
            _problem(
                QT_TRANSLATE_NOOP("Validation", "differs from the sex the ID number encodes ({sex})"), sex=sex_in_number
            ),
        )
