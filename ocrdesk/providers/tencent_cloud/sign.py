"""TC3-HMAC-SHA256, the request signature of Tencent Cloud API 3.0 (PROTOCOLS.md §5.1).

Pure functions with every input explicit (secret, timestamp, body bytes) so the tests can pin them
against the official worked example (signature 72e494ea…5168) in test_vectors.json.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

ALGORITHM = "TC3-HMAC-SHA256"
# content-type and host are the minimum; signing the action too binds the signature to it, so a
# replayed body cannot be sent to another (perhaps dearer) action. The official SDK signs only the
# first two; the server accepts any list that contains them.
DEFAULT_SIGNED_HEADERS: tuple[str, ...] = ("content-type", "host", "x-tc-action")


@dataclass(frozen=True)
class Tc3Signature:
    """The signature and the intermediate strings (kept for tests and for debugging a mismatch)."""

    date: str
    credential_scope: str
    signed_headers: str
    canonical_request: str
    string_to_sign: str
    signature: str
    authorization: str


def utc_date(timestamp: int) -> str:
    """YYYY-MM-DD of `timestamp` in UTC: the credential scope uses UTC, never the local date
    (between 00:00 and 08:00 Beijing time it is still the previous day in UTC)."""
    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d")


def _hmac_sha256(key: bytes, message: str) -> bytes:
    return hmac.new(key, message.encode("utf-8"), hashlib.sha256).digest()


def derive_signing_key(secret_key: str, date: str, service: str) -> bytes:
    """kSigning = HMAC(HMAC(HMAC("TC3" + SecretKey, date), service), "tc3_request")."""
    secret_date = _hmac_sha256(("TC3" + secret_key).encode("utf-8"), date)
    secret_service = _hmac_sha256(secret_date, service)
    return _hmac_sha256(secret_service, "tc3_request")


def canonical_request(
    headers: Mapping[str, str], signed_headers: Sequence[str], payload: bytes, method: str = "POST"
) -> tuple[str, str]:
    """(CanonicalRequest, SignedHeaders) for a request with an empty query string and URI "/".

    Header names and values are lower-cased and trimmed, as the documentation requires (the
    official example has `x-tc-action:describeinstances`). `payload` must be the exact bytes sent.
    """
    lowered = {name.lower(): value for name, value in headers.items()}
    names = sorted({name.lower() for name in signed_headers})
    missing = [name for name in names if name not in lowered]
    if missing:
        raise ValueError(f"signed header(s) not in the request: {', '.join(missing)}")
    canonical_headers = "".join(f"{name}:{lowered[name].strip().lower()}\n" for name in names)
    signed = ";".join(names)
    payload_hash = hashlib.sha256(payload).hexdigest()
    return f"{method}\n/\n\n{canonical_headers}\n{signed}\n{payload_hash}", signed


def sign_tc3(
    *,
    secret_id: str,
    secret_key: str,
    service: str,
    timestamp: int,
    headers: Mapping[str, str],
    payload: bytes,
    signed_headers: Sequence[str] = DEFAULT_SIGNED_HEADERS,
) -> Tc3Signature:
    """Sign one POST request whose headers (at least those in `signed_headers`) are `headers`."""
    date = utc_date(timestamp)
    request_text, signed = canonical_request(headers, signed_headers, payload)
    scope = f"{date}/{service}/tc3_request"
    hashed_request = hashlib.sha256(request_text.encode("utf-8")).hexdigest()
    string_to_sign = f"{ALGORITHM}\n{timestamp}\n{scope}\n{hashed_request}"
    signing_key = derive_signing_key(secret_key, date, service)
    signature = hmac.new(signing_key, string_to_sign.encode("utf-8"), hashlib.sha256).hexdigest()
    authorization = f"{ALGORITHM} Credential={secret_id}/{scope}, SignedHeaders={signed}, Signature={signature}"
    return Tc3Signature(date, scope, signed, request_text, string_to_sign, signature, authorization)


def signed_request_headers(
    *,
    secret_id: str,
    secret_key: str,
    service: str,
    host: str,
    action: str,
    version: str,
    region: str | None,
    timestamp: int,
    payload: bytes,
    content_type: str = "application/json; charset=utf-8",
    signed_headers: Sequence[str] = DEFAULT_SIGNED_HEADERS,
) -> dict[str, str]:
    """Every header an API 3.0 call needs, Authorization included, for exactly these body bytes."""
    headers = {
        "Content-Type": content_type,
        "Host": host,
        "X-TC-Action": action,
        "X-TC-Version": version,
        "X-TC-Timestamp": str(timestamp),
    }
    if region:
        headers["X-TC-Region"] = region
    signature = sign_tc3(
        secret_id=secret_id,
        secret_key=secret_key,
        service=service,
        timestamp=timestamp,
        headers=headers,
        payload=payload,
        signed_headers=signed_headers,
    )
    headers["Authorization"] = signature.authorization
    return headers
