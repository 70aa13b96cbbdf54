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
import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from ocrdesk.doc_warnings import WarningCode, make
from ocrdesk.doctypes import line_key, line_label
from ocrdesk.i18n import QT_TRANSLATE_NOOP
from ocrdesk.model import Box, DocumentWarning, Field, Point
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
from ocrdesk.providers.tencent_cloud import checks
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


def idcard(table: FieldMap) -> Parser:
    def parse(response: Mapping[str, Any], size: Size) -> Recognition:
        fields = flat_fields(response, table)
        notes, warnings = _advanced_info(response.get("AdvancedInfo"))
        return Recognition(fields, notes, document_warnings=warnings)

    return parse


def _advanced_info(raw: Any) -> tuple[list[str], list[DocumentWarning]]:
    """IDCardOCR's AdvancedInfo is a JSON *string*; a broken one must not lose the fields."""
    if raw in (None, "", "{}"):
        return [], []
    try:
        info = safejson.loads(raw) if isinstance(raw, str) else raw
    except (json.JSONDecodeError, TypeError):
        return ["AdvancedInfo from Tencent could not be read (not valid JSON); ignored."], []
    if not isinstance(info, Mapping):
        return ["AdvancedInfo from Tencent could not be read (not an object); ignored."], []
    codes = info.get("WarnInfos")
    warnings = checks.coded(codes, checks.IDCARD_CODES) if isinstance(codes, list) else []
    return [], warnings + checks.low_quality(info.get("Quality"), "Quality")


def _recognize_warnings(response: Mapping[str, Any], table: Mapping[int, WarningCode]) -> list[DocumentWarning]:
    """RecognizeWarnCode, with RecognizeWarnMsg (the vendor's constant names) kept beside each code."""
    codes = _list(response.get("RecognizeWarnCode"), "RecognizeWarnCode")
    return checks.coded(codes, table, _list(response.get("RecognizeWarnMsg"), "RecognizeWarnMsg"))


def _electronic(value: Any, name: str) -> list[DocumentWarning]:
    return [make(WarningCode.ELECTRONIC, name, str(value))] if value == "Electronic" else []


def vehicle_license(section_name: str, table: FieldMap) -> Parser:
    def parse(response: Mapping[str, Any], size: Size) -> Recognition:
        section = response.get(section_name)
        if section is None:
            raise malformed(VENDOR, f"the reply has no {section_name}")
        fields = flat_fields(_dict(section, section_name), table) + flat_fields(response, tables.VEHICLE_TYPE_FIELDS)
        warnings = _recognize_warnings(response, checks.LICENSE_CODES)
        warnings += _electronic(response.get("VehicleLicenseType"), "VehicleLicenseType")
        return Recognition(fields, document_warnings=warnings)

    return parse


_DURATION = re.compile(r"(\d{1,2})\s*年")


def driver_license(response: Mapping[str, Any], size: Size) -> Recognition:
    fields = flat_fields(response, tables.DRIVER_FIELDS)
    _duration_end_date(fields)
    warnings = _recognize_warnings(response, checks.LICENSE_CODES)
    warnings += _electronic(response.get("DriverLicenseType"), "DriverLicenseType")
    return Recognition(fields, document_warnings=warnings)


def _duration_end_date(fields: list[Field]) -> None:
    """An old licence's EndDate is a duration ("6年") or "长期", not a date: it is the `valid_period`,
    and `valid_to` is computed from `valid_from` (marked as a rule's value, what was read kept)."""
    end = next((item for item in fields if item.label == tables.DRIVER_END_DATE), None)
    if end is None or not (_DURATION.fullmatch(end.ocr_value) or end.ocr_value == "长期"):
        return
    end.key = "valid_period"
    years = _DURATION.fullmatch(end.ocr_value)
    start = next((item for item in fields if item.key == "valid_from"), None)
    if years is None or start is None:
        return
    computed = _add_years(start.ocr_value, int(years.group(1)))
    if computed is not None:
        note = f"valid_from + {end.ocr_value}"
        index = fields.index(end)
        computed_field = Field("valid_to", "EndDate", "", value=computed, corrected_value=computed, corrections=[note])
        fields.insert(index + 1, computed_field)


