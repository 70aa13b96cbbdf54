"""Aliyun PAI-EAS ID-card model end to end over HTTP against the fake: form request, base64 replies, codes."""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs

import numpy as np
import pytest

from ocrdesk.doctypes import DocType
from ocrdesk.errors import ConfigError, ErrorKind, ProviderError
from ocrdesk.imaging import SourceImage, from_rgb_array
from ocrdesk.providers import provider_class
from ocrdesk.providers.aliyun_eas import AliyunEasProvider, decode_card_image
from ocrdesk.providers.base import Recognition
from tests.fakes.aliyun_eas_server import (
    CODE_MESSAGES,
    SERVICE_PATH,
    TEST_TOKEN,
    AliyunEasFake,
    corrected_card_jpeg,
)
from tests.fakes.server import FakeServer, fake_server


@pytest.fixture(scope="module")
def running() -> Iterator[tuple[AliyunEasFake, FakeServer]]:
    """One fake server for the module (stopping one costs half a second); reset for every test."""
    handler = AliyunEasFake()
    with fake_server(handler) as server:
        yield handler, server


@pytest.fixture
def fake(running: tuple[AliyunEasFake, FakeServer]) -> Iterator[AliyunEasFake]:
    handler, server = running
    handler.reset()
    server.requests.clear()
    handler.server = server  # type: ignore[attr-defined]
    yield handler
    assert handler.violations == [], "the provider sent a request the document does not allow"


def server_of(fake: AliyunEasFake) -> FakeServer:
    return fake.server  # type: ignore[attr-defined,no-any-return]


def service_url(fake: AliyunEasFake) -> str:
    return server_of(fake).url + SERVICE_PATH


def card_image(width: int = 856, height: int = 540) -> SourceImage:
    pixels = np.random.default_rng(3).integers(0, 256, (height, width, 3), dtype=np.uint8)
    return from_rgb_array(pixels, "idcard.jpg")


def make(fake: AliyunEasFake, **config: str) -> AliyunEasProvider:
    settings = {"token": TEST_TOKEN, "endpoint": service_url(fake), "timeout": "0.5", "rate_limit": "0"}
    settings.update(config)
    return AliyunEasProvider(settings)


def recognize(fake: AliyunEasFake, doc_type: DocType = DocType.IDCARD_FRONT, **config: str) -> Recognition:
    provider = make(fake, **config)
    try:
        return provider.recognize(card_image(), doc_type)
    finally:
        provider.close()


def failure(fake: AliyunEasFake, doc_type: DocType = DocType.IDCARD_FRONT, **config: str) -> ProviderError:
    with pytest.raises(ProviderError) as info:
        recognize(fake, doc_type, **config)
    return info.value


def rows(recognition: Recognition) -> list[tuple[str, str, str]]:
    return [(f.key, f.label, f.ocr_value) for f in recognition.fields]


FRONT_ROWS = [
    ("name", "name", "张三"),
    ("sex", "gender", "男"),
    ("ethnicity", "race", "汉"),
    ("birth_date", "birth", "1982.09.25"),
    ("address", "address", "杭州市xxxxxxxx"),
    ("id_number", "id_no", "33xxxxxxxxxxxxx"),
]
BACK_ROWS = [
    ("authority", "issued_by", "南京市公安局玄武分局"),
    ("valid_period", "valid_date", "2013.03.21-2033.03.21"),
]


# ------------------------------------------------------------------------------------------ metadata


def test_registered_with_a_required_full_service_url() -> None:
    cls = provider_class("aliyun-eas")
    assert cls is AliyunEasProvider
    settings = {s.name: s for s in cls.settings}
    assert next(iter(settings)) == "token" and settings["token"].secret and settings["token"].required
    assert settings["endpoint"].required and not settings["endpoint"].secret
    assert "full service URL" in settings["endpoint"].help and "/api/predict/" in settings["endpoint"].help
    assert {"timeout", "rate_limit", "concurrency"} <= set(settings)
    assert [s.name for s in cls.settings].count("endpoint") == 1
    assert cls.default_endpoint is None
    assert cls.doc_types == (DocType.IDCARD_FRONT, DocType.IDCARD_BACK)
    assert cls.upload_is_base64 and cls.upload_limit_bytes < 8_000_000


