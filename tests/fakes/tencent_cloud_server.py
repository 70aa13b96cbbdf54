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

from ocrdesk.imaging import SourceImage, from_rgb_array
from tests.fakes.server import FakeResponse, FakeServer, RecordedRequest, fake_server

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
    "IDCardOCR": {"CardSide": frozenset({"FRONT", "BACK"}), "Config": None},
    "BusinessCardOCR": {"Config": None},
    "VehicleLicenseOCR": {"CardSide": frozenset({"FRONT", "BACK", "DOUBLE"})},
    "DriverLicenseOCR": {"CardSide": frozenset({"FRONT", "BACK", "DOUBLE"})},
    "LicensePlateOCR": {},
    "BankCardOCR": {"RetBorderCutImage": None, "RetCardNoImage": None, "EnableCopyCheck": None},
    "BizLicenseOCR": {"EnableCopyWarn": None, "EnablePeriodComplete": None},
    "VatInvoiceOCR": {"IsPdf": None, "PdfPageNumber": None},
    "PassportOCR": {"Type": frozenset({"CN", "FOREIGN"}), "CropPortrait": None},
}


def _points(*xy: int) -> list[dict[str, int]]:
    return [{"X": xy[i], "Y": xy[i + 1]} for i in range(0, len(xy), 2)]


def _corners(left: int, top: int, right: int, bottom: int) -> dict[str, dict[str, int]]:
    return {
        "LeftTop": {"X": left, "Y": top},
        "RightTop": {"X": right, "Y": top},
        "RightBottom": {"X": right, "Y": bottom},
        "LeftBottom": {"X": left, "Y": bottom},
    }


def _line(text: str, confidence: int, polygon: list[dict[str, int]], paragraph: int) -> dict[str, Any]:
    xs = [p["X"] for p in polygon]
    ys = [p["Y"] for p in polygon]
    return {
        "DetectedText": text,
        "Confidence": confidence,
        "Polygon": polygon,
        "AdvancedInfo": json.dumps({"Parag": {"ParagNo": paragraph}}),
        "ItemPolygon": {"X": min(xs), "Y": min(ys), "Width": max(xs) - min(xs), "Height": max(ys) - min(ys)},
        "Words": [],
        "WordCoordPoint": [],
    }


