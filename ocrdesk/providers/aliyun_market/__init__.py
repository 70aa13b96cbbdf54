"""Aliyun API market OCR with an APPCODE (seed 003; PROTOCOLS.md §3 and §6c).

Request: ``POST <endpoint>/rest/160601/ocr/ocr_idcard.json`` (vehicle licence: ``ocr_vehicle.json``) with
``Authorization: APPCODE <appcode>`` and a JSON body ``{"image": <base64>, "configure": "{\\"side\\":\\"face\\"}"}``.
``configure`` is a JSON *string*, as in the official demo. The older ``{"inputs": [...]}`` form is available through
the ``request_format`` setting; its reply wraps the result as a JSON string in
``outputs[0].outputValue.dataValue``. Either reply shape is accepted whatever was sent.

Endpoint: a base URL (scheme://host[:port]); the API path is appended. Without one, ID cards go to the documented
host dm-51.data.aliyun.com and vehicle licences to dm-53.data.aliyun.com (the host third-party clients use).

Fields: the vendor gives no per-field boxes and no confidences, so every text field has box None and confidence
None. The vendor's card outline (``card_region``, 4 points) and portrait (``face_rect``, a rotated rectangle) are
outlines (``card_region`` and ``portrait``), drawn on the page and exported, not fields with no value.
Dates are kept as the vendor writes them (``YYYYMMDD``); the ID card's validity is
one ``valid_period`` field ``<start_date>-<end_date>``, the same shape the other providers use.

Errors: the API gateway answers a non-200 status with ``X-Ca-Error-Code`` (six characters, newer gateways) and/or
``X-Ca-Error-Message`` (the classic gateway's fixed English names such as ``Quota Exhausted``); without those headers
the status came from the OCR backend. A 200 reply can still say ``"success": false``.
"""

from __future__ import annotations

import base64
import io
import json
from collections.abc import Mapping
from typing import Any, ClassVar
from urllib.parse import urlsplit, urlunsplit

import requests
from PIL import Image

from ocrdesk.doctypes import DocType
from ocrdesk.errors import ConfigError, ErrorKind, ProviderError
from ocrdesk.i18n import QT_TRANSLATE_NOOP, Text
from ocrdesk.imaging import EncodedImage
from ocrdesk.model import Field, Outline, Point
from ocrdesk.providers.aliyun_market.errors import BACKEND_ERRORS, gateway_error
from ocrdesk.providers.base import COMMON_NETWORK_SETTINGS, CancelToken, Recognition, SettingSpec
from ocrdesk.providers.cloud import CloudProvider, safejson
from ocrdesk.providers.cloud.http import malformed, parse_json, status_error, vendor_error
from ocrdesk.providers.cloud.normalize import (
    box_from_polygon,
    clean_label,
    fallback_key,
    make_field,
    polygon_from_points,
    rotated_rect_polygon,
    scalar_text,
    to_number,
)

API_PREFIX = "/rest/160601/ocr/"
IDCARD_HOST = "https://dm-51.data.aliyun.com"
VEHICLE_HOST = "https://dm-53.data.aliyun.com"

# doc type -> (API file name, configure side, default host)
_ROUTES: dict[DocType, tuple[str, str, str]] = {
    DocType.IDCARD_FRONT: ("ocr_idcard.json", "face", IDCARD_HOST),
    DocType.IDCARD_BACK: ("ocr_idcard.json", "back", IDCARD_HOST),
    DocType.VEHICLE_LICENSE: ("ocr_vehicle.json", "face", VEHICLE_HOST),
    DocType.VEHICLE_LICENSE_BACK: ("ocr_vehicle.json", "back", VEHICLE_HOST),
}

