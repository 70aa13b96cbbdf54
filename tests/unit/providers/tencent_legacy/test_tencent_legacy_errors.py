"""Legacy Tencent OCR failures: signature rejections, every documented error code, transport faults, malformed
replies, secrets kept out of messages and logs, and the command line end to end."""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import json
import logging
import time
from pathlib import Path

import numpy as np
import pytest
import requests

from ocrdesk.doctypes import DocType
from ocrdesk.errors import ConfigError, ErrorKind, ProviderError
from ocrdesk.imaging import SourceImage, from_rgb_array
from ocrdesk.providers.tencent_legacy import TencentLegacyProvider
from ocrdesk.providers.tencent_legacy.errors import ERRORS
from ocrdesk.providers.tencent_legacy.sign import sign_plaintext
from tests.fakes.server import FakeResponse, fake_server
from tests.fakes.tencent_legacy_server import (
    TEST_APPID,
    TEST_BUCKET,
    TEST_SECRET_ID,
    TEST_SECRET_KEY,
    Failure,
    TencentLegacyFake,
    tencent_legacy_server,
)


def image() -> SourceImage:
    return from_rgb_array(np.full((480, 640, 3), 200, dtype=np.uint8), "page.png")


def failure_of(config: dict[str, str], doc_type: DocType = DocType.LICENSE_PLATE) -> ProviderError:
    provider = TencentLegacyProvider({"retries": "0", **config})
    try:
        with pytest.raises(ProviderError) as caught:
            provider.recognize(image(), doc_type)
    finally:
        provider.close()
    return caught.value


def signed(plaintext: str, key: str = TEST_SECRET_KEY) -> str:
    return sign_plaintext(key, plaintext)


def post(fake: TencentLegacyFake, path: str, authorization: str | None, files: list | None = None) -> dict:
    headers = {} if authorization is None else {"Authorization": authorization}
    files = files or [
        ("appid", (None, TEST_APPID)),
        ("image", ("a.jpg", b"\xff\xd8\xff\xe0 not really a jpeg", "image/jpeg")),
    ]
    response = requests.post(fake.url + path, headers=headers, files=files, timeout=5)
    return {"status": response.status_code, **response.json()}


def plaintext(now: object = None, expire: object = None, **fields: str) -> str:
    now = int(time.time()) if now is None else now
    expire = int(time.time()) + 3600 if expire is None else expire
    values = {"a": TEST_APPID, "b": TEST_BUCKET, "k": TEST_SECRET_ID, "e": expire, "t": now, "r": 123, "u": 0}
    values.update(fields)
    return "&".join(f"{k}={v}" for k, v in values.items()) + "&f=" + str(fields.get("f", ""))


# -- the fake is as strict as the documentation ---------------------------------------------------------------


def test_fake_rejects_bad_signatures(fake: TencentLegacyFake) -> None:
    now = int(time.time())
    assert post(fake, "/ocr/plate", None) == {"status": 400, "code": 4, "message": "签名为空", "data": fake_data()}
    assert post(fake, "/ocr/plate", "%%%not base64%%%")["code"] == 5
    assert post(fake, "/ocr/plate", base64.b64encode(b"short").decode())["code"] == 5
    # Django_OCR's float times
    assert post(fake, "/ocr/plate", signed(plaintext(now=time.time(), expire=time.time() + 60)))["code"] == 5
    assert post(fake, "/ocr/plate", signed(plaintext(now=now, expire=now)))["code"] == 5  # e must exceed t
    assert post(fake, "/ocr/plate", signed(plaintext(now=now, expire=now + 91 * 86400)))["code"] == 5
    assert post(fake, "/ocr/plate", signed(plaintext(k="AKIDsomeoneelse")))["code"] == 11
    assert post(fake, "/ocr/plate", signed(plaintext(a="1250000002")))["code"] == 10
    assert post(fake, "/ocr/plate", signed(plaintext(), key="wrong-key"))["code"] == 14
    assert post(fake, "/ocr/plate", signed(plaintext(now=now - 7200, expire=now - 60)))["code"] == 9
    assert post(fake, "/ocr/plate", signed(plaintext(b="otherbucket")))["code"] == 16
    good = signed(plaintext())
    assert post(fake, "/ocr/plate", good)["code"] == -1102  # signature fine; the bytes are no image
    raw = base64.b64decode(good)
    assert raw[:20] == hmac.new(TEST_SECRET_KEY.encode(), raw[20:], hashlib.sha1).digest()


