"""SinoVoice 捷通华声 灵云图像云 HTTP API (seed 004): `POST <endpoint>/ocr`, raw image bytes as the body.

Auth is a header set: `x-app-key`, `x-sdk-version: 5.2`, `x-request-date` (local time) and
`x-session-key = md5(x-request-date + devkey)` as lowercase hex, recomputed for every attempt.
What to recognise goes in `x-task-config` (`name=value,…`): a template (`capkey=ocr.cloud.template`,
`property=…`), text (`ocr.cloud[.english]`, optionally `withPosition=1`), bank card or business
card. Replies are `{"error", "text", "data"}`; with `withPosition=1` the JSON is followed by a
binary IREAD_NODE array (nodes.py) whose JSON part the `json-length` header measures.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, ClassVar

import requests

from ocrdesk.doctypes import DocType
from ocrdesk.errors import ConfigError, ProviderError
from ocrdesk.i18n import QT_TRANSLATE_NOOP, Text
from ocrdesk.imaging import EncodedImage
from ocrdesk.providers.base import COMMON_NETWORK_SETTINGS, CancelToken, Recognition, SettingSpec
from ocrdesk.providers.cloud import CloudProvider
from ocrdesk.providers.cloud.http import malformed, parse_json, status_error
from ocrdesk.providers.cloud.normalize import to_number
from ocrdesk.providers.sinovoice.errors import sinovoice_error
from ocrdesk.providers.sinovoice.parse import (
    VENDOR,
    parse_bankcard,
    parse_bizcard,
    parse_template,
    parse_text,
    split_reply,
)
from ocrdesk.providers.sinovoice.templates import (
    BANKCARD_TASK_CONFIG,
    BIZCARD_TASK_CONFIG,
    TEMPLATES,
    TEXT_LANGUAGES,
    text_task_config,
)

log = logging.getLogger(__name__)

SDK_VERSION = "5.2"
DATE_FORMAT = "%Y-%m-%d %H:%M:%S"  # the header table's "2017-01-01 10:10:11"
_TRUE, _FALSE = frozenset({"1", "on", "yes", "true"}), frozenset({"0", "off", "no", "false"})


def format_request_date(now: datetime) -> str:
    """The x-request-date string: local time to the second, as in the header table.

    (The seed's sample sends str(datetime.now()), whose ".ffffff" part vanishes when the
    microseconds are 0; the server only needs the md5 to match the header string.)
    """
    return now.strftime(DATE_FORMAT)


def session_key(request_date: str, dev_key: str) -> str:
    """x-session-key = md5(x-request-date + devkey), 32 lowercase hex digits (the seed's sample)."""
    return hashlib.md5((request_date + dev_key).encode("utf-8")).hexdigest()


def request_headers(app_key: str, dev_key: str, request_date: str, task_config: str) -> dict[str, str]:
    return {
        "x-app-key": app_key,
        "x-sdk-version": SDK_VERSION,
        "x-request-date": request_date,
        "x-task-config": task_config,
        "x-session-key": session_key(request_date, dev_key),
    }


class SinoVoiceProvider(CloudProvider):
    id: ClassVar[str] = "sinovoice"
    name: ClassVar[str] = QT_TRANSLATE_NOOP("ProviderNames", "SinoVoice 灵云 image cloud")
    doc_types: ClassVar[tuple[DocType, ...]] = (
        DocType.GENERAL,
        *TEMPLATES,
        DocType.BANK_CARD,
        DocType.BUSINESS_CARD,
    )
    settings: ClassVar[tuple[SettingSpec, ...]] = (
        SettingSpec(
            "app_key",
            QT_TRANSLATE_NOOP("ProviderSettings", "App key (x-app-key)"),
            help=QT_TRANSLATE_NOOP("ProviderSettings", "The application key SinoVoice assigned."),
        ),
        SettingSpec(
            "dev_key",
            QT_TRANSLATE_NOOP("ProviderSettings", "Developer key (devKey)"),
            secret=True,
            help=QT_TRANSLATE_NOOP("ProviderSettings", "Signs each request; never sent."),
        ),
        SettingSpec(
            "text_language",
            QT_TRANSLATE_NOOP("ProviderSettings", "Text language"),
            required=False,
            default="chinese_cn",
            kind="choice",
            choices=(
                ("chinese_cn", QT_TRANSLATE_NOOP("ProviderSettings", "Chinese (ocr.cloud)")),
                ("english", QT_TRANSLATE_NOOP("ProviderSettings", "English (ocr.cloud.english)")),
            ),
            help=QT_TRANSLATE_NOOP("ProviderSettings", "The language of general text."),
        ),
        SettingSpec(
            "with_position",
            QT_TRANSLATE_NOOP("ProviderSettings", "Line positions"),
            required=False,
            default="on",
            kind="bool",
            help=QT_TRANSLATE_NOOP(
                "ProviderSettings", "General text: also ask for character boxes (withPosition=1), not the text only."
            ),
        ),
        *COMMON_NETWORK_SETTINGS,
    )
    default_endpoint: ClassVar[str | None] = None  # every deployment has its own host (INTERFACE.md)
    # The document states no size (error 230 "请求文件超过限制" says one exists); stay conservative.
    upload_limit_bytes: ClassVar[int] = 4 * 1024 * 1024
    upload_is_base64: ClassVar[bool] = False

    def __init__(self, config: Mapping[str, str] | None = None) -> None:
        super().__init__(config)
        self.app_key = self.require("app_key")
        if not (self.app_key.isascii() and self.app_key.isprintable()):
            # "头的内容必须为英文": header values must be ASCII
            template = QT_TRANSLATE_NOOP("ProviderConfig", "{name}: app_key must be plain ASCII text")
            raise ConfigError(
                Text("ProviderConfig", template, -1, name=Text("ProviderNames", self.name)), "bad_app_key"
            )
        self._dev_key = self.require("dev_key")
        self.text_language = (self.config.get("text_language") or "chinese_cn").strip().lower()
        if self.text_language not in TEXT_LANGUAGES:
            template = QT_TRANSLATE_NOOP("ProviderConfig", "{name}: text_language must be one of {choices}")
            message = Text(
                "ProviderConfig", template, -1, name=Text("ProviderNames", self.name), choices=", ".join(TEXT_LANGUAGES)
            )
            raise ConfigError(message, "bad_text_language")
        position = (self.config.get("with_position") or "on").strip().lower()
        if position not in _TRUE | _FALSE:
            template = QT_TRANSLATE_NOOP("ProviderConfig", "{name}: with_position must be on or off")
            raise ConfigError(
                Text("ProviderConfig", template, -1, name=Text("ProviderNames", self.name)), "bad_with_position"
            )
        self.with_position = position in _TRUE
        # a user may paste the full ".../ocr" address as the endpoint
        self.ocr_url = self.endpoint if self.endpoint.endswith("/ocr") else self.url("/ocr")
        self.clock: Callable[[], datetime] = datetime.now  # local time; replaced in tests

    def task_config(self, doc_type: DocType) -> str:
        if doc_type == DocType.GENERAL:
            return text_task_config(self.text_language, self.with_position)
        if doc_type == DocType.BANK_CARD:
            return BANKCARD_TASK_CONFIG
        if doc_type == DocType.BUSINESS_CARD:
            return BIZCARD_TASK_CONFIG
        return TEMPLATES[doc_type].task_config()

    def recognize_encoded(self, encoded: EncodedImage, doc_type: DocType, cancel: CancelToken) -> Recognition:
        task_config = self.task_config(doc_type)

        def build() -> requests.Request:
            # a fresh date (and so session key) for every attempt
            headers = request_headers(self.app_key, self._dev_key, format_request_date(self.clock()), task_config)
            return requests.Request("POST", self.ocr_url, data=encoded.data, headers=headers)

        response = self.http.send(build, cancel, retry_if=_transient)
        positioned = doc_type == DocType.GENERAL and self.with_position
        envelope, blob = _read_reply(response, positioned)
        data = envelope.get("data")
        if not isinstance(data, dict):
            raise malformed(VENDOR, "the reply has no 'data' object")
        if doc_type == DocType.GENERAL:
            return parse_text(data, blob if positioned else None, encoded)
        if doc_type == DocType.BANK_CARD:
            return Recognition(parse_bankcard(data))
        if doc_type == DocType.BUSINESS_CARD:
            return parse_bizcard(data, envelope)
        return Recognition(parse_template(data, TEMPLATES[doc_type]))


# ------------------------------------------------------------------------------------- replies

# 250 服务器网络异常 is the server's own network trouble: worth another attempt, like an HTTP 503.
TRANSIENT_CODES = frozenset({250})


def _transient(response: requests.Response) -> bool:
    try:
        envelope, _ = split_reply(response.content, response.headers.get("json-length"))
    except ValueError:
        return False
    return isinstance(envelope, dict) and to_number(envelope.get("error")) in TRANSIENT_CODES


def _read_reply(response: requests.Response, positioned: bool) -> tuple[dict[str, Any], bytes]:
    """The envelope (error ≠ 0 raised as a vendor error) and, for withPosition, the binary tail."""
    blob = b""
    try:
        if positioned:
            try:
                envelope, blob = split_reply(response.content, response.headers.get("json-length"))
            except ValueError:
                envelope = parse_json(VENDOR, response)  # the descriptive MALFORMED error (or a BOM'd reply)
        else:
            envelope = parse_json(VENDOR, response)
    except ProviderError:
        if response.status_code != 200:
            raise status_error(VENDOR, response) from None
        raise
    if not isinstance(envelope, dict) or "error" not in envelope:
        if response.status_code != 200:
            raise status_error(VENDOR, response)
        raise malformed(VENDOR, "the reply has no 'error' code")
    code = to_number(envelope["error"])
    if code is None or code != int(code):
        raise malformed(VENDOR, "the reply's 'error' code is not a number")
    if code != 0:
        raise sinovoice_error(int(code), envelope.get("text"))
    if response.status_code != 200:
        raise status_error(VENDOR, response)
    return envelope, blob
