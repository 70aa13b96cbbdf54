"""HTTP for every cloud provider, written once: session, timeouts, retries, rate limit, error mapping.

Vendors build their own signed requests; this module sends them (re-signing on every attempt, since
signatures carry timestamps), retries what is worth retrying and turns transport failures and
unparseable replies into readable ProviderErrors. Nothing here ever prints a secret.
"""

from __future__ import annotations

import email.utils
import json
import logging
import ssl
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import requests
import urllib3

from ocrdesk import __version__
from ocrdesk.errors import Cancelled, ErrorKind, ProviderError
from ocrdesk.i18n import QT_TRANSLATE_NOOP, Text
from ocrdesk.providers.base import CancelToken
from ocrdesk.providers.cloud import safejson
from ocrdesk.providers.cloud.transport import (
    ACCEPT_ENCODING,
    MAX_REPLY_BYTES,
    Attempt,
    ReplyError,
    TrackedAdapter,
    read_body,
    watching,
)
from ocrdesk.redact import redact

log = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_RETRY_AFTER = 30.0


@dataclass(frozen=True)
class HttpOptions:
    connect_timeout: float = 5.0
    read_timeout: float = 30.0  # the total deadline of one attempt: connect, send and the whole reply
    retries: int = 2  # extra attempts after the first
    backoff: float = 0.5  # first wait; doubles each retry
    max_backoff: float = 8.0
    rate_limit: float = 5.0  # requests per second; 0 = unlimited
    max_reply_bytes: int = MAX_REPLY_BYTES  # compressed and decompressed

    @classmethod
    def from_config(cls, config: Mapping[str, str]) -> HttpOptions:
        def number(name: str, default: float) -> float:
            try:
                return float(config.get(name) or default)
            except ValueError:
                return default

        return cls(
            read_timeout=max(0.1, number("timeout", cls.read_timeout)),
            connect_timeout=min(cls.connect_timeout, max(0.1, number("timeout", cls.read_timeout))),
            rate_limit=max(0.0, number("rate_limit", cls.rate_limit)),
            retries=int(max(0, number("retries", cls.retries))),
        )


class RateLimiter:
    """Spaces request starts at least 1/rate seconds apart, across all threads of one provider."""

    def __init__(self, rate: float) -> None:
        self._interval = 1.0 / rate if rate > 0 else 0.0
        self._next = 0.0
        self._lock = threading.Lock()

    def acquire(self, cancel: CancelToken) -> None:
        if not self._interval:
            return
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next)
            self._next = start + self._interval
        if start > now and cancel.wait(start - now):
            cancel.raise_if_cancelled()


@dataclass(frozen=True)
class ErrorEntry:
    """How a vendor error code reads to the operator, in English and Chinese."""

    kind: ErrorKind
    en: str
    zh: str


KIND_TEXT: dict[ErrorKind, tuple[str, str]] = {
    ErrorKind.AUTH: ("Authentication failed: check the credentials", "鉴权失败，请检查密钥"),
    ErrorKind.EXPIRED: (
        "Signature or credential expired (check the computer's clock)",
        "签名或凭证已过期（请检查系统时间）",
    ),
    ErrorKind.QUOTA: ("Quota used up or account in arrears", "额度已用完或账户欠费"),
    ErrorKind.RATE_LIMIT: ("Too many requests: rate limit reached", "请求过于频繁，已被限流"),
    ErrorKind.IMAGE_TOO_LARGE: ("Image too large for this service", "图片过大"),
    ErrorKind.IMAGE_INVALID: ("The service could not read the image", "图片无法识别或格式错误"),
    ErrorKind.NOT_DETECTED: ("No document or text detected in the image", "未检测到证件或文字"),
    ErrorKind.BAD_REQUEST: ("The service rejected the request", "请求参数错误"),
    ErrorKind.SERVER: ("The service had an internal error", "服务端内部错误"),
    ErrorKind.NETWORK: ("Cannot reach the service", "无法连接服务"),
    ErrorKind.TIMEOUT: ("The service did not answer in time", "服务响应超时"),
    ErrorKind.MALFORMED: ("The service sent a reply that cannot be read", "服务返回的数据无法解析"),
    ErrorKind.UNSUPPORTED: ("Not supported by this service", "该服务不支持此操作"),
}


