"""Tencent Cloud OCR, API 3.0 (`ocr.tencentcloudapi.com`, Version 2018-11-19, TC3-HMAC-SHA256).

One POST per image: a JSON body `{"ImageBase64": …, <action parameters>}` to "/", the action named
in `X-TC-Action`, signed over the exact body bytes (sign.py). Errors come back as HTTP 200
with `Response.Error{Code, Message}`. Replies are normalised in parse.py.
"""

from __future__ import annotations

import base64
import json
import logging
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import ClassVar
from urllib.parse import urlsplit

import requests

from ocrdesk.doc_warnings import WarningCode, make
from ocrdesk.doctypes import DocType
from ocrdesk.errors import ConfigError, ProviderError
from ocrdesk.i18n import QT_TRANSLATE_NOOP, Text
from ocrdesk.imaging import EncodedImage
from ocrdesk.providers.base import COMMON_NETWORK_SETTINGS, CancelToken, Recognition, SettingSpec
from ocrdesk.providers.cloud import CloudProvider, checks_setting, safejson
from ocrdesk.providers.cloud.http import parse_json, status_error
from ocrdesk.providers.tencent_cloud import checks, parse
from ocrdesk.providers.tencent_cloud import fields as tables
from ocrdesk.providers.tencent_cloud.errors import tencent_error
from ocrdesk.providers.tencent_cloud.sign import signed_request_headers

log = logging.getLogger(__name__)

SERVICE = "ocr"
API_VERSION = "2018-11-19"
DEFAULT_REGION = "ap-guangzhou"
CONTENT_TYPE = "application/json; charset=utf-8"
_REGION_PATTERN = re.compile(r"[a-z]{2,}(-[a-z0-9]+)+")


@dataclass(frozen=True)
class ActionSpec:
    action: str
    parse: parse.Parser
    params: Mapping[str, object] = field(default_factory=dict)


ACTIONS: dict[DocType, ActionSpec] = {
    DocType.GENERAL: ActionSpec("GeneralBasicOCR", parse.text_lines),
    DocType.HANDWRITING: ActionSpec("GeneralHandwritingOCR", parse.text_lines),
    DocType.IDCARD_FRONT: ActionSpec("IDCardOCR", parse.idcard(tables.IDCARD_FRONT_FIELDS), {"CardSide": "FRONT"}),
    DocType.IDCARD_BACK: ActionSpec("IDCardOCR", parse.idcard(tables.IDCARD_BACK_FIELDS), {"CardSide": "BACK"}),
    DocType.BUSINESS_CARD: ActionSpec("BusinessCardOCR", parse.business_card),
    DocType.VEHICLE_LICENSE: ActionSpec(
        "VehicleLicenseOCR", parse.vehicle_license("FrontInfo", tables.VEHICLE_FRONT_FIELDS), {"CardSide": "FRONT"}
    ),
    DocType.VEHICLE_LICENSE_BACK: ActionSpec(
        "VehicleLicenseOCR", parse.vehicle_license("BackInfo", tables.VEHICLE_BACK_FIELDS), {"CardSide": "BACK"}
    ),
    DocType.DRIVER_LICENSE: ActionSpec("DriverLicenseOCR", parse.driver_license, {"CardSide": "FRONT"}),
    DocType.LICENSE_PLATE: ActionSpec("LicensePlateOCR", parse.license_plate),
    DocType.BANK_CARD: ActionSpec("BankCardOCR", parse.bank_card),
    DocType.BUSINESS_LICENSE: ActionSpec("BizLicenseOCR", parse.biz_license),
    DocType.VAT_INVOICE: ActionSpec("VatInvoiceOCR", parse.vat_invoice),
    DocType.PASSPORT: ActionSpec("PassportOCR", parse.passport, {"Type": "CN"}),
}


# MLIDPassportOCR reads any country's passport (from its machine-readable zone); PassportOCR only mainland ones.
MLID_PASSPORT = ActionSpec("MLIDPassportOCR", parse.mlid_passport)
DRIVER_SIDES = ("FRONT", "BACK", "DOUBLE")
WARNING_SERVICE_FAILED = "FailedOperation.WarningServiceFailed"
PASSPORT_KINDS = ("mainland", "any")


