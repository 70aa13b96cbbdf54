"""A fake Tencent Cloud OCR API 3.0 endpoint (PROTOCOLS.md §5.1) on 127.0.0.1.

It checks what the real gateway checks, in its order, and answers as it does (HTTP 200 with
`Response.Error{Code, Message}`):
  * POST to "/", `Content-Type: application/json; charset=utf-8`, Host equal to its own host:port;
  * X-TC-Action (known OCR action), X-TC-Version 2018-11-19, X-TC-Region (a real region);
  * X-TC-Timestamp within 5 minutes (AuthFailure.SignatureExpire), the SecretId
    (AuthFailure.SecretIdNotFound), and the TC3-HMAC-SHA256 signature, recomputed here independently
    of the provider's signer over the received headers and body bytes (AuthFailure.SignatureFailure);
  * the JSON body: only documented parameters, CardSide/Type values, ImageBase64 as standard base64
    of a decodable image, at most 7M of base64.
Then it answers with a realistic sample reply per action (values as Tencent's docs show them).
`queue(...)` makes the next requests misbehave: vendor errors, raw replies or transport faults.
"""

from __future__ import annotations

import base64
import binascii
import copy
import hashlib
import hmac
import io
import json
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import numpy as np
from PIL import Image, ImageDraw

from ocrdesk.doctypes import DocType
from ocrdesk.errors import ProviderError
from ocrdesk.imaging import SourceImage, from_rgb_array
from ocrdesk.providers.base import Recognition
from tests.fakes.server import FakeResponse, FakeServer, RecordedRequest, fake_server
from tests.fakes.tencent_cloud_samples import SAMPLES

TEST_SECRET_ID = "AKIDfakeTencentCloud0123456789"
TEST_SECRET_KEY = "tc3-Secret-Gu5t9xGARNpq86-never-print"
API_VERSION = "2018-11-19"
MAX_SKEW = 300
MAX_BASE64 = 7_000_000
REGIONS = frozenset({"ap-guangzhou", "ap-beijing", "ap-shanghai", "ap-hongkong", "ap-singapore", "ap-seoul"})
CONTENT_TYPE = "application/json; charset=utf-8"
_AUTH = re.compile(
    r"TC3-HMAC-SHA256 Credential=(?P<id>[^/]+)/(?P<date>\d{4}-\d{2}-\d{2})/(?P<service>[a-z]+)/tc3_request, "
    r"SignedHeaders=(?P<signed>[a-z0-9;-]+), Signature=(?P<signature>[0-9a-f]{64})"
)