def test_no_endpoint_is_a_config_error() -> None:
    with pytest.raises(ConfigError) as info:
        provider_class("aliyun-eas")({"token": "t0ken"})
    assert info.value.code == "missing_endpoint"


def test_no_token_is_a_config_error(fake: AliyunEasFake) -> None:
    with pytest.raises(ConfigError, match="token"):
        make(fake, token="").recognize(card_image(), DocType.IDCARD_FRONT)
    with pytest.raises(ConfigError, match="token contains"):
        make(fake, token="tök en").recognize(card_image(), DocType.IDCARD_FRONT)
    assert server_of(fake).requests == []


# ------------------------------------------------------------------------------------------ requests


def test_request_is_the_documented_form(fake: AliyunEasFake) -> None:
    recognize(fake)
    request = server_of(fake).requests[-1]
    assert request.method == "POST" and request.path == SERVICE_PATH  # the endpoint is used as given
    assert request.header("Authorization") == TEST_TOKEN  # raw token, no scheme
    assert request.header("Content-Type") == "application/x-www-form-urlencoded"
    raw = request.body.decode("ascii")
    data_raw = dict(part.split("=", 1) for part in raw.split("&"))["data"]
    assert "+" not in data_raw and "/" not in data_raw and "=" not in data_raw  # percent-encoded
    form = parse_qs(raw, strict_parsing=True)
    assert set(form) == {"info", "data"} and form["info"] == ["OCRDesk idcard_front"]
    assert base64.b64decode(form["data"][0], validate=True)[:2] == b"\xff\xd8"  # a JPEG


