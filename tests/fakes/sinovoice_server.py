"""A fake SinoVoice 灵云图像云 `/ocr` endpoint that checks requests the way seed 004 describes them.

It recomputes `x-session-key = md5(x-request-date + devkey)` and answers the documented error
codes (§18) for every missing/empty/wrong header and task-config parameter, checks that the body
is raw image bytes, answers each template with the seed's sample reply, and builds withPosition
replies as JSON + an IREAD_NODE array laid out by ctypes from the seed's C structs (independently
of the parser under test). `faults` queues misbehaviours, one per request.
"""

from __future__ import annotations

import ctypes
import hashlib
import io
import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PIL import Image

from tests.fakes.server import FakeResponse, RecordedRequest
from tests.fakes.sinovoice_samples import BANKCARD, BIZCARD, TEMPLATE_DATA, TEXT_LINES_CN, TEXT_LINES_EN

APP_KEY = "ac5d5431"
DEV_KEY = "0123456789abcdef0123456789abcdef"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?")
_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"BM", b"GIF8", b"II*\x00", b"MM\x00*")
_TEMPLATE_KEYS = {"capkey", "property", "templateIndex", "templatePageIndex"}
_BIZCARD_OPTIONS = {
    "need_score": {"yes", "no"},
    "cutedge": {"yes", "no"},
    "exportImage": {"yes", "no"},
    "outimagetype": {"bmp", "png", "jpg"},
}

# ---------------------------------------------------------------- the seed's C structs, via ctypes


class IREAD_RECT(ctypes.LittleEndianStructure):
    _fields_ = [("nLeft", ctypes.c_int32), ("nTop", ctypes.c_int32), ("nRight", ctypes.c_int32),
                ("nBottom", ctypes.c_int32)]  # fmt: skip


class IREAD_PAGENODE(ctypes.LittleEndianStructure):
    _fields_ = [("nWidth", ctypes.c_int32), ("nHeight", ctypes.c_int32), ("nSkewAngle", ctypes.c_int32)]


class IREAD_REGIONNODE(ctypes.LittleEndianStructure):
    _fields_ = [("rcBound", IREAD_RECT), ("wRegionType", ctypes.c_uint16), ("wRecogLang", ctypes.c_uint16)]


class IREAD_TABLECELLNODE(ctypes.LittleEndianStructure):
    _fields_ = [("rcBound", IREAD_RECT)]


class IREAD_LINENODE(ctypes.LittleEndianStructure):
    _fields_ = [("nBaseLine", ctypes.c_uint16), ("nLineSize", ctypes.c_uint16),
                ("nAverageCharWidth", ctypes.c_uint16), ("nAverageCharHeight", ctypes.c_uint16)]  # fmt: skip


class IREAD_CHARNODE(ctypes.LittleEndianStructure):
    _fields_ = [("wCode", ctypes.c_uint16), ("nSpaceBefore", ctypes.c_uint16), ("rcBlock", IREAD_RECT),
                ("bSuspect", ctypes.c_int32), ("wAttribute", ctypes.c_uint16 * 2),
                ("wCandidate", ctypes.c_uint16 * 5), ("nDistance", ctypes.c_uint8 * 5),
                ("nReserved", ctypes.c_uint8)]  # fmt: skip


def _node_type(pack: int) -> type[ctypes.LittleEndianStructure]:
    """IREAD_NODE as the vendor's compiler lays it out: pack(8) (documented, 48 bytes) or pack(1)."""

    class Union(ctypes.LittleEndianUnion):
        _pack_ = pack
        _fields_ = [("nodePage", IREAD_PAGENODE), ("nodeRegion", IREAD_REGIONNODE),
                    ("nodeTableCell", IREAD_TABLECELLNODE), ("nodeLine", IREAD_LINENODE),
                    ("nodeChar", IREAD_CHARNODE)]  # fmt: skip

    class Node(ctypes.LittleEndianStructure):
        _pack_ = pack
        _anonymous_ = ("u",)
        _fields_ = [("wType", ctypes.c_uint16), ("u", Union)]

    return Node


