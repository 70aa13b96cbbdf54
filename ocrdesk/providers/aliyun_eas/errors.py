"""The PAI-EAS ID-card model's error codes, and EAS's own errors (token, unknown service, overload)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import requests

from ocrdesk.errors import ErrorKind, ProviderError
from ocrdesk.i18n import QT_TRANSLATE_NOOP, Text
from ocrdesk.providers.cloud.http import ErrorEntry, malformed, status_error, vendor_error
from ocrdesk.redact import redact

_NOT_FOUND = ErrorKind.NOT_DETECTED

# `code` values of seed 001 (a string; "200" is success).
ERRORS: dict[str, ErrorEntry] = {
    "201": ErrorEntry(_NOT_FOUND, "No ID card detected in the image", "未检测到身份证"),
    "202": ErrorEntry(_NOT_FOUND, "The issuing authority could not be found or read", "签发机关检测或识别错误"),
    "203": ErrorEntry(_NOT_FOUND, "The validity period could not be found or read", "有效期限检测或识别错误"),
    "204": ErrorEntry(_NOT_FOUND, "The name could not be found or read", "姓名检测或识别错误"),
    "205": ErrorEntry(_NOT_FOUND, "The ethnicity could not be found or read", "民族检测或识别错误"),
    "206": ErrorEntry(_NOT_FOUND, "The address could not be found or read", "地址检测或识别错误"),
    "207": ErrorEntry(_NOT_FOUND, "The ID number could not be found or read", "身份证号检测或识别错误"),
    "208": ErrorEntry(_NOT_FOUND, "The date of birth could not be found or read", "出生日期检测或识别错误"),
    "209": ErrorEntry(_NOT_FOUND, "The sex could not be found or read", "性别检测或识别错误"),
    "-1": ErrorEntry(ErrorKind.SERVER, "The ID-card service reported an unknown error", "未知错误"),
}


def check_code(vendor: str, envelope: Mapping[str, Any]) -> None:
    code = envelope.get("code")
    if code is None or isinstance(code, bool | dict | list):
        raise malformed(vendor, "reply has no 'code'")
    code_text = str(code).strip()
    if code_text != "200":
        raise vendor_error(vendor, code_text, envelope.get("message"), ERRORS, ErrorKind.BAD_REQUEST)


def eas_status_error(vendor: str, response: requests.Response) -> ProviderError:
    """EAS answers its own errors (token, unknown service, overload) with a status and a plain-text body."""
    error = status_error(vendor, response)
    message = error.message
    if response.status_code == 404:
        template = QT_TRANSLATE_NOOP(
            "ProviderErrors", "{message} (the endpoint must be the full service URL, …/api/predict/<service>/<path>)"
        )
        message = Text("ProviderErrors", template, -1, message=message)
    text = response.content[:300].decode("utf-8", "replace")
    detail = " ".join(text.split())
    if detail and not detail.startswith("<") and detail.casefold() != (response.reason or "").casefold():
        template = QT_TRANSLATE_NOOP("ProviderErrors", "{message}: {detail}")
        message = Text("ProviderErrors", template, -1, message=message, detail=redact(detail)[:200])
    return ProviderError(message, error.code, error.kind)
