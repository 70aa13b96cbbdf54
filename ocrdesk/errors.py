"""Errors the operator may see. Every message is one readable line; no secret ever goes in one."""

from __future__ import annotations

from enum import StrEnum

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
    """Base of every error we raise on purpose. `code` is stable and machine-readable."""

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
        super().__init__(printable_line(message), printable_line(code, 80))
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
            f"Provider '{provider_id}' does not support document type '{doc_type}'",
            "unsupported_doc_type",
            ErrorKind.UNSUPPORTED,
        )


class Cancelled(ProviderError):
    def __init__(self) -> None:
        super().__init__("Cancelled", "cancelled", ErrorKind.CANCELLED)
