"""Tencent Cloud OCR API 3.0 replies → normalised fields (PROTOCOLS.md §5.1 and §6e).

Where the boxes come from differs per action:
  * GeneralBasicOCR / GeneralHandwritingOCR: `Polygon` (4 points, original image) → polygon + box;
    `ItemPolygon` (x/y/w/h in the rotation-corrected image) only when Polygon is missing.
  * LicensePlateOCR: `Rect` x/y/w/h in the original image.
  * VatInvoiceOCR: `Polygon{LeftTop, RightTop, RightBottom, LeftBottom}`.
  * BusinessCardOCR: `ItemCoord` x/y/w/h in the rotation-corrected image (same as the original when
    `Angle` is 0; otherwise kept, with a warning).
  * The other card actions give no boxes at all: box None, confidence None.
Confidences are integers 0–100 (`Confidence`) → 0..1; no other action has one.

The vendor's field name is kept as the label (`IdNum`, `姓名`, …); the key is canonical
(doctypes.CANONICAL_KEYS) or, where there is none, the snake_case key in fields.py.
Tencent sends "" (or null) for a field it did not find; such fields are left out.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ocrdesk.doctypes import line_key, line_label
from ocrdesk.i18n import QT_TRANSLATE_NOOP
from ocrdesk.model import Box, Field, Point
from ocrdesk.providers.base import Recognition
from ocrdesk.providers.cloud import safejson
from ocrdesk.providers.cloud.http import malformed
from ocrdesk.providers.cloud.normalize import (
    box_from_polygon,
    box_from_xywh,
    clean_label,
    clean_text,
    fallback_key,
    make_field,
    polygon_from_points,
    to_confidence,
    to_number,
    unique_key,
)
from ocrdesk.providers.tencent_cloud import fields as tables
from ocrdesk.providers.tencent_cloud.fields import FieldMap

VENDOR = QT_TRANSLATE_NOOP("ProviderNames", "Tencent Cloud OCR (API 3.0)")
Size = tuple[int, int] | None  # the uploaded image's pixels; None when unknown (no clipping)
Parser = Callable[[Mapping[str, Any], Size], Recognition]

# ----- small checked accessors: a wrong shape is a MALFORMED reply, never a TypeError -----


def _dict(value: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise malformed(VENDOR, f"{what} is not an object")
    return value


def _list(value: Any, what: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise malformed(VENDOR, f"{what} is not a list")
    return value


def _text(value: Any, what: str) -> str:
    """A field value: text or a number; null → ''."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise malformed(VENDOR, f"{what} is not text")
    return clean_text(value)


def _clip(box: Box | None, size: Size) -> Box | None:
    """The box cut to the image; vendors return points a pixel or two outside it."""
    return box if box is None or size is None else box.clipped(*size)


def _clamp(polygon: list[Point] | None, size: Size) -> list[Point] | None:
    if polygon is None or size is None:
        return polygon
    width, height = size
    return [(min(max(x, 0), width), min(max(y, 0), height)) for x, y in polygon]


def _positioned(
    key: str,
    label: str,
    value: str,
    size: Size,
    *,
    confidence: float | None = None,
    polygon: list[Point] | None = None,
    box: Box | None = None,
) -> Field:
    """A field whose box is the polygon's bounds (else `box`), both kept inside the image."""
    polygon = _clamp(polygon, size)
    box = _clip(box_from_polygon(polygon) or box, size)
    return make_field(key, label, value, confidence, box, polygon)


# ----- per action -----


def text_lines(response: Mapping[str, Any], size: Size) -> Recognition:
    """GeneralBasicOCR and GeneralHandwritingOCR: one field per line, in the vendor's reading order."""
    fields: list[Field] = []
    deskewed = False
    for index, item in enumerate(_list(response.get("TextDetections"), "TextDetections")):
        item = _dict(item, f"TextDetections[{index}]")
        text = _text(item.get("DetectedText"), f"TextDetections[{index}].DetectedText")
        if not text:
            continue
        points = item.get("Polygon")
        polygon = polygon_from_points(points) if isinstance(points, list) else None
        fallback = None
        if polygon is None and isinstance(item.get("ItemPolygon"), Mapping):
            coords = item["ItemPolygon"]
            fallback = box_from_xywh(coords.get("X"), coords.get("Y"), coords.get("Width"), coords.get("Height"))
            deskewed = deskewed or fallback is not None
        position = len(fields)
        confidence = to_confidence(item.get("Confidence"), 100)
        fields.append(
            _positioned(
                line_key(position),
                line_label(position),
                text,
                size,
                confidence=confidence,
                polygon=polygon,
                box=fallback,
            )
        )
    warnings = []
    if deskewed:
        warnings.append("Some line boxes refer to the rotation-corrected image (ItemPolygon), not the original.")
    return Recognition(fields, warnings)