def fake_data() -> dict:
    return {"session_id": "", "items": []}


def test_fake_checks_form_fields(fake: TencentLegacyFake) -> None:
    buffer = io.BytesIO()
    image().image.save(buffer, "PNG")
    png = ("a.png", buffer.getvalue(), "image/png")
    auth = signed(plaintext())
    as_file = [("appid", (None, TEST_APPID)), ("card_type", ("card_type", b"1")), ("image", png)]
    assert post(fake, "/ocr/idcard", auth, as_file)["code"] == 21  # Django_OCR's bare int → a file part
    other_app = [("appid", (None, "1250000002")), ("image", png)]
    assert post(fake, "/ocr/plate", auth, other_app)["code"] == 6
    no_image = [("appid", (None, TEST_APPID))]
    assert post(fake, "/ocr/plate", auth, no_image)["code"] == 18
    no_type = [("appid", (None, TEST_APPID)), ("image", png)]
    reply = post(fake, "/ocr/drivinglicence", auth, no_type)
    assert (reply["status"], reply["code"]) == (200, -9001)
    ok = post(fake, "/ocr/idcard", auth, [("appid", (None, TEST_APPID)), ("card_type", (None, "1")), ("image", png)])
    assert ok["result_list"][0]["data"]["authority"] == "中国公安局" and ok["result_list"][0]["filename"] == "a.png"


# -- the provider's signatures pass, and the fake's verdicts read well ---------------------------------------


@pytest.mark.parametrize(
    ("config", "code", "kind"),
    [
        ({"secret_key": "some-other-secret-key"}, "14", ErrorKind.AUTH),
        ({"secret_id": "AKIDunknown0000000000000000000000000"}, "11", ErrorKind.AUTH),
        ({"appid": "1250000002"}, "10", ErrorKind.AUTH),
        ({"bucket": "not-my-bucket"}, "16", ErrorKind.AUTH),
    ],
)
def test_wrong_credentials(fake: TencentLegacyFake, config: dict[str, str], code: str, kind: ErrorKind) -> None:
    error = failure_of(fake.provider_config(**config))
    assert (error.code, error.kind) == (code, kind)
    assert f"error {code}" in error.message


@pytest.mark.parametrize("offset", [40 * 86400, -3600])
def test_wrong_clock_reads_as_expired(server: TencentLegacyFake, offset: float) -> None:
    # 40 days ahead: our 30-day signature has expired; an hour behind: t is too far from the server's clock
    with tencent_legacy_server(clock=lambda: time.time() + offset) as fake:
        error = failure_of(fake.provider_config())
    assert (error.code, error.kind) == ("9", ErrorKind.EXPIRED)
    assert "clock" in error.message


def test_missing_credential_is_a_config_error_before_any_request(fake: TencentLegacyFake) -> None:
    config = fake.provider_config()
    del config["secret_key"]
    with pytest.raises(ConfigError, match="secret_key"):
        TencentLegacyProvider(config).recognize(image(), DocType.GENERAL)
    assert fake.server.requests == []  # type: ignore[union-attr]


# -- every documented vendor code ------------------------------------------------------------------------------


@pytest.mark.parametrize("code", sorted(ERRORS, key=int))
def test_every_documented_code(fake: TencentLegacyFake, code: str) -> None:
    fake.failure = Failure(int(code), "vendor says no")
    error = failure_of(fake.provider_config())
    entry = ERRORS[code]
    assert (error.code, error.kind) == (code, entry.kind)
    assert entry.en in error.message and entry.zh in error.message and "vendor says no" in error.message


