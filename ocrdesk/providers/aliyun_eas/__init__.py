"""An ID-card OCR model deployed on Aliyun PAI-EAS (seed 001; PROTOCOLS.md §2 and §6b).

This is someone's model service, not an Aliyun product API, so there is no default host: the endpoint setting is
the FULL service URL as the deployment shows it, e.g. ``http://<id>.cn-chengdu.pai-eas.aliyuncs.com/api/predict/
<service>/idcard_ocr`` (the service name and the path vary by deployment, so nothing is appended).

Request: ``POST <endpoint>``, ``Authorization: <token>`` (the raw token, no scheme), form-urlencoded
``info=<free text>&data=<base64 image>`` (requests percent-encodes ``+/=``); the base64 text must stay under 8 MB.

Reply: the body is base64 of JSON ``{"code": "200", "message": …, "data": {…}}``; ``code`` is a string and ``data``
may itself be a JSON string. The service detects the side itself (``data.type`` front/back): when it differs from
the document type chosen, the side found is returned (with canonical keys of that side) and a warning says so.
``idcard_image`` (the corrected card crop, base64) becomes ``Recognition.artifacts["corrected_image"]``; one that
does not decode as an image is dropped with a warning. No boxes and no confidences are given.
"""

from __future__ import annotations

import base64
import binascii
import io
import json
import re
from collections.abc import Mapping
from typing import Any, ClassVar

import requests
from PIL import Image

from ocrdesk.doctypes import DocType
from ocrdesk.errors import ConfigError, ProviderError
from ocrdesk.i18n import QT_TRANSLATE_NOOP, Text
from ocrdesk.imaging import EncodedImage
from ocrdesk.model import Field
from ocrdesk.providers.aliyun_eas.errors import check_code, eas_status_error
from ocrdesk.providers.base import COMMON_NETWORK_SETTINGS, CancelToken, Recognition, SettingSpec
from ocrdesk.providers.cloud import CloudProvider, safejson
from ocrdesk.providers.cloud.http import malformed
from ocrdesk.providers.cloud.normalize import clean_label, fallback_key, make_field, scalar_text

# vendor field -> canonical key, per side, in display order
FIELD_MAPS: dict[DocType, dict[str, str]] = {
    DocType.IDCARD_FRONT: {
        "name": "name",
        "gender": "sex",
        "race": "ethnicity",
        "birth": "birth_date",  # yyyy.MM.dd, kept as written
        "address": "address",
        "id_no": "id_number",
    },
    DocType.IDCARD_BACK: {"issued_by": "authority", "valid_date": "valid_period"},  # 2013.03.21-2033.03.21
}
_SIDES = {"front": DocType.IDCARD_FRONT, "face": DocType.IDCARD_FRONT, "back": DocType.IDCARD_BACK}
_SIDE_WORDS = {DocType.IDCARD_FRONT: ("front", "人像面"), DocType.IDCARD_BACK: ("back", "国徽面")}
_NON_TEXT_KEYS = frozenset({"type", "idcard_image"})
BASE64_LIMIT = 8_000_000 - 1024  # "使用base64请求数据小于8M"; a little margin for the form's own bytes


class AliyunEasProvider(CloudProvider):
    id: ClassVar[str] = "aliyun-eas"
    name: ClassVar[str] = QT_TRANSLATE_NOOP("ProviderNames", "Aliyun PAI-EAS ID-card model")
    doc_types: ClassVar[tuple[DocType, ...]] = (DocType.IDCARD_FRONT, DocType.IDCARD_BACK)
    settings: ClassVar[tuple[SettingSpec, ...]] = (
        SettingSpec(
            "token",
            QT_TRANSLATE_NOOP("ProviderSettings", "Token"),
            secret=True,
            help=QT_TRANSLATE_NOOP("ProviderSettings", "The service token shown with the EAS service (调用信息)."),
        ),
        SettingSpec(
            "endpoint",
            QT_TRANSLATE_NOOP("ProviderSettings", "Service URL"),
            required=True,
            kind="url",
            help=QT_TRANSLATE_NOOP(
                "ProviderSettings",
                "The full service URL, e.g. http://<id>.cn-chengdu.pai-eas.aliyuncs.com/api/predict/<service>/"
                "idcard_ocr; it is used as given.",
            ),
        ),
        *(spec for spec in COMMON_NETWORK_SETTINGS if spec.name != "endpoint"),
    )
    default_endpoint: ClassVar[str | None] = None
    upload_limit_bytes: ClassVar[int] = BASE64_LIMIT
    upload_is_base64: ClassVar[bool] = True

    def check_credentials(self) -> None:
        token = self.require("token")
        if not token.isascii() or any(ch.isspace() for ch in token):
            # an HTTP header cannot carry it; say so instead of failing inside the HTTP library
            template = QT_TRANSLATE_NOOP("ProviderConfig", "{name}: the token contains characters a token cannot have")
            raise ConfigError(Text("ProviderConfig", template, -1, name=Text("ProviderNames", self.name)), "bad_token")

    def recognize_encoded(self, encoded: EncodedImage, doc_type: DocType, cancel: CancelToken) -> Recognition:
        self.check_credentials()
        token = self.require("token")
        form = {"info": f"OCRDesk {doc_type.value}", "data": base64.b64encode(encoded.data).decode("ascii")}
        headers = {"Authorization": token}

        def build() -> requests.Request:
            # a dict body is sent form-urlencoded, with + / = percent-encoded
            return requests.Request("POST", self.endpoint, headers=headers, data=form)

        response = self.http.send(build, cancel)
        data = parse_reply(self.name, response)
        return recognition_from_data(self.name, data, doc_type)


