"""The legacy Tencent OCR "multi-use signature" (多次有效签名), as pure functions (PROTOCOLS.md §1.3).

Authorization = Base64(HMAC-SHA1(SecretKey, P) ‖ P), sent raw (no scheme), where
P = "a=APPID&b=BUCKET&k=SECRETID&e=EXPIRE&t=NOW&r=RAND&u=0&f=". Pinned against the three worked examples of
Tencent's 鉴权签名 page in tests (test_vectors.json, `tencent_legacy_sign`).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time

# Signature lifetime: `e = t + ttl`. A signature is made for every request (and every retry), so it
# needs to live only minutes: a leaked header (a proxy's log) is then worthless soon after. Ten minutes
# leave room for a clock a few minutes off and for a slow upload; Django_OCR's thirty days only hid a
# wrong clock. The service accepts at most three months ahead ("最长三个月").
SIGNATURE_TTL = 10 * 60
MAX_SIGNATURE_TTL = 90 * 24 * 3600
MAX_NONCE = 10**10  # `r`: unsigned decimal of at most 10 digits


def signature_plaintext(
    appid: str, bucket: str, secret_id: str, *, expire: int, now: int, rand: int, fileid: str = ""
) -> str:
    """The signed text P. Times are integer Unix seconds: Django_OCR sent `time()` floats
    ("e=1536843762.123456"), which the documentation does not allow, so floats are refused here."""
    for name, value in (("expire", expire), ("now", now), ("rand", rand)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if not 0 <= rand < MAX_NONCE:
        raise ValueError("rand must have at most 10 digits")
    # u is "历史遗留字段，请填写为 0" (legacy, always 0); f (file id) stays empty for OCR
    return f"a={appid}&b={bucket}&k={secret_id}&e={expire}&t={now}&r={rand}&u=0&f={fileid}"


def sign_plaintext(secret_key: str, plaintext: str) -> str:
    """Base64 (standard alphabet) of the raw 20-byte HMAC-SHA1 digest followed by the plaintext itself."""
    message = plaintext.encode("utf-8")
    digest = hmac.new(secret_key.encode("utf-8"), message, hashlib.sha1).digest()
    return base64.b64encode(digest + message).decode("ascii")


def random_nonce() -> int:
    return secrets.randbelow(MAX_NONCE - 10**9) + 10**9  # ten digits, like the official SDKs


def multi_use_signature(
    appid: str,
    bucket: str,
    secret_id: str,
    secret_key: str,
    *,
    now: int | None = None,
    ttl: int = SIGNATURE_TTL,
    rand: int | None = None,
) -> str:
    """The value of the Authorization header (no scheme prefix)."""
    now = int(time.time()) if now is None else now
    if isinstance(ttl, bool) or not isinstance(ttl, int) or not 0 < ttl <= MAX_SIGNATURE_TTL:
        raise ValueError("ttl must be a whole number of seconds between 1 and three months")
    rand = random_nonce() if rand is None else rand
    plaintext = signature_plaintext(appid, bucket, secret_id, expire=now + ttl, now=now, rand=rand)
    return sign_plaintext(secret_key, plaintext)
