"""The shared HTTP layer against a real local server: retries, waits, faults, error wording."""

from __future__ import annotations

import logging
import threading
import time

import pytest
import requests

from ocrdesk.errors import Cancelled, ErrorKind, ProviderError
from ocrdesk.providers.base import CancelToken
from ocrdesk.providers.cloud.http import (
    ErrorEntry,
    HttpClient,
    HttpOptions,
    RateLimiter,
    parse_json,
    parse_retry_after,
    status_error,
    vendor_error,
)
from ocrdesk.redact import RedactingFilter, redact, register_secret
from tests.fakes.server import FakeResponse, RecordedRequest, fake_server

FAST = HttpOptions(connect_timeout=1.0, read_timeout=0.5, retries=2, backoff=0.01, rate_limit=0)


def _sequence(*replies: FakeResponse):
    remaining = list(replies)

    def handle(_: RecordedRequest) -> FakeResponse:
        return remaining.pop(0) if len(remaining) > 1 else remaining[0]

    return handle


def _get(client: HttpClient, url: str, cancel: CancelToken | None = None) -> requests.Response:
    return client.send(lambda: requests.Request("POST", url, data=b"x"), cancel)


def test_retries_5xx_then_succeeds() -> None:
    handler = _sequence(FakeResponse(503, b"<html>busy</html>"), FakeResponse.json('{"ok": 1}'))
    with fake_server(handler) as server:
        response = _get(HttpClient("Vendor", FAST), server.url + "/ocr")
        assert response.status_code == 200
        assert len(server.requests) == 2


def test_gives_up_after_retries_and_returns_last_reply() -> None:
    with fake_server(_sequence(FakeResponse(500, b"<html>oops</html>"))) as server:
        response = _get(HttpClient("Vendor", FAST), server.url)
        assert response.status_code == 500
        assert len(server.requests) == FAST.retries + 1


def test_honours_retry_after_on_429() -> None:
    handler = _sequence(FakeResponse(429, b"{}", {"Retry-After": "0.3"}), FakeResponse.json("{}"))
    with fake_server(handler) as server:
        started = time.monotonic()
        response = _get(HttpClient("Vendor", FAST), server.url)
        assert response.status_code == 200
        assert time.monotonic() - started >= 0.3


def test_each_attempt_is_built_anew() -> None:
    stamps: list[str] = []

    def build() -> requests.Request:
        stamps.append(str(len(stamps)))
        return requests.Request("POST", url, headers={"X-Stamp": stamps[-1]})

    handler = _sequence(FakeResponse(502), FakeResponse.json("{}"))
    with fake_server(handler) as server:
        url = server.url
        HttpClient("Vendor", FAST).send(build)
        assert [r.header("X-Stamp") for r in server.requests] == ["0", "1"]


def test_slow_reply_is_a_timeout_error() -> None:
    with fake_server(_sequence(FakeResponse.json("{}", delay=1.5))) as server:
        with pytest.raises(ProviderError) as caught:
            _get(HttpClient("Vendor", FAST), server.url)
    assert caught.value.kind is ErrorKind.TIMEOUT
    assert "0.5 s" in caught.value.message


def test_connection_reset_is_retried_then_reported() -> None:
    with fake_server(_sequence(FakeResponse(reset=True))) as server:
        with pytest.raises(ProviderError) as caught:
            _get(HttpClient("Vendor", FAST), server.url)
        assert len(server.requests) == FAST.retries + 1
    assert caught.value.kind is ErrorKind.NETWORK
    assert "Vendor" in caught.value.message


def test_unreachable_host_is_a_network_error() -> None:
    with pytest.raises(ProviderError) as caught:
        _get(HttpClient("Vendor", FAST), "http://127.0.0.1:9/ocr")
    assert caught.value.kind is ErrorKind.NETWORK
    assert caught.value.code == "network"


def test_cancel_during_backoff_stops_quickly() -> None:
    cancel = CancelToken()
    # a backoff of ten minutes: only a cancel that interrupts the wait lets this test end
    slow_backoff = HttpOptions(read_timeout=2, retries=3, backoff=600.0, rate_limit=0)
    with fake_server(_sequence(FakeResponse(503))) as server:
        threading.Timer(0.2, cancel.cancel).start()
        with pytest.raises(Cancelled):
            _get(HttpClient("Vendor", slow_backoff), server.url, cancel)
        assert len(server.requests) == 1  # stopped inside the first backoff, before any retry


