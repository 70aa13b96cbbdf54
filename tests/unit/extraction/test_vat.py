from __future__ import annotations

from ocrdesk.extraction.qr import InvoiceQr
from ocrdesk.extraction.vat import merge_invoice_qr
from ocrdesk.model import Box, Field

QR = InvoiceQr("04", "044031900111", "12345678", "1234.50", "20240512", "12345678901234567890")


def _field(key: str, value: str) -> Field:
    return Field(key=key, label=key, ocr_value=value, confidence=0.9, box=Box(1, 1, 20, 10))


def _fields(**values: str) -> list[Field]:
    keys = ("invoice_code", "invoice_number", "invoice_date", "check_code", "amount")
    return [_field(key, values.get(key, "")) for key in keys]


def test_agreeing_readings_are_kept_as_printed() -> None:
    fields = _fields(
        invoice_code="044031900111",
        invoice_number="12345678",
        invoice_date="2024年05月12日",
        check_code="12345 67890 12345 67890",
        amount="¥1,234.50",
    )
    assert merge_invoice_qr(fields, QR) == []
    assert [f.value for f in fields] == [
        "044031900111",
        "12345678",
        "2024年05月12日",
        "12345 67890 12345 67890",
        "¥1,234.50",
    ]
    assert all(not f.corrections and not f.edited for f in fields)


def test_a_disagreement_takes_the_qr_value_visibly() -> None:
    fields = _fields(invoice_code="044031900111", invoice_number="12345679", invoice_date="2024年05月13日")
    warnings = merge_invoice_qr(fields, QR)
    number = fields[1]
    assert number.ocr_value == "12345679"
    assert number.value == "12345678"
    assert number.corrections == ["from the QR code: 12345679→12345678"]
    assert not number.edited
    assert fields[2].value == "2024年05月12日"
    assert any(w.startswith("invoice_number:") for w in warnings)
    assert any(w.startswith("invoice_date:") for w in warnings)
    assert fields[0].corrections == []


def test_missing_fields_are_filled_from_the_qr_code() -> None:
    fields = _fields()
    assert merge_invoice_qr(fields, QR) == []
    by_key = {f.key: f for f in fields}
    assert by_key["amount"].value == "1234.50"
    assert by_key["amount"].ocr_value == ""
    assert by_key["check_code"].value == "12345678901234567890"
    assert by_key["invoice_date"].value == "2024年05月12日"
    assert all(f.corrections == ["from the QR code (not read from the print)"] for f in fields)


def test_a_field_the_layout_lacks_is_added_and_empty_qr_parts_change_nothing() -> None:
    fields = [_field("invoice_number", "12345678")]
    special = InvoiceQr("01", "4400231130", "12345678", "88.00", "20231130", "")
    merge_invoice_qr(fields, special)
    keys = [f.key for f in fields]
    assert "check_code" not in keys
    assert {"invoice_code", "invoice_date", "amount"} <= set(keys)


def test_a_printed_tail_of_the_check_code_agrees() -> None:
    fields = _fields(check_code="567890")
    merge_invoice_qr(fields, QR)
    assert fields[3].value == "567890" and fields[3].corrections == []