def flat_fields(section: Mapping[str, Any], table: FieldMap) -> list[Field]:
    """Fields of a card reply that carries one value per named member and no positions."""
    fields: list[Field] = []
    for vendor_name, key in table:
        value = _text(section.get(vendor_name), vendor_name)
        if value:
            fields.append(make_field(key, vendor_name, value))
    return fields


def _warn_list(response: Mapping[str, Any], code_name: str, message_name: str | None) -> list[str]:
    codes = _list(response.get(code_name), code_name)
    messages = _list(response.get(message_name), message_name) if message_name else []
    warnings = []
    for index, code in enumerate(codes):
        text = clean_text(messages[index]) if index < len(messages) and isinstance(messages[index], str) else ""
        warnings.append(f"Tencent warning {code}: {text}" if text else f"Tencent warning {code}")
    return warnings


def _coded_warnings(codes: Sequence[Any], known: Mapping[int, str]) -> list[str]:
    warnings = []
    for raw in codes:
        code = raw.get("Code") if isinstance(raw, Mapping) else raw
        number = to_number(code)
        text = known.get(int(number)) if number is not None else None
        warnings.append(f"Tencent warning {code}: {text}" if text else f"Tencent warning {code}")
    return warnings


def idcard(table: FieldMap) -> Parser:
    def parse(response: Mapping[str, Any], size: Size) -> Recognition:
        fields = flat_fields(response, table)
        return Recognition(fields, _advanced_info_warnings(response.get("AdvancedInfo")))

    return parse


def _advanced_info_warnings(raw: Any) -> list[str]:
    """IDCardOCR's AdvancedInfo is a JSON *string*; a broken one must not lose the fields."""
    if raw in (None, "", "{}"):
        return []
    try:
        info = safejson.loads(raw) if isinstance(raw, str) else raw
    except (json.JSONDecodeError, TypeError):
        return ["AdvancedInfo from Tencent could not be read (not valid JSON); ignored."]
    if not isinstance(info, Mapping):
        return ["AdvancedInfo from Tencent could not be read (not an object); ignored."]
    codes = info.get("WarnInfos")
    return _coded_warnings(codes, tables.IDCARD_WARNINGS) if isinstance(codes, list) else []


def vehicle_license(section_name: str, table: FieldMap) -> Parser:
    def parse(response: Mapping[str, Any], size: Size) -> Recognition:
        section = response.get(section_name)
        if section is None:
            raise malformed(VENDOR, f"the reply has no {section_name}")
        fields = flat_fields(_dict(section, section_name), table)
        return Recognition(fields, _warn_list(response, "RecognizeWarnCode", "RecognizeWarnMsg"))

    return parse


def driver_license(response: Mapping[str, Any], size: Size) -> Recognition:
    fields = flat_fields(response, tables.DRIVER_FIELDS)
    return Recognition(fields, _warn_list(response, "RecognizeWarnCode", "RecognizeWarnMsg"))


def bank_card(response: Mapping[str, Any], size: Size) -> Recognition:
    fields = flat_fields(response, tables.BANK_FIELDS)
    return Recognition(
        fields, _coded_warnings(_list(response.get("WarningCode"), "WarningCode"), tables.BANK_CARD_WARNINGS)
    )


def biz_license(response: Mapping[str, Any], size: Size) -> Recognition:
    fields = flat_fields(response, tables.BIZ_FIELDS)
    for item in fields:
        if item.label == "RegNum" and len(item.ocr_value) != 18:
            item.key = "registration_number"
    return Recognition(fields, _warn_list(response, "RecognizeWarnCode", "RecognizeWarnMsg"))


def passport(response: Mapping[str, Any], size: Size) -> Recognition:
    return Recognition(flat_fields(response, tables.PASSPORT_FIELDS))


