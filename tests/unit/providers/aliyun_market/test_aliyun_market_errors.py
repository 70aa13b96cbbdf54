"""Aliyun API market (APPCODE) errors over HTTP against the fake gateway: gateway headers, backend answers,
malformed replies, transport faults, and no AppCode in any message or log."""

from __future__ import annotations

import logging
import time

import pytest
import requests

from ocrdesk.doctypes import DocType
from ocrdesk.errors import Cancelled, ErrorKind, ProviderError
from ocrdesk.providers.aliyun_market import AliyunMarketProvider
from ocrdesk.providers.aliyun_market.errors import gateway_error, match_message
from ocrdesk.providers.base import CancelToken
from tests.fakes.aliyun_market_server import AliyunMarketFake, card_image
from tests.fakes.server import fake_server


def failure(fake: AliyunMarketFake, doc_type: DocType = DocType.IDCARD_FRONT, **config: str) -> ProviderError:
    with pytest.raises(ProviderError) as info:
        fake.recognize(doc_type, **config)
    return info.value


@pytest.mark.parametrize(
    ("fault", "kind", "code", "text"),
    [
        ("invalid_appcode", ErrorKind.AUTH, "Invalid AppCode", "error Invalid AppCode: `not exists`"),
        ("quota_exhausted", ErrorKind.QUOTA, "Quota Exhausted", "调用次数已用完"),
        ("market_quota_exhausted", ErrorKind.QUOTA, "Api Market Subscription quota exhausted", "used up"),
        ("throttled", ErrorKind.RATE_LIMIT, "Throttled by APP Flow Control", "流控"),
        ("unauthorized", ErrorKind.AUTH, "Unauthorized", "not authorised"),
        ("user_arrears", ErrorKind.QUOTA, "User Arrears", "欠费"),
        ("service_unavailable", ErrorKind.SERVER, "Service Unavailable", "backend"),
        ("body_too_large", ErrorKind.IMAGE_TOO_LARGE, "I413RL", "请求 Body 超长"),
        ("unknown_code", ErrorKind.AUTH, "Z403ZZ", "Something new"),
        ("backend_400", ErrorKind.BAD_REQUEST, "400", "image format error"),
        ("backend_403", ErrorKind.AUTH, "http_403", "HTTP 403"),
        ("backend_413", ErrorKind.IMAGE_TOO_LARGE, "http_413", "HTTP 413"),
        ("not_recognized", ErrorKind.NOT_DETECTED, "recognition_failed", "could not be recognised"),
    ],
)
def test_vendor_errors_are_readable(fake: AliyunMarketFake, fault: str, kind: ErrorKind, code: str, text: str) -> None:
    fake.fault = fault
    error = failure(fake, retries="0")
    assert (error.kind, error.code) == (kind, code)
    assert text in error.message
    assert "Aliyun API market" in error.message and "\n" not in error.message


def test_chinese_gateway_message_is_repaired() -> None:
    response = requests.Response()
    response.status_code = 403
    response.headers["X-Ca-Error-Message"] = "Unauthorized 未授权".encode().decode("latin-1")
    error = gateway_error("vendor", response)
    assert error is not None and error.code == "Unauthorized" and "未授权" in error.message


def test_message_names_match_whole_words_only() -> None:
    assert match_message("Invalid AppCodes") is None
    assert match_message("invalid appcode `not exists`")[0] == "Invalid AppCode"  # type: ignore[index]
    assert match_message("Invalid Signature, Server StringToSign:GET")[0].startswith("Invalid Signature,")  # type: ignore[index]
    assert match_message("Throttled by USER Flow Control")[0] == "Throttled by USER Flow Control"  # type: ignore[index]


@pytest.mark.parametrize(
    ("fault", "what"),
    [
        ("html_200", "HTML"),
        ("cut_json", "not valid JSON"),
        ("not_json_object", "list"),
        ("old_format_bad", "dataValue"),
        ("wrong_types", "'name'"),
        ("empty_result", "none of the expected fields"),
    ],
)
def test_malformed_replies(fake: AliyunMarketFake, fault: str, what: str) -> None:
    fake.fault = fault
    error = failure(fake, retries="0")
    assert (error.kind, error.code) == (ErrorKind.MALFORMED, "malformed_reply")
    assert what in error.message


def test_reply_cut_off_in_transit_is_an_error(fake: AliyunMarketFake) -> None:
    fake.fault = "truncated"  # Content-Length promises more than arrives
    error = failure(fake, retries="0")
    assert error.kind is ErrorKind.NETWORK and "cut off" in error.message


def test_server_error_is_retried_then_reported(fake: AliyunMarketFake) -> None:
    fake.fault = "server_error"
    error = failure(fake, retries="1")
    assert (error.kind, error.code) == (ErrorKind.SERVER, "http_500")
    assert len(fake.server.requests) == 2


def test_transient_faults_recover(fake: AliyunMarketFake) -> None:
    fake.fail_next("server_error", "rate_limited")
    started = time.monotonic()
    fields = fake.recognize(DocType.IDCARD_FRONT)
    assert fields[0].ocr_value == "张三"
    assert len(fake.server.requests) == 3
    assert time.monotonic() - started >= 1.0  # Retry-After: 1 was honoured


def test_connection_reset_and_timeout(fake: AliyunMarketFake) -> None:
    fake.fault = "reset"
    assert failure(fake, retries="0").kind is ErrorKind.NETWORK
    fake.fault = "slow"
    error = failure(fake, retries="0", timeout="0.5")
    assert error.kind is ErrorKind.TIMEOUT and "0.5 s" in error.message


def test_appcode_never_appears_in_errors_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    secret = "SECRETappcode-9f8e7d6c5b4a"
    handler = AliyunMarketFake(echo_credentials=True)  # the gateway repeats what it got
    caplog.set_level(logging.DEBUG)
    with fake_server(handler) as server:
        provider = AliyunMarketProvider({"appcode": secret, "endpoint": server.url, "rate_limit": "0"})
        with pytest.raises(ProviderError) as info:
            provider.recognize(card_image(), DocType.IDCARD_FRONT)
        provider.close()
        assert f"APPCODE {secret}" == server.requests[-1].header("Authorization")
    error = info.value
    assert error.kind is ErrorKind.AUTH
    assert secret not in str(error) and secret not in error.code
    assert "***" in str(error)
    assert secret not in caplog.text


def test_connection_test_reports_a_recognition_failure_as_connected(fake: AliyunMarketFake) -> None:
    fake.fault = "not_recognized"
    assert fake.provider().test_connection().startswith("Connected to Aliyun API market OCR")
    fake.fault = "invalid_appcode"
    with pytest.raises(ProviderError):
        fake.provider().test_connection()


def test_cancelled_before_sending(fake: AliyunMarketFake) -> None:
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(Cancelled):
        fake.provider().recognize(card_image(), DocType.IDCARD_FRONT, cancel)
    assert fake.server.requests == []


def test_unsupported_doc_type(fake: AliyunMarketFake) -> None:
    with pytest.raises(ProviderError) as info:
        fake.provider().recognize(card_image(), DocType.GENERAL)
    assert info.value.kind is ErrorKind.UNSUPPORTED
