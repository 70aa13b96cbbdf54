"""SinoVoice errors: the §18 code table, what the fake rejects and why, transport faults, malformed replies."""

from __future__ import annotations

import base64
import hashlib
import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from ocrdesk.doctypes import DocType
from ocrdesk.errors import ErrorKind, ProviderError
from ocrdesk.imaging import encode_for_upload
from ocrdesk.providers.sinovoice.errors import ERRORS
from ocrdesk.providers.sinovoice.parse import parse_bankcard, parse_bizcard, parse_template, parse_text
from ocrdesk.providers.sinovoice.templates import TEMPLATES
from tests.fakes.server import FakeResponse, FakeServer, fake_server
from tests.fakes.sinovoice_helpers import (  # noqa: F401 - fixtures
    blank_image,
    fake_fixture,
    make_provider,
    server_fixture,
    sinovoice_slot_fixture,
)
from tests.fakes.sinovoice_server import APP_KEY, DEV_KEY, SinoVoiceFake

# seed 004 §18 统一错误返回码, verbatim
SEED_CODES = {
    -1: "服务器异常", 190: "app_key 参数不能为空", 191: "app_key 错误", 192: "app_key 不存在",
    193: "缺少参数 app_key", 200: "request_date 参数不能为空", 201: "request_date 错误",
    202: "缺少参数 request_date", 210: "session_key 参数不能为空", 211: "session_key 错误",
    212: "缺少参数 session_key", 213: "sdk_version 参数不能为空", 214: "sdk_version 错误",
    215: "缺少参数 sdk_version", 220: "task_config 参数不能为空", 221: "缺少参数 task_config",
    222: "缺少 capkey 参数", 223: "capkey 参数不能为空", 224: "缺少 property 参数", 225: "property 参数不能为空",
    226: "缺少 templatePageIndex 参数", 227: "templatePageIndex 参数不能为空", 228: "缺少 templateIndex 参数",
    229: "templateIndex 参数不能为空", 230: "请求文件超过限制", 231: "缺少 lang 参数", 232: "lang 参数不能为空",
    233: "templatePageIndex 参数错误", 234: "templateIndex 参数错误", 240: "用户账号余额不足",
    250: "服务器网络异常", 260: "API 服务不存在", 261: "不支持的语言", 262: "不支持的 property",
}  # fmt: skip


def test_error_table_has_every_seed_code_with_its_text() -> None:
    assert set(ERRORS) == {str(code) for code in SEED_CODES}
    for code, zh in SEED_CODES.items():
        entry = ERRORS[str(code)]
        assert entry.zh == zh and entry.en


@pytest.mark.parametrize(
    ("code", "kind"),
    [(-1, ErrorKind.SERVER), (191, ErrorKind.AUTH), (201, ErrorKind.EXPIRED), (211, ErrorKind.AUTH),
     (214, ErrorKind.BAD_REQUEST), (226, ErrorKind.BAD_REQUEST), (230, ErrorKind.IMAGE_TOO_LARGE),
     (240, ErrorKind.QUOTA), (250, ErrorKind.SERVER), (262, ErrorKind.UNSUPPORTED)],
)  # fmt: skip
def test_error_kinds(code: int, kind: ErrorKind) -> None:
    assert ERRORS[str(code)].kind == kind


@pytest.mark.parametrize("code", sorted(SEED_CODES))
def test_every_vendor_code_over_http(fake: SinoVoiceFake, server: FakeServer, code: int) -> None:
    fake.faults = [code]
    with pytest.raises(ProviderError) as caught:
        make_provider(server, retries="0").recognize(blank_image(), DocType.IDCARD_FRONT)
    error = caught.value
    assert (error.code, error.kind) == (str(code), ERRORS[str(code)].kind)
    assert f"SinoVoice error {code}" in error.message and SEED_CODES[code] in error.message


@pytest.mark.parametrize(("code", "kind"), [(999, ErrorKind.BAD_REQUEST), (-7, ErrorKind.SERVER)])
def test_unknown_vendor_codes(fake: SinoVoiceFake, server: FakeServer, code: int, kind: ErrorKind) -> None:
    fake.faults = [code]
    with pytest.raises(ProviderError) as caught:
        make_provider(server).recognize(blank_image(), DocType.BANK_CARD)
    assert (caught.value.code, caught.value.kind) == (str(code), kind)
    assert f"forced error {code}" in caught.value.message  # the vendor's own text is kept


