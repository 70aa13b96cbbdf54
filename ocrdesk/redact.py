"""Keeps secrets out of logs and messages: every secret a provider is given is registered here.

`install_log_redaction()` makes logging itself mask them, so log safety does not rest on every call
site remembering `redact()`. It works at two places, because a filter on the root *logger* never
sees records propagated from child loggers (`ocrdesk.providers.cloud.http`):
- a log-record factory, which masks every record when it is created, whatever logger made it and
  whichever handler (added now or later) will write it;
- a filter on the given logger's handlers, for records that skip the factory
  (`logging.makeLogRecord`, records rebuilt from another process).
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from collections.abc import Callable
from typing import Any

_lock = threading.Lock()
_secrets: set[str] = set()
MASK = "***"
# Short values (e.g. "0", "ab") are not worth masking and would garble unrelated text.
_MIN_SECRET_LENGTH = 4
_TRACEBACKS = logging.Formatter()
# C0 and C1 controls (ESC among them), line/paragraph separators and bidirectional overrides
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable_line(text: object, limit: int = 600) -> str:
    """`text` as one printable line of at most `limit` characters, for a terminal, a log or a label.

    Vendor text may hold newlines (a spoofed second line), ANSI escapes (ESC[2J clears the screen),
    bidirectional overrides and other control or format characters: each becomes a space.
    """
    cleaned = "".join(" " if unicodedata.category(ch)[0] == "C" or ch in "\u2028\u2029" else ch for ch in str(text))
    line = " ".join(cleaned.split())
    return line if len(line) <= limit else line[: max(0, limit - 1)] + "…"


def register_secret(value: str | None) -> None:
    if value and len(value) >= _MIN_SECRET_LENGTH:
        with _lock:
            _secrets.add(value)


def redact(text: str) -> str:
    with _lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    return text


def redact_record(record: logging.LogRecord) -> None:
    """Mask registered secrets in the record's message, traceback and stack, in place; the message is
    made one printable line when it holds control characters (vendor text cannot spoof log lines)."""
    try:
        message = record.getMessage()
    except Exception:  # a call site whose arguments do not fit its format: logging reports it later
        message = f"{record.msg!s} {record.args!r}"
    cleaned = redact(message)
    if _CONTROL.search(cleaned):
        cleaned = printable_line(cleaned, 4000)
    if cleaned != message:
        record.msg, record.args = cleaned, None
    if record.exc_info and not record.exc_text:
        # what Formatter.format would print; it reuses exc_text when set
        text = _TRACEBACKS.formatException(record.exc_info)
        cleaned = redact(text)
        if cleaned != text:
            record.exc_text = cleaned
    elif record.exc_text:
        record.exc_text = redact(record.exc_text)
    if record.stack_info:
        record.stack_info = redact(record.stack_info)


class RedactingFilter(logging.Filter):
    """Logging filter that masks registered secrets in the record (put it on handlers)."""

    def filter(self, record: logging.LogRecord) -> bool:
        redact_record(record)
        return True


class _RedactingFactory:
    """A log-record factory that masks secrets in the records the previous factory makes."""

    def __init__(self, previous: Callable[..., logging.LogRecord]) -> None:
        self.previous = previous

    def __call__(self, *args: Any, **kwargs: Any) -> logging.LogRecord:
        record = self.previous(*args, **kwargs)
        redact_record(record)
        return record


def install_log_redaction(logger: logging.Logger | None = None) -> Callable[[], None]:
    """Mask registered secrets in every log record from now on; returns the undo. Idempotent.

    `logger` (default: root) gets a RedactingFilter on each of its current handlers; call again
    after adding handlers that may receive records made outside this process.
    """
    previous = logging.getLogRecordFactory()
    factory = None if isinstance(previous, _RedactingFactory) else _RedactingFactory(previous)
    if factory is not None:
        logging.setLogRecordFactory(factory)
    target = logger or logging.getLogger()
    added: list[tuple[logging.Handler, RedactingFilter]] = []
    for handler in target.handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            added.append((handler, RedactingFilter()))
            handler.addFilter(added[-1][1])

    def undo() -> None:
        for handler, added_filter in added:
            handler.removeFilter(added_filter)
        if factory is not None and logging.getLogRecordFactory() is factory:
            logging.setLogRecordFactory(factory.previous)

    return undo