def license_plate(response: Mapping[str, Any], size: Size) -> Recognition:
    """Every plate in LicensePlateInfos (else the top-level one): number with Rect and confidence,
    and its colour with the same box (the colour is a property of that plate)."""
    plates = _list(response.get("LicensePlateInfos"), "LicensePlateInfos") or [response]
    fields: list[Field] = []
    keys: list[str] = []
    for index, plate in enumerate(plates):
        plate = _dict(plate, f"LicensePlateInfos[{index}]")
        number = _text(plate.get("Number"), "Number")
        if not number:
            continue
        rect = plate.get("Rect")
        box = None
        if isinstance(rect, Mapping):
            box = _clip(box_from_xywh(rect.get("X"), rect.get("Y"), rect.get("Width"), rect.get("Height")), size)
        key = unique_key("plate_number", keys)
        keys.append(key)
        fields.append(make_field(key, "Number", number, to_confidence(plate.get("Confidence"), 100), box))
        color = _text(plate.get("Color"), "Color")
        if color:
            key = unique_key("plate_color", keys)
            keys.append(key)
            fields.append(make_field(key, "Color", color, None, box))
    return Recognition(fields)


def _named_items(
    items: list[Any],
    what: str,
    names: Mapping[str, str],
    position: Callable[[Mapping[str, Any]], tuple[list[Point] | None, Box | None]],
    size: Size,
) -> list[Field]:
    fields: list[Field] = []
    keys: list[str] = []
    for index, item in enumerate(items):
        item = _dict(item, f"{what}[{index}]")
        label = clean_label(_text(item.get("Name"), f"{what}[{index}].Name"))
        value = _text(item.get("Value"), f"{what}[{index}].Value")
        if not label or not value:
            continue
        known = names.get(label)
        key = unique_key(known, keys) if known else fallback_key(label, keys)
        keys.append(key)
        polygon, box = position(item)
        fields.append(_positioned(key, label, value, size, polygon=polygon, box=box))
    return fields


def _corner_polygon(item: Mapping[str, Any]) -> tuple[list[Point] | None, Box | None]:
    corners = item.get("Polygon")
    if not isinstance(corners, Mapping):
        return None, None
    points = [corners.get(name) for name in ("LeftTop", "RightTop", "RightBottom", "LeftBottom")]
    if not all(isinstance(point, Mapping) for point in points):
        return None, None
    return polygon_from_points(points), None


def _item_coord(item: Mapping[str, Any]) -> tuple[list[Point] | None, Box | None]:
    coord = item.get("ItemCoord")
    if not isinstance(coord, Mapping):
        return None, None
    return None, box_from_xywh(coord.get("X"), coord.get("Y"), coord.get("Width"), coord.get("Height"))


def vat_invoice(response: Mapping[str, Any], size: Size) -> Recognition:
    items = _list(response.get("VatInvoiceInfos"), "VatInvoiceInfos")
    return Recognition(_named_items(items, "VatInvoiceInfos", tables.VAT_INVOICE_NAMES, _corner_polygon, size))


def business_card(response: Mapping[str, Any], size: Size) -> Recognition:
    items = _list(response.get("BusinessCardInfos"), "BusinessCardInfos")
    fields = _named_items(items, "BusinessCardInfos", tables.BUSINESS_CARD_NAMES, _item_coord, size)
    warnings = []
    angle = to_number(response.get("Angle"))
    if angle and abs(angle) >= 1 and any(item.box for item in fields):
        warnings.append(
            f"The card was rotated by {angle:g}°: Tencent gives business-card boxes in the "
            "rotation-corrected image, so they may be offset on the original."
        )
    return Recognition(fields, warnings)


def response_body(reply: Any) -> Mapping[str, Any]:
    """`Response` of a successful reply; errors are handled by the caller before this."""
    body = _dict(reply, "the reply")
    return _dict(body.get("Response"), "Response")


def check_error(reply: Any) -> tuple[str, str, str] | None:
    """(code, message, request id) when the reply is an API 3.0 error, else None."""
    if not isinstance(reply, Mapping) or not isinstance(reply.get("Response"), Mapping):
        return None
    error = reply["Response"].get("Error")
    if error is None:
        return None
    if not isinstance(error, Mapping) or not isinstance(error.get("Code"), str) or not error["Code"]:
        raise malformed(VENDOR, "Response.Error has no Code")
    message = error.get("Message")
    request_id = reply["Response"].get("RequestId")
    return (
        error["Code"],
        message if isinstance(message, str) else "",
        request_id if isinstance(request_id, str) else "",
    )