# action → {parameter: allowed values or None for any}
PARAMETERS: dict[str, dict[str, frozenset[str] | None]] = {
    "GeneralBasicOCR": {"LanguageType": None, "IsPdf": None, "PdfPageNumber": None, "IsWords": None},
    "GeneralHandwritingOCR": {"Scene": None, "EnableWordPolygon": None, "EnableDetectText": None},
    "IDCardOCR": {
        "CardSide": frozenset({"FRONT", "BACK"}),
        "Config": None,
        "EnableRecognitionRectify": None,
        "EnableReflectDetail": None,
        "EnableDateVerify": None,
        "CardWarnType": frozenset({"Basic", "Advanced"}),
    },
    "BusinessCardOCR": {"Config": None},
    "VehicleLicenseOCR": {"CardSide": frozenset({"FRONT", "BACK", "DOUBLE"})},
    "DriverLicenseOCR": {"CardSide": frozenset({"FRONT", "BACK", "DOUBLE"})},
    "LicensePlateOCR": {},
    "BankCardOCR": {
        "RetBorderCutImage": None,
        "RetCardNoImage": None,
        "EnableCopyCheck": None,
        "EnableReshootCheck": None,
        "EnableBorderCheck": None,
        "EnableQualityValue": None,
    },
    "BizLicenseOCR": {"EnableCopyWarn": None, "EnablePeriodComplete": None, "EnableBusinessCertificate": None},
    "VatInvoiceOCR": {"IsPdf": None, "PdfPageNumber": None},
    "PassportOCR": {"Type": frozenset({"CN", "FOREIGN"}), "CropPortrait": None},
    "MLIDPassportOCR": {"RetImage": None},
}
BOOLEAN_PARAMETERS = frozenset(
    {
        "EnableRecognitionRectify",
        "EnableReflectDetail",
        "EnableDateVerify",
        "RetBorderCutImage",
        "RetCardNoImage",
        "EnableCopyCheck",
        "EnableReshootCheck",
        "EnableBorderCheck",
        "EnableQualityValue",
        "EnableCopyWarn",
        "EnablePeriodComplete",
        "EnableBusinessCertificate",
        "CropPortrait",
        "RetImage",
    }
)
# IDCardOCR's Config: a JSON *string* of these flags, all bool (SDK IDCardOCRRequest.Config)
IDCARD_CONFIG_FLAGS = frozenset(
    {
        "CropIdCard",
        "CropPortrait",
        "CopyWarn",
        "BorderCheckWarn",
        "ReshootWarn",
        "DetectPsWarn",
        "TempIdWarn",
        "InvalidDateWarn",
        "Quality",
        "MultiCardDetect",
        "ReflectWarn",
    }
)
# Which request flag makes the gateway report a condition of the picture (None: always reported).
# From the SDK's request and response models; -9110/-9111 on ID cards need CardWarnType Advanced too.
IDCARD_WARN_FLAGS: dict[int, str] = {
    -9109: "InvalidDateWarn",
    -9101: "BorderCheckWarn",
    -9105: "BorderCheckWarn",
    -9102: "CopyWarn",
    -9108: "CopyWarn",
    -9103: "ReshootWarn",
    -9104: "TempIdWarn",
    -9106: "DetectPsWarn",
    -9107: "ReflectWarn",
    -9110: "DetectPsWarn",
    -9111: "DetectPsWarn",
}
BANK_WARN_FLAGS: dict[int, str | None] = {
    -9110: None,
    -9111: "EnableBorderCheck",
    -9112: None,
    -9113: "EnableCopyCheck",
    -9114: "EnableReshootCheck",
}
BIZ_WARN_MESSAGES = {-9102: "WARN_COPY_CARD", -9104: "WARN_RESHOOT_CARD"}
LICENSE_WARN_MESSAGES = {
    -9102: "WARN_DRIVER_LICENSE_COPY_CARD",
    -9103: "WARN_DRIVER_LICENSE_SCREENED_CARD",
    -9104: "WARN_DRIVER_LICENSE_REFLECTION",
    -9105: "WARN_DRIVER_LICENSE_BLUR",
    -9106: "WARN_DRIVER_LICENSE_BORDER_INCOMPLETE",
}


@dataclass
class VendorError:
    """Answer the next request with this Tencent error (HTTP 200, Response.Error)."""

    code: str
    message: str = "error from the fake"


@dataclass
class RawReply:
    """Answer the next request with this text verbatim (HTTP 200, JSON content type)."""

    text: str


FAULTS = frozenset({"html500", "429", "truncated_json", "truncate", "reset", "slow"})