# vendor field -> canonical key, in the order the operator sees them
FIELD_MAPS: dict[DocType, dict[str, str]] = {
    DocType.IDCARD_FRONT: {
        "name": "name",
        "sex": "sex",
        "nationality": "ethnicity",
        "birth": "birth_date",
        "address": "address",
        "num": "id_number",
    },
    DocType.IDCARD_BACK: {"issue": "authority"},  # start_date/end_date are combined into valid_period
    DocType.VEHICLE_LICENSE: {
        "plate_num": "plate_number",
        "vehicle_type": "vehicle_type",
        "owner": "owner",
        "addr": "address",
        "use_character": "use_character",
        "model": "model",
        "vin": "vin",
        "engine_num": "engine_number",
        "register_date": "register_date",
        "issue_date": "issue_date",
    },
    DocType.VEHICLE_LICENSE_BACK: {
        "plate_num": "plate_number",
        "file_no": "file_number",
        "appproved_passenger_capacity": "passengers",  # sic: the vendor's spelling
        "approved_passenger_capacity": "passengers",  # in case it is ever corrected
        "gross_mass": "total_mass",
        "unladen_mass": "curb_mass",
        "overall_dimension": "dimensions",
        "inspection_record": "inspection_record",
        "approved_load": "load_mass",
        "traction_mass": "traction_mass",
    },
}

# Reply keys that are not recognised text: never turned into fields of their own.
_NON_TEXT_KEYS = frozenset(
    {"config_str", "success", "request_id", "face_rect", "face_rect_vertices", "card_region", "start_date", "end_date"}
)
REQUEST_FORMATS = ("new", "old")


class AliyunMarketProvider(CloudProvider):
    id: ClassVar[str] = "aliyun-market"
    name: ClassVar[str] = QT_TRANSLATE_NOOP("ProviderNames", "Aliyun API market OCR (APPCODE)")
    doc_types: ClassVar[tuple[DocType, ...]] = tuple(_ROUTES)
    settings: ClassVar[tuple[SettingSpec, ...]] = (
        SettingSpec(
            "appcode",
            QT_TRANSLATE_NOOP("ProviderSettings", "AppCode"),
            secret=True,
            help=QT_TRANSLATE_NOOP(
                "ProviderSettings",
                "The AppCode shown for your purchased OCR API in the Aliyun market console (已购买的服务).",
            ),
        ),
        SettingSpec(
            "request_format",
            QT_TRANSLATE_NOOP("ProviderSettings", "Request format"),
            required=False,
            default="new",
            kind="choice",
            choices=(
                ("new", QT_TRANSLATE_NOOP("ProviderSettings", "Current ({image, configure})")),
                ("old", QT_TRANSLATE_NOOP("ProviderSettings", "Older ({inputs: [...]})")),
            ),
            help=QT_TRANSLATE_NOOP(
                "ProviderSettings",
                "The request body the API expects (the older one is is_old_format in the vendor's demo).",
            ),
        ),
        *COMMON_NETWORK_SETTINGS,
    )
    default_endpoint: ClassVar[str | None] = IDCARD_HOST
    # The seed gives no size limit; the gateway refuses large bodies (I413RL). 4 MB of base64 (~3 MB of JPEG)
    # is ample for a card photo.
    upload_limit_bytes: ClassVar[int] = 4 * 1024 * 1024
    upload_is_base64: ClassVar[bool] = True

    def __init__(self, config: Mapping[str, str] | None = None) -> None:
        super().__init__(config)
        request_format = (self.config.get("request_format") or "new").strip().lower()
        if request_format not in REQUEST_FORMATS:
            template = QT_TRANSLATE_NOOP("ProviderConfig", "{name}: request_format must be 'new' or 'old'")
            raise ConfigError(
                Text("ProviderConfig", template, -1, name=Text("ProviderNames", self.name)), "bad_request_format"
            )
        self.old_format = request_format == "old"
        # An explicit endpoint serves every doc type; otherwise each API has its own documented host.
        explicit = (self.config.get("endpoint") or "").strip()
        self.custom_base = _strip_api_path(self.endpoint) if explicit else None

    def api_url(self, doc_type: DocType) -> str:
        file_name, _, host = _ROUTES[doc_type]
        return f"{self.custom_base or host}{API_PREFIX}{file_name}"

    def check_credentials(self) -> None:
        appcode = self.require("appcode")
        if not appcode.isascii() or any(ch.isspace() for ch in appcode):
            # an HTTP header cannot carry it; say so instead of failing inside the HTTP library
            template = QT_TRANSLATE_NOOP(
                "ProviderConfig", "{name}: the AppCode contains characters an AppCode cannot have"
            )
            raise ConfigError(
                Text("ProviderConfig", template, -1, name=Text("ProviderNames", self.name)), "bad_appcode"
            )

    def recognize_encoded(self, encoded: EncodedImage, doc_type: DocType, cancel: CancelToken) -> Recognition:
        self.check_credentials()
        appcode = self.require("appcode")
        url = self.api_url(doc_type)
        side = _ROUTES[doc_type][1]
        body = build_request_body(base64.b64encode(encoded.data).decode("ascii"), side, old_format=self.old_format)
        headers = {"Authorization": f"APPCODE {appcode}", "Content-Type": "application/json; charset=UTF-8"}

        def build() -> requests.Request:
            return requests.Request("POST", url, headers=headers, data=body)

        response = self.http.send(build, cancel)
        result = parse_reply(self.name, response)
        size = _image_size(encoded)
        return Recognition(fields_from_result(self.name, result, doc_type, size), outlines=outlines(result, size))


