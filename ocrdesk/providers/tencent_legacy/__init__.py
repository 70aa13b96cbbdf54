"""Tencent 万象优图 / 智能图像 OCR, the legacy API at recognition.image.myqcloud.com (seeds 000 and 002).

Requests are multipart POSTs to /ocr/<endpoint> carrying `appid`, `bucket` and the binary `image`, plus
`card_type` (idcard) or `type` (drivinglicence). The `Authorization` header is the raw "multi-use signature"
(多次有效签名), with no scheme (PROTOCOLS.md §1.3).

Errors come as `code`/`message` in the body, with HTTP 200 or 400, and per image inside `result_list`.
Tencent closed this API to new customers; existing AppIDs keep working. The signer lives in
sign.py, the normalisation of replies in parse.py.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any, ClassVar

import requests
from PIL import Image

from ocrdesk.doctypes import DocType
from ocrdesk.errors import ProviderError
from ocrdesk.i18n import QT_TRANSLATE_NOOP
from ocrdesk.imaging import EncodedImage
from ocrdesk.providers.base import COMMON_NETWORK_SETTINGS, CancelToken, Recognition, SettingSpec
from ocrdesk.providers.cloud import CloudProvider
from ocrdesk.providers.cloud.http import malformed, parse_json, status_error
from ocrdesk.providers.cloud.normalize import to_number
from ocrdesk.providers.tencent_legacy.errors import legacy_error
from ocrdesk.providers.tencent_legacy.parse import first_result, parse_reply
from ocrdesk.providers.tencent_legacy.sign import multi_use_signature


def code_text(value: Any) -> str | None:
    """The vendor code as canonical text ("0", "-9702"); None when absent."""
    if value is None or isinstance(value, bool):
        return None
    number = to_number(value)
    if number is not None and number == int(number):
        return str(int(number))
    return str(value).strip() or None


def decode_reply(vendor: str, response: requests.Response) -> dict[str, Any]:
    """The reply as a dict; raises the vendor's error (body first, whatever the HTTP status)."""
    try:
        payload = parse_json(vendor, response)
    except ProviderError:
        if response.status_code != 200:
            raise status_error(vendor, response) from None
        raise
    if not isinstance(payload, dict):
        if response.status_code != 200:
            raise status_error(vendor, response)
        raise malformed(vendor, "sent JSON that is not an object")
    code = code_text(payload.get("code"))
    if code is not None and code != "0":
        raise legacy_error(vendor, code, payload.get("message"))
    if response.status_code != 200:
        raise status_error(vendor, response)
    if "result_list" in payload:  # idcard/businesscard: the outcome of our one image is in its own entry
        entry = first_result(vendor, payload)
        code = code_text(entry.get("code"))
        if code is not None and code != "0":
            raise legacy_error(vendor, code, entry.get("message"))
    return payload


@dataclass(frozen=True)
class Route:
    path: str
    params: tuple[tuple[str, str], ...] = ()  # extra form fields, sent as plain (non-file) parts


ROUTES: dict[DocType, Route] = {
    DocType.IDCARD_FRONT: Route("/ocr/idcard", (("card_type", "0"),)),
    DocType.IDCARD_BACK: Route("/ocr/idcard", (("card_type", "1"),)),  # "反面必须填1"
    DocType.BUSINESS_CARD: Route("/ocr/businesscard"),
    DocType.VEHICLE_LICENSE: Route("/ocr/drivinglicence", (("type", "0"),)),  # 行驶证
    DocType.DRIVER_LICENSE: Route("/ocr/drivinglicence", (("type", "1"),)),  # 驾驶证
    DocType.VEHICLE_LICENSE_BACK: Route("/ocr/drivinglicence", (("type", "2"),)),  # 行驶证副页
    DocType.LICENSE_PLATE: Route("/ocr/plate"),
    DocType.BANK_CARD: Route("/ocr/bankcard"),
    DocType.BUSINESS_LICENSE: Route("/ocr/bizlicense"),
    DocType.GENERAL: Route("/ocr/general"),
    DocType.HANDWRITING: Route("/ocr/handwriting"),
}

