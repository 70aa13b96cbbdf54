"""The legacy Tencent multi-use signature against Tencent's three official worked examples (PROTOCOLS.md §1.3)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from pathlib import Path

import pytest

from ocrdesk.providers.tencent_legacy.sign import (
    MAX_SIGNATURE_TTL,
    SIGNATURE_TTL,
    multi_use_signature,
    random_nonce,
    sign_plaintext,
    signature_plaintext,
)

SECRET_KEY = "nwOKDouy5JctNOlnere4gkVoOUz5EYAb"
SECRET_ID = "AKIDgaoOYh2kOmJfWVdH4lpfxScG2zPLPGoK"
APPID, BUCKET = "1252821871", "tencentyun"

# From Tencent's 鉴权签名 page (867/17719, 865/17723); copied into shared/providers/test_vectors.json too.
OFFICIAL = [
    pytest.param(
        1438669115,
        "",
        "a7663988863206640d7d4bcf7b77b5b3110dfeb6",
        "p2Y5iIYyBmQNfUvPe3e1sxEN/rZhPTEyNTI4MjE4NzEmYj10ZW5jZW50eXVuJms9QUtJRGdhb09ZaDJrT21KZldWZEg0bHBmeFNjRzJ6UExQ"
        "R29LJmU9MTQzODY2OTExNSZ0PTE0MzYwNzcxMTUmcj0xMTE2MiZ1PTAmZj0=",
        id="multi_unbound",
    ),
    pytest.param(
        1438669115,
        "tencentyunSignTest",
        "4edf486011b88f54e93bff4ce8cf53a24549aca8",
        "Tt9IYBG4j1TpO/9M6M9TokVJrKhhPTEyNTI4MjE4NzEmYj10ZW5jZW50eXVuJms9QUtJRGdhb09ZaDJrT21KZldWZEg0bHBmeFNjRzJ6UExQ"
        "R29LJmU9MTQzODY2OTExNSZ0PTE0MzYwNzcxMTUmcj0xMTE2MiZ1PTAmZj10ZW5jZW50eXVuU2lnblRlc3Q=",
        id="multi_bound",
    ),
    pytest.param(
        0,
        "tencentyunSignTest",
        "7b05df97382940e3766e6ad7eae27962bd33b8ea",
        "ewXflzgpQON2bmrX6uJ5Yr0zuOphPTEyNTI4MjE4NzEmYj10ZW5jZW50eXVuJms9QUtJRGdhb09ZaDJrT21KZldWZEg0bHBmeFNjRzJ6UExQ"
        "R29LJmU9MCZ0PTE0MzYwNzcxMTUmcj0xMTE2MiZ1PTAmZj10ZW5jZW50eXVuU2lnblRlc3Q=",
        id="single",
    ),
]
# the official vectors of shared/providers/test_vectors.json, kept in the repo so CI never skips them
SHARED_VECTORS = Path(__file__).resolve().parents[3] / "data" / "test_vectors.json"


@pytest.mark.parametrize(("expire", "fileid", "hmac_hex", "authorization"), OFFICIAL)
def test_official_vectors(expire: int, fileid: str, hmac_hex: str, authorization: str) -> None:
    plaintext = signature_plaintext(APPID, BUCKET, SECRET_ID, expire=expire, now=1436077115, rand=11162, fileid=fileid)
    assert plaintext == f"a={APPID}&b={BUCKET}&k={SECRET_ID}&e={expire}&t=1436077115&r=11162&u=0&f={fileid}"
    signed = sign_plaintext(SECRET_KEY, plaintext)
    assert signed == authorization
    raw = base64.b64decode(signed)
    assert raw[:20].hex() == hmac_hex and raw[20:].decode() == plaintext


def test_multi_use_signature_reproduces_the_unbound_vector() -> None:
    signed = multi_use_signature(APPID, BUCKET, SECRET_ID, SECRET_KEY, now=1436077115, ttl=2592000, rand=11162)
    assert signed == OFFICIAL[0].values[3]


def test_every_shared_vector() -> None:
    vectors = json.loads(SHARED_VECTORS.read_text(encoding="utf-8"))["tencent_legacy_sign"]
    official = [v for v in vectors if v.get("matches_official_doc")]
    assert len(official) == 3
    for vector in vectors:
        assert sign_plaintext(vector["secret_key"], vector["plaintext"]) == vector["authorization"], vector["name"]


def test_times_are_integers_not_floats() -> None:
    # Django_OCR signed str(time()) floats ("e=1536843762.123456"): refused here.
    with pytest.raises(TypeError, match="now"):
        signature_plaintext(APPID, BUCKET, SECRET_ID, expire=2, now=1.5, rand=1)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="expire"):
        signature_plaintext(APPID, BUCKET, SECRET_ID, expire=2.0, now=1, rand=1)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="10 digits"):
        signature_plaintext(APPID, BUCKET, SECRET_ID, expire=2, now=1, rand=10**10)


def test_default_signature_shape(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("time.time", lambda: 1_700_000_000.987)
    signed = multi_use_signature(APPID, "", SECRET_ID, SECRET_KEY)
    raw = base64.b64decode(signed, validate=True)  # standard alphabet, no scheme prefix
    plaintext = raw[20:].decode()
    fields = dict(pair.split("=", 1) for pair in plaintext.split("&"))
    assert list(fields) == ["a", "b", "k", "e", "t", "r", "u", "f"]
    assert fields["t"] == "1700000000" and fields["e"] == str(1_700_000_000 + SIGNATURE_TTL)
    assert fields["b"] == "" and fields["u"] == "0" and fields["f"] == ""
    assert fields["r"].isdigit() and len(fields["r"]) <= 10
    assert raw[:20] == hmac.new(SECRET_KEY.encode(), raw[20:], hashlib.sha1).digest()
    assert SECRET_KEY not in plaintext


def test_ttl_is_bounded_to_three_months() -> None:
    multi_use_signature(APPID, BUCKET, SECRET_ID, SECRET_KEY, now=100, ttl=MAX_SIGNATURE_TTL)
    for ttl in (0, -5, MAX_SIGNATURE_TTL + 1):
        with pytest.raises(ValueError):
            multi_use_signature(APPID, BUCKET, SECRET_ID, SECRET_KEY, now=100, ttl=ttl)


def test_nonces_vary_and_have_at_most_ten_digits() -> None:
    nonces = {random_nonce() for _ in range(50)}
    assert len(nonces) > 45
    assert all(0 <= n < 10**10 for n in nonces)