class TencentCloudProvider(CloudProvider):
    id = "tencent-cloud"
    name = parse.VENDOR
    doc_types = tuple(ACTIONS)
    settings = (
        SettingSpec("secret_id", QT_TRANSLATE_NOOP("ProviderSettings", "SecretId")),
        SettingSpec("secret_key", QT_TRANSLATE_NOOP("ProviderSettings", "SecretKey"), secret=True),
        # Optional with a default: the SDK models mark Region optional for most OCR actions, but
        # some doc pages list supported regions, so we always send one (PROTOCOLS.md §5.1).
        SettingSpec(
            "region",
            QT_TRANSLATE_NOOP("ProviderSettings", "Region"),
            required=False,
            default=DEFAULT_REGION,
            help=QT_TRANSLATE_NOOP("ProviderSettings", "e.g. ap-guangzhou, ap-beijing, ap-shanghai, ap-hongkong"),
        ),
        checks_setting(
            QT_TRANSLATE_NOOP(
                "ProviderSettings",
                "Ask Tencent for every check it offers (photocopy, re-shot, PS, temporary ID, border, glare, "
                "quality) on ID cards, bank cards and business licences",
            )
        ),
        SettingSpec(
            "driver_license_side",
            QT_TRANSLATE_NOOP("ProviderSettings", "Driver licence side"),
            required=False,
            default="FRONT",
            kind="choice",
            choices=(
                ("FRONT", QT_TRANSLATE_NOOP("ProviderSettings", "Main page")),
                ("BACK", QT_TRANSLATE_NOOP("ProviderSettings", "Second page (副页)")),
                ("DOUBLE", QT_TRANSLATE_NOOP("ProviderSettings", "Either page, or both")),
            ),
            help=QT_TRANSLATE_NOOP("ProviderSettings", "Which page of a driver licence the pictures show"),
        ),
        SettingSpec(
            "passports",
            QT_TRANSLATE_NOOP("ProviderSettings", "Passports"),
            required=False,
            default="mainland",
            kind="choice",
            choices=(
                ("mainland", QT_TRANSLATE_NOOP("ProviderSettings", "Chinese passports (PassportOCR)")),
                (
                    "any",
                    QT_TRANSLATE_NOOP(
                        "ProviderSettings", "Any country's, from the machine-readable lines (MLIDPassportOCR)"
                    ),
                ),
            ),
            help=QT_TRANSLATE_NOOP("ProviderSettings", "Which passports the passport document type reads"),
        ),
        *COMMON_NETWORK_SETTINGS,
    )
    default_endpoint = "https://ocr.tencentcloudapi.com"
    # "图片经Base64编码后不超过 7M": the limit is on the base64 text; 7 000 000 is the safe reading of "7M".
    upload_limit_bytes: ClassVar[int] = 7_000_000
    upload_is_base64: ClassVar[bool] = True

    def __init__(self, config: Mapping[str, str] | None = None) -> None:
        super().__init__(config)
        parts = urlsplit(self.endpoint)
        # the signed Host must be exactly what is sent: host plus any explicit port, no user info
        self.host = parts.netloc.rpartition("@")[2]
        # API 3.0 always posts to "/" (the canonical URI we sign); a path in the endpoint is kept for
        # proxies that forward to the vendor's "/".
        self.post_url = self.endpoint + "/"
        self.clock: Callable[[], float] = time.time

    def check_credentials(self) -> None:
        self.require("secret_id")
        self.require("secret_key")
        self._region()
        self._action(DocType.GENERAL)  # the other settings, before any image work

    def _action(self, doc_type: DocType) -> ActionSpec:
        """The action for `doc_type` as the settings make it: the driver licence side, which passport
        reader, and every check the vendor offers unless `checks` is off."""
        checks_on = self.switch("checks")
        side = self.choice("driver_license_side", DRIVER_SIDES)
        passports = self.choice("passports", PASSPORT_KINDS)
        spec = ACTIONS[doc_type]
        if doc_type is DocType.DRIVER_LICENSE:
            spec = ActionSpec(spec.action, spec.parse, {"CardSide": side})
        elif doc_type is DocType.PASSPORT and passports == "any":
            spec = MLID_PASSPORT
        flags = checks.REQUEST_FLAGS.get(spec.action, {}) if checks_on else {}
        return ActionSpec(spec.action, spec.parse, {**spec.params, **flags})

    def _region(self) -> str:
        region = (self.config.get("region") or DEFAULT_REGION).strip()
        if not _REGION_PATTERN.fullmatch(region):
            template = QT_TRANSLATE_NOOP(
                "ProviderConfig", "{name}: region {region} is not a region name like ap-guangzhou"
            )
            message = Text(
                "ProviderConfig", template, -1, name=Text("ProviderNames", self.name), region=repr(region[:40])
            )
            raise ConfigError(message, "bad_region")
        return region

    def recognize_encoded(self, encoded: EncodedImage, doc_type: DocType, cancel: CancelToken) -> Recognition:
        spec = self._action(doc_type)
        try:
            return self._call(spec, encoded, cancel)
        except ProviderError as exc:
            plain = ACTIONS.get(doc_type)
            if exc.code != WARNING_SERVICE_FAILED or plain is None or not set(spec.params) - set(plain.params):
                raise
        # The checks' own service failed: the text still matters. Read it without the checks, and say
        # that the picture was not checked (the operator must not take silence for a clean card).
        log.info("%s: the warning service failed; reading %s without checks", self.name, spec.action)
        unchecked = ActionSpec(spec.action, spec.parse, {k: v for k, v in spec.params.items() if k in plain.params})
        recognition = self._call(unchecked, encoded, cancel)
        words = "FailedOperation.WarningServiceFailed: the authenticity checks could not run"
        recognition.document_warnings.append(make(WarningCode.OTHER, WARNING_SERVICE_FAILED, words))
        return recognition

    def _call(self, spec: ActionSpec, encoded: EncodedImage, cancel: CancelToken) -> Recognition:
        secret_id, secret_key, region = self.require("secret_id"), self.require("secret_key"), self._region()
        params = {"ImageBase64": base64.b64encode(encoded.data).decode("ascii"), **spec.params}
        # Serialised once: these exact bytes are hashed into the signature and sent as the body.
        body = json.dumps(params, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

        def build() -> requests.Request:
            headers = signed_request_headers(
                secret_id=secret_id,
                secret_key=secret_key,
                service=SERVICE,
                host=self.host,
                action=spec.action,
                version=API_VERSION,
                region=region,
                timestamp=int(self.clock()),  # re-signed per attempt: the timestamp must be fresh
                payload=body,
                content_type=CONTENT_TYPE,
            )
            return requests.Request("POST", self.post_url, headers=headers, data=body)

        response = self.http.send(build, cancel, retry_if=_passing_error)
        body_json = self._reply(response)
        request_id = body_json.get("RequestId")
        log.debug("%s %s answered, RequestId %s", self.name, spec.action, request_id)
        return spec.parse(body_json, encoded.size)

    def _reply(self, response: requests.Response) -> Mapping[str, object]:
        """`Response` of a success; the vendor's error whatever the HTTP status; else a status error."""
        try:
            reply = parse_json(self.name, response)
        except ProviderError:
            if response.status_code != 200:
                raise status_error(self.name, response) from None
            raise
        error = parse.check_error(reply)
        if error is not None:
            raise tencent_error(*error)
        if response.status_code != 200:
            raise status_error(self.name, response)
        return parse.response_body(reply)


def _passing_error(response: requests.Response) -> bool:
    """Throttling and internal errors arrive as HTTP 200 with Response.Error: worth another try."""
    try:
        code = str(safejson.loads(response.content)["Response"]["Error"]["Code"])
    except (ValueError, KeyError, TypeError):
        return False
    return code.startswith(("RequestLimitExceeded", "InternalError"))