# Sample replies (the `Response` member) per action, or action/CardSide. Boxes fit a 640×400 image.
SAMPLES: dict[str, dict[str, Any]] = {
    "GeneralBasicOCR": {
        "TextDetections": [
            _line("中华人民共和国居民身份证", 99, _points(-2, 20, 560, 22, 560, 70, -2, 68), 1),
            _line("姓名 张三", 97, _points(40, 100, 250, 100, 250, 140, 40, 140), 2),
            # slightly rotated line: its box is the bounds of the four points
            _line("OCRDesk 2026", 86, _points(300, 210, 598, 200, 601, 248, 302, 258), 3),
            _line("", 10, _points(10, 380, 20, 380, 20, 390, 10, 390), 4),
        ],
        "Language": "zh",
        "Angel": 0.0,
        "Angle": 0.0,
        "PdfPageSize": 0,
    },
    "GeneralHandwritingOCR": {
        "TextDetections": [
            {
                "DetectedText": "今天天气很好",
                "Confidence": 93,
                "Polygon": _points(30, 40, 330, 40, 330, 96, 30, 96),
                "AdvancedInfo": '{"Parag":{"ParagNo":1}}',
                "WordPolygon": [],
            },
            {
                "DetectedText": "我们去公园散步",
                "Confidence": 78,
                "Polygon": _points(30, 120, 380, 118, 381, 170, 31, 172),
                "AdvancedInfo": '{"Parag":{"ParagNo":2}}',
                "WordPolygon": [],
            },
        ],
        "Angel": 0.0,
        "Angle": 0.0,
    },
    "IDCardOCR/FRONT": {
        "Name": "李明",
        "Sex": "男",
        "Nation": "汉",
        "Birth": "1987/1/1",
        "Address": "北京市石景山区高新技术园腾讯大楼",
        "IdNum": "440524198701010014",
        "Authority": "",
        "ValidDate": "",
        "AdvancedInfo": "{}",
        "ReflectDetailInfos": [],
    },
    "IDCardOCR/BACK": {
        "Name": "",
        "Sex": "",
        "Nation": "",
        "Birth": "",
        "Address": "",
        "IdNum": "",
        "Authority": "赣州市公安局",
        "ValidDate": "2010.07.21-2020.07.21",
        "AdvancedInfo": '{"WarnInfos":[-9102]}',
        "ReflectDetailInfos": [],
    },
    "BusinessCardOCR": {
        "BusinessCardInfos": [
            {"Name": "姓名", "Value": "王小明", "ItemCoord": {"X": 40, "Y": 30, "Width": 120, "Height": 40}},
            {"Name": "职位", "Value": "产品经理", "ItemCoord": {"X": 40, "Y": 80, "Width": 110, "Height": 30}},
            {
                "Name": "公司",
                "Value": "腾讯科技（深圳）有限公司",
                "ItemCoord": {"X": 40, "Y": 130, "Width": 330, "Height": 32},
            },
            {"Name": "手机", "Value": "13800138000", "ItemCoord": {"X": 40, "Y": 200, "Width": 200, "Height": 28}},
            {"Name": "手机", "Value": "13900139000", "ItemCoord": {"X": 40, "Y": 236, "Width": 200, "Height": 28}},
            {
                "Name": "邮箱",
                "Value": "xiaoming@example.com",
                "ItemCoord": {"X": 40, "Y": 272, "Width": 260, "Height": 28},
            },
            {"Name": "QQ", "Value": "10001", "ItemCoord": {"X": 40, "Y": 308, "Width": 90, "Height": 28}},
        ],
        "RetImageBase64": "",
        "Angle": 0.0,
    },
    "VehicleLicenseOCR/FRONT": {
        "FrontInfo": {
            "PlateNo": "粤B12345",
            "VehicleType": "小型普通客车",
            "Owner": "张三",
            "Address": "广东省深圳市南山区科技中一路腾讯大厦",
            "UseCharacter": "非营运",
            "Model": "大众汽车牌SVW71612BM",
            "Vin": "LSVNV2182E2100000",
            "EngineNo": "123456",
            "RegisterDate": "2014-03-14",
            "IssueDate": "2014-03-14",
            "Seal": "深圳市公安局交通警察支队",
        },
        "BackInfo": None,
        "RecognizeWarnCode": [],
        "RecognizeWarnMsg": [],
        "VehicleLicenseType": "",
    },
    "VehicleLicenseOCR/BACK": {
        "FrontInfo": None,
        "BackInfo": {
            "PlateNo": "粤B12345",
            "FileNo": "440300123456",
            "AllowNum": "5人",
            "TotalMass": "1930kg",
            "CurbWeight": "1430kg",
            "LoadQuality": "",
            "ExternalSize": "4597×1765×1460mm",
            "Marks": "",
            "Record": "检验有效期至2020年03月粤B(00)",
            "TotalQuasiMass": "",
        },
        "RecognizeWarnCode": [-9102],
        "RecognizeWarnMsg": ["WARN_DRIVER_LICENSE_COPY_CARD"],
        "VehicleLicenseType": "",
    },
    "DriverLicenseOCR": {
        "Name": "张三",
        "Sex": "男",
        "Nationality": "中国",
        "Address": "广东省深圳市南山区科技中一路腾讯大厦",
        "DateOfBirth": "1990-01-01",
        "DateOfFirstIssue": "2012-06-01",
        "Class": "C1",
        "StartDate": "2018-06-01",
        "EndDate": "2028-06-01",
        "CardCode": "440301199001010011",
        "ArchivesCode": "",
        "Record": "",
        "RecognizeWarnCode": [],
        "RecognizeWarnMsg": [],
        "IssuingAuthority": "广东省深圳市公安局交通警察支队",
        "State": "",
        "CumulativeScore": "",
    },
    "LicensePlateOCR": {
        "Number": "京N0L9U8",
        "Confidence": 99,
        "Rect": {"X": 150, "Y": 200, "Width": 180, "Height": 60},
        "Color": "蓝",
        "LicensePlateInfos": [
            {
                "Number": "京N0L9U8",
                "Confidence": 99,
                "Rect": {"X": 150, "Y": 200, "Width": 180, "Height": 60},
                "Color": "蓝",
                "LicensePlateCategory": "",
            },
            {
                "Number": "粤B12345",
                "Confidence": 87,
                "Rect": {"X": 420, "Y": 300, "Width": 240, "Height": 70},  # runs past the right edge
                "Color": "绿",
                "LicensePlateCategory": "",
            },
        ],
    },
    "BankCardOCR": {
        "CardNo": "6225768888888888",
        "BankInfo": "招商银行(03080000)",
        "ValidDate": "08/2025",
        "CardType": "贷记卡",
        "CardName": "招商银行信用卡",
        "BorderCutImage": None,
        "CardNoImage": None,
        "WarningCode": [-9112],
        "QualityValue": 90,
    },
    "BizLicenseOCR": {
        "RegNum": "91440300708461136T",
        "Name": "腾讯科技（深圳）有限公司",
        "Capital": "人民币6500万元",
        "Person": "马化腾",
        "Address": "深圳市南山区高新区高新南一路飞亚达大厦5-10楼",
        "Business": "计算机软、硬件的设计、技术开发、销售（不含专营、专控、专卖商品及限制项目）",
        "Type": "有限责任公司(台港澳法人独资)",
        "Period": "1998年11月11日至2028年11月11日",
        "ComposingForm": "",
        "SetDate": "1998年11月11日",
        "RecognizeWarnCode": [],
        "RecognizeWarnMsg": [],
        "IsDuplication": 0,
        "RegistrationDate": "2019年01月15日",
        "Angle": 0.0,
    },
    "VatInvoiceOCR": {
        "VatInvoiceInfos": [
            {"Name": "发票代码", "Value": "044031900111", "Polygon": _corners(470, 20, 600, 40)},
            {"Name": "发票号码", "Value": "12345678", "Polygon": _corners(470, 44, 560, 64)},
            {"Name": "开票日期", "Value": "2020年01月01日", "Polygon": _corners(470, 68, 600, 88)},
            {"Name": "校验码", "Value": "12345 67890 12345 67890", "Polygon": _corners(400, 92, 620, 110)},
            {"Name": "购买方名称", "Value": "腾讯科技（深圳）有限公司", "Polygon": _corners(90, 120, 330, 140)},
            {"Name": "购买方识别号", "Value": "91440300708461136T", "Polygon": _corners(90, 144, 300, 162)},
            {"Name": "合计金额", "Value": "¥100.00", "Polygon": _corners(400, 260, 480, 280)},
            {"Name": "合计税额", "Value": "¥6.00", "Polygon": _corners(540, 260, 600, 280)},
            {"Name": "价税合计(大写)", "Value": "壹佰零陆圆整", "Polygon": _corners(150, 290, 330, 310)},
            {"Name": "小写金额", "Value": "¥106.00", "Polygon": _corners(480, 290, 580, 310)},
            {"Name": "销售方名称", "Value": "深圳市示例科技有限公司", "Polygon": _corners(90, 320, 330, 340)},
            {"Name": "发票消费类型", "Value": "服务", "Polygon": _corners(0, 0, 0, 0)},
            {"Name": "备注", "Value": "", "Polygon": _corners(400, 320, 620, 380)},
        ],
        "Items": [],
        "PdfPageSize": 0,
        "Angle": 0.0,
    },
    "PassportOCR": {
        "Country": "CHN",
        "PassportNo": "E12345678",
        "Sex": "男/M",
        "Nationality": "中国/CHINESE",
        "BirthDate": "01 JAN 1990",
        "BirthPlace": "广东/GUANGDONG",
        "IssueDate": "01 JAN 2018",
        "IssuePlace": "广东/GUANGDONG",
        "ExpiryDate": "31 DEC 2027",
        "Attention": "",
        "Signature": "",
        "CodeSet": "POCHNZHANG<<SAN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
        "CodeCrc": "E123456784CHN9001011M2712315NGKELNOA<<<<A942",
        "Name": "ZHANG SAN",
        "FamilyName": "ZHANG",
        "FirstName": "SAN",
    },
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
        return FakeResponse.json(json.dumps({"Response": reply}, ensure_ascii=False))

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