def build_request_body(image_b64: str, side: str, *, old_format: bool = False) -> bytes:
    """The JSON body; `configure` is always a JSON string (the official demo's json.dumps)."""
    configure = json.dumps({"side": side}, separators=(",", ":"))
    if old_format:
        payload: dict[str, Any] = {
            "inputs": [
                {
                    "image": {"dataType": 50, "dataValue": image_b64},
                    "configure": {"dataType": 50, "dataValue": configure},
                }
            ]
        }
    else:
        payload = {"image": image_b64, "configure": configure}
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def parse_reply(vendor: str, response: requests.Response) -> dict[str, Any]:
    """The recognition result as a dict, or the ProviderError the reply stands for."""
    if response.status_code != 200:
        raise gateway_error(vendor, response) or _backend_error(vendor, response)
    data = parse_json(vendor, response)
    if isinstance(data, dict) and "outputs" in data:
        data = _unwrap_old_format(vendor, data)
    if not isinstance(data, dict):
        raise malformed(vendor, f"sent a JSON {type(data).__name__} where an object was expected")
    success = data.get("success")
    if success is False or (isinstance(success, str) and success.strip().lower() == "false"):
        detail = data.get("error_msg") or data.get("message") or data.get("msg")
        raise vendor_error(vendor, "recognition_failed", detail, BACKEND_ERRORS, ErrorKind.NOT_DETECTED)
    return data


def _unwrap_old_format(vendor: str, data: dict[str, Any]) -> Any:
    try:
        text = data["outputs"][0]["outputValue"]["dataValue"]
    except (KeyError, IndexError, TypeError):
        raise malformed(vendor, "old-format reply without outputs[0].outputValue.dataValue") from None
    if isinstance(text, dict):  # already decoded by some relay: accept it
        return text
    if not isinstance(text, str):
        raise malformed(vendor, "outputs[0].outputValue.dataValue is not a JSON string")
    try:
        return safejson.loads(text)
    except json.JSONDecodeError:
        raise malformed(vendor, "outputs[0].outputValue.dataValue is not valid JSON") from None


def _backend_error(vendor: str, response: requests.Response) -> ProviderError:
    """A non-200 status with no gateway header: the OCR backend's own answer, passed through."""
    base = status_error(vendor, response)
    try:
        data = safejson.loads(response.content)
    except (UnicodeDecodeError, json.JSONDecodeError):
        data = None
    if isinstance(data, dict):
        detail = data.get("error_msg") or data.get("message") or data.get("msg") or data.get("error")
        code = data.get("error_code") or data.get("code")
        if detail or code not in (None, ""):
            vendor_code = str(code) if code not in (None, "") else base.code
            return vendor_error(vendor, vendor_code, detail, BACKEND_ERRORS, base.kind)
    return base