@pytest.mark.parametrize(("settings", "code"), [({"dev_key": "f" * 32}, "211"), ({"app_key": "00000000"}, "192")])
def test_wrong_credentials_are_rejected_by_the_fake(server: FakeServer, settings: dict[str, str], code: str) -> None:
    with pytest.raises(ProviderError) as caught:
        make_provider(server, **settings).recognize(blank_image(), DocType.GENERAL)
    assert (caught.value.code, caught.value.kind) == (code, ErrorKind.AUTH)


# ------------------------------------------------------------------ what the fake itself checks


JPEG = encode_for_upload(blank_image(64, 48), 10**6).data
DATE = "2017-01-19 23:19:41.990000"  # the seed's str(datetime.now()) form is accepted as well


def signed(**changes: str | None) -> dict[str, str]:
    headers: dict[str, str | None] = {
        "x-app-key": APP_KEY,
        "x-sdk-version": "5.2",
        "x-request-date": DATE,
        "x-task-config": "capkey=ocr.cloud.bankcard",
        "x-session-key": hashlib.md5((DATE + DEV_KEY).encode()).hexdigest(),
    }
    headers.update(changes)
    return {k: v for k, v in headers.items() if v is not None}


TEMPLATE = "capkey=ocr.cloud.template,property=idcard,templateIndex=0,templatePageIndex=0"
CASES: list[tuple[str, dict[str, str | None], int]] = [
    ("ok", {}, 0),
    ("ok-uppercase-md5", {"x-session-key": hashlib.md5((DATE + DEV_KEY).encode()).hexdigest().upper()}, 0),
    ("ok-template", {"x-task-config": TEMPLATE}, 0),
    ("ok-spaces", {"x-task-config": "capkey=ocr.cloud, lang=chinese_cn, withPosition=0"}, 0),
    ("no-app-key", {"x-app-key": None}, 193),
    ("empty-app-key", {"x-app-key": ""}, 190),
    ("bad-app-key", {"x-app-key": "ac5d 5431"}, 191),
    ("no-date", {"x-request-date": None}, 202),
    ("empty-date", {"x-request-date": ""}, 200),
    ("slashed-date", {"x-request-date": "2017/01/19 23:19:41"}, 201),
    ("impossible-date", {"x-request-date": "2017-13-19 23:19:41"}, 201),
    ("no-session", {"x-session-key": None}, 212),
    ("empty-session", {"x-session-key": ""}, 210),
    ("wrong-session", {"x-session-key": "18EA9384AA34"}, 211),
    ("no-sdk", {"x-sdk-version": None}, 215),
    ("empty-sdk", {"x-sdk-version": ""}, 213),
    ("old-sdk", {"x-sdk-version": "5.0"}, 214),
    ("no-task-config", {"x-task-config": None}, 221),
    ("empty-task-config", {"x-task-config": ""}, 220),
    ("garbled-task-config", {"x-task-config": "capkey"}, 220),
    ("no-capkey", {"x-task-config": "lang=chinese_cn"}, 222),
    ("empty-capkey", {"x-task-config": "capkey="}, 223),
    ("unknown-capkey", {"x-task-config": "capkey=ocr.cloud.plate"}, 260),
    ("no-property", {"x-task-config": "capkey=ocr.cloud.template,templateIndex=0,templatePageIndex=0"}, 224),
    ("empty-property", {"x-task-config": TEMPLATE.replace("idcard", "")}, 225),
    ("no-page-index", {"x-task-config": TEMPLATE.replace(",templatePageIndex=0", "")}, 226),
    ("empty-page-index", {"x-task-config": TEMPLATE.replace("PageIndex=0", "PageIndex=")}, 227),
    ("no-index", {"x-task-config": TEMPLATE.replace(",templateIndex=0", "")}, 228),
    ("empty-index", {"x-task-config": TEMPLATE.replace("templateIndex=0", "templateIndex=")}, 229),
    ("bad-page-index", {"x-task-config": TEMPLATE.replace("PageIndex=0", "PageIndex=2")}, 233),
    ("bad-index", {"x-task-config": TEMPLATE.replace("templateIndex=0", "templateIndex=1")}, 234),
    ("unknown-property", {"x-task-config": TEMPLATE.replace("idcard", "plate")}, 262),
    ("no-lang", {"x-task-config": "capkey=ocr.cloud"}, 231),
    ("empty-lang", {"x-task-config": "capkey=ocr.cloud,lang="}, 232),
    ("wrong-lang", {"x-task-config": "capkey=ocr.cloud,lang=english"}, 261),
    ("bad-bizcard-option", {"x-task-config": "capkey=ocr.cloud.bizcard,need_score=maybe"}, 220),
]


