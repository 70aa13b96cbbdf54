"""TencentCloudProvider errors over real HTTP: vendor codes, transport faults, bad replies, secrets."""

from __future__ import annotations

import json
import logging
import time

import pytest

from ocrdesk.errors import ErrorKind
from ocrdesk.providers.tencent_cloud.errors import ERRORS, error_entry
from tests.fakes.server import FakeServer
from tests.fakes.tencent_cloud_server import (
    TEST_SECRET_KEY,
    RawReply,
    TencentCloudFake,
    VendorError,
    provider_config,
    recognize,
    recognize_failure,
)

Running = tuple[FakeServer, TencentCloudFake]


# ----- vendor error codes -----

DIGEST_CODES = [
    ("AuthFailure.SignatureFailure", ErrorKind.AUTH),
    ("AuthFailure.SignatureExpire", ErrorKind.EXPIRED),
    ("AuthFailure.SecretIdNotFound", ErrorKind.AUTH),
    ("ResourceUnavailable.InArrears", ErrorKind.QUOTA),
    ("FailedOperation.ImageDecodeFailed", ErrorKind.IMAGE_INVALID),
    ("FailedOperation.DownLoadError", ErrorKind.IMAGE_INVALID),
    ("FailedOperation.EmptyImageError", ErrorKind.IMAGE_INVALID),
    ("LimitExceeded.TooLargeFileError", ErrorKind.IMAGE_TOO_LARGE),
    ("FailedOperation.OcrFailed", ErrorKind.NOT_DETECTED),
    ("InvalidParameter.ConfigFormatError", ErrorKind.BAD_REQUEST),
    ("RequestLimitExceeded", ErrorKind.RATE_LIMIT),
]
MORE_CODES = [
    ("FailedOperation.ImageNoText", ErrorKind.NOT_DETECTED),
    ("FailedOperation.ImageNoIdCard", ErrorKind.NOT_DETECTED),
    ("FailedOperation.CardSideError", ErrorKind.BAD_REQUEST),
    ("FailedOperation.UserQuotaError", ErrorKind.QUOTA),
    ("ResourceUnavailable.ResourcePackageRunOut", ErrorKind.QUOTA),
    ("FailedOperation.ImageSizeTooLarge", ErrorKind.IMAGE_TOO_LARGE),
    ("FailedOperation.UnOpenError", ErrorKind.AUTH),
    ("InternalError", ErrorKind.SERVER),
    ("UnsupportedRegion", ErrorKind.BAD_REQUEST),
]
# codes in no table: their prefix decides, else BAD_REQUEST
FALLBACK_CODES = [
    ("AuthFailure.InvalidSomethingNew", ErrorKind.AUTH),
    ("RequestLimitExceeded.UinLimitExceeded", ErrorKind.RATE_LIMIT),
    ("LimitExceeded.SomeQuota", ErrorKind.QUOTA),
    ("ResourceUnavailable.Frozen", ErrorKind.QUOTA),
    ("InternalError.Timeout", ErrorKind.SERVER),
    ("InvalidParameterValue.Whatever", ErrorKind.BAD_REQUEST),
    ("FailedOperation.BrandNewFailure", ErrorKind.BAD_REQUEST),
    ("Totally.UnknownCode", ErrorKind.BAD_REQUEST),
]


@pytest.mark.parametrize(("code", "kind"), DIGEST_CODES + MORE_CODES + FALLBACK_CODES)
def test_vendor_error_codes_map_to_kinds_and_keep_the_code(code: str, kind: ErrorKind, tc: Running) -> None:
    server, fake = tc
    fake.queue(VendorError(code, "来自腾讯的说明"))
    error = recognize_failure(provider_config(server))
    assert error.kind is kind
    assert error.code == code
    assert code in error.message and "来自腾讯的说明" in error.message
    assert "Tencent Cloud OCR" in error.message and "RequestId fake-" in error.message


