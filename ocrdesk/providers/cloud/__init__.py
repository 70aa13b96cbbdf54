"""Base class of the cloud providers: settings, upload encoding, box rescaling, connection test."""

from __future__ import annotations

import logging
import math
from abc import abstractmethod
from collections.abc import Mapping
from dataclasses import replace
from typing import ClassVar

from PIL import Image, ImageDraw

from ocrdesk.doctypes import DocType
from ocrdesk.errors import ConfigError, ErrorKind, ProviderError
from ocrdesk.i18n import QT_TRANSLATE_NOOP, Text
from ocrdesk.imaging import EncodedImage, SourceImage, encode_for_upload, from_rgb_array
from ocrdesk.model import DocumentWarning, Field
from ocrdesk.providers.base import CancelToken, Provider, Recognition, SettingSpec
from ocrdesk.providers.cloud.gateway import error_in_reply
from ocrdesk.providers.cloud.http import HttpClient, HttpOptions, malformed
from ocrdesk.redact import printable_line, register_secret

log = logging.getLogger(__name__)


class CloudProvider(Provider):
    """A provider reached over HTTP. Subclasses implement `recognize_encoded`."""

    # Upload constraints of the vendor; the image is re-encoded (and if needed shrunk) to fit.
    upload_limit_bytes: ClassVar[int] = 4 * 1024 * 1024
    upload_is_base64: ClassVar[bool] = False  # the limit applies to the base64 text
    upload_max_side: ClassVar[int | None] = None
    max_concurrency: ClassVar[int] = 4

    def __init__(self, config: Mapping[str, str] | None = None) -> None:
        super().__init__(config)
        for spec in self.settings:
            if spec.secret:
                register_secret(self.config.get(spec.name))
        endpoint = (self.config.get("endpoint") or self.default_endpoint or "").strip()
        if not endpoint:
            variable = f"OCRDESK_{self.id.upper().replace('-', '_')}_ENDPOINT"
            template = QT_TRANSLATE_NOOP(
                "ProviderConfig", "{name}: an endpoint URL is required ({dialog}, --endpoint, or {variable})"
            )
            dialog = _config(QT_TRANSLATE_NOOP("ProviderConfig", "Settings → Providers…"))
            raise ConfigError(
                _config(template, name=self._shown_name, dialog=dialog, variable=variable), "missing_endpoint"
            )
        if not endpoint.startswith(("http://", "https://")):
            message = _config(
                QT_TRANSLATE_NOOP("ProviderConfig", "{name}: endpoint must start with http:// or https://"),
                name=self._shown_name,
            )
            raise ConfigError(message, "bad_endpoint")
        self.endpoint = endpoint.rstrip("/")
        try:
            concurrency = int(self.config.get("concurrency") or type(self).max_concurrency)
        except ValueError:
            concurrency = type(self).max_concurrency
        self.max_concurrency = max(1, concurrency)  # type: ignore[misc]
        self.http = HttpClient(self.name, HttpOptions.from_config(self.config))

    def require(self, name: str) -> str:
        """A required setting's value (never echoed in the error)."""
        value = (self.config.get(name) or "").strip()
        if not value:
            message = _config(
                QT_TRANSLATE_NOOP("ProviderConfig", "{name}: setting '{setting}' is not set"),
                name=self._shown_name,
                setting=name,
            )
            raise ConfigError(message, f"missing_{name}")
        return value

    def switch(self, name: str, default: bool = True) -> bool:
        """An on/off setting (on/off, true/false, yes/no, 1/0; empty = `default`); ConfigError otherwise."""
        value = (self.config.get(name) or "").strip().lower()
        if not value:
            return default
        if value in _ON or value in _OFF:
            return value in _ON
        message = _config(
            QT_TRANSLATE_NOOP("ProviderConfig", "{name}: setting '{setting}' must be on or off"),
            name=self._shown_name,
            setting=name,
        )
        raise ConfigError(message, f"bad_{name}")

    def choice(self, name: str, choices: tuple[str, ...]) -> str:
        """A setting with a fixed set of values (the first is the default); ConfigError otherwise."""
        value = (self.config.get(name) or "").strip() or choices[0]
        for allowed in choices:
            if value.lower() == allowed.lower():
                return allowed
        template = QT_TRANSLATE_NOOP("ProviderConfig", "{name}: setting '{setting}' must be one of {choices}")
        message = _config(template, name=self._shown_name, setting=name, choices=", ".join(choices))
        raise ConfigError(message, f"bad_{name}")

    @property
    def _shown_name(self) -> Text:
        return Text("ProviderNames", self.name)

    def url(self, path: str) -> str:
        return f"{self.endpoint}/{path.lstrip('/')}" if path else self.endpoint

    def upload_limit(self, doc_type: DocType) -> int:
        """Bytes one upload may take for this document type (some vendor endpoints are stricter)."""
        return self.upload_limit_bytes

    def check_credentials(self) -> None:
        """Raise ConfigError for a missing setting, before any image work is done."""

    def recognize(self, image: SourceImage, doc_type: DocType, cancel: CancelToken | None = None) -> Recognition:
        doc_type = self.check_doc_type(doc_type)
        self.check_credentials()
        cancel = cancel or CancelToken()
        cancel.raise_if_cancelled()
        encoded = encode_for_upload(
            image, self.upload_limit(doc_type), max_side=self.upload_max_side, base64_inflation=self.upload_is_base64
        )
        try:
            recognition = self.recognize_encoded(encoded, doc_type, cancel)
            _check(recognition)
        except ProviderError as exc:
            if exc.kind is ErrorKind.MALFORMED:
                raise error_in_reply(self.name, self.http.last_body()) or exc from None
            raise
        except _REPLY_SHAPE_ERRORS as exc:
            # The vendor checks missed a shape (a list where a number goes, a box that is not one): the
            # reply, not our program, is at fault, and the operator must see that, never a traceback.
            log.warning(
                "%s: a reply of an unexpected shape: %s",
                self.name,
                type(exc).__name__,
                exc_info=log.isEnabledFor(logging.DEBUG),
            )
            shape = malformed(self.name, f"sent a reply of an unexpected shape ({type(exc).__name__})")
            raise error_in_reply(self.name, self.http.last_body()) or shape from None
        recognition.warnings = [printable_line(text) for text in recognition.warnings]  # vendor words among them
        recognition.document_warnings = [_printable(warning) for warning in recognition.document_warnings]
        if encoded.scale_x != 1.0 or encoded.scale_y != 1.0:
            for item in recognition.fields:
                _rescale(item, encoded.scale_x, encoded.scale_y)
            sx, sy = encoded.scale_x, encoded.scale_y
            recognition.outlines = [
                replace(o, polygon=tuple((round(x * sx), round(y * sy)) for x, y in o.polygon))
                for o in recognition.outlines
            ]
        return recognition

    @abstractmethod
    def recognize_encoded(self, encoded: EncodedImage, doc_type: DocType, cancel: CancelToken) -> Recognition:
        """Send the encoded image and normalise the reply (boxes in the encoded image's pixels)."""

    def test_connection(self, cancel: CancelToken | None = None) -> str:
        """Send one small real request; return the vendor's answer in words (a Text: English, and shown
        in the UI's language) or raise ProviderError (Cancelled as soon as `cancel` is set)."""
        doc_type = DocType.GENERAL if self.supports(DocType.GENERAL) else self.doc_types[0]
        try:
            recognition = self.recognize(_probe_image(), doc_type, cancel)
        except ProviderError as exc:
            # The service authenticated us and looked at the image: the connection works.
            if exc.kind in {ErrorKind.NOT_DETECTED, ErrorKind.IMAGE_INVALID}:
                answered = QT_TRANSLATE_NOOP("ProviderSettings", "Connected to {name}. It answered: {answer}")
                return Text("ProviderSettings", answered, name=Text("ProviderNames", self.name), answer=exc.message)
            raise
        found = QT_TRANSLATE_NOOP("ProviderSettings", "Connected to {name}: %n field(s) recognised in the test image.")
        return Text("ProviderSettings", found, n=len(recognition.fields), name=Text("ProviderNames", self.name))

    def close(self) -> None:
        self.http.close()


