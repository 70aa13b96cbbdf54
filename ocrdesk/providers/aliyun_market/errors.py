"""Error signalling of the Aliyun API gateway in front of the APPCODE market APIs (PROTOCOLS.md §3).

If ``X-Ca-Error-Code`` is set, the gateway produced the error: a six-character code (newer gateways,
help.aliyun.com/en/api-gateway/error-codes) with details in ``X-Ca-Error-Message``. The classic gateway in front of
dm-5x.data.aliyun.com sends only ``X-Ca-Error-Message`` with a fixed English name (``Quota Exhausted``,
``Throttled by APP Flow Control``, ``Invalid AppCode `not exists```; developer.aliyun.com/ask/278260), sometimes
followed by details. Without either header the status came from the OCR backend.
"""

from __future__ import annotations

import requests

from ocrdesk.errors import ErrorKind, ProviderError
from ocrdesk.providers.cloud.http import KIND_TEXT, ErrorEntry, status_error, vendor_error

AUTH, QUOTA, RATE, BAD = ErrorKind.AUTH, ErrorKind.QUOTA, ErrorKind.RATE_LIMIT, ErrorKind.BAD_REQUEST
SERVER, TIMEOUT, EXPIRED = ErrorKind.SERVER, ErrorKind.TIMEOUT, ErrorKind.EXPIRED

_APPCODE = ErrorEntry(AUTH, "Invalid AppCode: check the AppCode setting", "AppCode 无效，请检查 AppCode")
_NO_AUTH = ErrorEntry(AUTH, "The request carried no valid credentials", "请求缺少鉴权信息")
_APPKEY = ErrorEntry(AUTH, "Invalid AppKey or AppSecret", "AppKey 或 AppSecret 无效")
_SIGNATURE = ErrorEntry(AUTH, "Invalid or missing signature", "签名无效或为空")
_UNAUTHORIZED = ErrorEntry(
    AUTH, "This AppCode is not authorised for this API (buy or authorise it first)", "未被授权调用该 API"
)
_AUTH_EXPIRED = ErrorEntry(AUTH, "The authorisation to call this API has expired", "API 授权已过期")
_DENIED = ErrorEntry(AUTH, "Access denied by the API's access control", "访问被 API 访问控制策略拒绝")
_QUOTA = ErrorEntry(QUOTA, "The purchased number of calls is used up", "调用次数已用完")
_QUOTA_EXPIRED = ErrorEntry(QUOTA, "The purchased calls have expired", "购买的次数已过期")
_ARREARS = ErrorEntry(QUOTA, "The Aliyun account is in arrears", "用户已欠费")
_SUBSCRIPTION = ErrorEntry(QUOTA, "The API market subscription is invalid", "云市场订购关系无效")
_PROVIDER_OVERDUE = ErrorEntry(QUOTA, "The API provider's account is in arrears", "API 服务商已欠费")
_THROTTLED = ErrorEntry(RATE, "Throttled by the API gateway's flow control", "被 API 网关流控限制")
_TIMESTAMP = ErrorEntry(EXPIRED, "Request timestamp expired or invalid (check the clock)", "时间戳过期或不合法")
_NOT_FOUND = ErrorEntry(BAD, "API not found: check the endpoint URL", "找不到 API，请检查 endpoint")
_BAD_REQUEST = ErrorEntry(BAD, "The API gateway rejected the request", "请求参数或格式错误")
_TOO_LARGE = ErrorEntry(ErrorKind.IMAGE_TOO_LARGE, "Request body too large: the image is too big", "请求 Body 超长")
_BACKEND = ErrorEntry(SERVER, "The API gateway or its OCR backend had an error", "网关或后端服务错误")
_BACKEND_TIMEOUT = ErrorEntry(TIMEOUT, "The OCR backend did not answer in time", "后端服务超时")
_BLOCKED = ErrorEntry(BAD, "The API's domain or group has been disabled", "API 域名或分组已被停用")

# X-Ca-Error-Code values (newer gateways). Codes the Aliyun page lists; the table at the top of that page
# (I400HD … I413RL) is quoted in PROTOCOLS.md, the rest is the same page's list as client libraries use it.
GATEWAY_CODES: dict[str, ErrorEntry] = {
    **dict.fromkeys(("A400AC", "A401AC"), _APPCODE),
    "A400MA": _NO_AUTH,
    "A400IK": _APPKEY,
    "A403IS": _APPKEY,
    "I403AA": _UNAUTHORIZED,
    "A403PR": _UNAUTHORIZED,
    "A403EP": _AUTH_EXPIRED,
    **dict.fromkeys(("A403IP", "A403VN", "A403AC", "A403CO", "A403IN"), _DENIED),
    "B403MQ": _QUOTA,
    "B403ME": _QUOTA_EXPIRED,
    "B403MI": _SUBSCRIPTION,
    **dict.fromkeys(("B403OD", "B403MO"), _PROVIDER_OVERDUE),
    **dict.fromkeys(("T429ID", "T429IN", "T429GR", "T429PA", "T429PR", "T429SR", "T429MR"), _THROTTLED),
    **dict.fromkeys(("B451DO", "B451GO"), _BLOCKED),
    **dict.fromkeys(("I404DO", "I404NF", "I404NR", "I404SR"), _NOT_FOUND),
    **dict.fromkeys(
        ("I400HD", "I400MH", "I400BD", "I400PA", "I405UM", "I400RU", "I403PT", "I400CT", "I400SG", "I400I5"),
        _BAD_REQUEST,
    ),
    **dict.fromkeys(("I400NC", "I400MP", "I400IP", "I400JP", "I410GG", "X400PM", "X403DG", "A403FC"), _BAD_REQUEST),
    **dict.fromkeys(("I413RL", "I413UL"), _TOO_LARGE),
    **dict.fromkeys(("D504TO", "X504TO"), _BACKEND_TIMEOUT),
    **dict.fromkeys(
        ("D504RE", "D504IL", "D504CO", "D504CS", "X504VE", "D502FC", "N502RE", "D503BB", "D503CB", "X503BZ"),
        _BACKEND,
    ),
    **dict.fromkeys(("X500ER", "X500ED", "X500AM"), _BACKEND),
}

