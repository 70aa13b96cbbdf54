"""A fake PAI-EAS ID-card model service (seed 001, PROTOCOLS.md §2).

What it checks, as the document requires:
- ``POST`` to the service path (``/api/predict/idcard_ocr_test/idcard_ocr`` unless told otherwise); other paths get
  EAS's plain-text 404;
- ``Authorization: <token>`` exactly, the raw token with no scheme; otherwise EAS's plain-text 401;
- a form-urlencoded body with exactly ``info`` and ``data``, every base64 ``+``, ``/`` and ``=`` percent-encoded,
  ``data`` strict base64 of a real image and under 8 MB.
Breaking a rule is recorded in ``violations`` and answered like the model answers a bad input (code "-1").

Replies are base64 of the JSON envelope, with ``code`` a string. ``data`` is sent as a JSON string by default, as the
vendor's sample client expects (``json.loads(result["data"])``); ``data_as_string = False`` sends an object, as the
document's example shows. ``side`` chooses the sample (the real service detects it), ``code`` an error reply, and
``fault`` / ``fail_next`` transport or encoding faults.
"""

from __future__ import annotations

import base64
import binascii
import copy
import io
import json
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

from PIL import Image

from tests.fakes.server import FakeResponse, RecordedRequest

TEST_TOKEN = "ZmFrZS1lYXMtdG9rZW4tZm9yLW9jcmRlc2stdGVzdHM="  # our own; never the document's trial token
SERVICE_PATH = "/api/predict/idcard_ocr_test/idcard_ocr"
MAX_BASE64 = 8_000_000

# Messages of seed 001's code table.
CODE_MESSAGES: dict[str, str] = {
    "201": "id card not detected",
    "202": "police not detected or rec",
    "203": "expiry not detected or rec",
    "204": "name not detected or rec",
    "205": "nation not detected or rec",
    "206": "address not detected or rec",
    "207": "idno not detected or rec",
    "208": "birth not rec",
    "209": "gender not rec",
    "-1": "错误信息",
}


def corrected_card_jpeg() -> bytes:
    """A small JPEG standing in for the deskewed card crop the service returns."""
    buffer = io.BytesIO()
    Image.new("RGB", (428, 270), (236, 240, 246)).save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


CARD_IMAGE_B64 = base64.b64encode(corrected_card_jpeg()).decode("ascii")

# Seed 001's examples, values verbatim.
FRONT: dict[str, Any] = {
    "type": "front",
    "id_no": "33xxxxxxxxxxxxx",
    "address": "杭州市xxxxxxxx",
    "gender": "男",
    "race": "汉",
    "name": "张三",
    "birth": "1982.09.25",
    "idcard_image": CARD_IMAGE_B64,
}
BACK: dict[str, Any] = {
    "type": "back",
    "issued_by": "南京市公安局玄武分局",
    "valid_date": "2013.03.21-2033.03.21",
    "idcard_image": CARD_IMAGE_B64,
}

_HTML = b"<!DOCTYPE html><html><body><h1>500 Internal Server Error</h1></body></html>"


def encode(envelope: Any) -> bytes:
    return base64.b64encode(json.dumps(envelope, ensure_ascii=False).encode("utf-8"))


def _text(status: int, body: str, **kwargs: Any) -> FakeResponse:
    return FakeResponse(status, body.encode("utf-8"), {"Content-Type": "text/plain; charset=utf-8"}, **kwargs)


_OK_FRONT = {"code": "200", "message": "success", "data": json.dumps(FRONT, ensure_ascii=False)}

