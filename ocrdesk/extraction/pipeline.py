"""One document read into named fields: geometry → OCR → (type detection) → layout rules → QR → source pixels.

The OCR engine is a callback (RGB image in, TextLines out, polygons clockwise from each line's own
top-left), so this module has no engine of its own and tests can give it prepared lines.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

import cv2
import numpy as np

from ocrdesk.doctypes import DOC_TYPE_LABELS, DocType, line_key, line_label
from ocrdesk.extraction.color import red_mask, suppress_red
from ocrdesk.extraction.detect import detect_doc_type
from ocrdesk.extraction.extract import extract_fields
from ocrdesk.extraction.geometry import ANY, Rectified, kind_for, rectify, whole_image
from ocrdesk.extraction.lines import TextLine
from ocrdesk.extraction.notices import warning
from ocrdesk.extraction.orientation import apply, text_orientation, transform_lines, upright_transform
from ocrdesk.extraction.qr import read_invoice_qr
from ocrdesk.extraction.vat import merge_invoice_qr
from ocrdesk.i18n import QT_TRANSLATE_NOOP, Text
from ocrdesk.model import Box, Field, Point
from ocrdesk.providers.base import CancelToken, Recognition

OcrCallback = Callable[[np.ndarray], list[TextLine]]
AUTO = "auto"
SURE_DETECTION = 0.6  # below this certainty the decided type comes with a warning
MIN_SEAL_SHARE = 0.0005  # share of red pixels worth a second, seal-free reading
RETRY_FILLED = 0.4  # a rectified reading that fills fewer of the type's fields is tried on the whole picture


class _Reading:
    """Lines read from the rectified image, turned upright, and the map from their frame to the source."""

    def __init__(self, rectified: Rectified, lines: list[TextLine]) -> None:
        self.rectified = rectified
        orientation = text_orientation(lines)
        matrix, self.size = upright_transform(orientation, rectified.size)
        self.upright = matrix  # rectified frame → the frame of the upright lines
        self.lines = transform_lines(lines, matrix)
        self.to_source = np.linalg.inv(matrix @ rectified.homography)


def read_document(
    rgb: np.ndarray,
    doc_type: DocType | Literal["auto"],
    ocr: OcrCallback,
    cancel: CancelToken | None = None,
) -> Recognition:
    """Named fields of `doc_type` (or of the detected type with "auto"), boxes in `rgb`'s pixels."""
    kind = ANY if doc_type == AUTO else kind_for(doc_type)
    attempt = _attempt(rgb, rectify(rgb, kind), doc_type, ocr, cancel)
    if attempt.reading.rectified.found and attempt.filled < RETRY_FILLED:
        # the outline found may not be the document's (a paper under a card): read the whole picture too
        plain = _attempt(rgb, whole_image(rgb), doc_type, ocr, cancel)
        if plain.filled > attempt.filled:
            attempt = plain
    if attempt.chosen is None:
        return Recognition(
            fields=_plain_lines(attempt.reading, rgb.shape),
            warnings=["Document type not recognised: the text is listed line by line"],
            detected_doc_type=DocType.GENERAL,
        )
    fields, warnings = attempt.fields, attempt.warnings
    if attempt.chosen == DocType.VAT_INVOICE:
        qr = read_invoice_qr(_upright_image(attempt.reading), rgb)
        if qr is None:
            template = QT_TRANSLATE_NOOP(
                "FieldWarnings", "QR code not found or unreadable: the invoice fields are not cross-checked with it"
            )
            warnings.append(warning(template))
        else:
            warnings.extend(merge_invoice_qr(fields, qr))
    height, width = rgb.shape[:2]
    for item in fields:
        _to_source(item, attempt.reading.to_source, width, height)
    return Recognition(fields=fields, warnings=warnings, detected_doc_type=attempt.detected)


@dataclass
class _Attempt:
    reading: _Reading
    chosen: DocType | None  # the type the fields are of; None: auto found nothing that fits
    detected: DocType | None  # the type auto decided
    fields: list[Field] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def filled(self) -> float:
        """The share of the type's fields that got a value (0 when no type fits)."""
        return sum(1 for item in self.fields if item.value) / len(self.fields) if self.fields else 0.0