_ON, _OFF = frozenset({"on", "true", "yes", "1"}), frozenset({"off", "false", "no", "0"})


def checks_setting(help_text: str) -> SettingSpec:
    """The per-provider switch for the vendor's authenticity and quality checks (some are billed)."""
    return SettingSpec(
        "checks",
        QT_TRANSLATE_NOOP("ProviderSettings", "Authenticity and quality checks"),
        required=False,
        default="on",
        kind="bool",
        help=help_text,
    )


# what wrong-typed vendor JSON raises in normalising code (RecursionError: nesting, OverflowError: huge numbers)
_REPLY_SHAPE_ERRORS = (
    TypeError,
    ValueError,
    KeyError,
    IndexError,
    AttributeError,
    ArithmeticError,
    RecursionError,
)


def _check(recognition: object) -> None:
    """TypeError/ValueError unless `recognition` holds only fields the rest of the program can use."""
    if not isinstance(recognition, Recognition):
        raise TypeError(f"a {type(recognition).__name__} instead of a Recognition")
    for item in recognition.fields:
        if not isinstance(item, Field) or not all(
            isinstance(text, str) for text in (item.key, item.label, item.ocr_value, item.value)
        ):
            raise TypeError("a field whose key, label or value is not text")
        if item.confidence is not None and not (
            isinstance(item.confidence, float | int) and math.isfinite(item.confidence)
        ):
            raise ValueError("a confidence that is not a number")
        if item.box is not None and not all(type(v) is int for v in item.box.to_dict().values()):
            raise TypeError("a box whose edges are not whole pixels")
        if item.polygon is not None and not all(
            len(point) == 2 and type(point[0]) is int and type(point[1]) is int for point in item.polygon
        ):
            raise TypeError("a polygon whose points are not pairs of whole pixels")


def _printable(warning: DocumentWarning) -> DocumentWarning:
    """The vendor's words in a warning are one printable line, as every vendor text we show."""
    if warning.vendor_message is None and warning.vendor_code is None:
        return warning
    return replace(
        warning,
        vendor_code=None if warning.vendor_code is None else printable_line(warning.vendor_code),
        vendor_message=None if warning.vendor_message is None else printable_line(warning.vendor_message),
    )


def _rescale(item: Field, scale_x: float, scale_y: float) -> None:
    if item.box is not None:
        item.box = item.box.scaled(scale_x, scale_y)
    if item.polygon is not None:
        item.polygon = [(round(x * scale_x), round(y * scale_y)) for x, y in item.polygon]


def _probe_image() -> SourceImage:
    import numpy as np

    image = Image.new("RGB", (320, 96), "white")
    ImageDraw.Draw(image).text((16, 30), "OCRDesk 2026", fill="black")
    return from_rgb_array(np.asarray(image), source="connection-test")


def _config(template: str, **params: object) -> Text:
    # English for the command line and the log, the window's language in the banner
    return Text("ProviderConfig", template, -1, **params)