@pytest.mark.parametrize(("headers", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fake_checks_headers_and_task_config(server: FakeServer, headers: dict[str, str | None], expected: int) -> None:
    reply = requests.post(server.url + "/ocr", data=JPEG, headers=signed(**headers), timeout=5).json()
    assert reply["error"] == expected, reply


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        (base64.b64encode(JPEG), None, -1),  # base64 text is not the image
        (JPEG, "multipart/form-data; boundary=x", -1),
        (b"", None, -1),
        (JPEG, "application/octet-stream", 0),
    ],
    ids=["base64", "multipart", "empty", "octet-stream"],
)
def test_fake_wants_raw_image_bytes(server: FakeServer, body: bytes, content_type: str | None, expected: int) -> None:
    headers = signed() | ({"Content-Type": content_type} if content_type else {})
    assert requests.post(server.url + "/ocr", data=body, headers=headers, timeout=5).json()["error"] == expected


def test_too_large_file_is_230(fake: SinoVoiceFake, server: FakeServer) -> None:
    fake.max_body = 1000
    with pytest.raises(ProviderError) as caught:
        make_provider(server).recognize(blank_image(), DocType.BANK_CARD)
    assert (caught.value.code, caught.value.kind) == ("230", ErrorKind.IMAGE_TOO_LARGE)


# ------------------------------------------------------------------------------ transport faults


@pytest.mark.parametrize(
    ("faults", "settings", "code", "kind"),
    [
        (["html500"], {"retries": "0"}, "http_500", ErrorKind.SERVER),
        (["rate_limit"], {"retries": "0"}, "http_429", ErrorKind.RATE_LIMIT),
        (["truncated"], {"retries": "0"}, "network", ErrorKind.NETWORK),
        (["reset", "reset"], {"retries": "1"}, "network", ErrorKind.NETWORK),
        (["slow"], {"timeout": "0.5"}, "timeout", ErrorKind.TIMEOUT),
        (["cut_json"], {}, "malformed_reply", ErrorKind.MALFORMED),
        (["no_error"], {}, "malformed_reply", ErrorKind.MALFORMED),
    ],
    ids=["html500", "429", "truncated", "reset", "slow", "cut-json", "no-error-field"],
)
def test_faults(
    fake: SinoVoiceFake, server: FakeServer, faults: list[str], settings: dict[str, str], code: str, kind: ErrorKind
) -> None:
    fake.faults = list(faults)
    with pytest.raises(ProviderError) as caught:
        make_provider(server, **settings).recognize(blank_image(), DocType.IDCARD_FRONT)
    assert (caught.value.code, caught.value.kind) == (code, kind)
    assert "SinoVoice" in caught.value.message


def test_server_network_error_250_is_retried(fake: SinoVoiceFake, server: FakeServer) -> None:
    fake.faults = [250]
    assert make_provider(server).recognize(blank_image(), DocType.IDCARD_BACK).fields
    assert len(server.requests) == 2
    fake.faults = [250, 250]
    with pytest.raises(ProviderError) as caught:
        make_provider(server, retries="1").recognize(blank_image(), DocType.IDCARD_BACK)
    assert (caught.value.code, caught.value.kind) == ("250", ErrorKind.SERVER)
    fake.faults = [211]  # not transient: one request only
    with pytest.raises(ProviderError):
        make_provider(server).recognize(blank_image(), DocType.IDCARD_BACK)
    assert len(server.requests) == 5


def test_500_then_success_is_retried(fake: SinoVoiceFake, server: FakeServer) -> None:
    fake.faults = ["html500", "reset"]
    assert make_provider(server).recognize(blank_image(), DocType.IDCARD_BACK).fields
    assert len(server.requests) == 3


# ------------------------------------------------------------------------ malformed replies


@pytest.fixture(scope="module")
def raw() -> Iterator[tuple[FakeServer, dict[str, FakeResponse]]]:
    holder = {"reply": FakeResponse.json("{}")}
    with fake_server(lambda request: holder["reply"]) as running:
        yield running, holder


