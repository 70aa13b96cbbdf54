"""TC3-HMAC-SHA256 against the official worked example and the OCR vector in test_vectors.json."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from ocrdesk.providers.tencent_cloud.sign import (
    canonical_request,
    derive_signing_key,
    sign_tc3,
    signed_request_headers,
    utc_date,
)

# Copied from /work/shared/providers/test_vectors.json (PROTOCOLS.md §5.1) so the tests stand alone.
OFFICIAL = {
    "secret_key": "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE",
    "service": "cvm",
    "host": "cvm.tencentcloudapi.com",
    "timestamp": 1551113065,
    "date": "2019-02-25",
    "content_type": "application/json; charset=utf-8",
    "payload": '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}',
    "canonical_request": "POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n\n"
    "content-type;host\n35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064",
    "string_to_sign": "TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n"
    "5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031",
    "secret_signing_hex": "ac658d5dde49e9bfdd14e04e062f66b05d9f637d44b8a8d845327d4a77f666b1",
    "signature": "72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168",
    "expected_signature_from_doc": "72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168",
}
OCR = {
    "secret_key": "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE",
    "service": "ocr",
    "host": "ocr.tencentcloudapi.com",
    "action": "GeneralBasicOCR",
    "timestamp": 1700000000,
    "date": "2023-11-14",
    "content_type": "application/json; charset=utf-8",
    "payload": '{"ImageUrl":"https://example.com/a.jpg"}',
    "signed_headers": "content-type;host;x-tc-action",
    "canonical_request": "POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:ocr.tencentcloudapi.com\n"
    "x-tc-action:generalbasicocr\n\ncontent-type;host;x-tc-action\n"
    "d67622bd2511f864e54c2b86189c7acb53202bd9b920896464ddfd4b34a888d1",
    "string_to_sign": "TC3-HMAC-SHA256\n1700000000\n2023-11-14/ocr/tc3_request\n"
    "a4b05d43d776f20374ea4081d42aa29251db1d50834865504ea3bab2b1548931",
    "signature": "ee7c23ae16914112a1d15134ffaf8d9d90f3d64e4d0a689782c4150673602c60",
}


def test_official_example_signature_72e494ea() -> None:
    signature = sign_tc3(
        secret_id="AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE",
        secret_key=OFFICIAL["secret_key"],
        service=OFFICIAL["service"],
        timestamp=OFFICIAL["timestamp"],
        headers={"Content-Type": OFFICIAL["content_type"], "Host": OFFICIAL["host"]},
        payload=OFFICIAL["payload"].encode("utf-8"),
        signed_headers=("content-type", "host"),  # the official example signs only these two
    )
    assert signature.date == OFFICIAL["date"] == "2019-02-25"
    assert signature.canonical_request == OFFICIAL["canonical_request"]
    assert signature.string_to_sign == OFFICIAL["string_to_sign"]
    assert signature.signature == OFFICIAL["signature"] == OFFICIAL["expected_signature_from_doc"]
    assert signature.signature.startswith("72e494ea") and signature.signature.endswith("5168")
    assert signature.authorization == (
        "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, "
        f"SignedHeaders=content-type;host, Signature={OFFICIAL['signature']}"
    )


def test_official_example_intermediate_keys() -> None:
    assert derive_signing_key(OFFICIAL["secret_key"], OFFICIAL["date"], "cvm").hex() == OFFICIAL["secret_signing_hex"]


def test_ocr_vector_with_the_action_signed() -> None:
    signature = sign_tc3(
        secret_id="AKIDEXAMPLE",
        secret_key=OCR["secret_key"],
        service=OCR["service"],
        timestamp=OCR["timestamp"],
        headers={"Content-Type": OCR["content_type"], "Host": OCR["host"], "X-TC-Action": OCR["action"]},
        payload=OCR["payload"].encode("utf-8"),
    )
    assert signature.signed_headers == OCR["signed_headers"] == "content-type;host;x-tc-action"
    # header values are lower-cased in the canonical form: `x-tc-action:generalbasicocr`
    assert signature.canonical_request == OCR["canonical_request"]
    assert signature.string_to_sign == OCR["string_to_sign"]
    assert signature.signature == OCR["signature"]


def test_the_payload_hash_is_over_the_exact_bytes() -> None:
    headers = {"Content-Type": "application/json; charset=utf-8", "Host": "ocr.tencentcloudapi.com"}
    compact, _ = canonical_request(headers, ("content-type", "host"), b'{"A":1}')
    spaced, _ = canonical_request(headers, ("content-type", "host"), b'{"A": 1}')
    assert compact.rsplit("\n", 1)[1] != spaced.rsplit("\n", 1)[1]


def test_a_signed_header_must_be_present() -> None:
    with pytest.raises(ValueError, match="x-tc-action"):
        canonical_request({"Content-Type": "a", "Host": "b"}, ("content-type", "host", "x-tc-action"), b"")


@pytest.fixture
def local_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    def use(zone: str) -> None:
        monkeypatch.setenv("TZ", zone)
        time.tzset()

    yield use
    monkeypatch.undo()
    time.tzset()


# 2023-11-15 00:00:05 UTC, still 2023-11-14 in Los Angeles
JUST_AFTER_UTC_MIDNIGHT = 1_700_006_405
# 2023-11-14 23:30:00 UTC, already 2023-11-15 07:30 in Beijing
BEIJING_EARLY_MORNING = 1_700_004_600


def test_credential_date_is_the_utc_date_not_the_local_one(local_zone) -> None:
    local_zone("America/Los_Angeles")
    assert time.strftime("%Y-%m-%d", time.localtime(JUST_AFTER_UTC_MIDNIGHT)) == "2023-11-14"
    assert utc_date(JUST_AFTER_UTC_MIDNIGHT) == "2023-11-15"
    local_zone("Asia/Shanghai")
    assert time.strftime("%Y-%m-%d", time.localtime(BEIJING_EARLY_MORNING)) == "2023-11-15"
    assert utc_date(BEIJING_EARLY_MORNING) == "2023-11-14"
    headers = signed_request_headers(
        secret_id="AKIDEXAMPLE",
        secret_key="k" * 32,
        service="ocr",
        host="ocr.tencentcloudapi.com",
        action="GeneralBasicOCR",
        version="2018-11-19",
        region="ap-guangzhou",
        timestamp=BEIJING_EARLY_MORNING,
        payload=b"{}",
    )
    assert "Credential=AKIDEXAMPLE/2023-11-14/ocr/tc3_request, " in headers["Authorization"]


def test_request_headers_carry_everything_api3_needs() -> None:
    headers = signed_request_headers(
        secret_id="AKIDEXAMPLE",
        secret_key=OCR["secret_key"],
        service="ocr",
        host="ocr.tencentcloudapi.com",
        action="GeneralBasicOCR",
        version="2018-11-19",
        region="ap-beijing",
        timestamp=OCR["timestamp"],
        payload=OCR["payload"].encode("utf-8"),
    )
    assert headers == {
        "Content-Type": "application/json; charset=utf-8",
        "Host": "ocr.tencentcloudapi.com",
        "X-TC-Action": "GeneralBasicOCR",
        "X-TC-Version": "2018-11-19",
        "X-TC-Timestamp": "1700000000",
        "X-TC-Region": "ap-beijing",
        # X-TC-Region and X-TC-Version are not signed, so the OCR vector's signature still holds
        "Authorization": "TC3-HMAC-SHA256 Credential=AKIDEXAMPLE/2023-11-14/ocr/tc3_request, "
        f"SignedHeaders=content-type;host;x-tc-action, Signature={OCR['signature']}",
    }
