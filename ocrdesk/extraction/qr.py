"""The QR code printed on Chinese VAT invoices: find it, decode it, parse its payload.

The payload is comma-separated: `01,<invoice type>,<invoice code>,<invoice number>,<amount excl.
tax>,<date YYYYMMDD>,<check code>,<crc>` (fully digital invoices leave the code empty and carry
a 20-digit number; special invoices leave the check code empty). It is what the tax office
registered, so it is worth more than any reading of the printed digits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import cv2
import numpy as np

MIN_MODULE_PIXELS = 3.0  # a QR module smaller than this is upscaled before decoding
TARGET_CODE_SIDE = 400  # the side a found code is cropped and scaled to
_AMOUNT = re.compile(r"^-?\d+(?:\.\d{1,2})?$")
_DATE = re.compile(r"^\d{8}$")
_DIGITS = re.compile(r"^\d*$")


@dataclass(frozen=True)
class InvoiceQr:
    invoice_type: str
    invoice_code: str  # empty on fully digital invoices
    invoice_number: str
    amount: str  # excluding tax, as printed in the payload ("1234.50")
    invoice_date: str  # YYYYMMDD
    check_code: str  # empty on special invoices


def parse_payload(text: str) -> InvoiceQr | None:
    """The invoice facts in a QR payload, or None when it is not a VAT invoice's."""
    parts = [part.strip() for part in text.strip().split(",")]
    if len(parts) < 7 or parts[0] != "01":
        return None
    invoice_type, code, number, amount, date, check = parts[1:7]
    if not number or not _DIGITS.match(code) or not _DIGITS.match(number) or not _DIGITS.match(check):
        return None
    if not _AMOUNT.match(amount) or not _DATE.match(date):
        return None
    return InvoiceQr(invoice_type, code, number, amount, date, check)


def decode_texts(images: Iterable[np.ndarray]) -> list[str]:
    """Every QR payload found in the first image that has one (RGB or grey images, tried in order)."""
    detector = cv2.QRCodeDetector()
    for image in images:
        gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
        found = _decode(detector, gray)
        if found:
            return found
    return []


def read_invoice_qr(images: Iterable[np.ndarray]) -> InvoiceQr | None:
    """The first VAT-invoice payload found in `images` (e.g. the rectified page, then the source)."""
    for text in decode_texts(images):
        parsed = parse_payload(text)
        if parsed is not None:
            return parsed
    return None


def _decode(detector: cv2.QRCodeDetector, gray: np.ndarray) -> list[str]:
    text, points, _ = detector.detectAndDecode(gray)
    if text:
        return [text]
    if points is not None and len(points):
        # found but not decoded: usually too small or blurred; crop it and decode it larger
        text = _decode_crop(detector, gray, np.asarray(points, dtype=np.float64).reshape(-1, 2))
        if text:
            return [text]
    height, width = gray.shape
    if max(height, width) <= 1800:
        # a code whose modules are 1-2 px is not even detected: try the whole picture twice as large
        larger = cv2.resize(gray, (width * 2, height * 2), interpolation=cv2.INTER_CUBIC)
        text, points, _ = detector.detectAndDecode(larger)
        if text:
            return [text]
        if points is not None and len(points):
            text = _decode_crop(detector, larger, np.asarray(points, dtype=np.float64).reshape(-1, 2))
            if text:
                return [text]
    return []


def _decode_crop(detector: cv2.QRCodeDetector, gray: np.ndarray, corners: np.ndarray) -> str:
    side = max(float(np.ptp(corners[:, 0])), float(np.ptp(corners[:, 1])), 1.0)
    margin = 0.25 * side
    x0, y0 = np.floor(corners.min(axis=0) - margin).astype(int)
    x1, y1 = np.ceil(corners.max(axis=0) + margin).astype(int)
    height, width = gray.shape
    crop = gray[max(0, y0) : min(height, y1), max(0, x0) : min(width, x1)]
    if crop.size == 0:
        return ""
    scale = TARGET_CODE_SIDE / side
    if scale > 1.0:
        crop = cv2.resize(crop, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
    crop = cv2.copyMakeBorder(crop, 20, 20, 20, 20, cv2.BORDER_CONSTANT, value=255)
    text, _, _ = detector.detectAndDecode(crop)
    if text:
        return str(text)
    _, binary = cv2.threshold(crop, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    text, _, _ = detector.detectAndDecode(binary)
    return str(text or "")
