"""Hostile servers against the shared HTTP layer: every attempt ends by its deadline, no reply outgrows its cap."""

from __future__ import annotations

import gzip
import socket
import threading
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import requests

from ocrdesk.errors import Cancelled, ErrorKind, ProviderError
from ocrdesk.providers.base import CancelToken
from ocrdesk.providers.cloud.http import HttpClient, HttpOptions
from ocrdesk.providers.cloud.transport import MAX_REPLY_BYTES
from tests.fakes.server import FakeResponse, RecordedRequest, fake_server, gzip_bomb

# deadlines of about a second keep these tests fast; the hostile server would go on for 15 s
QUICK = HttpOptions(connect_timeout=1.0, read_timeout=1.0, retries=2, backoff=0.01, rate_limit=0)
BODY = b'{"ok": true, "text": "' + b"x" * 200 + b'"}'


def _serve(reply: FakeResponse):
    def handle(_: RecordedRequest) -> FakeResponse:
        return reply

    return handle


def _post(client: HttpClient, url: str, cancel: CancelToken | None = None) -> requests.Response:
    return client.send(lambda: requests.Request("POST", url, data=b"x"), cancel)


def _failure(reply: FakeResponse, options: HttpOptions = QUICK) -> ProviderError:
    with fake_server(_serve(reply)) as server:
        client = HttpClient("Vendor", options)
        with pytest.raises(ProviderError) as caught:
            _post(client, server.url)
        client.close()
    return caught.value


@pytest.mark.parametrize(
    "reply",
    [
        FakeResponse(body=BODY, trickle=0.1),
        FakeResponse(body=BODY, trickle_headers=0.1),
        FakeResponse(body=b"[1,", chunked=True, endless=True, trickle=0.1),
    ],
    ids=["slowloris-body", "slowloris-headers", "slow-endless-chunked"],
)
def test_a_server_that_trickles_fails_with_a_timeout(reply: FakeResponse) -> None:
    error = _failure(reply)
    assert error.kind is ErrorKind.TIMEOUT
    assert "did not send its whole answer within 1 s" in error.message


def test_an_endless_fast_chunked_reply_is_refused_at_the_cap() -> None:
    options = HttpOptions(connect_timeout=1.0, read_timeout=10.0, retries=0, rate_limit=0, max_reply_bytes=1 << 20)
    error = _failure(FakeResponse(body=b"a" * 65536, chunked=True, endless=True), options)
    assert (error.kind, error.code) == (ErrorKind.MALFORMED, "reply_too_large")
    assert "larger than the 1 MB allowed" in error.message


def test_a_declared_length_over_the_cap_is_refused_before_reading() -> None:
    options = HttpOptions(connect_timeout=1.0, read_timeout=2.0, retries=0, rate_limit=0, max_reply_bytes=100)
    error = _failure(FakeResponse(body=b"b" * 101), options)
    assert error.code == "reply_too_large"
    assert "a reply of 101 bytes" in error.message


def test_a_gzip_bomb_is_refused_while_streaming_and_memory_stays_small() -> None:
    bomb = gzip_bomb(1024)  # ~1 MB that inflates to 1 GiB
    assert len(bomb) < 2 << 20
    reply = FakeResponse(body=bomb, headers={"Content-Encoding": "gzip"})
    tracemalloc.start()
    try:
        error = _failure(reply, HttpOptions(connect_timeout=1.0, read_timeout=20.0, retries=0, rate_limit=0))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (error.kind, error.code) == (ErrorKind.MALFORMED, "reply_too_large")
    assert "decompresses to more than the 32 MB allowed" in error.message
    assert peak < 4 * MAX_REPLY_BYTES  # never the whole GiB


def test_gzip_garbage_reads_as_a_malformed_reply_not_a_network_failure() -> None:
    error = _failure(FakeResponse(body=b"\x1f\x8b\x08\x00garbage" * 10, headers={"Content-Encoding": "gzip"}))
    assert error.kind is ErrorKind.MALFORMED
    assert "cannot be decompressed" in error.message
    assert "Cannot reach" not in error.message


def test_an_encoding_we_did_not_ask_for_is_malformed() -> None:
    error = _failure(FakeResponse(body=b"\x00\x01", headers={"Content-Encoding": "br"}))
    assert error.kind is ErrorKind.MALFORMED


@pytest.mark.parametrize(
    ("encoding", "body"),
    [
        ("gzip", gzip.compress(BODY)),
        ("gzip", gzip.compress(BODY[:50]) + gzip.compress(BODY[50:])),  # two members
        ("deflate", zlib.compress(BODY)),
        ("deflate", zlib.compress(BODY)[2:-4]),  # raw deflate, as some servers send it
        ("identity", BODY),
    ],
    ids=["gzip", "gzip-members", "deflate", "raw-deflate", "identity"],
)
def test_compressed_replies_are_decoded(encoding: str, body: bytes) -> None:
    reply = FakeResponse(body=body, headers={"Content-Encoding": encoding})
    with fake_server(_serve(reply)) as server:
        client = HttpClient("Vendor", QUICK)
        response = _post(client, server.url)
        client.close()
    assert response.content == BODY
    assert server.requests[0].header("Accept-Encoding") == "gzip, deflate"