def test_every_digest_code_has_its_own_entry_with_both_languages() -> None:
    for code, _kind in DIGEST_CODES + MORE_CODES:
        assert code in ERRORS
    for entry in ERRORS.values():
        assert entry.en and entry.zh
    assert error_entry("Totally.UnknownCode") is None


def test_error_without_a_code_is_malformed(tc: Running) -> None:
    server, fake = tc
    fake.queue(RawReply('{"Response": {"Error": {"Message": "?"}, "RequestId": "x"}}'))
    error = recognize_failure(provider_config(server))
    assert error.kind is ErrorKind.MALFORMED


# ----- transport faults and unreadable replies -----


def test_500_html_page_is_a_server_error_after_retries(tc: Running) -> None:
    server, fake = tc
    fake.queue("html500", "html500")
    error = recognize_failure(provider_config(server, retries="1"))
    assert len(server.requests) == 2
    assert error.kind is ErrorKind.SERVER and error.code == "http_500"


def test_429_waits_for_retry_after_then_succeeds(tc: Running) -> None:
    server, fake = tc
    fake.queue("429")
    started = time.monotonic()
    recognition = recognize(provider_config(server, retries="1"))
    assert time.monotonic() - started >= 1.0
    assert len(server.requests) == 2
    assert recognition.fields[0].value == "中华人民共和国居民身份证"


def test_429_to_the_end_is_a_rate_limit_error(tc: Running) -> None:
    server, fake = tc
    fake.queue("429")
    error = recognize_failure(provider_config(server))
    assert error.kind is ErrorKind.RATE_LIMIT


def test_truncated_json_is_malformed(tc: Running) -> None:
    server, fake = tc
    fake.queue("truncated_json")
    error = recognize_failure(provider_config(server))
    assert error.kind is ErrorKind.MALFORMED and "not valid JSON" in error.message


def test_connection_dropped_mid_body_is_a_network_error(tc: Running) -> None:
    server, fake = tc
    fake.queue("truncate")
    error = recognize_failure(provider_config(server))
    assert error.kind is ErrorKind.NETWORK and "cut off" in error.message


def test_connection_reset_is_a_network_error(tc: Running) -> None:
    server, fake = tc
    fake.queue("reset", "reset")
    error = recognize_failure(provider_config(server, retries="1"))
    assert len(server.requests) == 2
    assert error.kind is ErrorKind.NETWORK and "Tencent Cloud OCR" in error.message


def test_slow_reply_times_out(tc: Running) -> None:
    server, fake = tc
    fake.slow_seconds = 1.5
    fake.queue("slow")
    error = recognize_failure(provider_config(server, timeout="0.5"))
    assert error.kind is ErrorKind.TIMEOUT and "0.5 s" in error.message


@pytest.mark.parametrize(
    "reply",
    [
        '{"Result": "no Response member"}',
        '{"Response": "text"}',
        '{"Response": {"TextDetections": "not a list", "RequestId": "x"}}',
        '{"Response": {"TextDetections": [{"DetectedText": {"a": 1}}], "RequestId": "x"}}',
        '{"Response": {"TextDetections": [7], "RequestId": "x"}}',
        "[1, 2, 3]",
        "",
    ],
)
def test_replies_of_the_wrong_shape_are_malformed_not_tracebacks(reply: str, tc: Running) -> None:
    server, fake = tc
    fake.queue(RawReply(reply))
    error = recognize_failure(provider_config(server))
    assert error.kind is ErrorKind.MALFORMED and error.code == "malformed_reply"


# ----- secrets -----


def test_the_secret_key_never_reaches_the_wire_errors_or_logs(caplog: pytest.LogCaptureFixture, tc: Running) -> None:
    caplog.set_level(logging.DEBUG)
    server, fake = tc
    recognize(provider_config(server))
    # a vendor message echoing the secret (it should not, but the message is redacted anyway)
    fake.queue(VendorError("AuthFailure.SignatureFailure", f"key {TEST_SECRET_KEY} rejected"))
    echoed = recognize_failure(provider_config(server))
    wrong = recognize_failure(provider_config(server, secret_key=TEST_SECRET_KEY + "-x"))
    sent = b"".join(r.body + json.dumps(r.headers).encode() for r in server.requests)
    assert TEST_SECRET_KEY.encode() not in sent
    for error in (echoed, wrong):
        assert TEST_SECRET_KEY not in str(error) and TEST_SECRET_KEY not in repr(error.args)
    assert "***" in str(echoed)
    assert TEST_SECRET_KEY not in caplog.text