FAULTS: dict[str, Callable[[], FakeResponse]] = {
    "server_error": lambda: FakeResponse(500, _HTML, {"Content-Type": "text/html"}),
    "rate_limited": lambda: FakeResponse(429, b"Too Many Requests", {"Retry-After": "1", "Content-Type": "text/plain"}),
    "truncated": lambda: _text(200, encode(_OK_FRONT).decode(), truncate=True),
    "reset": lambda: FakeResponse(reset=True),
    "slow": lambda: _text(200, encode(_OK_FRONT).decode(), delay=1.5),
    "not_base64": lambda: _text(200, json.dumps(_OK_FRONT)),  # plain JSON where base64 is documented
    "html_200": lambda: FakeResponse(200, _HTML, {"Content-Type": "text/html"}),
    "cut_base64": lambda: _text(200, encode(_OK_FRONT).decode()[:200]),  # complete HTTP reply, JSON cut off
    "base64_not_json": lambda: _text(200, base64.b64encode("识别成功 but not JSON".encode()).decode()),
    "data_not_json": lambda: _text(200, encode({"code": "200", "message": "ok", "data": "{'type': 'front'"}).decode()),
    "no_code": lambda: _text(200, encode({"message": "success", "data": {}}).decode()),
    "no_data": lambda: _text(200, encode({"code": "200", "message": "success"}).decode()),
    "empty": lambda: _text(200, ""),
    "error_envelope_500": lambda: _text(500, encode({"code": "-1", "data": {}, "message": "model crashed"}).decode()),
    "quota_503": lambda: _text(503, "service is overloaded, please retry later"),
}


class AliyunEasFake:
    """The handler for fake_server(); inspect `violations` after a test."""

    def __init__(self, token: str = TEST_TOKEN, path: str = SERVICE_PATH, *, echo_credentials: bool = False) -> None:
        self.token = token
        self.path = path
        self.echo_credentials = echo_credentials  # repeat the received token in the 401 body (redaction tests)
        self.reset()

    def reset(self) -> None:
        """Back to normal behaviour (one server can serve many tests)."""
        self.side = "front"
        self.code = "200"
        self.data_as_string = True
        self.fault: str | None = None
        self.queued: list[str] = []
        self.violations: list[str] = []
        self.replies: dict[str, dict[str, Any]] = {"front": copy.deepcopy(FRONT), "back": copy.deepcopy(BACK)}

    def fail_next(self, *faults: str) -> None:
        self.queued.extend(faults)

    def __call__(self, request: RecordedRequest) -> FakeResponse:
        fault = self.queued.pop(0) if self.queued else self.fault
        if request.method != "POST" or request.path != self.path:
            return _text(404, "Not Found")
        auth = request.header("Authorization")
        if auth != self.token:
            return _text(401, f"Authorization Failed: {auth}" if self.echo_credentials else "Authorization Failed")
        if fault:
            return FAULTS[fault]()
        try:
            self._check_form(request)
        except ValueError as exc:
            self.violations.append(str(exc))
            return _text(200, encode({"code": "-1", "data": {}, "message": f"fake: {exc}"}).decode())
        if self.code != "200":
            envelope: dict[str, Any] = {"code": self.code, "data": {}, "message": CODE_MESSAGES[self.code]}
        else:
            data = self.replies[self.side]
            payload = json.dumps(data, ensure_ascii=False) if self.data_as_string else data
            envelope = {"code": "200", "message": "success", "data": payload}
        return _text(200, encode(envelope).decode("ascii"))

    def _check_form(self, request: RecordedRequest) -> None:
        content_type = (request.header("Content-Type") or "").lower()
        if not content_type.startswith("application/x-www-form-urlencoded"):
            raise ValueError(f"Content-Type is {content_type!r}, not application/x-www-form-urlencoded")
        raw = request.body.decode("ascii", "replace")
        # every base64 +, / and = must arrive percent-encoded: the raw form holds only safe characters
        if not re.fullmatch(r"[A-Za-z0-9%._~+=&-]*", raw):
            raise ValueError("form body has characters that should have been percent-encoded")
        pairs = dict(part.split("=", 1) for part in raw.split("&") if "=" in part)
        if set(pairs) != {"info", "data"}:
            raise ValueError(f"form fields are {sorted(pairs)}, expected info and data")
        if re.search(r"[+/=]", pairs["data"]):
            raise ValueError("data has unencoded + / = characters")
        form = parse_qs(raw, keep_blank_values=True, strict_parsing=True)
        data = form["data"][0]
        if len(data) >= MAX_BASE64:
            raise ValueError("base64 image is 8 MB or more")
        try:
            image = base64.b64decode(data, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise ValueError("data is not strict base64") from exc
        try:
            with Image.open(io.BytesIO(image)) as decoded:
                decoded.load()
        except Exception as exc:  # any decoding failure means "not an image" here
            raise ValueError("data does not decode as an image") from exc
