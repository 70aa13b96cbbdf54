"""The QR code printed on Chinese VAT invoices: find it, decode it, parse its payload.

The payload is comma-separated: `01,<invoice type>,<invoice code>,<invoice number>,<amount excl.
tax>,<date YYYYMMDD>,<check code>,<crc>` (fully digital invoices leave the code empty and carry
a 20-digit number; special invoices leave the check code empty). It is what the tax office
registered, so it is worth more than any reading of the printed digits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import cv2
import numpy as np

TARGET_CODE_SIDE = 400  # the side a found but undecoded code is cropped and scaled to
# Where a VAT invoice prints its code, as shares of the upright page: the top-left corner; the
# bottom-right one is the same corner of a page that was read upside down.
CORNER_WIDTH = 0.25
CORNER_HEIGHT = 0.4
# (enlargement, unsharp-mask sigma in original pixels (0: none), its amount, threshold), in the order
# they recovered codes most often on blurred, JPEG-25 and small photographed invoices.
LADDER: tuple[tuple[int, float, float, str], ...] = (
    (2, 1.0, 1.0, ""),
    (3, 0.0, 0.0, ""),
    (3, 1.0, 1.0, "adaptive"),
    (3, 3.0, 2.0, ""),
    (4, 3.0, 3.0, "adaptive"),
)
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


def read_invoice_qr(page: np.ndarray, *fallbacks: np.ndarray) -> InvoiceQr | None:
    """The VAT-invoice payload of the code on `page` (the upright invoice), else on one of `fallbacks`.

    The whole page is tried first; then its top-left corner, where invoices print the code, and its
    bottom-right one (a page read upside down), each through a ladder of enlargements, sharpening
    and thresholds that recovers blurred and heavily compressed codes. Fallbacks get the quick try.
    """
    detector = cv2.QRCodeDetector()
    for text in _whole(detector, page):
        parsed = parse_payload(text)
        if parsed is not None:
            return parsed
    readers = (detector, cv2.QRCodeDetectorAruco())
    for corner in _corners(page):
        for candidate in _ladder(corner):
            for reader in readers:
                text = str(reader.detectAndDecode(candidate)[0] or "")
                parsed = parse_payload(text) if text else None
                if parsed is not None:
                    return parsed
    for image in fallbacks:
        for text in _whole(detector, image):
            parsed = parse_payload(text)
            if parsed is not None:
                return parsed
    return None


def decode_texts(images: Iterable[np.ndarray]) -> list[str]:
    """The QR payload found in the first image that has one, by a quick try on each image in turn."""
    detector = cv2.QRCodeDetector()
    for image in images:
        found = _whole(detector, image)
        if found:
            return found
    return []


def _gray(image: np.ndarray) -> np.ndarray:
    return image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)


def _whole(detector: cv2.QRCodeDetector, image: np.ndarray) -> list[str]:
    gray = _gray(image)
    text, points, _ = detector.detectAndDecode(gray)
    if text:
        return [str(text)]
    if points is not None and len(points):
        # found but not decoded: usually small or blurred; crop it and decode it larger
        text = _decode_crop(detector, gray, np.asarray(points, dtype=np.float64).reshape(-1, 2))
        if text:
            return [text]
    return []


def _corners(page: np.ndarray) -> list[np.ndarray]:
    gray = _gray(page)
    height, width = gray.shape
    crop_w, crop_h = max(1, round(width * CORNER_WIDTH)), max(1, round(height * CORNER_HEIGHT))
    return [gray[:crop_h, :crop_w], gray[height - crop_h :, width - crop_w :]]


def _ladder(crop: np.ndarray) -> Iterator[np.ndarray]:
    for factor, sigma, amount, threshold in LADDER:
        image = cv2.resize(crop, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC)
        if sigma > 0:
            blurred = cv2.GaussianBlur(image, (0, 0), sigma * factor / 2)
            image = cv2.addWeighted(image, 1.0 + amount, blurred, -amount, 0)
        if threshold == "adaptive":
            block = int(6 * factor) | 1  # about two modules of a code whose modules are ~3 px
            image = cv2.adaptiveThreshold(image, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, block, 5)
        yield image


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