def parse_reply(vendor: str, response: requests.Response) -> dict[str, Any]:
    """`data` of a successful reply as a dict, or the ProviderError the reply stands for."""
    if response.status_code != 200:
        # the model may have answered with its own (base64) envelope; otherwise EAS itself did
        try:
            envelope = decode_body(vendor, response)
        except ProviderError:
            envelope = {}
        if str(envelope.get("code", "200")).strip() != "200":
            check_code(vendor, envelope)
        raise eas_status_error(vendor, response)
    envelope = decode_body(vendor, response)
    check_code(vendor, envelope)
    data = envelope.get("data")
    if isinstance(data, str):
        try:
            data = safejson.loads(data)
        except json.JSONDecodeError:
            raise malformed(vendor, "'data' is a string that is not valid JSON") from None
    if not isinstance(data, dict):
        raise malformed(vendor, "reply has no 'data' object")
    return data


def decode_body(vendor: str, response: requests.Response) -> dict[str, Any]:
    """base64 → UTF-8 → JSON object, each step with its own MALFORMED message."""
    raw = re.sub(rb"\s+", b"", response.content)
    if not raw:
        raise malformed(vendor, f"sent an empty reply (HTTP {response.status_code})")
    try:
        decoded = base64.b64decode(raw, validate=True)
    except (binascii.Error, ValueError):
        what = "an HTML page" if raw[:1] == b"<" else "a reply"
        raise malformed(vendor, f"sent {what} that is not base64 (HTTP {response.status_code})") from None
    try:
        envelope = safejson.loads(decoded)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise malformed(vendor, "the base64 reply does not hold JSON (cut off or corrupted)") from None
    if not isinstance(envelope, dict):
        raise malformed(vendor, "the decoded reply is not a JSON object")
    return envelope


def recognition_from_data(vendor: str, data: Mapping[str, Any], chosen: DocType) -> Recognition:
    side = _side(vendor, data)
    warnings: list[str] = []
    if side is not chosen:
        (found, found_zh), (asked, asked_zh) = _SIDE_WORDS[side], _SIDE_WORDS[chosen]
        warnings.append(
            f"The service found the {found} of an ID card ({found_zh}), not the {asked} ({asked_zh}) that was chosen;"
            f" the fields of the {found} are shown."
        )
    fields = _fields(vendor, data, side)
    artifacts: dict[str, bytes] = {}
    image, warning = decode_card_image(data.get("idcard_image"))
    if image is not None:
        artifacts["corrected_image"] = image
    if warning:
        warnings.append(warning)
    return Recognition(fields, warnings, artifacts, detected_doc_type=side)


def _side(vendor: str, data: Mapping[str, Any]) -> DocType:
    declared = str(data.get("type") or "").strip().lower()
    if declared in _SIDES:
        return _SIDES[declared]
    # no (or an unknown) type: infer from the fields present
    for doc_type, mapping in FIELD_MAPS.items():
        if any(key in data for key in mapping):
            return doc_type
    raise malformed(vendor, "reply says neither front nor back and holds no ID-card fields")


def _fields(vendor: str, data: Mapping[str, Any], side: DocType) -> list[Field]:
    mapping = FIELD_MAPS[side]
    fields: list[Field] = []
    for vendor_key, key in mapping.items():
        if vendor_key in data:
            fields.append(make_field(key, clean_label(vendor_key), scalar_text(vendor, vendor_key, data[vendor_key])))
    if not fields:
        raise malformed(vendor, f"reply for the {side.value} holds none of its fields")
    taken = {f.key for f in fields}
    for vendor_key, value in data.items():
        if vendor_key in _NON_TEXT_KEYS or vendor_key in mapping:
            continue
        if isinstance(value, str) or (isinstance(value, int | float) and not isinstance(value, bool)):
            label = clean_label(vendor_key)
            key = fallback_key(label, taken)
            fields.append(make_field(key, label, value))
            taken.add(key)
    return fields


def decode_card_image(value: Any) -> tuple[bytes | None, str | None]:
    """(image bytes, None), (None, None) when absent, or (None, warning) when it is not a readable image."""
    if value is None or value == "":
        return None, None
    warning = "The corrected card image the service returned could not be read; it was left out."
    if not isinstance(value, str):
        return None, warning
    text = value.split(",", 1)[1] if value.startswith("data:") else value  # tolerate a data: URI
    try:
        raw = base64.b64decode(re.sub(r"\s+", "", text), validate=True)
        with Image.open(io.BytesIO(raw)) as image:
            image.verify()
    # Pillow raises many types for a broken file (OSError, SyntaxError, struct.error, bomb errors…);
    # any of them only means "no usable image", never a failed recognition.
    except Exception:
        return None, warning
    return raw, None
