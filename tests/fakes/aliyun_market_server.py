"""A fake Aliyun API market OCR (APPCODE) endpoint behind a fake API gateway (seed 003, PROTOCOLS.md §3).

It checks what the documents require of a request and answers with the documented samples:
- ``POST /rest/160601/ocr/ocr_idcard.json`` or ``ocr_vehicle.json``;
- ``Authorization: APPCODE <appcode>`` exactly (one ASCII space); anything else gets the classic gateway's
  ``400`` + ``X-Ca-Error-Message: Invalid AppCode `not exists```;
- ``Content-Type: application/json``; a JSON body, either ``{"image", "configure"}`` with ``configure`` a STRING that
  holds a JSON object ``{"side": "face"|"back"}``, or the old ``{"inputs": [{"image": {"dataType": 50, "dataValue"},
  "configure": {"dataType": 50, "dataValue"}}]}`` (answered in the old ``outputs`` shape);
- ``image`` is strict base64 of a real image.
A request that breaks a rule is recorded in ``violations`` and refused with a 400 from the "backend".

Coordinates of the samples are in a 1200×800 frame and are scaled to the uploaded image's size, as a real
service's would be. ``fault`` (persistent) or ``fail_next(...)`` (one request each) make it misbehave.
"""

from __future__ import annotations

import base64
import binascii
import copy
import io
import json
from collections.abc import Callable
from typing import Any

import numpy as np
from PIL import Image

from ocrdesk.doctypes import DocType
from ocrdesk.imaging import SourceImage, from_rgb_array
from ocrdesk.model import Field
from ocrdesk.providers.aliyun_market import AliyunMarketProvider
from ocrdesk.providers.base import Recognition
from tests.fakes.server import FakeResponse, FakeServer, RecordedRequest

TEST_APPCODE = "0cdesk0test0appcode0000000000001"  # our own; never a real AppCode
REF_WIDTH, REF_HEIGHT = 1200, 800
IDCARD_PATH = "/rest/160601/ocr/ocr_idcard.json"
VEHICLE_PATH = "/rest/160601/ocr/ocr_vehicle.json"

# Seed 003, 正面返回结果 (front), verbatim values.
IDCARD_FACE: dict[str, Any] = {
    "address": "浙江省杭州市余杭区文一西路969号",
    "config_str": '{"side":"face"}',
    "face_rect": {"angle": -90, "center": {"x": 952, "y": 325.5}, "size": {"height": 181.99, "width": 164.99}},
    "card_region": [{"x": 165, "y": 657}, {"x": 534, "y": 658}, {"x": 535, "y": 31}, {"x": 165, "y": 30}],
    "face_rect_vertices": [
        {"x": 1024.6600341796875, "y": 336.629638671875},
        {"x": 906.66107177734375, "y": 336.14801025390625},
        {"x": 907.1590576171875, "y": 214.1490478515625},
        {"x": 1025.157958984375, "y": 214.63067626953125},
    ],
    "name": "张三",
    "nationality": "汉",
    "num": "1234567890",
    "sex": "男",
    "birth": "20000101",
    "success": True,
}
# Seed 003, 身份证反面.
IDCARD_BACK: dict[str, Any] = {
    "config_str": '{"side":"back"}',
    "start_date": "19700101",
    "end_date": "19800101",
    "issue": "杭州市公安局",
    "success": True,
}
# ocr_vehicle.json replies as a third-party client recorded them (PROTOCOLS.md §6c), masking included.
VEHICLE_FACE: dict[str, Any] = {
    "addr": "内蒙古自****2单元4层2号",
    "config_str": '{"side":"face"}',
    "engine_num": "51***80",
    "issue_date": "20130722",
    "model": "解放牌CA4****EA80",
    "owner": "呼伦贝尔市晓明运输有限公司",
    "plate_num": "蒙E****8",
    "register_date": "20101207",
    "request_id": "20181116223213_f17142d3ee1205cc65e5d10619e65e12",
    "success": True,
    "use_character": "货运",
    "vehicle_type": "重型半挂牵引车",
    "vin": "LFWS****754",
}
VEHICLE_BACK: dict[str, Any] = {
    "config_str": '{"side":"back"}',
    "appproved_passenger_capacity": "5人",
    "approved_load": "",
    "file_no": "530100001466",
    "gross_mass": "2000kg",
    "inspection_record": "检验有效期至2014年09月云A(01)",
    "overall_dimension": "4945x1845x1480mm",
    "traction_mass": "",
    "unladen_mass": "1505kg",
    "plate_num": "云AD8V02",
    "success": True,
    "request_id": "20180131144149_c440540b20a4dc079a10680ff60b2d2a",
}
SAMPLES: dict[tuple[str, str], dict[str, Any]] = {
    (IDCARD_PATH, "face"): IDCARD_FACE,
    (IDCARD_PATH, "back"): IDCARD_BACK,
    (VEHICLE_PATH, "face"): VEHICLE_FACE,
    (VEHICLE_PATH, "back"): VEHICLE_BACK,
}