# Every code of the SDK's ocr/v20181119/errorcodes.py (tencentcloud-sdk-python 3.1.162): none may fall back
# to its prefix, each has its own English and Chinese words.
SDK_ERROR_CODES = (
    "FailedOperation.ArrearsError",
    "FailedOperation.CardSideError",
    "FailedOperation.ClassifyStoreFailed",
    "FailedOperation.CountLimitError",
    "FailedOperation.DetectFailed",
    "FailedOperation.DownLoadError",
    "FailedOperation.EmptyImageError",
    "FailedOperation.EngineRecognizeTimeout",
    "FailedOperation.FieldException",
    "FailedOperation.IdCardInfoIllegal",
    "FailedOperation.IdCardTooSmall",
    "FailedOperation.IllegalBankCardError",
    "FailedOperation.ImageBlur",
    "FailedOperation.ImageDecodeFailed",
    "FailedOperation.ImageNoBusinessCard",
    "FailedOperation.ImageNoHandWrite",
    "FailedOperation.ImageNoIdCard",
    "FailedOperation.ImageNoSpecifiedCard",
    "FailedOperation.ImageNoText",
    "FailedOperation.ImageSizeTooLarge",
    "FailedOperation.InconsistencyBetweenMRZAndVRZ",
    "FailedOperation.InvalidPostalCodeLength",
    "FailedOperation.InvoiceMismatch",
    "FailedOperation.LanguageNotSupport",
    "FailedOperation.LicenseCardSideError",
    "FailedOperation.LicenseMultiCardError",
    "FailedOperation.MultiCardError",
    "FailedOperation.NoBankCardError",
    "FailedOperation.NoBizLicense",
    "FailedOperation.NoDriverLicenseError",
    "FailedOperation.NoHKIDCard",
    "FailedOperation.NoMASIDCard",
    "FailedOperation.NoPassport",
    "FailedOperation.NoStoreLabel",
    "FailedOperation.NoVehicleLicenseError",
    "FailedOperation.OcrFailed",
    "FailedOperation.PDFParseFailed",
    "FailedOperation.ResponseParseFailed",
    "FailedOperation.UnKnowError",
    "FailedOperation.UnKnowFileTypeError",
    "FailedOperation.UnOpenError",
    "FailedOperation.WarningServiceFailed",
    "InternalError",
    "InvalidParameter.ConfigFormatError",
    "InvalidParameter.EngineImageDecodeFailed",
    "InvalidParameterValue.InvalidParameterValueLimit",
    "InvalidParameterValue.PriceOrVerificationParameterValueLimit",
    "InvalidParameterValue.TicketCodeParameterValueLimit",
    "InvalidParameterValue.TicketDateParameterValueLimit",
    "InvalidParameterValue.TicketSnParameterValueLimit",
    "LimitExceeded.TooLargeFileError",
    "RequestLimitExceeded",
    "ResourceNotFound.NoAreaCode",
    "ResourceNotFound.NoInvoice",
    "ResourceNotFound.NotSupportCurrentInvoiceQuery",
    "ResourceUnavailable.InArrears",
    "ResourceUnavailable.ResourcePackageRunOut",
    "ResourceUnavailable.TaxNetworkError",
    "ResourcesSoldOut.ChargeStatusException",
)


def test_every_sdk_error_code_has_its_own_entry() -> None:
    missing = [code for code in SDK_ERROR_CODES if code not in ERRORS]
    assert missing == []
    assert len(SDK_ERROR_CODES) == 59