def fields_from_result(
    vendor: str, result: Mapping[str, Any], doc_type: DocType, image_size: tuple[int, int] | None = None
) -> list[Field]:
    """Normalised fields of one reply: canonical keys, vendor names as labels, no boxes, no confidences."""
    mapping = FIELD_MAPS[doc_type]
    fields: list[Field] = []
    taken: set[str] = set()

    def add(key: str, label: str, value: Any) -> None:
        fields.append(make_field(key, label, value))
        taken.add(key)

    for vendor_key, key in mapping.items():
        if vendor_key in result and key not in taken:
            add(key, clean_label(vendor_key), scalar_text(vendor, vendor_key, result[vendor_key]))
    if doc_type is DocType.IDCARD_BACK and ("start_date" in result or "end_date" in result):
        start = scalar_text(vendor, "start_date", result.get("start_date"))
        end = scalar_text(vendor, "end_date", result.get("end_date"))
        add("valid_period", "start_date/end_date", f"{start}-{end}")
    # fields the mapping does not know keep a snake_case key of their own (scalars only)
    for vendor_key, value in result.items():
        if vendor_key in mapping or vendor_key in _NON_TEXT_KEYS or not isinstance(value, str | int | float):
            continue
        if isinstance(value, bool):
            continue
        label = clean_label(vendor_key)
        add(fallback_key(label, taken), label, value)
    if not fields or not (taken & set(mapping.values()) or "valid_period" in taken):
        # e.g. a gateway's {"status": …, "message": …} inside an HTTP 200: not a document
        raise malformed(vendor, f"reply holds none of the expected fields of {doc_type.value}")
    return fields


def outlines(result: Mapping[str, Any], image_size: tuple[int, int] | None = None) -> list[Outline]:
    """The card's outline (`card_region`) and the portrait (`face_rect`): drawn on the page, not fields."""
    found = []
    card = _clip(polygon_from_points(_points(result.get("card_region"))), image_size)
    if card is not None:
        found.append(Outline("card_region", "card_region", tuple(card)))
    portrait = _clip(_face_polygon(result), image_size)
    if portrait is not None:
        found.append(Outline("portrait", "face_rect", tuple(portrait)))
    return found


def _points(value: Any) -> list[Any]:
    return value if isinstance(value, list) and len(value) >= 3 else []


def _face_polygon(result: Mapping[str, Any]) -> list[Point] | None:
    """The portrait: face_rect (centre, size, clockwise angle) or, failing that, face_rect_vertices."""
    rect = result.get("face_rect")
    if isinstance(rect, Mapping):
        center, size = rect.get("center"), rect.get("size")
        if isinstance(center, Mapping) and isinstance(size, Mapping):
            cx, cy = to_number(center.get("x")), to_number(center.get("y"))
            width, height = to_number(size.get("width")), to_number(size.get("height"))
            angle = to_number(rect.get("angle")) or 0.0
            if cx is not None and cy is not None and width and height and width > 0 and height > 0:
                return rotated_rect_polygon(cx, cy, width, height, angle)
    return polygon_from_points(_points(result.get("face_rect_vertices")))


def _clip(polygon: list[Point] | None, image_size: tuple[int, int] | None) -> list[Point] | None:
    """Clamp a polygon to the image; None when nothing of it is inside (a "no box" case)."""
    if polygon is None or image_size is None:
        return polygon
    width, height = image_size
    box = box_from_polygon(polygon)  # None for a degenerate (zero-area) outline
    if box is None or box.clipped(width, height) is None:
        return None
    return [(min(max(x, 0), width), min(max(y, 0), height)) for x, y in polygon]


def _image_size(encoded: EncodedImage) -> tuple[int, int] | None:
    if encoded.size is not None:
        return encoded.size
    try:
        with Image.open(io.BytesIO(encoded.data)) as image:  # reads the header only
            return image.size
    except (OSError, ValueError):
        return None


def _strip_api_path(endpoint: str) -> str:
    """A pasted full API URL (…/rest/160601/ocr/ocr_idcard.json) is reduced to its base."""
    parts = urlsplit(endpoint)
    path = parts.path
    index = path.find(API_PREFIX)
    if index >= 0 and path.endswith(".json"):
        path = path[:index]
    return urlunsplit((parts.scheme, parts.netloc, path.rstrip("/"), "", ""))
