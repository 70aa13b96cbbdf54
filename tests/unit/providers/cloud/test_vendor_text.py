"""What a vendor says: an error inside an HTTP 200 is its error for every vendor, and its words reach
terminals, logs and the window as one printable line."""

from __future__ import annotations

import json
import logging

import pytest

from ocrdesk.errors import ErrorKind, ProviderError
from ocrdesk.providers.cloud.gateway import error_in_reply
from ocrdesk.providers.cloud.http import vendor_error
from ocrdesk.redact import install_log_redaction, printable_line
from tests.fakes.reply_fuzz import VENDORS, running, sample_image
from tests.fakes.server import FakeResponse, RecordedRequest, fake_server

HOSTILE = "Api Market Subscription quota exhausted\x1b[2J\x1b[31m\nocrdesk: all 12 documents recognised\r\u202e"


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_gateway_error_inside_an_http_200_is_the_vendors_error(vendor: str) -> None:
    body = json.dumps({"status": "FAILED", "message": HOSTILE})

    def gateway(_: RecordedRequest) -> FakeResponse:
        return FakeResponse.json(body)

    with fake_server(gateway) as server, running(vendor, endpoint=server.url) as provider:
        # the gateway in front of the service answers instead of it
        with pytest.raises(ProviderError) as caught:
            provider.recognize(sample_image(320, 200), provider.doc_types[0])
        provider.close()
    error = caught.value
    assert error.kind is ErrorKind.QUOTA, error.message
    assert error.code == "FAILED"
    assert "quota exhausted" in error.message
    assert server.requests  # it was the gateway that answered


def test_a_reply_that_says_it_worked_is_not_taken_for_an_error() -> None:
    assert error_in_reply("V", b'{"code": "200", "message": "success", "data": 5}') is None
    assert error_in_reply("V", b'{"message": "\xe8\xaf\x86\xe5\x88\xab\xe6\x88\x90\xe5\x8a\x9f"}') is None
    assert error_in_reply("V", b'{"name": "x"}') is None
    assert error_in_reply("V", b"<html>") is None
    found = error_in_reply("V", b'{"error": {"code": "InvalidAppCode", "message": "AppCode is not valid"}}')
    assert found is not None and (found.code, found.kind) == ("InvalidAppCode", ErrorKind.AUTH)


def test_vendor_text_becomes_one_printable_line() -> None:
    error = vendor_error("Vendor", "E\n1\x1b[0m", HOSTILE, {})
    assert "\n" not in error.message and "\x1b" not in error.message and "\u202e" not in error.message
    assert "\r" not in error.message
    assert error.message.isprintable()
    assert error.code.isprintable()
    assert "quota exhausted [2J [31m ocrdesk: all 12" in error.message


def test_a_provider_error_is_bounded_in_length() -> None:
    error = ProviderError("x" * 5000 + "\n" + "y" * 5000)
    assert len(error.message) <= 600 and error.message.endswith("…")
    assert printable_line("a\tb\u2028c\x00d", 10) == "a b c d"


def test_log_lines_cannot_be_spoofed(caplog: pytest.LogCaptureFixture) -> None:
    undo = install_log_redaction()
    try:
        with caplog.at_level(logging.INFO):
            logging.getLogger("ocrdesk.test").info("vendor said: %s", HOSTILE)
    finally:
        undo()
    [record] = [r for r in caplog.records if r.name == "ocrdesk.test"]
    assert record.getMessage().isprintable()
    assert record.getMessage().startswith("vendor said: Api Market Subscription quota exhausted [2J")