def test_parse_json_explains_html_truncated_and_empty() -> None:
    with fake_server(_sequence(FakeResponse(502, b"<!DOCTYPE html><html>Bad gateway</html>"))) as server:
        response = _get(HttpClient("Vendor", HttpOptions(retries=0, rate_limit=0)), server.url)
    with pytest.raises(ProviderError, match="HTML") as caught:
        parse_json("Vendor", response)
    assert caught.value.kind is ErrorKind.MALFORMED and "502" in caught.value.message
    with fake_server(_sequence(FakeResponse.json('{"a": [1, 2', truncate=False))) as server:
        response = _get(HttpClient("Vendor", FAST), server.url)
    with pytest.raises(ProviderError, match="not valid JSON"):
        parse_json("Vendor", response)
    with fake_server(_sequence(FakeResponse(200, b""))) as server:
        response = _get(HttpClient("Vendor", FAST), server.url)
    with pytest.raises(ProviderError, match="empty reply"):
        parse_json("Vendor", response)


def test_truncated_body_is_an_error_not_a_traceback() -> None:
    with fake_server(_sequence(FakeResponse.json('{"data": "' + "x" * 4000 + '"}', truncate=True))) as server:
        with pytest.raises(ProviderError) as caught:
            response = _get(HttpClient("Vendor", HttpOptions(retries=0, rate_limit=0, read_timeout=2)), server.url)
            parse_json("Vendor", response)
    assert caught.value.kind is ErrorKind.NETWORK
    assert "reply cut off" in caught.value.message


def test_vendor_error_keeps_code_and_reads_in_both_languages() -> None:
    table = {"5": ErrorEntry(ErrorKind.AUTH, "Bad signature", "签名错误")}
    error = vendor_error("Tencent", 5, "sign check failed", table)
    assert error.code == "5" and error.kind is ErrorKind.AUTH
    assert "Bad signature" in error.message and "签名错误" in error.message and "sign check failed" in error.message
    unknown = vendor_error("Tencent", "-999", None, table)
    assert unknown.kind is ErrorKind.BAD_REQUEST and "-999" in unknown.message


def test_status_error_kinds() -> None:
    def response(status: int) -> requests.Response:
        r = requests.Response()
        r.status_code = status
        return r

    assert status_error("V", response(403)).kind is ErrorKind.AUTH
    assert status_error("V", response(413)).kind is ErrorKind.IMAGE_TOO_LARGE
    assert status_error("V", response(503)).kind is ErrorKind.SERVER
    assert "endpoint" in status_error("V", response(404)).message


def test_retry_after_parsing() -> None:
    assert parse_retry_after("2") == 2.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("garbage") is None
    future = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 60))
    assert 50 < (parse_retry_after(future) or 0) <= 60


def test_rate_limiter_spaces_requests() -> None:
    limiter = RateLimiter(20.0)
    token = CancelToken()
    started = time.monotonic()
    for _ in range(5):
        limiter.acquire(token)
    assert time.monotonic() - started >= 4 / 20.0 - 0.01


def test_secrets_are_masked_in_logs_and_messages(caplog: pytest.LogCaptureFixture) -> None:
    register_secret("SUPER-SECRET-KEY-123")
    assert "SUPER-SECRET-KEY-123" not in redact("key=SUPER-SECRET-KEY-123")
    error = vendor_error("V", 1, "echo SUPER-SECRET-KEY-123", {})
    assert "SUPER-SECRET-KEY-123" not in error.message
    logger = logging.getLogger("ocrdesk.test-redaction")
    logger.addFilter(RedactingFilter())
    with caplog.at_level(logging.INFO):
        logger.info("signing with %s", "SUPER-SECRET-KEY-123")
    assert "SUPER-SECRET-KEY-123" not in caplog.text
    assert "***" in caplog.text


def test_retry_if_retries_errors_reported_inside_http_200() -> None:
    throttled = FakeResponse.json('{"Response": {"Error": {"Code": "RequestLimitExceeded"}}}')
    handler = _sequence(throttled, throttled, FakeResponse.json('{"Response": {"Text": "ok"}}'))
    with fake_server(handler) as server:
        response = HttpClient("Vendor", FAST).send(
            lambda: requests.Request("POST", server.url),
            retry_if=lambda r: "RequestLimitExceeded" in r.text,
        )
        assert response.json()["Response"]["Text"] == "ok"
        assert len(server.requests) == 3
