"""The provider interface every OCR engine implements, and the schema of provider settings.

A provider turns a SourceImage into normalised Fields (INTERFACE.md): canonical keys, the vendor's
own label kept, boxes as integer source-image pixels, confidence 0..1 or None.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import ClassVar

from ocrdesk.doctypes import DocType
from ocrdesk.errors import Cancelled, UnsupportedDocType
from ocrdesk.i18n import QT_TRANSLATE_NOOP
from ocrdesk.imaging import SourceImage
from ocrdesk.model import DocumentWarning, Field, Outline

__all__ = [
    "BOOL_OFF",
    "BOOL_ON",
    "CancelToken",
    "DocType",
    "Provider",
    "Recognition",
    "SettingSpec",
]


@dataclass(frozen=True)
class SettingSpec:
    """One provider setting; the preferences dialog and `providers --json` are generated from these."""

    name: str
    label: str
    secret: bool = False
    required: bool = True
    default: str | None = None
    kind: str = "str"  # "str", "int", "float", "url", "choice" (one of `choices`), "bool" (on/off)
    help: str = ""
    # kind "choice": (stored value, label) pairs, the label marked "ProviderSettings" and translated where shown
    choices: tuple[tuple[str, str], ...] = ()

    def canonical(self, value: str) -> str | None:
        """`value` as this setting stores it: a choice as declared, a bool as "on"/"off"; None when it is
        neither. Case and the older spellings (true/yes/1) are accepted, as the providers accept them,
        so settings files written by hand or by older versions keep loading."""
        text = value.strip()
        if self.kind == "bool":
            word = text.lower()
            return BOOL_ON if word in ON_WORDS else BOOL_OFF if word in OFF_WORDS else None
        if self.kind == "choice":
            return next((stored for stored, _label in self.choices if stored.lower() == text.lower()), None)
        return text


BOOL_ON, BOOL_OFF = "on", "off"
ON_WORDS, OFF_WORDS = frozenset({"on", "true", "yes", "1"}), frozenset({"off", "false", "no", "0"})


# Settings every network provider has; they are not credentials and live in the settings file.
COMMON_NETWORK_SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec(
        "endpoint",
        QT_TRANSLATE_NOOP("ProviderSettings", "Endpoint URL"),
        required=False,
        kind="url",
        help=QT_TRANSLATE_NOOP("ProviderSettings", "Replaces the vendor's default host (private deployments)."),
    ),
    SettingSpec(
        "timeout",
        QT_TRANSLATE_NOOP("ProviderSettings", "Timeout (s)"),
        required=False,
        default="30",
        kind="float",
        help=QT_TRANSLATE_NOOP(
            "ProviderSettings", "Each request, the whole reply included, must end within this many seconds."
        ),
    ),
    SettingSpec(
        "rate_limit",
        QT_TRANSLATE_NOOP("ProviderSettings", "Requests per second"),
        required=False,
        default="5",
        kind="float",
    ),
    SettingSpec(
        "concurrency",
        QT_TRANSLATE_NOOP("ProviderSettings", "Parallel requests"),
        required=False,
        default="4",
        kind="int",
    ),
)


class CancelToken:
    """Set from the UI thread, polled by the worker between steps (and by HTTP waits)."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()

    def wait(self, seconds: float) -> bool:
        """Sleep up to `seconds`; True if cancelled meanwhile."""
        return self._event.wait(seconds)


@dataclass
class Recognition:
    """What a provider returns: fields plus anything extra the operator may want to see."""

    fields: list[Field]
    warnings: list[str] = field(default_factory=list)
    # e.g. the deskewed card image PAI-EAS returns, as encoded image bytes
    artifacts: dict[str, bytes] = field(default_factory=dict)
    # set when the service decided the type itself (e.g. found the other side of an ID card)
    detected_doc_type: DocType | None = None
    # what the vendor (or the local quality check) says about the picture itself: copy, re-shot,
    # cut off, blurred (ocrdesk.doc_warnings); kept with the document and exported, unlike `warnings`
    document_warnings: list[DocumentWarning] = field(default_factory=list)
    # regions without text to review (the card's outline, the portrait): drawn, exported, never fields
    outlines: list[Outline] = field(default_factory=list)


class Provider(ABC):
    """Base of all providers. Subclasses declare their id, document types and settings."""

    id: ClassVar[str]
    name: ClassVar[str]
    doc_types: ClassVar[tuple[DocType, ...]]
    settings: ClassVar[tuple[SettingSpec, ...]] = ()
    default_endpoint: ClassVar[str | None] = None
    # how many recognitions may run at once in one process (cloud: HTTP concurrency; local: 1)
    max_concurrency: ClassVar[int] = 1
    # a heavy native engine: the window runs it in a child process (providers/isolated.py)
    run_isolated: ClassVar[bool] = False

    def __init__(self, config: Mapping[str, str] | None = None) -> None:
        self.config: dict[str, str] = dict(config or {})

    @classmethod
    def supports(cls, doc_type: DocType | str) -> bool:
        return DocType(doc_type) in cls.doc_types

    def check_doc_type(self, doc_type: DocType | str) -> DocType:
        try:
            parsed = DocType(doc_type)
        except ValueError:
            raise UnsupportedDocType(self.id, str(doc_type)) from None
        if parsed not in self.doc_types:
            raise UnsupportedDocType(self.id, parsed.value)
        return parsed

    def warm_up(self) -> None:
        """Load whatever is slow to load (models, sessions). Called off the GUI thread."""

    @abstractmethod
    def recognize(self, image: SourceImage, doc_type: DocType, cancel: CancelToken | None = None) -> Recognition:
        """Recognise one page. Raises ProviderError (or a subclass) on failure."""

    def close(self) -> None:
        """Release sessions and engines."""
