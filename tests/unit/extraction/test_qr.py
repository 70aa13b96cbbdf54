from __future__ import annotations

import cv2
import numpy as np
import pytest

from ocrdesk.extraction.qr import InvoiceQr, decode_texts, parse_payload, read_invoice_qr

PAYLOAD = "01,04,044031900111,12345678,1234.50,20240512,12345678901234567890,ABCD,"


def _page_with_code(payload: str, module: int, size: tuple[int, int] = (1600, 930)) -> np.ndarray:
    code = cv2.QRCodeEncoder.create().encode(payload)
    code = cv2.resize(code, None, fx=module, fy=module, interpolation=cv2.INTER_NEAREST)
    page = np.full((size[1], size[0], 3), 250, np.uint8)
    cv2.putText(page, "INVOICE 12345678", (500, 120), cv2.FONT_HERSHEY_SIMPLEX, 2.0, (30, 30, 30), 4)
    page[60 : 60 + code.shape[0], 60 : 60 + code.shape[1]] = code[:, :, None]
    return page


def test_payload_parsed_into_the_invoice_facts() -> None:
    assert parse_payload(PAYLOAD) == InvoiceQr(
        invoice_type="04",
        invoice_code="044031900111",
        invoice_number="12345678",
        amount="1234.50",
        invoice_date="20240512",
        check_code="12345678901234567890",
    )


def test_digital_and_special_invoices_leave_parts_empty() -> None:
    digital = parse_payload("01,31,,24442000000012345678,100.00,20240105,,C1D2")
    assert digital is not None and digital.invoice_code == "" and digital.invoice_number == "24442000000012345678"
    special = parse_payload("01,01,4400231130,01234567,88.00,20231130,,9F3A")
    assert special is not None and special.check_code == ""


@pytest.mark.parametrize(
    "payload",
    [
        "https://example.com/invoice",
        "02,04,044031900111,12345678,1234.50,20240512,1,AB",
        "01,04,0440319001X1,12345678,1234.50,20240512,1,AB",
        "01,04,044031900111,12345678,12a4.50,20240512,1,AB",
        "01,04,044031900111,12345678,1234.50,2024-05-12,1,AB",
        "01,04,044031900111",
    ],
)
def test_other_payloads_are_not_invoices(payload: str) -> None:
    assert parse_payload(payload) is None


def test_the_code_on_a_page_is_read() -> None:
    assert read_invoice_qr(_page_with_code(PAYLOAD, module=6)) == parse_payload(PAYLOAD)


def test_a_small_code_is_read_after_upscaling() -> None:
    page = _page_with_code(PAYLOAD, module=6)
    small = cv2.resize(page, None, fx=0.3, fy=0.3, interpolation=cv2.INTER_AREA)  # modules under 2 px
    assert read_invoice_qr(small) == parse_payload(PAYLOAD)


def test_the_fallback_image_is_tried_when_the_page_has_no_code() -> None:
    blank = np.full((400, 600, 3), 255, np.uint8)
    assert read_invoice_qr(blank, _page_with_code(PAYLOAD, module=5)) is not None
    assert decode_texts([blank]) == []
    assert decode_texts([blank, _page_with_code("hello world", module=6)]) == ["hello world"]
    assert read_invoice_qr(_page_with_code("hello world", module=6)) is None


def test_a_blurred_compressed_code_in_the_corner_is_recovered() -> None:
    page = _page_with_code(PAYLOAD, module=3)
    page = cv2.GaussianBlur(page, (0, 0), 1.2)
    ok, encoded = cv2.imencode(".jpg", page, [cv2.IMWRITE_JPEG_QUALITY, 25])
    assert ok
    degraded = cv2.imdecode(encoded, cv2.IMREAD_COLOR)
    assert degraded is not None
    assert decode_texts([degraded]) == []  # the quick try alone does not read it
    assert read_invoice_qr(degraded) == parse_payload(PAYLOAD)


def test_an_upside_down_page_has_its_code_in_the_bottom_right_corner() -> None:
    page = cv2.rotate(_page_with_code(PAYLOAD, module=3), cv2.ROTATE_180)
    page = cv2.GaussianBlur(page, (0, 0), 1.2)
    assert read_invoice_qr(page) == parse_payload(PAYLOAD)
