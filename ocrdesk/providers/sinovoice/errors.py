"""SinoVoice's unified error codes (§18 统一错误返回码), with English and Chinese text."""

from __future__ import annotations

from ocrdesk.errors import ErrorKind, ProviderError
from ocrdesk.providers.cloud.http import ErrorEntry, vendor_error
from ocrdesk.providers.sinovoice.parse import VENDOR

_A, _B, _X = ErrorKind.AUTH, ErrorKind.BAD_REQUEST, ErrorKind.UNSUPPORTED
# §18 统一错误返回码, every code.
ERRORS: dict[str, ErrorEntry] = {
    "-1": ErrorEntry(ErrorKind.SERVER, "Server exception", "服务器异常"),
    "190": ErrorEntry(_A, "app_key is empty", "app_key 参数不能为空"),
    "191": ErrorEntry(_A, "app_key is wrong", "app_key 错误"),
    "192": ErrorEntry(_A, "app_key does not exist", "app_key 不存在"),
    "193": ErrorEntry(_A, "app_key is missing", "缺少参数 app_key"),
    "200": ErrorEntry(_B, "request_date is empty", "request_date 参数不能为空"),
    "201": ErrorEntry(ErrorKind.EXPIRED, "request_date rejected (check the computer's clock)", "request_date 错误"),
    "202": ErrorEntry(_B, "request_date is missing", "缺少参数 request_date"),
    "210": ErrorEntry(_A, "session_key is empty", "session_key 参数不能为空"),
    "211": ErrorEntry(_A, "session_key is wrong: check the developer key", "session_key 错误"),
    "212": ErrorEntry(_A, "session_key is missing", "缺少参数 session_key"),
    "213": ErrorEntry(_B, "sdk_version is empty", "sdk_version 参数不能为空"),
    "214": ErrorEntry(_B, "sdk_version is wrong", "sdk_version 错误"),
    "215": ErrorEntry(_B, "sdk_version is missing", "缺少参数 sdk_version"),
    "220": ErrorEntry(_B, "task_config is empty", "task_config 参数不能为空"),
    "221": ErrorEntry(_B, "task_config is missing", "缺少参数 task_config"),
    "222": ErrorEntry(_B, "capkey is missing", "缺少 capkey 参数"),
    "223": ErrorEntry(_B, "capkey is empty", "capkey 参数不能为空"),
    "224": ErrorEntry(_B, "property is missing", "缺少 property 参数"),
    "225": ErrorEntry(_B, "property is empty", "property 参数不能为空"),
    "226": ErrorEntry(_B, "templatePageIndex is missing", "缺少 templatePageIndex 参数"),
    "227": ErrorEntry(_B, "templatePageIndex is empty", "templatePageIndex 参数不能为空"),
    "228": ErrorEntry(_B, "templateIndex is missing", "缺少 templateIndex 参数"),
    "229": ErrorEntry(_B, "templateIndex is empty", "templateIndex 参数不能为空"),
    "230": ErrorEntry(ErrorKind.IMAGE_TOO_LARGE, "The file is larger than allowed", "请求文件超过限制"),
    "231": ErrorEntry(_B, "lang is missing", "缺少 lang 参数"),
    "232": ErrorEntry(_B, "lang is empty", "lang 参数不能为空"),
    "233": ErrorEntry(_B, "templatePageIndex is invalid", "templatePageIndex 参数错误"),
    "234": ErrorEntry(_B, "templateIndex is invalid", "templateIndex 参数错误"),
    "240": ErrorEntry(ErrorKind.QUOTA, "Account balance insufficient", "用户账号余额不足"),
    "250": ErrorEntry(ErrorKind.SERVER, "Server network error", "服务器网络异常"),
    "260": ErrorEntry(_X, "API service does not exist (capability not enabled?)", "API 服务不存在"),
    "261": ErrorEntry(_X, "Language not supported", "不支持的语言"),
    "262": ErrorEntry(_X, "Document type (property) not supported", "不支持的 property"),
}


def sinovoice_error(code: int, text: object) -> ProviderError:
    """The error a reply's non-zero `error` code stands for; unlisted negative codes are the server's."""
    kind = ErrorKind.SERVER if code < 0 else ErrorKind.BAD_REQUEST
    return vendor_error(VENDOR, code, text, ERRORS, default_kind=kind)