@dataclass
class TencentCloudFake:
    """The request handler; `server.handler` of a FakeServer. Inspect `seen` and `uploads` after a call."""

    secret_id: str = TEST_SECRET_ID
    secret_key: str = TEST_SECRET_KEY
    expected_host: str | None = None
    samples: dict[str, dict[str, Any]] = field(default_factory=lambda: copy.deepcopy(SAMPLES))
    pending: list[VendorError | RawReply | str] = field(default_factory=list)
    rejections: list[str] = field(default_factory=list)  # error codes the checks answered
    uploads: list[tuple[str, dict[str, Any], tuple[int, int]]] = field(default_factory=list)
    slow_seconds: float = 1.5
    # What the next pictures "are": vendor warning codes per action (a photocopy: [-9102]) and an image
    # quality score. The gateway reports them only where the request asked for that check.
    conditions: dict[str, list[int]] = field(default_factory=dict)
    quality: int = 90
    request_ids: Iterator[int] = field(default_factory=lambda: iter(range(1, 1_000_000)))

    def reset(self) -> None:
        """Back to a fresh fake (samples, queue, records), for a server shared by several tests."""
        fresh = TencentCloudFake(self.secret_id, self.secret_key, self.expected_host)
        self.__dict__.update(fresh.__dict__)

    def queue(self, *items: VendorError | RawReply | str) -> None:
        for item in items:
            if isinstance(item, str) and item not in FAULTS:
                raise ValueError(f"unknown fault {item!r}")
        self.pending.extend(items)

    def __call__(self, request: RecordedRequest) -> FakeResponse:
        request_id = f"fake-{next(self.request_ids):06d}-a0c1-4f1e-9c7e-3b3b3b3b3b3b"
        if self.pending:
            item = self.pending.pop(0)
            if isinstance(item, VendorError):
                return _error(item.code, item.message, request_id)
            if isinstance(item, RawReply):
                return FakeResponse.json(item.text)
            return _fault(item, self.slow_seconds)
        try:
            action, params, size = self._check(request)
        except _Rejected as rejected:
            self.rejections.append(rejected.code)
            return _error(rejected.code, rejected.message, request_id)
        self.uploads.append((action, params, size))
        # IDCardOCR and VehicleLicenseOCR answer per side; without CardSide the front is assumed
        for key in (f"{action}/{params.get('CardSide', 'FRONT')}", action):
            if key in self.samples:
                break
        reply = {**copy.deepcopy(self.samples[key]), "RequestId": request_id}
        self._report_conditions(action, params, reply)
        return FakeResponse.json(json.dumps({"Response": reply}, ensure_ascii=False))

    def _report_conditions(self, action: str, params: dict[str, Any], reply: dict[str, Any]) -> None:
        """Write the picture's conditions into the reply the way each action reports them, when asked."""
        found = self.conditions.get(action, [])
        if action == "IDCardOCR":
            config = json.loads(params.get("Config") or "{}")
            advanced = config.get("Advanced") or params.get("CardWarnType") == "Advanced"
            codes = [
                code
                for code in found
                if config.get(IDCARD_WARN_FLAGS.get(code, "")) and (code not in (-9110, -9111) or advanced)
            ]
            info: dict[str, Any] = {"WarnInfos": codes} if codes else {}
            if config.get("Quality"):
                info["Quality"] = self.quality
            if info and reply.get("AdvancedInfo") in (None, "", "{}"):  # a test's own AdvancedInfo stays
                reply["AdvancedInfo"] = json.dumps(info)
        elif action == "BankCardOCR":
            flags = BANK_WARN_FLAGS
            reply["WarningCode"] = [c for c in found if c in flags and (flags[c] is None or params.get(flags[c]))]
            reply["QualityValue"] = self.quality if params.get("EnableQualityValue") else None
        elif action == "BizLicenseOCR" and params.get("EnableCopyWarn"):
            codes = [code for code in found if code in BIZ_WARN_MESSAGES]
            reply["RecognizeWarnCode"] = codes
            reply["RecognizeWarnMsg"] = [BIZ_WARN_MESSAGES[code] for code in codes]
        elif action in ("DriverLicenseOCR", "VehicleLicenseOCR") and found:
            reply["RecognizeWarnCode"] = list(found)
            reply["RecognizeWarnMsg"] = [LICENSE_WARN_MESSAGES.get(code, "WARN_UNKNOWN") for code in found]
        elif action == "MLIDPassportOCR" and found:
            reply["WarnCardInfos"] = list(found)

    # ----- the gateway's checks -----

    def _check(self, request: RecordedRequest) -> tuple[str, dict[str, Any], tuple[int, int]]:
        if request.method != "POST" or request.path != "/":
            raise _Rejected("UnsupportedProtocol", f"{request.method} {request.path}: only POST / is supported")
        if request.header("content-type") != CONTENT_TYPE:
            raise _Rejected("InvalidRequest", f"Content-Type {request.header('content-type')!r} is not supported")
        if self.expected_host and request.header("host") != self.expected_host:
            raise _Rejected("AuthFailure.SignatureFailure", f"Host {request.header('host')!r} is not this endpoint")
        action = request.header("x-tc-action") or ""
        if action not in PARAMETERS:
            raise _Rejected("InvalidAction", f"The action `{action}` is not found.")
        if request.header("x-tc-version") != API_VERSION:
            raise _Rejected("NoSuchVersion", f"The version `{request.header('x-tc-version')}` is not found.")
        region = request.header("x-tc-region")
        if not region:
            raise _Rejected("MissingParameter", "The request is missing a required parameter `Region`.")
        if region not in REGIONS:
            raise _Rejected("UnsupportedRegion", f"The region `{region}` is not supported.")
        self._check_signature(request)
        return action, *self._check_body(action, request.body)

    def _check_signature(self, request: RecordedRequest) -> None:
        authorization = request.header("authorization") or ""
        match = _AUTH.fullmatch(authorization)
        if not match:
            raise _Rejected("AuthFailure.InvalidAuthorization", "Authorization header is malformed.")
        try:
            timestamp = int(request.header("x-tc-timestamp") or "")
        except ValueError:
            raise _Rejected("InvalidParameter", "X-TC-Timestamp is not an integer.") from None
        if abs(time.time() - timestamp) > MAX_SKEW:
            raise _Rejected("AuthFailure.SignatureExpire", "Signature expired. Timestamp is out of range.")
        if match["id"] != self.secret_id:
            raise _Rejected("AuthFailure.SecretIdNotFound", "The SecretId is not found.")
        signed = match["signed"].split(";")
        if "content-type" not in signed or "host" not in signed or signed != sorted(signed):
            raise _Rejected("AuthFailure.SignatureFailure", "SignedHeaders must list content-type and host, sorted.")
        date = datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d")
        if match["date"] != date or match["service"] != "ocr":
            raise _Rejected("AuthFailure.SignatureFailure", "The credential scope does not match the request.")
        if any(request.header(name) is None for name in signed):
            raise _Rejected("AuthFailure.SignatureFailure", "A signed header is missing.")
        expected = _tc3(self.secret_key, request, signed, timestamp, date)
        if not hmac.compare_digest(expected, match["signature"]):
            raise _Rejected(
                "AuthFailure.SignatureFailure",
                "The provided credentials could not be validated. Please check your signature is correct.",
            )

    def _check_body(self, action: str, body: bytes) -> tuple[dict[str, Any], tuple[int, int]]:
        try:
            params = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise _Rejected("InvalidRequest", "The request body is not valid JSON.") from None
        if not isinstance(params, dict):
            raise _Rejected("InvalidRequest", "The request body is not a JSON object.")
        allowed = PARAMETERS[action]
        for name, value in params.items():
            if name in {"ImageBase64", "ImageUrl"}:
                continue
            if name not in allowed:
                raise _Rejected("UnknownParameter", f"The parameter `{name}` is not recognized.")
            values = allowed[name]
            if name in BOOLEAN_PARAMETERS and not isinstance(value, bool):
                raise _Rejected("InvalidParameterValue", f"The value of parameter `{name}` is not a boolean.")
            if name == "Config":
                _check_config(value)
            if values is not None and value not in values:
                code = "FailedOperation.CardSideError" if name == "CardSide" else "InvalidParameterValue"
                raise _Rejected(code, f"The value `{value}` of parameter `{name}` is not valid.")
        data = params.get("ImageBase64")
        if not isinstance(data, str) or not data:
            raise _Rejected("FailedOperation.EmptyImageError", "图片内容为空")
        if len(data) > MAX_BASE64:
            raise _Rejected("LimitExceeded.TooLargeFileError", "文件内容太大")
        try:
            raw = base64.b64decode(data, validate=True)
            with Image.open(io.BytesIO(raw)) as image:
                image.load()
                size = image.size
        except (binascii.Error, ValueError, OSError):
            raise _Rejected("FailedOperation.ImageDecodeFailed", "图片解码失败") from None
        return params, size