def vendor_error(
    vendor: str,
    code: object,
    vendor_message: object,
    table: Mapping[str, ErrorEntry],
    default_kind: ErrorKind = ErrorKind.BAD_REQUEST,
) -> ProviderError:
    """A ProviderError for a vendor's error code; the vendor's own code is kept in `.code`."""
    code_text = str(code)
    entry = table.get(code_text)
    if entry is None:
        en, zh = KIND_TEXT.get(default_kind, ("Request failed", "请求失败"))
        entry = ErrorEntry(default_kind, en, zh)
    detail = redact(str(vendor_message)).strip() if vendor_message not in (None, "") else ""
    if detail and detail not in (entry.en, entry.zh):
        template = QT_TRANSLATE_NOOP("ProviderErrors", "{en} ({zh}) — {vendor} error {code}: {detail}")
        message = _with_kind(template, entry.en, entry.zh, vendor, code=code_text, detail=detail[:200])
    else:
        template = QT_TRANSLATE_NOOP("ProviderErrors", "{en} ({zh}) — {vendor} error {code}")
        message = _with_kind(template, entry.en, entry.zh, vendor, code=code_text)
    return ProviderError(message, code=code_text, kind=entry.kind)


def _vendor(name: str) -> Text:
    # vendor names are marked in the provider packages ("ProviderNames"); an unmarked one shows as it is
    return Text("ProviderNames", name)


def _with_kind(template: str, en: str, zh: str, vendor: str, **params: object) -> Text:
    """An error message led by its kind's text: English and Chinese in the English message (as exports
    keep it), the Chinese alone in a Chinese window."""
    return Text("ProviderErrors", template, -1, en=en, zh=zh, vendor=_vendor(vendor), **params)


def status_error(vendor: str, response: requests.Response) -> ProviderError:
    """An error for an HTTP status whose body told us nothing usable."""
    status = response.status_code
    kind = {401: ErrorKind.AUTH, 403: ErrorKind.AUTH, 413: ErrorKind.IMAGE_TOO_LARGE, 429: ErrorKind.RATE_LIMIT}.get(
        status, ErrorKind.SERVER if status >= 500 else ErrorKind.BAD_REQUEST
    )
    en, zh = KIND_TEXT[kind]
    if status == 404:
        en, zh = "Endpoint not found: check the endpoint URL", "接口地址不存在，请检查 endpoint"
    reason = f" {response.reason}" if response.reason else ""
    template = QT_TRANSLATE_NOOP("ProviderErrors", "{en} ({zh}) — {vendor} answered HTTP {status}{reason}")
    message = _with_kind(template, en, zh, vendor, status=status, reason=reason)
    return ProviderError(message, code=f"http_{status}", kind=kind)


def parse_json(vendor: str, response: requests.Response, body: bytes | None = None) -> Any:
    """The reply as JSON, or a MALFORMED error that says what was wrong with it."""
    raw = response.content if body is None else body
    try:
        return safejson.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError):
        pass
    head = raw[:200].lstrip().lower()
    status = response.status_code
    if not raw.strip():
        what = Text(
            "ProviderErrors",
            QT_TRANSLATE_NOOP("ProviderErrors", "sent an empty reply (HTTP {status})"),
            -1,
            status=status,
        )
    elif head.startswith((b"<!doctype", b"<html", b"<?xml", b"<")):
        template = QT_TRANSLATE_NOOP("ProviderErrors", "sent an HTML/XML page instead of JSON (HTTP {status})")
        what = Text("ProviderErrors", template, -1, status=status)
    else:
        template = QT_TRANSLATE_NOOP(
            "ProviderErrors", "sent a reply that is not valid JSON (cut off or corrupted) (HTTP {status})"
        )
        what = Text("ProviderErrors", template, -1, status=status)
    raise malformed(vendor, what)


def malformed(vendor: str, what: str) -> ProviderError:
    """`what` went wrong with the reply: a Text where the window should say it in its language (vendor
    packages name the missing piece of their reply in English, a detail for whoever reads the log)."""
    en, zh = KIND_TEXT[ErrorKind.MALFORMED]
    message = _with_kind(
        QT_TRANSLATE_NOOP("ProviderErrors", "{en} ({zh}) — {vendor}: {what}"), en, zh, vendor, what=what
    )
    return ProviderError(message, "malformed_reply", ErrorKind.MALFORMED)


class _Transient(Exception):
    """A failure worth another attempt (connection refused or reset, reply cut off)."""

    def __init__(self, error: ProviderError) -> None:
        super().__init__(error.message)
        self.error = error