def _add_years(text: str, years: int) -> str | None:
    try:
        start = date.fromisoformat(text.strip())
    except ValueError:
        return None
    try:
        return start.replace(year=start.year + years).isoformat()
    except ValueError:  # 29 February into a common year: the licence runs to 28 February
        return start.replace(year=start.year + years, day=28).isoformat()


def bank_card(response: Mapping[str, Any], size: Size) -> Recognition:
    fields = flat_fields(response, tables.BANK_FIELDS)
    warnings = checks.coded(_list(response.get("WarningCode"), "WarningCode"), checks.BANK_CARD_CODES)
    warnings += checks.low_quality(response.get("QualityValue"), "QualityValue")
    category = response.get("CardCategory")
    if isinstance(category, str) and "截图" in category:
        warnings.append(make(WarningCode.SCREENSHOT, "CardCategory", clean_text(category)[:200]))
    return Recognition(fields, document_warnings=warnings)


def biz_license(response: Mapping[str, Any], size: Size) -> Recognition:
    fields = flat_fields(response, tables.BIZ_FIELDS)
    for item in fields:
        if item.label == "RegNum" and len(item.ocr_value) != 18:
            item.key = "registration_number"
    for vendor_name, key in tables.BIZ_FLAGS:
        value = response.get(vendor_name)
        text = _yes_no(value, ("副本", "正本") if vendor_name == "IsDuplication" else ("是", "否"))
        if text:
            fields.append(make_field(key, vendor_name, text))
    warnings = _recognize_warnings(response, checks.BIZ_LICENSE_CODES)
    if response.get("Electronic") is True:
        warnings.append(make(WarningCode.ELECTRONIC, "Electronic", "true"))
    return Recognition(fields, document_warnings=warnings)


def _yes_no(value: Any, words: tuple[str, str]) -> str:
    """true/1 → words[0], false/-1 → words[1]; anything else (0, null: unknown) → ''."""
    if value is True or (not isinstance(value, bool) and value == 1):
        return words[0]
    if value is False or (not isinstance(value, bool) and value == -1):
        return words[1]
    return ""


def passport(response: Mapping[str, Any], size: Size) -> Recognition:
    return Recognition(flat_fields(response, tables.PASSPORT_FIELDS))


def mlid_passport(response: Mapping[str, Any], size: Size) -> Recognition:
    """MLIDPassportOCR (any country's passport); its warnings come from the international site only."""
    fields = flat_fields(response, tables.MLID_PASSPORT_FIELDS)
    codes = _list(response.get("WarnCardInfos"), "WarnCardInfos")
    return Recognition(fields, document_warnings=checks.coded(codes, checks.PASSPORT_CODES))


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
    infos = _list(response.get("VatInvoiceInfos"), "VatInvoiceInfos")
    fields = _named_items(infos, "VatInvoiceInfos", tables.VAT_INVOICE_NAMES, _corner_polygon, size)
    return Recognition(fields + _vat_items(_list(response.get("Items"), "Items")))


def _vat_items(items: list[Any]) -> list[Field]:
    """The invoice's line items as fields item_N_name, item_N_quantity, … (N: the item's LineNo when it
    is a number, else its position); the label says where each came from (`Items[1].Name`)."""
    fields: list[Field] = []
    for position, raw in enumerate(items, start=1):
        item = _dict(raw, f"Items[{position - 1}]")
        line = _text(item.get("LineNo"), "Items[].LineNo")
        number = int(line) if line.isdigit() and 0 < int(line) < 10_000 else position
        for vendor_name, key in tables.VAT_ITEM_FIELDS:
            value = _text(item.get(vendor_name), f"Items[].{vendor_name}")
            if value:
                fields.append(make_field(f"item_{number}_{key}", f"Items[{number}].{vendor_name}", value))
    return fields


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