# Classic X-Ca-Error-Message names, matched case-insensitively as the whole message or its start
# (the gateway appends details, e.g. "Invalid AppCode `not exists`", "Throttled by APP Flow Control").
# Longer names first so that "Api Market Subscription quota exhausted" wins over shorter prefixes.
GATEWAY_MESSAGES: dict[str, ErrorEntry] = {
    "Api Market Subscription quota exhausted": _QUOTA,
    "Api Market Subscription expired": _QUOTA_EXPIRED,
    "Api Market Subscription invalid": _SUBSCRIPTION,
    "Invalid Signature, Server StringToSign": _SIGNATURE,
    "Failed To Invoke Backend Service": _BACKEND,
    "Failed To Call Backend Service": _BACKEND,
    "Backend service request timeout": _BACKEND_TIMEOUT,
    "Backend service connect failed": _BACKEND,
    "Provider Account Overdue": _PROVIDER_OVERDUE,
    "App authorization expired": _AUTH_EXPIRED,
    "Expiry of Authorization": _AUTH_EXPIRED,
    "Request Body Too Large": _TOO_LARGE,
    "Request Url Too Large": _BAD_REQUEST,
    "Invalid Param Location": _BAD_REQUEST,
    "Unsupported Multipart": _BAD_REQUEST,
    "Invalid Request Body": _BAD_REQUEST,
    "Empty Request Body": _BAD_REQUEST,
    "Invalid Content-MD5": _BAD_REQUEST,
    "Need authorization": _NO_AUTH,
    "Service Unavailable": _BACKEND,
    "Timestamp Expired": _TIMESTAMP,
    "Invalid Timestamp": _TIMESTAMP,
    "Invalid HttpMethod": _BAD_REQUEST,
    "Invalid AppSecret": _APPKEY,
    "Invalid Signature": _SIGNATURE,
    "Quota Exhausted": _QUOTA,
    "Empty Signature": _SIGNATURE,
    "Invalid AppCode": _APPCODE,
    "Invalid AppKey": _APPKEY,
    "Invalid Domain": _NOT_FOUND,
    "Quota Expired": _QUOTA_EXPIRED,
    "API Not Found": _NOT_FOUND,
    "Internal Error": _BACKEND,
    "Async Service": _BACKEND_TIMEOUT,
    "Unauthorized": _UNAUTHORIZED,
    "User Arrears": _ARREARS,
    "Throttled by": _THROTTLED,  # USER / APP / API / DOMAIN / GROUP Flow Control
    "Service Busy": _BACKEND,
    "Invalid Url": _NOT_FOUND,
    "Nonce Used": _BAD_REQUEST,
    "Invalid Nonce": _BAD_REQUEST,
}

# Errors of the OCR backend itself (a 200 with "success": false, or a passed-through status).
BACKEND_ERRORS: dict[str, ErrorEntry] = {
    "recognition_failed": ErrorEntry(
        ErrorKind.NOT_DETECTED, "The card could not be recognised in the image", "未能识别出证件（success=false）"
    ),
}


def match_message(message: str) -> tuple[str, ErrorEntry] | None:
    """The classic gateway name `message` starts with, and its entry."""
    folded = message.strip().casefold()
    for name, entry in GATEWAY_MESSAGES.items():
        key = name.casefold()
        if folded == key or (folded.startswith(key) and (key.endswith(" by") or not folded[len(key)].isalnum())):
            # "Throttled by X Flow Control": the whole name says which limit was hit
            return (message.strip()[:80] if key.endswith(" by") else name), entry
    return None


def gateway_error(vendor: str, response: requests.Response) -> ProviderError | None:
    """The error the gateway's X-Ca-Error-* headers describe, or None when they are absent."""
    code = _header(response, "X-Ca-Error-Code")
    message = _header(response, "X-Ca-Error-Message")
    if not code and not message:
        return None
    entry = GATEWAY_CODES.get(code) if code else None
    matched = match_message(message) if message else None
    if entry is None and matched is not None:
        entry = matched[1]
    if entry is None:
        # an unknown code or message: classify by HTTP status, keep the vendor's words
        kind = status_error(vendor, response).kind
        en, zh = KIND_TEXT.get(kind, ("Request failed", "请求失败"))
        entry = ErrorEntry(kind, en, zh)
    vendor_code = code or (matched[0] if matched else f"http_{response.status_code}")
    detail = message
    if matched is not None and message[: len(matched[0])].casefold() == matched[0].casefold():
        detail = message[len(matched[0]) :].strip(" :,")  # only what the gateway added to the name
    if detail.casefold() == vendor_code.casefold():
        detail = ""
    return vendor_error(vendor, vendor_code, detail or None, {vendor_code: entry})


def _header(response: requests.Response, name: str) -> str:
    """A header value; UTF-8 text (a Chinese message) arrives decoded as Latin-1 and is repaired."""
    value = (response.headers.get(name) or "").strip()
    try:
        return value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value
