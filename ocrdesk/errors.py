"""Errors the operator may see. Every message is one readable line; no secret ever goes in one."""

from __future__ import annotations

import errno
from enum import StrEnum

from ocrdesk.i18n import QT_TRANSLATE_NOOP, Text
from ocrdesk.redact import printable_line


class ErrorKind(StrEnum):
    """What went wrong, independent of vendor; the UI and CLI choose wording and exit codes from it."""

    AUTH = "auth"  # bad signature, unknown key, no permission
    EXPIRED = "expired"  # signature or credential expired, clock skew
    QUOTA = "quota"  # arrears, resource used up
    RATE_LIMIT = "rate_limit"
    IMAGE_TOO_LARGE = "image_too_large"
    IMAGE_INVALID = "image_invalid"  # vendor could not decode / bad size
    NOT_DETECTED = "not_detected"  # no card / no text found
    BAD_REQUEST = "bad_request"
    SERVER = "server"
    NETWORK = "network"
    TIMEOUT = "timeout"
    MALFORMED = "malformed"  # reply we cannot parse
    CANCELLED = "cancelled"
    CONFIG = "config"  # missing credential or endpoint
    UNSUPPORTED = "unsupported"  # doc type not offered by this provider
    ENGINE = "engine"  # local engine failure


class OcrDeskError(Exception):
    """Base of every error we raise on purpose. `code` is stable and machine-readable.

    `message` is English as a `str` (the CLI, logs and exports say it so); when it is an
    `ocrdesk.i18n.Text` the window shows it in its own language (`ocrdesk.i18n.shown`).
    """

    def __init__(self, message: str, code: str = "error") -> None:
        super().__init__(message)
        self.message = message
        self.code = code

    def __str__(self) -> str:
        return self.message


class ImageLoadError(OcrDeskError):
    """The file is not an image we can read safely."""


class ProviderError(OcrDeskError):
    """A provider failed. `code` keeps the vendor's own code where there is one."""

    def __init__(self, message: str, code: str = "error", kind: ErrorKind = ErrorKind.SERVER) -> None:
        # vendor text reaches terminals, logs and the window through here: one printable line only
        line = message.map(printable_line) if isinstance(message, Text) else printable_line(message)
        super().__init__(line, printable_line(code, 80))
        self.kind = kind

    @property
    def retryable(self) -> bool:
        return self.kind in {ErrorKind.NETWORK, ErrorKind.TIMEOUT, ErrorKind.SERVER, ErrorKind.RATE_LIMIT}


class ConfigError(ProviderError):
    """A required setting (credential, endpoint) is missing or invalid. CLI exits 2."""

    def __init__(self, message: str, code: str = "config") -> None:
        super().__init__(message, code, ErrorKind.CONFIG)


class UnsupportedDocType(ProviderError):
    def __init__(self, provider_id: str, doc_type: str) -> None:
        super().__init__(
            Text(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "Provider '{provider}' does not support document type '{doc_type}'"),
                provider=provider_id,
                doc_type=doc_type,
            ),
            "unsupported_doc_type",
            ErrorKind.UNSUPPORTED,
        )


class Cancelled(ProviderError):
    def __init__(self) -> None:
        super().__init__(Text("Errors", QT_TRANSLATE_NOOP("Errors", "Cancelled")), "cancelled", ErrorKind.CANCELLED)


# What the system says when reading fails, in words the window can translate (the OS's own
# strerror is in the system's language, or English).
_READ_REASONS = {
    errno.EACCES: QT_TRANSLATE_NOOP("FileErrors", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("FileErrors", "permission denied"),
    errno.ENOENT: QT_TRANSLATE_NOOP("FileErrors", "no such file or folder"),
    errno.EISDIR: QT_TRANSLATE_NOOP("FileErrors", "it is a folder"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("FileErrors", "the name is too long"),
    errno.EIO: QT_TRANSLATE_NOOP("FileErrors", "the disk reported a read error"),
    errno.ELOOP: QT_TRANSLATE_NOOP("FileErrors", "too many levels of links"),
}


def read_reason(exc: OSError) -> str:
    """Why reading failed, in words: a `Text` for the common causes, else the system's own words."""
    known = _READ_REASONS.get(exc.errno or 0)
    return Text("FileErrors", known) if known else str(exc.strerror or exc)