def _check_config(value: Any) -> None:
    """IDCardOCR's Config is a JSON string (not an object) of known flags, each a boolean."""
    try:
        config = json.loads(value) if isinstance(value, str) else None
    except json.JSONDecodeError:
        config = None
    if not isinstance(config, dict) or not all(
        name in IDCARD_CONFIG_FLAGS and isinstance(flag, bool) for name, flag in config.items()
    ):
        raise _Rejected("InvalidParameterValue", "Config is not a JSON string of known boolean flags.")


def _tc3(secret_key: str, request: RecordedRequest, signed: list[str], timestamp: int, date: str) -> str:
    """The signature computed from the documentation, independently of ocrdesk's signer."""
    headers = "".join(f"{name}:{(request.header(name) or '').strip().lower()}\n" for name in signed)
    canonical = "\n".join(["POST", "/", "", headers, ";".join(signed), hashlib.sha256(request.body).hexdigest()])
    to_sign = "\n".join(
        ["TC3-HMAC-SHA256", str(timestamp), f"{date}/ocr/tc3_request", hashlib.sha256(canonical.encode()).hexdigest()]
    )
    key = ("TC3" + secret_key).encode()
    for part in (date, "ocr", "tc3_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    return hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()


class _Rejected(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(code)
        self.code = code
        self.message = message


def _error(code: str, message: str, request_id: str) -> FakeResponse:
    reply = {"Response": {"Error": {"Code": code, "Message": message}, "RequestId": request_id}}
    return FakeResponse.json(json.dumps(reply, ensure_ascii=False))


def _fault(name: str, slow_seconds: float) -> FakeResponse:
    sample = json.dumps({"Response": {**SAMPLES["GeneralBasicOCR"], "RequestId": "fault"}}, ensure_ascii=False)
    if name == "html500":
        page = b"<!DOCTYPE html><html><head><title>500 Internal Server Error</title></head><body>nginx</body></html>"
        return FakeResponse(500, page, {"Content-Type": "text/html"})
    if name == "429":
        return FakeResponse(429, b"Too Many Requests", {"Retry-After": "1", "Content-Type": "text/plain"})
    if name == "truncated_json":  # a complete HTTP reply whose JSON is cut off
        return FakeResponse.json(sample[: len(sample) // 2])
    if name == "truncate":  # the connection drops half-way through the announced length
        return FakeResponse.json(sample, truncate=True)
    if name == "reset":
        return FakeResponse(reset=True)
    # "slow": silence past the client's timeout; then the connection is dropped rather than written
    # to, since the client has gone (a write would only print a BrokenPipeError in the test output)
    return FakeResponse(delay=slow_seconds, reset=True)


@contextmanager
def tencent_cloud_server(fake: TencentCloudFake | None = None) -> Iterator[tuple[FakeServer, TencentCloudFake]]:
    """A running fake; its expected Host is its own host:port, as the real gateway knows its name."""
    fake = fake or TencentCloudFake()
    with fake_server(fake) as server:
        fake.expected_host = urlsplit(server.url).netloc
        yield server, fake


def provider_config(server: FakeServer, **extra: str) -> dict[str, str]:
    """Settings for TencentCloudProvider against `server`: test credentials, no rate limit, no retries."""
    return {
        "endpoint": server.url,
        "secret_id": TEST_SECRET_ID,
        "secret_key": TEST_SECRET_KEY,
        "rate_limit": "0",
        "retries": "0",
        **extra,
    }


def sample_image(width: int = 640, height: int = 400) -> SourceImage:
    """A plain card-sized page; the samples' boxes fit 640×400 (the fake does not OCR)."""
    image = Image.new("RGB", (width, height), "white")
    ImageDraw.Draw(image).rectangle((20, 20, width - 20, height - 20), outline="black", width=3)
    return from_rgb_array(np.asarray(image), source="card.png")


def recognize(
    config: dict[str, str], doc_type: DocType = DocType.GENERAL, image: SourceImage | None = None
) -> Recognition:
    """One recognition with a fresh TencentCloudProvider (closed afterwards)."""
    from ocrdesk.providers.tencent_cloud import TencentCloudProvider

    provider = TencentCloudProvider(config)
    try:
        return provider.recognize(image or sample_image(), doc_type)
    finally:
        provider.close()


def recognize_failure(config: dict[str, str], doc_type: DocType = DocType.GENERAL) -> ProviderError:
    """The ProviderError one recognition raises (AssertionError if it succeeds)."""
    try:
        recognize(config, doc_type)
    except ProviderError as error:
        return error
    raise AssertionError("the recognition succeeded")