_HTML = b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>Tengine</body></html>"


def _gateway(status: int, message: str, code: str | None = None, **kwargs: Any) -> FakeResponse:
    headers = {"X-Ca-Error-Message": message, "X-Ca-Request-Id": "7AD052CB-EE8B-4DFD-BBAF-EFB340E0A5AF"}
    if code:
        headers["X-Ca-Error-Code"] = code
    return FakeResponse(status, b"", headers, **kwargs)


FAULTS: dict[str, Callable[[], FakeResponse]] = {
    # classic gateway: a fixed English name in X-Ca-Error-Message, no X-Ca-Error-Code
    "invalid_appcode": lambda: _gateway(400, "Invalid AppCode `not exists`"),
    "quota_exhausted": lambda: _gateway(403, "Quota Exhausted"),
    "market_quota_exhausted": lambda: _gateway(403, "Api Market Subscription quota exhausted"),
    "throttled": lambda: _gateway(403, "Throttled by APP Flow Control"),
    "unauthorized": lambda: _gateway(403, "Unauthorized"),
    "user_arrears": lambda: _gateway(403, "User Arrears"),
    "service_unavailable": lambda: _gateway(503, "Service Unavailable"),
    # newer gateway: six-character X-Ca-Error-Code
    "body_too_large": lambda: _gateway(413, "Request body too Large", "I413RL"),
    "unknown_code": lambda: _gateway(403, "Something new", "Z403ZZ"),
    # the backend's own answers, passed through (no X-Ca-Error-* header)
    "backend_400": lambda: FakeResponse.json('{"error_code": "400", "error_msg": "image format error"}', 400),
    "backend_403": lambda: FakeResponse(403, b"Forbidden", {"Content-Type": "text/plain"}),
    "backend_413": lambda: FakeResponse(413, b"Request Entity Too Large", {"Content-Type": "text/plain"}),
    "not_recognized": lambda: FakeResponse.json('{"config_str": "{\\"side\\":\\"face\\"}", "success": false}'),
    # transport faults
    "server_error": lambda: FakeResponse(500, _HTML, {"Content-Type": "text/html"}),
    "rate_limited": lambda: FakeResponse(429, b"", {"Retry-After": "1"}),
    "html_200": lambda: FakeResponse(200, _HTML, {"Content-Type": "text/html"}),
    "truncated": lambda: FakeResponse.json(json.dumps(IDCARD_FACE, ensure_ascii=False), truncate=True),
    "cut_json": lambda: FakeResponse.json(json.dumps(IDCARD_FACE, ensure_ascii=False)[:150]),
    "reset": lambda: FakeResponse(reset=True),
    "slow": lambda: FakeResponse.json(json.dumps(IDCARD_FACE, ensure_ascii=False), delay=1.5),
    "not_json_object": lambda: FakeResponse.json("[1, 2, 3]"),
    "old_format_bad": lambda: FakeResponse.json('{"outputs": [{"outputValue": {"dataValue": "{not json"}}]}'),
    "wrong_types": lambda: FakeResponse.json('{"name": {"first": "三"}, "success": true}'),
    "empty_result": lambda: FakeResponse.json('{"config_str": "{}", "success": true}'),
}


