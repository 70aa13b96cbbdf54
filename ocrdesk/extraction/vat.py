"""Cross-check a VAT invoice's read fields with its QR code.

The QR payload is what the tax office registered: its values fill fields the reading missed and
win over readings that disagree. A disagreement is never silent: the field keeps what was read as
`ocr_value`, takes the QR's value (a rule repair, not an operator edit) with a `corrections` note,
and the document gets a warning naming the field.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation

from ocrdesk.extraction.notices import warning
from ocrdesk.extraction.qr import InvoiceQr
from ocrdesk.i18n import QT_TRANSLATE_NOOP
from ocrdesk.model import Field
from ocrdesk.validation.dates import parse_date

_NOT_DIGITS = re.compile(r"\D")
_NOT_AMOUNT = re.compile(r"[^\d.\-]")

LABELS = {
    "invoice_code": "发票代码",
    "invoice_number": "发票号码",
    "invoice_date": "开票日期",
    "check_code": "校验码",
    "amount": "金额",
}


def merge_invoice_qr(fields: list[Field], qr: InvoiceQr) -> list[str]:
    """Fill or override the invoice fields from the QR code; return warnings for disagreements."""
    by_key = {item.key: item for item in fields}
    warnings: list[str] = []
    for key, qr_value, same in _facts(qr):
        if not qr_value:
            continue
        item = by_key.get(key)
        if item is None:
            item = Field(key=key, label=LABELS[key], ocr_value="")
            fields.append(item)
            by_key[key] = item
        read = (item.value or "").strip()
        if read and same(read, qr_value):
            continue
        shown = _display(key, qr_value, read)
        item.value = shown
        item.corrected_value = shown
        if read:
            item.corrections.append(f"from the QR code: {read}→{shown}")
            template = QT_TRANSLATE_NOOP(
                "FieldWarnings",
                "{key}: the printed value {value} disagrees with the QR code ({qr}); the QR code's is kept",
            )
            warnings.append(warning(template, key=key, value=read, qr=shown))
        else:
            item.corrections.append("from the QR code (not read from the print)")
    return warnings


def _facts(qr: InvoiceQr) -> Sequence[tuple[str, str, Callable[[str, str], bool]]]:
    return (
        ("invoice_code", qr.invoice_code, _same_digits),
        ("invoice_number", qr.invoice_number, _same_digits),
        ("invoice_date", qr.invoice_date, _same_date),
        ("amount", qr.amount, _same_amount),
        ("check_code", qr.check_code, _same_check_code),
    )


def _compact(text: str) -> str:
    return _NOT_DIGITS.sub("", unicodedata.normalize("NFKC", text))


def _same_digits(read: str, qr_value: str) -> bool:
    return _compact(read) == qr_value


def _same_check_code(read: str, qr_value: str) -> bool:
    # some invoices print only the last digits of the 20-digit check code
    digits = _compact(read)
    return len(digits) >= 5 and qr_value.endswith(digits)


def _same_date(read: str, qr_value: str) -> bool:
    parsed = parse_date(read)
    return parsed is not None and parsed == parse_date(qr_value)


def _amount(text: str) -> Decimal | None:
    cleaned = _NOT_AMOUNT.sub("", unicodedata.normalize("NFKC", text))
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def _same_amount(read: str, qr_value: str) -> bool:
    value = _amount(read)
    return value is not None and value == _amount(qr_value)


def _display(key: str, qr_value: str, read: str) -> str:
    """The QR's value written the way the invoice prints it."""
    if key == "invoice_date":
        return f"{qr_value[:4]}年{qr_value[4:6]}月{qr_value[6:8]}日"
    if key == "amount" and read.lstrip().startswith(("¥", "￥")):
        return read.lstrip()[0] + qr_value
    return qr_value