class HttpClient:
    """One requests.Session per provider instance, safe to share between worker threads."""

    def __init__(self, vendor: str, options: HttpOptions | None = None) -> None:
        self.vendor = vendor
        self.options = options or HttpOptions()
        self._session = requests.Session()
        self._session.headers["User-Agent"] = f"OCRDesk/{__version__}"
        self._session.headers["Accept-Encoding"] = ACCEPT_ENCODING
        adapter = TrackedAdapter()
        self._session.mount("http://", adapter)
        self._session.mount("https://", adapter)
        self._limiter = RateLimiter(self.options.rate_limit)
        self._last = threading.local()  # each worker thread's last reply, for error_in_reply

    def last_body(self) -> bytes | None:
        """The body of the last reply `send` returned in this thread."""
        return getattr(self._last, "body", None)

    def send(
        self,
        build: Callable[[], requests.Request],
        cancel: CancelToken | None = None,
        retry_if: Callable[[requests.Response], bool] | None = None,
    ) -> requests.Response:
        """Send the request `build()` makes (called again for each attempt), with retries.

        Each attempt must end (connect, send, the whole reply read) within `read_timeout` seconds and
        its reply must stay within `max_reply_bytes`, compressed and decompressed. Retries connection
        failures, 429 and 5xx, and replies for which `retry_if` says so (vendors that report
        throttling inside an HTTP 200 body). Returns the final response, its body read, whatever its
        status: vendors put error details in bodies and headers of 4xx/5xx replies.
        """
        cancel = cancel or CancelToken()
        opts = self.options
        attempt = 0
        self._last.body = None
        while True:
            cancel.raise_if_cancelled()
            self._limiter.acquire(cancel)
            try:
                response = self._attempt(build, cancel)
            except _Transient as exc:
                if attempt < opts.retries:
                    self._wait(attempt, None, cancel)
                    attempt += 1
                    continue
                raise exc.error from None
            cancel.raise_if_cancelled()
            retry = response.status_code in RETRY_STATUSES or self._vendor_says_retry(retry_if, response)
            if retry and attempt < opts.retries:
                log.info("%s answered HTTP %s with a passing error; retrying", self.vendor, response.status_code)
                self._wait(attempt, response.headers.get("Retry-After"), cancel)
                attempt += 1
                continue
            self._last.body = response.content
            return response

    def _vendor_says_retry(
        self, retry_if: Callable[[requests.Response], bool] | None, response: requests.Response
    ) -> bool:
        if retry_if is None:
            return False
        try:
            return retry_if(response)
        except Exception:  # it reads a hostile reply: whatever it cannot read is not worth a retry
            log.debug("%s: retry check failed on the reply", self.vendor, exc_info=True)
            return False

    def _attempt(self, build: Callable[[], requests.Request], cancel: CancelToken) -> requests.Response:
        opts = self.options
        prepared = self._session.prepare_request(build())
        with watching(Attempt(opts.read_timeout, cancel)) as attempt:
            try:
                timeout = (min(opts.connect_timeout, attempt.remaining()), attempt.remaining())
                response = self._session.send(prepared, timeout=timeout, allow_redirects=False, stream=True)
                try:
                    body = read_body(response, opts.max_reply_bytes)
                finally:
                    attempt.finish()  # before the connection goes back to the pool
                    response.close()
            except ReplyError as exc:
                if attempt.aborted:
                    raise self._aborted(attempt) from None
                raise ProviderError(
                    f"{KIND_TEXT[ErrorKind.MALFORMED][0]} ({KIND_TEXT[ErrorKind.MALFORMED][1]}) — "
                    f"{self.vendor} sent {exc.what}",
                    exc.code,
                    ErrorKind.MALFORMED,
                ) from None
            except Exception as exc:  # requests, urllib3, ssl and socket errors alike
                if attempt.aborted:
                    raise self._aborted(attempt) from None
                raise self._failure(exc) from None
        response._content = body
        response._content_consumed = True
        return response

    def close(self) -> None:
        self._session.close()

    def _wait(self, attempt: int, retry_after: str | None, cancel: CancelToken) -> None:
        delay = min(self.options.max_backoff, self.options.backoff * (2**attempt))
        server_delay = parse_retry_after(retry_after)
        if server_delay is not None:
            delay = min(MAX_RETRY_AFTER, max(delay, server_delay))
        if cancel.wait(delay):
            cancel.raise_if_cancelled()

    def _aborted(self, attempt: Attempt) -> ProviderError:
        if attempt.aborted == "cancelled":
            return Cancelled()
        return self._timeout()

    def _timeout(self) -> ProviderError:
        en, zh = KIND_TEXT[ErrorKind.TIMEOUT]
        seconds = f"{self.options.read_timeout:g}"
        template = QT_TRANSLATE_NOOP(
            "ProviderErrors", "{en} ({zh}) — {vendor} did not send its whole answer within {seconds} s"
        )
        return ProviderError(_with_kind(template, en, zh, self.vendor, seconds=seconds), "timeout", ErrorKind.TIMEOUT)

    def _failure(self, exc: Exception) -> Exception:
        """The ProviderError for a transport failure, wrapped in _Transient when a retry may help."""
        en, zh = KIND_TEXT[ErrorKind.NETWORK]
        if _is_tls(exc):
            untrusted = "certificate verify failed" in str(exc).lower() or "CERTIFICATE_VERIFY_FAILED" in str(exc)
            if untrusted:
                reason, code = (
                    _reason(QT_TRANSLATE_NOOP("ProviderErrors", "the server's certificate is not trusted")),
                    "tls_untrusted",
                )
            else:
                reason, code = (
                    _reason(QT_TRANSLATE_NOOP("ProviderErrors", "the secure connection (TLS) could not be set up")),
                    "tls",
                )
            return ProviderError(_network_text(en, zh, self.vendor, reason), code, ErrorKind.NETWORK)
        if isinstance(exc, requests.exceptions.ReadTimeout | urllib3.exceptions.ReadTimeoutError | TimeoutError):
            return self._timeout()
        if isinstance(exc, requests.exceptions.ContentDecodingError | urllib3.exceptions.DecodeError):
            what = _reason(
                QT_TRANSLATE_NOOP("ProviderErrors", "sent a compressed reply that cannot be decompressed (corrupted)")
            )
            return malformed(self.vendor, what)
        transient = isinstance(
            exc,
            requests.exceptions.ConnectionError
            | requests.exceptions.ChunkedEncodingError
            | urllib3.exceptions.ProtocolError
            | OSError,
        )
        error = self._network_error(exc)
        return _Transient(error) if transient else error

    def _network_error(self, exc: Exception) -> ProviderError:
        en, zh = KIND_TEXT[ErrorKind.NETWORK]
        reason: str = type(exc).__name__
        inner = getattr(exc, "args", ())
        text = str(exc)
        if (
            isinstance(exc, requests.exceptions.ChunkedEncodingError | urllib3.exceptions.ProtocolError)
            or "IncompleteRead" in text
        ) and "reset" not in text.lower():
            reason = _reason(
                QT_TRANSLATE_NOOP(
                    "ProviderErrors", "the connection broke before the whole reply arrived (reply cut off)"
                )
            )
        elif (inner and "reset" in str(inner[0]).lower()) or "reset" in text.lower():
            reason = _reason(QT_TRANSLATE_NOOP("ProviderErrors", "connection reset"))
        elif isinstance(exc, requests.exceptions.ConnectTimeout):
            reason = _reason(QT_TRANSLATE_NOOP("ProviderErrors", "connection timed out"))
        elif isinstance(exc, requests.exceptions.ConnectionError | OSError):
            reason = _reason(QT_TRANSLATE_NOOP("ProviderErrors", "connection failed"))
        return ProviderError(_network_text(en, zh, self.vendor, reason), "network", ErrorKind.NETWORK)


def _reason(text: str) -> Text:
    return Text("ProviderErrors", text)


def _network_text(en: str, zh: str, vendor: str, reason: str) -> Text:
    return _with_kind(
        QT_TRANSLATE_NOOP("ProviderErrors", "{en} ({zh}) — {vendor}: {what}"), en, zh, vendor, what=reason
    )


def _is_tls(exc: BaseException) -> bool:
    """True when `exc`, or anything it wraps (requests and urllib3 nest their causes), is a TLS failure."""
    pending: list[object] = [exc]
    seen: set[int] = set()
    while pending:
        current = pending.pop()
        if not isinstance(current, BaseException) or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, ssl.SSLError | requests.exceptions.SSLError | urllib3.exceptions.SSLError):
            return True
        pending += [current.__cause__, current.__context__, getattr(current, "reason", None), *current.args[:1]]
    return False


def parse_retry_after(value: str | None) -> float | None:
    """Retry-After as seconds: either a number or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