def test_an_untrusted_certificate_is_named_and_not_retried() -> None:
    with fake_server(_serve(FakeResponse(body=BODY)), tls=True) as server:
        client = HttpClient("Vendor", QUICK)
        with pytest.raises(ProviderError) as caught:
            _post(client, server.url)
        client.close()
    assert "the server's certificate is not trusted" in caught.value.message
    assert caught.value.code == "tls_untrusted"
    assert server.connections == 1


def test_cancel_ends_a_request_in_flight() -> None:
    cancel = CancelToken()
    reply = FakeResponse(body=BODY, trickle=0.1)
    with fake_server(_serve(reply)) as server:
        client = HttpClient("Vendor", HttpOptions(read_timeout=30.0, retries=0, rate_limit=0))
        timer = threading.Timer(0.3, cancel.cancel)
        timer.start()
        with pytest.raises(Cancelled):
            _post(client, server.url, cancel)
        timer.join()
        client.close()
    assert server.requests  # it was in flight, not stopped before sending


def test_a_reply_within_the_limits_is_read_whole() -> None:
    with fake_server(_serve(FakeResponse(body=BODY, chunked=True))) as server:
        client = HttpClient("Vendor", QUICK)
        response = _post(client, server.url)
        client.close()
    assert response.content == BODY
    assert response.json()["ok"] is True


def test_a_retry_check_that_cannot_read_the_reply_does_not_escape() -> None:
    def unreadable(response: requests.Response) -> bool:
        raise RecursionError("a vendor's retry check choked on the reply")

    with fake_server(_serve(FakeResponse(body=BODY))) as server:
        client = HttpClient("Vendor", QUICK)
        response = client.send(lambda: requests.Request("POST", server.url, data=b"x"), None, unreadable)
        client.close()
    assert response.content == BODY
    assert len(server.requests) == 1


def test_a_connection_back_in_the_pool_is_not_the_watchdogs_any_more() -> None:
    from ocrdesk.providers.cloud.transport import Attempt

    class Connection:
        sock = None
        shut = False

    attempt = Attempt(0.0, CancelToken())
    connection = Connection()
    attempt.bind(connection)  # type: ignore[arg-type]
    attempt.finish()
    attempt.abort("deadline")  # the deadline passed after the reply was read
    assert attempt.aborted is None


class _HangingResolver:
    """socket.getaddrinfo that blocks on one name until released (a resolver that never answers)."""

    def __init__(self, hanging: str, real: Callable[..., Any]) -> None:
        self.hanging, self.real = hanging, real
        self.release = threading.Event()
        self.calls = 0

    def __call__(self, host: str, *args: Any, **kwargs: Any) -> Any:
        if host != self.hanging:
            return self.real(host, *args, **kwargs)
        self.calls += 1
        self.release.wait(30)
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")


@pytest.fixture
def hanging_resolver(monkeypatch: pytest.MonkeyPatch) -> Iterator[_HangingResolver]:
    resolver = _HangingResolver("ocr.hanging.invalid", socket.getaddrinfo)
    monkeypatch.setattr(socket, "getaddrinfo", resolver)
    yield resolver
    resolver.release.set()  # the lookup thread ends with the test


def test_a_name_lookup_that_hangs_fails_with_our_timeout(hanging_resolver: _HangingResolver) -> None:
    client = HttpClient("Vendor", QUICK)
    for _ in range(2):  # a second request waits on the same lookup instead of starting another
        with pytest.raises(ProviderError) as caught:
            _post(client, "https://ocr.hanging.invalid/recognize")
        assert caught.value.kind is ErrorKind.TIMEOUT and caught.value.code == "timeout"
    assert hanging_resolver.calls == 1
    client.close()


def test_cancel_ends_a_request_waiting_for_its_name_lookup(hanging_resolver: _HangingResolver) -> None:
    cancel = CancelToken()
    slow = HttpOptions(connect_timeout=30.0, read_timeout=30.0, retries=0, rate_limit=0)
    client = HttpClient("Vendor", slow)
    threading.Timer(0.2, cancel.cancel).start()
    with pytest.raises(Cancelled):
        _post(client, "http://ocr.hanging.invalid/recognize", cancel)
    client.close()


def test_a_name_is_looked_up_and_each_address_tried() -> None:
    with fake_server(_serve(FakeResponse(body=BODY))) as server:  # listens on 127.0.0.1 only
        client = HttpClient("Vendor", QUICK)
        # "localhost" may give ::1 first, where nothing listens: the next address is tried
        response = _post(client, server.url.replace("127.0.0.1", "localhost"))
        client.close()
    assert response.status_code == 200 and response.content == BODY