def _attempt(
    rgb: np.ndarray, rectified: Rectified, doc_type: DocType | str, ocr: OcrCallback, cancel: CancelToken | None
) -> _Attempt:
    """One reading of `rectified` into the fields of `doc_type` (or of the type it shows, for auto)."""
    _check(cancel)
    seals = doc_type == DocType.BUSINESS_LICENSE and _has_red(rectified.image)
    reading = _read(rectified, ocr, seals)
    _check(cancel)
    warnings: list[str] = []
    detected: DocType | None = None
    if doc_type == AUTO:
        detected, certainty = detect_doc_type(reading.lines)
        if detected is None:
            return _Attempt(reading, None, None)
        if certainty < SURE_DETECTION:
            english = DOC_TYPE_LABELS.get(detected, (detected.value,))[0]
            template = QT_TRANSLATE_NOOP(
                "FieldWarnings", "Document type uncertain: read as {type} ({certainty} sure); check it"
            )
            name = Text("DocTypes", english)
            warnings.append(warning(template, type=name, certainty=f"{certainty:.0%}"))
        if detected == DocType.BUSINESS_LICENSE and _has_red(reading.rectified.image):
            reading = _read(reading.rectified, ocr, seals=True)  # the first reading had the seal in it
            _check(cancel)
        chosen = detected
    else:
        chosen = DocType(doc_type)
    extraction = extract_fields(chosen, reading.lines, reading.size)
    return _Attempt(reading, chosen, detected, extraction.fields, [*warnings, *extraction.warnings])


def _upright_image(reading: _Reading) -> np.ndarray:
    """The rectified image turned like its lines (the QR code is looked for in the upright page's corners)."""
    image = reading.rectified.image
    if np.allclose(reading.upright, np.eye(3)):
        return image
    return cv2.warpPerspective(image, reading.upright, reading.size, borderMode=cv2.BORDER_REPLICATE)


def _check(cancel: CancelToken | None) -> None:
    if cancel is not None:
        cancel.raise_if_cancelled()


def _has_red(rgb: np.ndarray) -> bool:
    return float(np.count_nonzero(red_mask(rgb))) / max(1, rgb.shape[0] * rgb.shape[1]) >= MIN_SEAL_SHARE


def _read(rectified: Rectified, ocr: OcrCallback, seals: bool) -> _Reading:
    image = suppress_red(rectified.image) if seals else rectified.image
    lines = ocr(image)
    rotation = text_orientation(lines).rotation
    if rotation in (90, 270):
        # the engine detects and reads sideways text worse than upright text (lines of a column
        # run together): turn the pixels and read again
        rectified = turned(rectified, rotation)
        image = suppress_red(rectified.image) if seals else rectified.image
        lines = ocr(image)
    return _Reading(rectified, lines)


def turned(rectified: Rectified, rotation: int) -> Rectified:
    """The rectified image turned so that text lying `rotation` (90 or 270) degrees clockwise stands upright."""
    width, height = rectified.size
    if rotation == 90:  # text runs downwards: turn the picture counter-clockwise
        image = cv2.rotate(rectified.image, cv2.ROTATE_90_COUNTERCLOCKWISE)
        matrix = np.array([[0.0, 1.0, 0.0], [-1.0, 0.0, float(width)], [0.0, 0.0, 1.0]])
    else:
        image = cv2.rotate(rectified.image, cv2.ROTATE_90_CLOCKWISE)
        matrix = np.array([[0.0, -1.0, float(height)], [1.0, 0.0, 0.0], [0.0, 0.0, 1.0]])
    return replace(rectified, image=image, homography=matrix @ rectified.homography)


def _to_source(item: Field, to_source: np.ndarray, width: int, height: int) -> None:
    """The field's polygon (or box) mapped exactly into source pixels; its box is the polygon's bounds."""
    if item.polygon:
        corners = np.array(item.polygon, dtype=np.float64)
    elif item.box is not None:
        b = item.box
        corners = np.array([[b.left, b.top], [b.right, b.top], [b.right, b.bottom], [b.left, b.bottom]], np.float64)
    else:
        return
    mapped = apply(to_source, corners)
    inside = [(min(max(float(x), 0.0), float(width)), min(max(float(y), 0.0), float(height))) for x, y in mapped]
    try:
        box = Box.from_points(inside).clipped(width, height)
    except ValueError:  # no area left inside the picture
        box = None
    item.box = box
    item.polygon = None if box is None else [(round(x), round(y)) for x, y in inside]


def _plain_lines(reading: _Reading, shape: Sequence[int]) -> list[Field]:
    """The lines as line_1…line_N in reading order (rows top to bottom, each left to right)."""
    height, width = int(shape[0]), int(shape[1])
    ordered: list[TextLine] = []
    for row in _rows(reading.lines):
        ordered.extend(sorted(row, key=lambda line: line.left))
    fields = []
    for index, line in enumerate(ordered):
        polygon: list[Point] = [(round(x), round(y)) for x, y in line.polygon]
        item = Field(
            key=line_key(index),
            label=line_label(index),
            ocr_value=line.text,
            confidence=line.confidence,
            polygon=polygon,
        )
        _to_source(item, reading.to_source, width, height)
        fields.append(item)
    return fields


def _rows(lines: Sequence[TextLine]) -> list[list[TextLine]]:
    rows: list[list[TextLine]] = []
    for line in sorted(lines, key=lambda item: item.center_y):
        if rows:
            last = rows[-1]
            centre = sum(member.center_y for member in last) / len(last)
            if abs(line.center_y - centre) <= 0.5 * min(line.height, min(member.height for member in last)):
                last.append(line)
                continue
        rows.append([line])
    return rows