IREAD_NODE = _node_type(8)
IREAD_NODE_PACKED = _node_type(1)
assert ctypes.sizeof(IREAD_NODE) == 48 and ctypes.sizeof(IREAD_NODE_PACKED) == 46


@dataclass
class LaidOutChar:
    char: str
    box: tuple[int, int, int, int]
    space_before: int
    distance: int
    suspect: bool


def layout_text(lines: list[str], suspect: str = "") -> list[list[LaidOutChar]]:
    """Where the fake "finds" each character: lines 60 px apart from (40, 40); CJK 30 px wide,
    others 16, 2 px apart; a space adds 10 px. Characters in `suspect` get distance 102 + bSuspect."""
    result = []
    for index, line in enumerate(lines):
        top, x, spaces, chars = 40 + 60 * index, 40, 0, []
        for ch in line:
            if ch == " ":
                spaces, x = spaces + 1, x + 10
                continue
            width = 16 if ch.isascii() else 30
            doubt = ch in suspect
            chars.append(LaidOutChar(ch, (x, top, x + width, top + 40), spaces, 102 if doubt else 0, doubt))
            spaces, x = 0, x + width + 2
        result.append(chars)
    return result


def build_nodes(width: int, height: int, lines: list[list[LaidOutChar]], pack: int = 8, skew: int = 0) -> bytes:
    node_type = IREAD_NODE if pack == 8 else IREAD_NODE_PACKED
    records = []
    page = node_type(wType=0)
    page.nodePage.nWidth, page.nodePage.nHeight, page.nodePage.nSkewAngle = width, height, skew
    records.append(page)
    for chars in lines:
        line = node_type(wType=3)
        if chars:
            line.nodeLine.nBaseLine = chars[0].box[1]
            line.nodeLine.nLineSize = chars[0].box[3] - chars[0].box[1]
            line.nodeLine.nAverageCharWidth = sum(c.box[2] - c.box[0] for c in chars) // len(chars)
            line.nodeLine.nAverageCharHeight = line.nodeLine.nLineSize
        records.append(line)
        for c in chars:
            node = node_type(wType=4)
            char = node.nodeChar
            char.wCode, char.nSpaceBefore, char.bSuspect = ord(c.char), c.space_before, int(c.suspect)
            char.rcBlock.nLeft, char.rcBlock.nTop, char.rcBlock.nRight, char.rcBlock.nBottom = c.box
            char.wCandidate[0] = ord(c.char)
            char.nDistance[:] = [c.distance, 255, 255, 255, 255]
            records.append(node)
    return b"".join(bytes(r) for r in records)


# ----------------------------------------------------------------------------------- the fake


def envelope(data: Any, error: int = 0, text: str = "请求成功") -> dict[str, Any]:
    return {"text": text, "data": data, "error": error} if data is not None else {"error": error, "text": text}


def error_reply(code: int, text: str) -> FakeResponse:
    return FakeResponse.json(json.dumps({"error": code, "text": text}, ensure_ascii=False))