def test_codes_come_per_image_in_result_list(fake: TencentLegacyFake) -> None:
    fake.failure = Failure(-7001, "未检测到身份证")
    error = failure_of(fake.provider_config(), DocType.IDCARD_FRONT)
    assert (error.code, error.kind) == ("-7001", ErrorKind.NOT_DETECTED)
    assert fake.server.requests  # type: ignore[union-attr]
    fake.failure = Failure(-5206, per_image=True)
    error = failure_of(fake.provider_config(), DocType.BUSINESS_CARD)
    assert (error.code, error.kind) == ("-5206", ErrorKind.NOT_DETECTED) and "不是名片" in error.message


def test_error_with_http_400_body_is_read(fake: TencentLegacyFake) -> None:
    fake.failure = Failure(3, "invalid request", http_status=400)
    error = failure_of(fake.provider_config(), DocType.IDCARD_BACK)
    assert (error.code, error.kind) == ("3", ErrorKind.BAD_REQUEST)


def test_arrears_and_unknown_codes(fake: TencentLegacyFake) -> None:
    fake.failure = Failure(3, "account abnormal,errorno is:2")
    error = failure_of(fake.provider_config())
    assert (error.code, error.kind) == ("3", ErrorKind.QUOTA) and "欠费" in error.message
    fake.failure = Failure(-9999, "新的识别错误")
    assert failure_of(fake.provider_config()).kind is ErrorKind.NOT_DETECTED
    fake.failure = Failure(99, "new protocol error")
    error = failure_of(fake.provider_config())
    assert (error.code, error.kind) == ("99", ErrorKind.BAD_REQUEST) and "new protocol error" in error.message


# -- transport faults -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fault", "kind", "code"),
    [
        ("html500", ErrorKind.SERVER, "http_500"),
        ("429", ErrorKind.RATE_LIMIT, "15"),
        ("reset", ErrorKind.NETWORK, "network"),
        ("truncated", ErrorKind.NETWORK, "network"),
        ("slow", ErrorKind.TIMEOUT, "timeout"),
    ],
)
def test_faults(fake: TencentLegacyFake, fault: str, kind: ErrorKind, code: str) -> None:
    fake.fault = fault
    error = failure_of(fake.provider_config(timeout="0.5"))
    assert (error.kind, error.code) == (kind, code)
    assert "Traceback" not in error.message and "Tencent" in error.message


@pytest.mark.parametrize("fault", ["html500", "429"])
def test_retry_signs_again_and_succeeds(fake: TencentLegacyFake, fault: str) -> None:
    fake.fault, fake.fault_times = fault, 1
    provider = TencentLegacyProvider(fake.provider_config(retries="1"))
    fields = provider.recognize(image(), DocType.LICENSE_PLATE).fields
    assert fields[0].ocr_value == "鄂B74110"
    assert len(fake.server.requests) == 2  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("doc_type", "reply", "what"),
    [
        (DocType.LICENSE_PLATE, {"code": 0, "message": "OK"}, "no data.items"),
        (DocType.LICENSE_PLATE, {"code": 0, "data": {"items": "x"}}, "not a list"),
        (DocType.LICENSE_PLATE, {"code": 0, "data": {"items": [1, 2]}}, "not a list of objects"),
        (DocType.LICENSE_PLATE, {"code": 0, "data": "items"}, "data is not an object"),
        (DocType.IDCARD_FRONT, {"result_list": []}, "no result_list"),
        (DocType.IDCARD_FRONT, {"result_list": ["x"]}, "not an object"),
        (DocType.IDCARD_FRONT, {"result_list": [{"code": 0}]}, "has no data"),
        (DocType.IDCARD_FRONT, {"result_list": [{"code": 0, "data": []}]}, "not an object"),
        (DocType.BUSINESS_CARD, {"result_list": [{"code": 0, "data": {"a": 1}}]}, "not a list"),
    ],
)
def test_malformed_replies(fake: TencentLegacyFake, doc_type: DocType, reply: dict, what: str) -> None:
    path = {DocType.IDCARD_FRONT: "/ocr/idcard?card_type=0", DocType.BUSINESS_CARD: "/ocr/businesscard"}
    fake.replies[path.get(doc_type, "/ocr/plate")] = reply
    error = failure_of(fake.provider_config(), doc_type)
    assert error.kind is ErrorKind.MALFORMED and what in error.message