def test_base64_upload_stays_under_the_limit(fake: AliyunEasFake, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(AliyunEasProvider, "upload_limit_bytes", 100_000)
    recognize(fake)
    form = parse_qs(server_of(fake).requests[-1].body.decode("ascii"))
    assert len(form["data"][0]) <= 100_000


# ------------------------------------------------------------------------------------------ fields


def test_front_fields_and_corrected_image(fake: AliyunEasFake) -> None:
    recognition = recognize(fake)
    assert rows(recognition) == FRONT_ROWS
    assert all(f.box is None and f.polygon is None and f.confidence is None for f in recognition.fields)
    assert recognition.warnings == []
    assert recognition.artifacts == {"corrected_image": corrected_card_jpeg()}


def test_data_as_an_object_is_accepted_too(fake: AliyunEasFake) -> None:
    fake.data_as_string = False
    assert rows(recognize(fake)) == FRONT_ROWS


def test_back_fields(fake: AliyunEasFake) -> None:
    fake.side = "back"
    recognition = recognize(fake, DocType.IDCARD_BACK)
    assert rows(recognition) == BACK_ROWS
    assert recognition.warnings == [] and "corrected_image" in recognition.artifacts


@pytest.mark.parametrize(
    ("chosen", "side", "expected", "words"),
    [
        (DocType.IDCARD_FRONT, "back", BACK_ROWS, ("found the back of an ID card (国徽面)", "not the front (人像面)")),
        (DocType.IDCARD_BACK, "front", FRONT_ROWS, ("found the front of an ID card (人像面)", "not the back (国徽面)")),
    ],
)
def test_the_side_the_service_found_wins_with_a_warning(
    fake: AliyunEasFake, chosen: DocType, side: str, expected: list[tuple[str, str, str]], words: tuple[str, ...]
) -> None:
    fake.side = side
    recognition = recognize(fake, chosen)
    assert rows(recognition) == expected
    assert len(recognition.warnings) == 1
    assert all(word in recognition.warnings[0] for word in words)
    assert recognition.detected_doc_type is DocType(f"idcard_{side}")


def test_document_takes_the_side_the_service_found(fake: AliyunEasFake) -> None:
    from ocrdesk.recognition import recognize_image

    fake.side = "back"
    provider = make(fake)
    try:
        document, _ = recognize_image(provider, card_image(), DocType.IDCARD_FRONT)
    finally:
        provider.close()
    assert document.doc_type == "idcard_back"
    assert {f.key for f in document.fields} == {"authority", "valid_period"}


def test_side_is_inferred_when_type_is_missing(fake: AliyunEasFake) -> None:
    del fake.replies["back"]["type"]
    fake.side = "back"
    assert rows(recognize(fake, DocType.IDCARD_BACK)) == BACK_ROWS


def test_unreadable_corrected_image_is_a_warning_not_a_failure(fake: AliyunEasFake) -> None:
    fake.replies["front"]["idcard_image"] = base64.b64encode(b"not an image at all").decode()
    recognition = recognize(fake)
    assert rows(recognition) == FRONT_ROWS
    assert recognition.artifacts == {}
    assert recognition.warnings == ["The corrected card image the service returned could not be read; it was left out."]


def test_missing_corrected_image_is_silent(fake: AliyunEasFake) -> None:
    fake.replies["front"]["idcard_image"] = None
    recognition = recognize(fake)
    assert recognition.artifacts == {} and recognition.warnings == []


def test_decode_card_image_variants() -> None:
    jpeg = corrected_card_jpeg()
    text = base64.b64encode(jpeg).decode()
    assert decode_card_image(text) == (jpeg, None)
    assert decode_card_image("data:image/jpeg;base64," + text) == (jpeg, None)
    assert decode_card_image(text[:60] + "\n" + text[60:]) == (jpeg, None)
    assert decode_card_image("")[0] is None and decode_card_image("")[1] is None
    for bad in ("%%%", 12, base64.b64encode(jpeg[:40]).decode()):
        image, warning = decode_card_image(bad)
        assert image is None and warning


# ------------------------------------------------------------------------------------------ errors


@pytest.mark.parametrize("code", ["201", "202", "203", "204", "205", "206", "207", "208", "209"])
def test_detection_codes(fake: AliyunEasFake, code: str) -> None:
    fake.code = code
    error = failure(fake)
    assert (error.kind, error.code) == (ErrorKind.NOT_DETECTED, code)
    assert f"error {code}: {CODE_MESSAGES[code]}" in error.message
    assert "检测或识别错误" in error.message or "未检测到身份证" in error.message


def test_unknown_error_code(fake: AliyunEasFake) -> None:
    fake.code = "-1"
    error = failure(fake)
    assert (error.kind, error.code) == (ErrorKind.SERVER, "-1")
    assert "未知错误" in error.message and "错误信息" in error.message


@pytest.mark.parametrize(
    ("fault", "what"),
    [
        ("not_base64", "not base64"),
        ("html_200", "HTML page that is not base64"),
        ("empty", "empty reply"),
        ("cut_base64", "does not hold JSON"),
        ("base64_not_json", "does not hold JSON"),
        ("data_not_json", "'data' is a string that is not valid JSON"),
        ("no_code", "no 'code'"),
        ("no_data", "no 'data'"),
    ],
)
def test_malformed_replies(fake: AliyunEasFake, fault: str, what: str) -> None:
    fake.fault = fault
    error = failure(fake, retries="0")
    assert (error.kind, error.code) == (ErrorKind.MALFORMED, "malformed_reply")
    assert what in error.message


def test_wrong_token_is_an_auth_error(fake: AliyunEasFake) -> None:
    error = failure(fake, token="not-the-token")
    assert (error.kind, error.code) == (ErrorKind.AUTH, "http_401")
    assert "Authorization Failed" in error.message


def test_wrong_path_explains_the_full_url(fake: AliyunEasFake) -> None:
    error = failure(fake, endpoint=server_of(fake).url)
    assert error.code == "http_404" and "full service URL" in error.message


@pytest.mark.parametrize(
    ("fault", "kind", "code", "text"),
    [
        ("server_error", ErrorKind.SERVER, "http_500", "HTTP 500"),
        ("error_envelope_500", ErrorKind.SERVER, "-1", "model crashed"),
        ("quota_503", ErrorKind.SERVER, "http_503", "service is overloaded"),
        ("rate_limited", ErrorKind.RATE_LIMIT, "http_429", "HTTP 429"),
        ("reset", ErrorKind.NETWORK, "network", "connection reset"),
        ("truncated", ErrorKind.NETWORK, "network", "cut off"),
        ("slow", ErrorKind.TIMEOUT, "timeout", "0.5 s"),
    ],
)
def test_http_faults(fake: AliyunEasFake, fault: str, kind: ErrorKind, code: str, text: str) -> None:
    fake.fault = fault
    error = failure(fake, retries="0")
    assert (error.kind, error.code) == (kind, code)
    assert text in error.message and "\n" not in error.message


def test_transient_faults_recover(fake: AliyunEasFake) -> None:
    fake.fail_next("server_error", "reset")
    assert rows(recognize(fake)) == FRONT_ROWS
    assert len(server_of(fake).requests) == 3


def test_token_never_appears_in_errors_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    secret = "SECRET-eas-token-0a1b2c3d4e5f"
    handler = AliyunEasFake(echo_credentials=True)  # the 401 body repeats the token it got
    caplog.set_level(logging.DEBUG)
    with fake_server(handler) as server:
        provider = AliyunEasProvider({"token": secret, "endpoint": server.url + SERVICE_PATH, "rate_limit": "0"})
        with pytest.raises(ProviderError) as info:
            provider.recognize(card_image(), DocType.IDCARD_FRONT)
        provider.close()
        assert server.requests[-1].header("Authorization") == secret
    error = info.value
    assert error.kind is ErrorKind.AUTH and "Authorization Failed: ***" in error.message
    assert secret not in str(error) and secret not in error.code
    assert secret not in caplog.text


def test_connection_test_counts_no_card_as_connected(fake: AliyunEasFake) -> None:
    fake.code = "201"
    assert make(fake).test_connection().startswith("Connected to Aliyun PAI-EAS")


# ------------------------------------------------------------------------------------------ CLI


def _write_card(tmp_path: Path) -> Path:
    path = tmp_path / "idcard.jpg"
    card_image().image.save(path, "JPEG", quality=90)
    return path


def _cli_run(fake: AliyunEasFake, tmp_path: Path, out: Path) -> int:
    cli = pytest.importorskip("ocrdesk.cli")
    argv = ["recognize", "--provider", "aliyun-eas", "--doc-type", "idcard_front", "--endpoint", service_url(fake)]
    return int(cli.main([*argv, "-o", str(out), str(_write_card(tmp_path))]))


def test_cli_recognizes_with_the_token_from_the_environment(
    fake: AliyunEasFake, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OCRDESK_ALIYUN_EAS_TOKEN", TEST_TOKEN)
    out = tmp_path / "out.json"
    assert _cli_run(fake, tmp_path, out) == 0
    document = json.loads(out.read_text(encoding="utf-8"))["documents"][0]
    assert (document["provider"], document["doc_type"], document["status"]) == ("aliyun-eas", "idcard_front", "ok")
    assert [(f["key"], f["label"], f["value"], f["box"]) for f in document["fields"]] == [
        (key, label, value, None) for key, label, value in FRONT_ROWS
    ]
    assert server_of(fake).requests[-1].header("Authorization") == TEST_TOKEN


def test_cli_exit_1_for_a_vendor_error(
    fake: AliyunEasFake, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OCRDESK_ALIYUN_EAS_TOKEN", TEST_TOKEN)
    fake.code = "201"
    out = tmp_path / "out.json"
    assert _cli_run(fake, tmp_path, out) == 1
    document = json.loads(out.read_text(encoding="utf-8"))["documents"][0]
    assert document["status"] == "error" and document["error"]["code"] == "201"
    assert "未检测到身份证" in capsys.readouterr().err


def test_cli_exit_2_without_an_endpoint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cli = pytest.importorskip("ocrdesk.cli")
    monkeypatch.setenv("OCRDESK_ALIYUN_EAS_TOKEN", TEST_TOKEN)
    argv = ["recognize", "--provider", "aliyun-eas", "--doc-type", "idcard_front", str(_write_card(tmp_path))]
    assert cli.main(argv) == 2