# The idcard and businesscard endpoints belong to the batch service whose doc lists error 20,
# "单个文件最大支持1MB" (1 MB per file); the others only limit the whole body to 6 MB.
_PER_FILE_LIMIT: dict[DocType, int] = {
    DocType.IDCARD_FRONT: 1024 * 1024,
    DocType.IDCARD_BACK: 1024 * 1024,
    DocType.BUSINESS_CARD: 1024 * 1024,
}


class TencentLegacyProvider(CloudProvider):
    id: ClassVar[str] = "tencent-legacy"
    name: ClassVar[str] = QT_TRANSLATE_NOOP("ProviderNames", "Tencent 万象优图 (legacy)")
    doc_types: ClassVar[tuple[DocType, ...]] = tuple(ROUTES)
    settings: ClassVar[tuple[SettingSpec, ...]] = (
        SettingSpec(
            "appid",
            QT_TRANSLATE_NOOP("ProviderSettings", "AppID"),
            help=QT_TRANSLATE_NOOP("ProviderSettings", "Tencent Cloud APPID (项目ID), digits"),
        ),
        SettingSpec(
            "bucket",
            QT_TRANSLATE_NOOP("ProviderSettings", "Bucket"),
            required=False,
            help=QT_TRANSLATE_NOOP(
                "ProviderSettings",
                "万象优图 bucket (空间名称); later docs call it a legacy field that may be left empty",
            ),
        ),
        SettingSpec("secret_id", QT_TRANSLATE_NOOP("ProviderSettings", "SecretId")),
        SettingSpec("secret_key", QT_TRANSLATE_NOOP("ProviderSettings", "SecretKey"), secret=True),
        *COMMON_NETWORK_SETTINGS,
    )
    default_endpoint: ClassVar[str | None] = "https://recognition.image.myqcloud.com"
    # "每个请求的包体大小限制为6MB": the limit is on the whole multipart body, so leave room for the parts'
    # headers, and read "MB" as 10^6 bytes to be safe.
    upload_limit_bytes: ClassVar[int] = 6_000_000 - 16 * 1024
    upload_is_base64: ClassVar[bool] = False

    def upload_limit(self, doc_type: DocType) -> int:
        return min(self.upload_limit_bytes, _PER_FILE_LIMIT.get(doc_type, self.upload_limit_bytes))

    def check_credentials(self) -> None:
        self._credentials()

    def recognize_encoded(self, encoded: EncodedImage, doc_type: DocType, cancel: CancelToken) -> Recognition:
        route = ROUTES[doc_type]
        appid, bucket, secret_id, secret_key = self._credentials()
        suffix = "png" if encoded.mime == "image/png" else "jpg"

        def build() -> requests.Request:
            # signed afresh for every attempt: a retry after a long back-off must not reuse an old `t`
            signature = multi_use_signature(appid, bucket, secret_id, secret_key)
            parts: list[tuple[str, tuple[str | None, str] | tuple[str, bytes, str]]] = [("appid", (None, appid))]
            if bucket:
                parts.append(("bucket", (None, bucket)))
            # (None, value) makes requests send a plain form field; a bare int would become a *file* part
            parts.extend((name, (None, value)) for name, value in route.params)
            parts.append(("image", (f"image.{suffix}", encoded.data, encoded.mime)))
            return requests.Request("POST", self.url(route.path), headers={"Authorization": signature}, files=parts)

        response = self.http.send(build, cancel)
        recognition = parse_reply(self.name, decode_reply(self.name, response), doc_type)
        _clip_to_image(recognition, encoded)
        return recognition

    def _credentials(self) -> tuple[str, str, str, str]:
        """appid, bucket (may be empty), secret_id, secret_key; ConfigError names the missing one."""
        appid = self.require("appid")
        secret_id = self.require("secret_id")
        secret_key = self.require("secret_key")
        return appid, (self.config.get("bucket") or "").strip(), secret_id, secret_key


def _clip_to_image(recognition: Recognition, encoded: EncodedImage) -> None:
    """Boxes cut to the uploaded image; a box wholly outside it is no box (PROTOCOLS.md §7.1)."""
    try:
        with Image.open(io.BytesIO(encoded.data)) as uploaded:
            width, height = uploaded.size
    except (OSError, ValueError):
        return
    for item in recognition.fields:
        if item.box is not None:
            item.box = item.box.clipped(width, height)