@pytest.mark.parametrize(
    ("status", "body", "kind"),
    [
        (200, b"<html><body>gateway</body></html>", ErrorKind.MALFORMED),
        (200, b'{"code": 0, "data": {"items": [', ErrorKind.MALFORMED),
        (200, b"[1, 2]", ErrorKind.MALFORMED),
        (200, b"", ErrorKind.MALFORMED),
        (502, b"<html>Bad Gateway</html>", ErrorKind.SERVER),
        (403, b"Forbidden", ErrorKind.AUTH),
        (400, b'{"code": 0}', ErrorKind.BAD_REQUEST),
    ],
)
def test_unreadable_bodies(status: int, body: bytes, kind: ErrorKind) -> None:
    with fake_server(lambda _request: FakeResponse(status, body, {"Content-Type": "text/html"})) as raw:
        config = {"appid": TEST_APPID, "secret_id": TEST_SECRET_ID, "secret_key": TEST_SECRET_KEY}
        error = failure_of({**config, "endpoint": raw.url, "rate_limit": "0"})
    assert error.kind is kind


# -- secrets --------------------------------------------------------------------------------------------------


def test_secret_never_in_errors_or_logs(fake: TencentLegacyFake, caplog: pytest.LogCaptureFixture) -> None:
    secret = "LeakCanary-legacy-SecretKey-81724"
    caplog.set_level(logging.DEBUG)
    error = failure_of(fake.provider_config(secret_key=secret))  # wrong key: code 14
    assert error.code == "14"
    for text in (str(error), repr(error), error.message, caplog.text):
        assert secret not in text
    fake.failure = Failure(21, f"invalid key {TEST_SECRET_KEY}")  # a vendor echoing the key back is masked
    echoed = failure_of(fake.provider_config())
    assert TEST_SECRET_KEY not in echoed.message and "invalid key ***" in echoed.message
    assert TEST_SECRET_KEY not in caplog.text
    for request in fake.server.requests:  # type: ignore[union-attr]
        for key in (secret, TEST_SECRET_KEY):
            assert key.encode() not in request.body and key not in json.dumps(request.headers)


# -- command line ---------------------------------------------------------------------------------------------


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, fake: TencentLegacyFake) -> None:
    for setting, value in {
        "APPID": TEST_APPID,
        "BUCKET": TEST_BUCKET,
        "SECRET_ID": TEST_SECRET_ID,
        "SECRET_KEY": TEST_SECRET_KEY,
    }.items():
        monkeypatch.setenv(f"OCRDESK_TENCENT_LEGACY_{setting}", value)


def test_cli_recognize_end_to_end(fake: TencentLegacyFake, cli_env: None, tmp_path: Path) -> None:
    cli = pytest.importorskip("ocrdesk.cli")
    picture = tmp_path / "plate.png"
    image().image.save(picture)
    out = tmp_path / "out.json"
    argv = ["recognize", "--provider", "tencent-legacy", "--doc-type", "license_plate", "--endpoint", fake.url]
    assert cli.main([*argv, "-o", str(out), str(picture)]) == 0
    document = json.loads(out.read_text(encoding="utf-8"))["documents"][0]
    assert (document["provider"], document["doc_type"], document["status"]) == (
        "tencent-legacy",
        "license_plate",
        "ok",
    )
    field = document["fields"][0]
    assert (field["key"], field["label"], field["value"]) == ("plate_number", "车牌", "鄂B74110")
    assert field["box"] == {"left": 242, "top": 253, "right": 440, "bottom": 317}
    assert field["confidence"] == pytest.approx(0.9997, abs=1e-4)

    fake.failure = Failure(-9702, "车牌识别失败")
    assert cli.main([*argv, "-o", str(out), str(picture)]) == 1
    document = json.loads(out.read_text(encoding="utf-8"))["documents"][0]
    assert document["status"] == "error" and document["error"]["code"] == "-9702"
    assert "车牌识别失败" in document["error"]["message"]