class AliyunMarketFake:
    """The handler for fake_server(); inspect `violations` after a test."""

    def __init__(self, appcode: str = TEST_APPCODE, *, echo_credentials: bool = False) -> None:
        self.appcode = appcode
        self.echo_credentials = echo_credentials  # put the received AppCode in the error (redaction tests)
        self.reset()

    def reset(self) -> None:
        """Back to normal behaviour (one server can serve many tests)."""
        self.fault: str | None = None
        self.queued: list[str] = []
        self.violations: list[str] = []
        self.replies: dict[tuple[str, str], dict[str, Any]] = copy.deepcopy(SAMPLES)

    def fail_next(self, *faults: str) -> None:
        self.queued.extend(faults)

    # -- helpers for tests (the fixture sets `server`) --

    server: FakeServer

    def provider(self, **config: str) -> AliyunMarketProvider:
        """A provider pointed at this fake with the test AppCode, a short timeout and no rate limit."""
        settings = {"appcode": self.appcode, "endpoint": self.server.url, "timeout": "0.5", "rate_limit": "0"}
        settings.update(config)
        return AliyunMarketProvider(settings)

    def recognize(self, doc_type: DocType, image: SourceImage | None = None, **config: str) -> list[Field]:
        return self.recognition(doc_type, image, **config).fields

    def recognition(self, doc_type: DocType, image: SourceImage | None = None, **config: str) -> Recognition:
        provider = self.provider(**config)
        try:
            return provider.recognize(image or card_image(), doc_type)
        finally:
            provider.close()

    def __call__(self, request: RecordedRequest) -> FakeResponse:
        fault = self.queued.pop(0) if self.queued else self.fault
        if request.method != "POST":
            return _gateway(405, f"Unsupported Method `{request.method}`", "I405UM")
        if request.path not in (IDCARD_PATH, VEHICLE_PATH):
            return _gateway(400, "Invalid Url")
        auth = request.header("Authorization")
        if auth != f"APPCODE {self.appcode}":
            shown = f"`{auth}`" if self.echo_credentials else "`not exists`"
            return _gateway(400, f"Invalid AppCode {shown}")
        if fault:
            return FAULTS[fault]()
        try:
            configure, image_b64, old = self._read_body(request)
            side = self._side(configure)
            width, height = self._image_size(image_b64)
        except ValueError as exc:
            self.violations.append(str(exc))
            return FakeResponse(400, f"fake backend: {exc}".encode(), {"Content-Type": "text/plain; charset=utf-8"})
        reply = _scaled(self.replies[(request.path, side)], width / REF_WIDTH, height / REF_HEIGHT)
        reply["config_str"] = configure
        text = json.dumps(reply, ensure_ascii=False)
        if old:
            wrapped = {"outputs": [{"outputLabel": "ocr_id", "outputMulti": {}, "outputValue": {"dataType": 50}}]}
            wrapped["outputs"][0]["outputValue"]["dataValue"] = text
            text = json.dumps(wrapped, ensure_ascii=False)
        return FakeResponse.json(text)

    def _read_body(self, request: RecordedRequest) -> tuple[str, str, bool]:
        content_type = request.header("Content-Type") or ""
        if not content_type.lower().startswith("application/json"):
            raise ValueError(f"Content-Type is {content_type!r}, not application/json")
        try:
            body = json.loads(request.body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValueError("body is not JSON") from exc
        if not isinstance(body, dict):
            raise ValueError("body is not a JSON object")
        if "inputs" in body:
            try:
                item = body["inputs"][0]
                image, configure = item["image"], item["configure"]
            except (KeyError, IndexError, TypeError) as exc:
                raise ValueError("old format needs inputs[0].image and inputs[0].configure") from exc
            for name, part in (("image", image), ("configure", configure)):
                if (
                    not isinstance(part, dict)
                    or part.get("dataType") != 50
                    or not isinstance(part.get("dataValue"), str)
                ):
                    raise ValueError(f"old format: inputs[0].{name} must be {{dataType: 50, dataValue: <string>}}")
            return configure["dataValue"], image["dataValue"], True
        if set(body) != {"image", "configure"}:
            raise ValueError(f"body keys are {sorted(body)}, expected image and configure")
        if not isinstance(body["configure"], str):
            raise ValueError("configure must be a JSON string, not an object")
        if not isinstance(body["image"], str):
            raise ValueError("image must be a base64 string")
        return body["configure"], body["image"], False

    @staticmethod
    def _side(configure: str) -> str:
        try:
            config = json.loads(configure)
        except json.JSONDecodeError as exc:
            raise ValueError("configure does not hold valid JSON") from exc
        if not isinstance(config, dict) or config.get("side") not in ("face", "back"):
            raise ValueError("configure must be an object with side face or back")
        return str(config["side"])

    @staticmethod
    def _image_size(image_b64: str) -> tuple[int, int]:
        try:
            data = base64.b64decode(image_b64, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise ValueError("image is not strict base64") from exc
        try:
            with Image.open(io.BytesIO(data)) as image:
                image.load()
                return image.size
        except Exception as exc:  # any decoding failure means "not an image" here
            raise ValueError("image does not decode as an image") from exc


def _scaled(reply: dict[str, Any], fx: float, fy: float) -> dict[str, Any]:
    """The sample with its coordinates in the uploaded image's pixels (rounded like a vendor's floats)."""
    out = copy.deepcopy(reply)
    if fx == 1.0 and fy == 1.0:
        return out

    def point(p: dict[str, float]) -> dict[str, float]:
        return {"x": round(p["x"] * fx, 2), "y": round(p["y"] * fy, 2)}

    for key in ("card_region", "face_rect_vertices"):
        if key in out:
            out[key] = [point(p) for p in out[key]]
    if "face_rect" in out:
        rect = out["face_rect"]
        rect["center"] = point(rect["center"])
        # the rectangle is turned by -90°: its width runs along y and its height along x
        rect["size"] = {"width": round(rect["size"]["width"] * fy, 2), "height": round(rect["size"]["height"] * fx, 2)}
    return out


def card_image(width: int = REF_WIDTH, height: int = REF_HEIGHT, seed: int = 7) -> SourceImage:
    """A test photo; at 1200×800 the samples' coordinates come back unscaled. Noise keeps the JPEG realistic."""
    pixels = np.random.default_rng(seed).integers(0, 256, (height, width, 3), dtype=np.uint8)
    return from_rgb_array(pixels, "card.jpg")
