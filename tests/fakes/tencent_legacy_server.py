"""A fake of the legacy Tencent OCR (recognition.image.myqcloud.com) that checks requests as strictly as the docs.

It recomputes the multi-use signature with the test SecretKey and answers the documented codes: 4 (empty),
5 (malformed: bad base64, fields out of order, non-integer or inverted times, e more than three months ahead,
u≠0, f≠""), 11 (unknown SecretId), 10 (unknown AppID), 14 (HMAC mismatch), 9 (expired, or t too far from
the fake's clock), 6 (form appid/bucket differ from the signed ones), 16 (unknown bucket). It parses the
multipart body itself and wants `appid`, optional `bucket`, `card_type`/`type` as plain fields and a named
`image` file part. Success replies are the seed's samples (tencent_legacy_samples.py), chosen by endpoint
and parameters. Vendor errors and transport faults can be ordered per test.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import hmac
import io
import json
import re
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from PIL import Image

from tests.fakes import tencent_legacy_samples as samples
from tests.fakes.server import FakeResponse, FakeServer, RecordedRequest

TEST_APPID = "1250000001"
TEST_BUCKET = "ocrdesk"
TEST_SECRET_ID = "AKIDfakeLegacyTestSecretId0000000000"
TEST_SECRET_KEY = "fakeLegacySecretKey-DoNotLeak-7f3a9"

BODY_LIMIT = 6 * 1024 * 1024
PER_FILE_LIMIT = 1024 * 1024  # idcard: "单个文件最大支持1MB"
MAX_AHEAD = 90 * 24 * 3600  # e at most three months after t
SIGNED_FIELDS = ("a", "b", "k", "e", "t", "r", "u", "f")
RESULT_LIST_PATHS = frozenset({"/ocr/idcard", "/ocr/businesscard"})
ITEM_REPLIES: dict[str, dict[str, Any]] = {
    "/ocr/plate": samples.LICENSE_PLATE,
    "/ocr/bankcard": samples.BANK_CARD,
    "/ocr/bizlicense": samples.BUSINESS_LICENSE,
    "/ocr/general": samples.GENERAL,
    "/ocr/handwriting": samples.HANDWRITING,
}
LICENCE_REPLIES = {"0": samples.VEHICLE_LICENSE, "1": samples.DRIVER_LICENSE, "2": samples.VEHICLE_LICENSE_BACK}
MESSAGES = {
    3: "invalid request",
    4: "签名为空",
    5: "签名串错误",
    6: "签名中的appid/bucket与操作目标不匹配",
    9: "签名过期",
    10: "appid不存在",
    11: "secretid不存在",
    14: "签名校验失败",
    16: "Bucket不存在",
    18: "没有图片或url",
    20: "图片过大，单个文件最大支持1MB",
    21: "无效参数",
    23: "请求包体过大",
    -1102: "图片解码失败",
    -1300: "图片为空",
    -9001: "请求 type 错误，不是 0，1",
}


@dataclass(frozen=True)
class Part:
    filename: str | None
    content_type: str | None
    data: bytes

    @property
    def text(self) -> str:
        return self.data.decode("utf-8")


@dataclass(frozen=True)
class Failure:
    """A vendor error to answer after the request passed every check."""

    code: int
    message: str | None = None
    http_status: int | None = None  # default: 400 for positive (protocol) codes, 200 for recognition codes
    per_image: bool | None = None  # default: inside result_list on idcard/businesscard for negative codes


class Rejected(Exception):
    def __init__(self, code: int, message: str | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.message = message or MESSAGES.get(code, "error")


class TencentLegacyFake:
    def __init__(
        self,
        *,
        appid: str = TEST_APPID,
        bucket: str = TEST_BUCKET,
        secret_id: str = TEST_SECRET_ID,
        secret_key: str = TEST_SECRET_KEY,
        require_bucket: bool = False,
        max_skew: int = 600,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.appid, self.bucket, self.secret_id, self.secret_key = appid, bucket, secret_id, secret_key
        self.require_bucket = require_bucket
        self.max_skew = max_skew
        self.clock = clock
        self.server: FakeServer | None = None
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        """Back to answering every good request with the samples (lets one server serve many tests)."""
        self.failure: Failure | None = None
        self.fault: str | None = None  # "html500", "429", "truncated", "reset", "slow"
        self.fault_times: int | None = None  # how many requests get the fault; None = all
        self.slow_delay = 1.5
        self.replies: dict[str, dict[str, Any]] = {}  # path (+ "?type=N"/"?card_type=N") → reply override
        self.forms: list[dict[str, Part]] = []  # parsed bodies of the requests that passed the signature check
        self.signatures: list[dict[str, str]] = []
        if self.server is not None:
            self.server.requests.clear()

    @property
    def url(self) -> str:
        assert self.server is not None
        return self.server.url

    def provider_config(self, **overrides: str) -> dict[str, str]:
        config = {
            "appid": self.appid,
            "bucket": self.bucket,
            "secret_id": self.secret_id,
            "secret_key": self.secret_key,
            "endpoint": self.url,
            "timeout": "2",
            "rate_limit": "0",
        }
        config.update(overrides)
        return config

    # -- request handling ------------------------------------------------------------------------------

    def handle(self, request: RecordedRequest) -> FakeResponse:
        fault = self._take_fault()
        if fault == "reset":
            return FakeResponse(reset=True)
        if fault == "html500":
            page = b"<html><head><title>500 Internal Server Error</title></head><body>nginx</body></html>"
            return FakeResponse(500, page, {"Content-Type": "text/html"})
        if fault == "429":
            body = json.dumps({"code": 15, "message": "操作太频繁，触发频控"}, ensure_ascii=False).encode()
            return FakeResponse(429, body, {"Content-Type": "application/json", "Retry-After": "1"})
        path = request.path
        if path not in RESULT_LIST_PATHS and path not in ITEM_REPLIES and path != "/ocr/drivinglicence":
            return FakeResponse(404, b"<html><body>404 Not Found</body></html>", {"Content-Type": "text/html"})
        try:
            reply = self._check(request)
        except Rejected as exc:
            return self._error(path, Failure(exc.code, exc.message))
        if self.failure is not None:
            return self._error(path, self.failure)
        response = FakeResponse.json(json.dumps(reply, ensure_ascii=False))
        if fault == "truncated":
            response.truncate = True
        elif fault == "slow":
            response.delay = self.slow_delay
        return response

    def _take_fault(self) -> str | None:
        with self._lock:
            if self.fault is None:
                return None
            if self.fault_times is not None:
                if self.fault_times <= 0:
                    return None
                self.fault_times -= 1
            return self.fault

    def _check(self, request: RecordedRequest) -> dict[str, Any]:
        if request.method != "POST":
            raise Rejected(3)
        if len(request.body) > BODY_LIMIT:
            raise Rejected(23)
        signed = self._check_signature(request.header("Authorization"))
        form = parse_multipart(request.body, request.header("Content-Type") or "")
        self.forms.append(form)
        for name in ("appid", "bucket", "card_type", "type"):
            if name in form and form[name].filename is not None:
                raise Rejected(21, f"{name} must be a form field, not a file")
        if "appid" not in form:
            raise Rejected(3, "appid is required")
        if form["appid"].text != signed["a"]:
            raise Rejected(6)
        if "bucket" in form and form["bucket"].text != signed["b"]:
            raise Rejected(6)
        if self.require_bucket and "bucket" not in form:
            raise Rejected(3, "bucket is required")
        image = form.get("image")
        if image is None:
            raise Rejected(18)
        if not image.filename:
            raise Rejected(3, "the image part needs a filename")
        if not image.data:
            raise Rejected(-1300)
        if not is_still_image(image.data):
            raise Rejected(-1102)
        return self._reply_for(request.path, form, image)

    def _check_signature(self, authorization: str | None) -> dict[str, str]:
        if not authorization:
            raise Rejected(4)
        try:
            raw = base64.b64decode(authorization, validate=True)
            plaintext = raw[20:].decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            raise Rejected(5) from None
        pairs = [pair.partition("=") for pair in plaintext.split("&")]
        if len(raw) <= 20 or tuple(p[0] for p in pairs) != SIGNED_FIELDS or any(not p[1] for p in pairs):
            raise Rejected(5)
        signed = {name: value for name, _, value in pairs}
        for name in ("e", "t", "r"):
            if not re.fullmatch(r"\d+", signed[name]):
                raise Rejected(5, f"{name} must be an integer")  # catches Django_OCR's float times
        now, expire = int(signed["t"]), int(signed["e"])
        if len(signed["r"]) > 10 or signed["u"] != "0" or signed["f"] != "" or not now < expire <= now + MAX_AHEAD:
            raise Rejected(5)
        if signed["k"] != self.secret_id:
            raise Rejected(11)
        if signed["a"] != self.appid:
            raise Rejected(10)
        expected = hmac.new(self.secret_key.encode(), raw[20:], hashlib.sha1).digest()
        if not hmac.compare_digest(expected, raw[:20]):
            raise Rejected(14)
        clock = self.clock()
        if expire < clock or abs(now - clock) > self.max_skew:
            raise Rejected(9)
        if signed["b"] and signed["b"] != self.bucket:
            raise Rejected(16)
        self.signatures.append(signed)
        return signed

    def _reply_for(self, path: str, form: dict[str, Part], image: Part) -> dict[str, Any]:
        if path == "/ocr/idcard":
            card_type = form["card_type"].text if "card_type" in form else "0"  # "如果未指定，默认为0"
            if card_type not in ("0", "1"):
                raise Rejected(21, "card_type must be 0 or 1")
            if len(image.data) > PER_FILE_LIMIT:
                raise Rejected(20)
            key = f"{path}?card_type={card_type}"
            reply = self.replies.get(key) or (samples.IDCARD_FRONT if card_type == "0" else samples.IDCARD_BACK)
        elif path == "/ocr/drivinglicence":
            kind = form["type"].text if "type" in form else ""
            if kind not in LICENCE_REPLIES:
                raise Rejected(-9001)
            reply = self.replies.get(f"{path}?type={kind}") or LICENCE_REPLIES[kind]
        elif path == "/ocr/businesscard":
            reply = self.replies.get(path) or samples.BUSINESS_CARD
        else:
            reply = self.replies.get(path) or ITEM_REPLIES[path]
        reply = copy.deepcopy(reply)
        for entry in reply.get("result_list", []):
            if isinstance(entry, dict):  # (a test may order a malformed reply)
                entry["filename"] = image.filename  # the service echoes the uploaded file's name
        return reply

    def _error(self, path: str, failure: Failure) -> FakeResponse:
        message = failure.message or MESSAGES.get(failure.code, "error")
        per_image = failure.per_image
        if per_image is None:
            per_image = path in RESULT_LIST_PATHS and failure.code < 0
        if per_image:
            entry = {"code": failure.code, "message": message, "filename": "image.jpg", "data": {}}
            body: dict[str, Any] = {"result_list": [entry]}
        else:
            body = {"code": failure.code, "message": message, "data": {"session_id": "", "items": []}}
        status = failure.http_status or (400 if failure.code > 0 and not per_image else 200)
        return FakeResponse.json(json.dumps(body, ensure_ascii=False), status)


def is_still_image(data: bytes) -> bool:
    """Decodable, and not a GIF ("不支持 .gif 这类的多帧动图")."""
    try:
        with Image.open(io.BytesIO(data)) as picture:
            picture.verify()
            return picture.format in {"JPEG", "PNG", "BMP", "WEBP", "TIFF"}
    except (OSError, SyntaxError, ValueError):
        return False


def parse_multipart(body: bytes, content_type: str) -> dict[str, Part]:
    """A strict multipart/form-data parser (the stdlib has none that keeps binary parts intact)."""
    match = re.match(r'multipart/form-data;.*\bboundary="?([^";]+)"?', content_type, re.IGNORECASE)
    if not match:
        raise Rejected(3, "Content-Type must be multipart/form-data with a boundary")
    delimiter = b"--" + match.group(1).encode("latin-1")
    sections = body.split(delimiter)
    if len(sections) < 3 or sections[0] not in (b"", b"\r\n") or not sections[-1].startswith(b"--"):
        raise Rejected(3, "malformed multipart body")
    parts: dict[str, Part] = {}
    for section in sections[1:-1]:
        if not section.startswith(b"\r\n") or not section.endswith(b"\r\n"):
            raise Rejected(3, "malformed multipart body")
        head, separator, data = section[2:-2].partition(b"\r\n\r\n")
        if not separator:
            raise Rejected(3, "malformed multipart part")
        headers = {}
        for line in head.decode("utf-8").split("\r\n"):
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        disposition = headers.get("content-disposition", "")
        name_match = re.search(r'\bname="([^"]*)"', disposition)
        if not disposition.startswith("form-data") or not name_match:
            raise Rejected(3, "multipart part without a name")
        file_match = re.search(r'\bfilename="([^"]*)"', disposition)
        if name_match.group(1) in parts:
            raise Rejected(21, f"duplicate part {name_match.group(1)}")
        parts[name_match.group(1)] = Part(
            file_match.group(1) if file_match else None, headers.get("content-type"), data
        )
    return parts


@contextmanager
def tencent_legacy_server(**kwargs: Any) -> Iterator[TencentLegacyFake]:
    """A running fake; `fake.url` is its endpoint and `fake.provider_config()` a matching provider config."""
    fake = TencentLegacyFake(**kwargs)
    server = FakeServer(fake.handle).start()
    fake.server = server
    try:
        yield fake
    finally:
        server.stop()