@pytest.mark.parametrize(
    ("status", "body", "code", "kind"),
    [
        (200, '{"error": "abc", "text": "?"}', "malformed_reply", ErrorKind.MALFORMED),
        (200, '{"error": 0, "text": "请求成功"}', "malformed_reply", ErrorKind.MALFORMED),
        (200, "[]", "malformed_reply", ErrorKind.MALFORMED),
        (200, '{"error": 0, "data": {"forms": {"form": [1]}}}', "malformed_reply", ErrorKind.MALFORMED),
        (200, '{"error": "211", "text": "session_key 错误"}', "211", ErrorKind.AUTH),  # a string code
        (503, '{"error": 250, "text": "服务器网络异常"}', "250", ErrorKind.SERVER),  # body read whatever the status
        (502, '{"message": "bad gateway"}', "http_502", ErrorKind.SERVER),
        (404, "<html>Not Found</html>", "http_404", ErrorKind.BAD_REQUEST),
        (200, "<html>maintenance</html>", "malformed_reply", ErrorKind.MALFORMED),
    ],
)
def test_malformed_and_odd_replies(
    raw: tuple[FakeServer, dict[str, FakeResponse]], status: int, body: str, code: str, kind: ErrorKind
) -> None:
    running, holder = raw
    holder["reply"] = FakeResponse.json(body, status=status)
    provider = make_provider(running, retries="0")
    with pytest.raises(ProviderError) as caught:
        provider.recognize(blank_image(), DocType.IDCARD_FRONT)
    assert (caught.value.code, caught.value.kind) == (code, kind)


FRONT = TEMPLATES[DocType.IDCARD_FRONT]
BAD_SHAPES: list[tuple[str, Any]] = [
    ("template", {}),
    ("template", {"forms": {"form": "text"}}),
    ("template", {"forms": {"form": {"page": {"cell": "x"}}}}),
    ("template", {"forms": {"form": {"page": {"cell": [{"name": "姓名", "result": "陈"}]}}}}),
    ("template", {"forms": {"form": {"page": {"cell": [{"name": "姓名", "result": {"result": {"x": 1}}}]}}}}),
    ("template", {"forms": {"form": {"page": [{"cell": [{"name": "出生日期", "cell": [1, 2]}]}]}}}),
    ("bankcard", {"forms": {"form": ["5184"]}}),
    ("bankcard", {"forms": {"form": {"CardNumber": {"x": 1}}}}),
    ("bankcard", {"forms": {"form": {"CardNumber": "1", "CardNumberPos": {"Number": "1"}}}}),
    ("bizcard", {"bizcard": []}),
    ("bizcard", {"bizcard": {"cell": [{"item": "name", "result": {"text": ["王"]}}]}}),
    ("text", {"forms": {"form": {"text": "x"}}}),
    ("text", {"forms": []}),
]


@pytest.mark.parametrize(("kind", "data"), BAD_SHAPES)
def test_wrong_shapes_are_malformed_not_tracebacks(kind: str, data: Any) -> None:
    parse = {
        "template": lambda d: parse_template(d, FRONT),
        "bankcard": parse_bankcard,
        "bizcard": lambda d: parse_bizcard(d, {}),
        "text": lambda d: parse_text(d, None, encode_for_upload(blank_image(8, 8), 10**6)),
    }[kind]
    with pytest.raises(ProviderError) as caught:
        parse(data)
    assert caught.value.kind == ErrorKind.MALFORMED
    assert caught.value.message.startswith("The service sent a reply that cannot be read")


def test_odd_but_valid_shapes_are_accepted() -> None:
    # a single cell object instead of a list, numbers instead of strings, a bad exported image
    result = {"result": 7, "left": 1, "top": 2, "right": 30, "bottom": 40}
    data = {"forms": {"form": {"page": {"cell": {"name": "姓名", "result": result}}}}}
    (item,) = parse_template(data, FRONT)
    assert (item.key, item.ocr_value, item.box.to_dict() if item.box else None) == (
        "name",
        "7",
        {"left": 1, "top": 2, "right": 30, "bottom": 40},
    )
    recognition = parse_bizcard({"bizcard": {"cell": []}}, {"image": "not base64!"})
    assert recognition.warnings == ["SinoVoice sent a card image that is not valid base64; ignored"]


# ----------------------------------------------------------------------------------- secrets


def test_dev_key_never_leaks(server: FakeServer, caplog: pytest.LogCaptureFixture) -> None:
    secret = "SECRET-dev-key-7f3a9c1e"
    caplog.set_level(logging.DEBUG)
    provider = make_provider(server, dev_key=secret)
    with pytest.raises(ProviderError) as caught:
        provider.recognize(blank_image(), DocType.GENERAL)
    assert caught.value.code == "211"
    assert secret not in str(caught.value) and secret not in repr(caught.value.args)
    assert secret not in caplog.text
    request = server.requests[-1]
    assert secret not in json.dumps(request.headers) and secret.encode() not in request.body
    with pytest.raises(ProviderError) as again:
        provider.test_connection()
    assert secret not in str(again.value)


def test_connection_test(server: FakeServer) -> None:
    assert make_provider(server).test_connection().startswith("Connected to SinoVoice")
