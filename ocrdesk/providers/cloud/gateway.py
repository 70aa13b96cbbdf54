"""Errors a gateway, proxy or backend puts inside an HTTP 200 reply, recognised for every vendor."""

from __future__ import annotations

from collections.abc import Mapping

from ocrdesk.errors import ErrorKind, ProviderError
from ocrdesk.providers.cloud import safejson
from ocrdesk.providers.cloud.http import vendor_error

# Where gateways, proxies and backends put an error inside an HTTP 200 ({"status": …, "message": …})
# ("error" alone is not one: SinoVoice's envelope uses it for its own numeric code)
_MESSAGE_KEYS = ("error_msg", "errmsg", "error_message", "errorMessage", "message", "Message", "msg")
_CODE_KEYS = ("error_code", "errorCode", "errno", "code", "Code", "status")
_SUCCESS_CODES = frozenset({"0", "200", "ok", "success", "succeeded", "true"})
_SUCCESS_WORDS = _SUCCESS_CODES | {"成功", "识别成功", "请求成功"}
_KIND_WORDS: tuple[tuple[ErrorKind, tuple[str, ...]], ...] = (
    (ErrorKind.QUOTA, ("quota", "exhaust", "arrear", "balance", "欠费", "额度", "余额")),
    (ErrorKind.RATE_LIMIT, ("limit", "throttl", "too many", "频繁", "限流")),
    (ErrorKind.AUTH, ("auth", "appcode", "forbidden", "denied", "signature", "token", "key", "鉴权", "权限")),
)


def error_in_reply(vendor: str, body: bytes | None) -> ProviderError | None:
    """The error a reply without the expected result carries in its own words, or None.

    For replies the vendor code found unusable: a gateway or proxy in front of the service often
    answers HTTP 200 with an object such as {"status": "FAILED", "message": "quota exhausted"}; that
    is the service's error, to be shown as such, not "a reply that cannot be read".
    """
    if not body:
        return None
    try:
        text = body.decode("utf-8-sig")
        data, _ = safejson.raw_decode(text, len(text) - len(text.lstrip()))
    except ValueError:  # not JSON (UnicodeDecodeError and JSONDecodeError are ValueErrors)
        return None
    if isinstance(data, Mapping) and isinstance(data.get("error"), Mapping):
        data = data["error"]  # {"error": {"code": …, "message": …}}
    if not isinstance(data, Mapping):
        return None
    message = next((data[k] for k in _MESSAGE_KEYS if isinstance(data.get(k), str) and data[k].strip()), None)
    code = next((data[k] for k in _CODE_KEYS if isinstance(data.get(k), str | int) and data[k] is not True), None)
    if code is not None and str(code).strip().lower() in _SUCCESS_CODES:
        return None  # it says it worked: the fault is in the rest of the reply
    if message is None and code is None:
        return None
    if code is None and message is not None and message.strip().lower() in _SUCCESS_WORDS:
        return None
    lowered = (message or "").lower()
    kind = next((k for k, words in _KIND_WORDS if any(w in lowered for w in words)), ErrorKind.BAD_REQUEST)
    return vendor_error(vendor, code if code is not None else "error_in_reply", message, {}, kind)