@dataclass
class SinoVoiceFake:
    app_key: str = APP_KEY
    dev_key: str = DEV_KEY
    # one per request, first first: "html500", "rate_limit", "truncated", "reset", "slow", "cut_json",
    # "no_error", "garbled_blob", "cut_blob", or an int = answer that vendor error code
    faults: list[str | int] = field(default_factory=list)
    max_body: int = 4 * 1024 * 1024
    json_length_unit: str = "bytes"  # "bytes", "chars" or "none" (no json-length header)
    node_pack: int = 8
    node_prefix: bool = False  # a uint32 record count before the node array
    send_nodes: bool = True  # False: withPosition=1 answered with plain JSON
    skew: int = 0
    page_size: tuple[int, int] | None = None  # the PAGE node's size; None = the uploaded image's
    suspect: str = "冠"
    export_image: bytes = b"\xff\xd8\xff\xe0fake-jpeg"
    configs: list[dict[str, str]] = field(default_factory=list)

    def __call__(self, request: RecordedRequest) -> FakeResponse:
        fault = self.faults.pop(0) if self.faults else None
        if fault == "html500":
            return FakeResponse(500, b"<html><body><h1>500 Internal Server Error</h1></body></html>",
                                {"Content-Type": "text/html"})  # fmt: skip
        if fault == "rate_limit":
            return FakeResponse(429, b"<html>Too Many Requests</html>", {"Retry-After": "1"})
        if fault == "reset":
            return FakeResponse(reset=True)
        if isinstance(fault, int):
            return error_reply(fault, f"forced error {fault}")
        if request.method != "POST":
            return FakeResponse(405, b"<html>405 Method Not Allowed</html>", {"Content-Type": "text/html"})
        if request.path != "/ocr":
            return FakeResponse(404, b"<html>404 Not Found</html>", {"Content-Type": "text/html"})
        problem = self._check_headers(request) or self._check_body(request)
        if problem:
            return error_reply(*problem)
        config = parse_task_config(request.header("x-task-config") or "")
        assert config is not None  # _check_headers parsed it already
        self.configs.append(config)
        problem = check_task_config(config)
        if problem:
            return error_reply(*problem)
        reply = self._answer(config, request.body, fault)
        if fault == "slow":
            reply.delay = 1.5
        elif fault == "truncated":
            reply.truncate = True
        return reply

    # ------------------------------------------------------------------------ checks (§2, §18)

    def _check_headers(self, request: RecordedRequest) -> tuple[int, str] | None:
        checks = (
            ("x-app-key", 193, 190, "app_key"),
            ("x-request-date", 202, 200, "request_date"),
            ("x-session-key", 212, 210, "session_key"),
            ("x-sdk-version", 215, 213, "sdk_version"),
            ("x-task-config", 221, 220, "task_config"),
        )
        for header, missing, empty, what in checks:
            value = request.header(header)
            if value is None:
                return missing, f"缺少参数 {what}"
            if not value.strip():
                return empty, f"{what} 参数不能为空"
        app_key = request.header("x-app-key") or ""
        if not re.fullmatch(r"[0-9A-Za-z_-]+", app_key):
            return 191, "app_key 错误"
        if app_key != self.app_key:
            return 192, "app_key 不存在"
        date = request.header("x-request-date") or ""
        if not _DATE.fullmatch(date) or not _valid_date(date):
            return 201, "request_date 错误"
        expected = hashlib.md5((date + self.dev_key).encode("utf-8")).hexdigest()
        if (request.header("x-session-key") or "").lower() != expected:
            return 211, "session_key 错误"
        if (request.header("x-sdk-version") or "").strip() != "5.2":
            return 214, "sdk_version 错误"
        if parse_task_config(request.header("x-task-config") or "") is None:
            return 220, "task_config 参数不能为空"
        return None

    def _check_body(self, request: RecordedRequest) -> tuple[int, str] | None:
        content_type = (request.header("content-type") or "").lower()
        if content_type.startswith(("multipart/", "application/x-www-form-urlencoded", "application/json")):
            return -1, f"服务器异常: body must be the raw image, not {content_type.split(';')[0]}"
        if len(request.body) > self.max_body:
            return 230, "请求文件超过限制"
        if not request.body.startswith(_MAGIC):
            return -1, "服务器异常: body is not raw image bytes"
        return None

    # ---------------------------------------------------------------------------------- replies

    def _answer(self, config: dict[str, str], body: bytes, fault: str | int | None) -> FakeResponse:
        capkey = config["capkey"]
        if capkey == "ocr.cloud.template":
            data = TEMPLATE_DATA[(config["property"], int(config["templatePageIndex"]))]
        elif capkey == "ocr.cloud.bankcard":
            data = BANKCARD
        elif capkey == "ocr.cloud.bizcard":
            data = BIZCARD
        else:
            return self._text(config, body, fault)
        reply = envelope(data)
        if capkey == "ocr.cloud.bizcard" and config.get("exportImage") == "yes":
            import base64

            reply["image"] = base64.b64encode(self.export_image).decode("ascii")  # top level, as in the seed
        return self._json(reply, fault)

    def _json(self, reply: dict[str, Any], fault: str | int | None) -> FakeResponse:
        if fault == "no_error":
            reply.pop("error", None)
        text = json.dumps(reply, ensure_ascii=False, indent=4)
        if fault == "cut_json":
            text = text[: len(text) // 2]
        return FakeResponse.json(text)

    def _text(self, config: dict[str, str], body: bytes, fault: str | int | None) -> FakeResponse:
        lines = TEXT_LINES_CN if config["capkey"] == "ocr.cloud" else TEXT_LINES_EN
        reply = envelope({"forms": {"form": "\n".join(lines)}})
        if config.get("withPosition", "0") == "0" or not self.send_nodes:
            return self._json(reply, fault)
        width, height = self.page_size or Image.open(io.BytesIO(body)).size
        blob = build_nodes(width, height, layout_text(lines, self.suspect), self.node_pack, self.skew)
        if self.node_prefix:
            blob = (len(blob) // ctypes.sizeof(IREAD_NODE if self.node_pack == 8 else IREAD_NODE_PACKED)).to_bytes(
                4, "little"
            ) + blob
        if fault == "garbled_blob":
            blob = blob[:48] + b"\x09\x00" + blob[50:]  # record 1 gets node type 9
        elif fault == "cut_blob":
            blob = blob[:-20]
        text = json.dumps(reply, ensure_ascii=False)
        raw = text.encode("utf-8")
        headers = {"Content-Type": "application/octet-stream"}
        if self.json_length_unit != "none":
            headers["json-length"] = str(len(raw) if self.json_length_unit == "bytes" else len(text))
        return FakeResponse(200, raw + blob, headers)


def _valid_date(text: str) -> bool:
    try:
        datetime.strptime(text[:19], "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return False
    return True


def parse_task_config(text: str) -> dict[str, str] | None:
    """`name=value,name=value`; blanks around items are tolerated (the seed has ", withPosition=1")."""
    config: dict[str, str] = {}
    for item in text.split(","):
        name, sep, value = item.strip().partition("=")
        if not sep or not name:
            return None
        config[name.strip()] = value.strip()
    return config


def check_task_config(config: dict[str, str]) -> tuple[int, str] | None:
    if "capkey" not in config:
        return 222, "缺少 capkey 参数"
    capkey = config["capkey"]
    if not capkey:
        return 223, "capkey 参数不能为空"
    if capkey == "ocr.cloud.template":
        return _check_template(config)
    if capkey in {"ocr.cloud", "ocr.cloud.english"}:
        if "lang" not in config:
            return 231, "缺少 lang 参数"
        if not config["lang"]:
            return 232, "lang 参数不能为空"
        if config["lang"] != ("chinese_cn" if capkey == "ocr.cloud" else "english"):
            return 261, "不支持的语言"
        if set(config) - {"capkey", "lang", "withPosition"} or not config.get("withPosition", "0").isdigit():
            return 220, "task_config 参数错误"
        return None
    if capkey == "ocr.cloud.bankcard":
        return (220, "task_config 参数错误") if set(config) != {"capkey"} else None
    if capkey == "ocr.cloud.bizcard":
        for name, value in config.items():
            if name != "capkey" and value not in _BIZCARD_OPTIONS.get(name, ()):
                return 220, "task_config 参数错误"
        return None
    return 260, "API 服务不存在"


def _check_template(config: dict[str, str]) -> tuple[int, str] | None:
    if "property" not in config:
        return 224, "缺少 property 参数"
    if not config["property"]:
        return 225, "property 参数不能为空"
    if "templatePageIndex" not in config:
        return 226, "缺少 templatePageIndex 参数"
    if not config["templatePageIndex"]:
        return 227, "templatePageIndex 参数不能为空"
    if "templateIndex" not in config:
        return 228, "缺少 templateIndex 参数"
    if not config["templateIndex"]:
        return 229, "templateIndex 参数不能为空"
    if set(config) - _TEMPLATE_KEYS:
        return 220, "task_config 参数错误"
    prop = config["property"]
    if not any(p == prop for p, _ in TEMPLATE_DATA):
        return 262, "不支持的 property"
    if config["templateIndex"] != "0":
        return 234, "templateIndex 参数错误"
    if not config["templatePageIndex"].isdigit() or (prop, int(config["templatePageIndex"])) not in TEMPLATE_DATA:
        return 233, "templatePageIndex 参数错误"
    return None
