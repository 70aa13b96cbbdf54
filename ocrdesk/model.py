"""Plain data classes for documents, fields and boxes (no Qt, no I/O)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

Point = tuple[int, int]


class DocStatus(StrEnum):
    """Where a document stands. Only ok/error/reviewed appear in exports of recognised work."""

    PENDING = "pending"
    RECOGNISING = "recognising"
    OK = "ok"
    ERROR = "error"
    REVIEWED = "reviewed"


@dataclass(frozen=True)
class Box:
    """Axis-aligned rectangle in source-image pixels; right/bottom are exclusive edges."""

    left: int
    top: int
    right: int
    bottom: int

    def __post_init__(self) -> None:
        if not (self.left < self.right and self.top < self.bottom):
            raise ValueError(f"empty box {self.left},{self.top},{self.right},{self.bottom}")

    @property
    def width(self) -> int:
        return self.right - self.left

    @property
    def height(self) -> int:
        return self.bottom - self.top

    @classmethod
    def from_xywh(cls, x: float, y: float, w: float, h: float) -> Box:
        return cls.from_ltrb(x, y, x + w, y + h)

    @classmethod
    def from_ltrb(cls, left: float, top: float, right: float, bottom: float) -> Box:
        # floor/ceil so that a fractional box is never shrunk away from its text
        import math

        return cls(math.floor(left), math.floor(top), math.ceil(right), math.ceil(bottom))

    @classmethod
    def from_points(cls, points: Iterable[Sequence[float]]) -> Box:
        pts = [(float(p[0]), float(p[1])) for p in points]
        if not pts:
            raise ValueError("no points")
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        return cls.from_ltrb(min(xs), min(ys), max(xs), max(ys))

    def clipped(self, width: int, height: int) -> Box | None:
        """This box cut to an image of width×height; None when nothing of it is inside."""
        left, top = max(0, self.left), max(0, self.top)
        right, bottom = min(width, self.right), min(height, self.bottom)
        if left >= right or top >= bottom:
            return None
        return Box(left, top, right, bottom)

    def scaled(self, factor_x: float, factor_y: float) -> Box:
        return Box.from_ltrb(self.left * factor_x, self.top * factor_y, self.right * factor_x, self.bottom * factor_y)

    def union(self, other: Box) -> Box:
        return Box(
            min(self.left, other.left),
            min(self.top, other.top),
            max(self.right, other.right),
            max(self.bottom, other.bottom),
        )

    def to_dict(self) -> dict[str, int]:
        return {"left": self.left, "top": self.top, "right": self.right, "bottom": self.bottom}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Box:
        return cls(int(data["left"]), int(data["top"]), int(data["right"]), int(data["bottom"]))


@dataclass(frozen=True)
class Agreement:
    """What a second engine read for a field (ocrdesk.verification.agreement): which provider, its
    value, and whether the two engines agree once spacing and letter case are set aside."""

    provider: str
    value: str
    agrees: bool

    def to_dict(self) -> dict[str, Any]:
        return {"provider": self.provider, "value": self.value, "agrees": self.agrees}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Agreement:
        return cls(str(data["provider"]), str(data.get("value", "")), bool(data.get("agrees", False)))


class ReviewMethod(StrEnum):
    """How a document came to be `reviewed`."""

    OPERATOR = "operator"
    DOUBLE_ENTRY = "double_entry"  # some fields were typed blind (ocrdesk.verification.double_entry)
    AUTO = "auto"  # confirmed by rule, nobody looked (ocrdesk.verification.auto_confirm)


@dataclass(frozen=True)
class ReviewRecord:
    """Who or what confirmed a document, when (UTC, ISO 8601), how long the operator spent on it,
    which second engine cross-checked it, and how it was confirmed before (an auto-confirmed
    document an operator opened and confirmed again keeps `previous_method` "auto")."""

    method: ReviewMethod
    at: str = ""
    seconds: float | None = None
    second_provider: str | None = None
    sampled: bool = False  # it could have confirmed itself; the sampling rate sent it to an operator
    previous_method: ReviewMethod | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "method": self.method.value,
            "at": self.at,
            "seconds": None if self.seconds is None else round(self.seconds, 1),
            "second_provider": self.second_provider,
            "sampled": self.sampled,
            "previous_method": None if self.previous_method is None else self.previous_method.value,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ReviewRecord:
        seconds, second, previous = data.get("seconds"), data.get("second_provider"), data.get("previous_method")
        return cls(
            method=ReviewMethod(data.get("method", ReviewMethod.OPERATOR)),
            at=str(data.get("at", "")),
            seconds=None if seconds is None else float(seconds),
            second_provider=None if second is None else str(second),
            sampled=bool(data.get("sampled", False)),
            previous_method=None if previous is None else ReviewMethod(previous),
        )


@dataclass
class Field:
    """One recognised value. `ocr_value` is what the provider said; `value` what the operator accepts."""

    key: str
    label: str
    ocr_value: str
    confidence: float | None = None
    box: Box | None = None
    polygon: list[Point] | None = None
    value: str | None = None  # None until set: defaults to ocr_value
    # Repairs made by rules (check digits, vocabularies), e.g. "check digit: Z→2", and the value they
    # proposed: a rule's repair is visible but is not an operator edit.
    corrections: list[str] = field(default_factory=list)
    corrected_value: str | None = None
    agreement: Agreement | None = None  # a second engine's reading, after "Compare with…"

    def __post_init__(self) -> None:
        if self.value is None:
            self.value = self.ocr_value
        if self.confidence is not None and not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence {self.confidence} outside 0..1 for {self.key}")

    @property
    def edited(self) -> bool:
        return self.value not in (self.ocr_value, self.corrected_value)

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": self.label,
            "value": self.value,
            "ocr_value": self.ocr_value,
            "confidence": None if self.confidence is None else round(self.confidence, 4),
            "box": None if self.box is None else self.box.to_dict(),
            "polygon": None if self.polygon is None else [[x, y] for x, y in self.polygon],
            "edited": self.edited,
            "corrections": list(self.corrections),
            "corrected_value": self.corrected_value,
            "agreement": None if self.agreement is None else self.agreement.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Field:
        polygon = data.get("polygon")
        box = data.get("box")
        agreement = data.get("agreement")
        return cls(
            key=str(data["key"]),
            label=str(data.get("label", data["key"])),
            ocr_value=str(data.get("ocr_value", data.get("value", ""))),
            value=str(data.get("value", data.get("ocr_value", ""))),
            confidence=None if data.get("confidence") is None else float(data["confidence"]),
            box=None if box is None else Box.from_dict(box),
            polygon=None if polygon is None else [(int(p[0]), int(p[1])) for p in polygon],
            corrections=[str(note) for note in data.get("corrections") or []],
            corrected_value=None if data.get("corrected_value") is None else str(data["corrected_value"]),
            agreement=None if agreement is None else Agreement.from_dict(agreement),
        )


@dataclass(frozen=True)
class ImageInfo:
    width: int
    height: int
    sha256: str

    def to_dict(self) -> dict[str, Any]:
        return {"width": self.width, "height": self.height, "sha256": self.sha256}


@dataclass(frozen=True)
class ErrorInfo:
    """A failure as the operator and the exports see it: vendor code kept, message readable."""

    code: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


@dataclass(frozen=True)
class Outline:
    """A region the provider located that holds no text to review: the card's outline, the portrait.
    Drawn on the page, exported with its polygon; never a field (it has no value to check)."""

    key: str  # our name: card_region, portrait
    label: str  # the vendor's name for it
    polygon: tuple[Point, ...]

    @property
    def box(self) -> Box:
        return Box.from_points(self.polygon)

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": self.label,
            "polygon": [[x, y] for x, y in self.polygon],
            "box": self.box.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Outline:
        points = tuple((int(p[0]), int(p[1])) for p in data["polygon"])
        return cls(str(data["key"]), str(data.get("label", data["key"])), points)


@dataclass(frozen=True)
class DocumentWarning:
    """Something a provider (or the local quality check) says about the picture itself: a photocopy,
    a photo of a screen, a cut-off card, blur. `code` is ours and stable (ocrdesk.doc_warnings);
    `vendor_code` and `vendor_message` keep what the vendor said; the texts are in English and Chinese
    so an export reads the same whatever the window's language."""

    code: str
    message: str
    message_zh: str
    vendor_code: str | None = None
    vendor_message: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return {
            "code": self.code,
            "vendor_code": self.vendor_code,
            "message": self.message,
            "message_zh": self.message_zh,
            "vendor_message": self.vendor_message,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocumentWarning:
        vendor_code, vendor_message = data.get("vendor_code"), data.get("vendor_message")
        return cls(
            code=str(data["code"]),
            message=str(data.get("message", data["code"])),
            message_zh=str(data.get("message_zh", data.get("message", data["code"]))),
            vendor_code=None if vendor_code is None else str(vendor_code),
            vendor_message=None if vendor_message is None else str(vendor_message),
        )


@dataclass(frozen=True)
class Acceptance:
    """The operator confirmed a document despite warnings that block: which ones, why, and when (UTC,
    ISO 8601). Kept with the document and exported: what a KYC audit asks for."""

    reason: str
    codes: tuple[str, ...]
    at: str

    def to_dict(self) -> dict[str, Any]:
        return {"reason": self.reason, "codes": list(self.codes), "at": self.at}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Acceptance:
        return cls(str(data["reason"]), tuple(str(code) for code in data.get("codes") or ()), str(data.get("at", "")))


@dataclass
class Document:
    """One page to recognise and review."""

    source: str
    page: int | None = None
    image: ImageInfo | None = None
    provider: str = "local"
    doc_type: str = "general"
    status: DocStatus = DocStatus.PENDING
    error: ErrorInfo | None = None
    fields: list[Field] = field(default_factory=list)
    warnings: list[DocumentWarning] = field(default_factory=list)
    acceptance: Acceptance | None = None
    outlines: list[Outline] = field(default_factory=list)
    review: ReviewRecord | None = None  # set when the document is confirmed (status reviewed)

    @property
    def display_name(self) -> str:
        from pathlib import PurePath

        name = PurePath(self.source).name or self.source
        return name if self.page is None else f"{name} p.{self.page}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "page": self.page,
            "image": None if self.image is None else self.image.to_dict(),
            "provider": self.provider,
            "doc_type": self.doc_type,
            "status": self.status.value,
            "error": None if self.error is None else self.error.to_dict(),
            "fields": [f.to_dict() for f in self.fields],
            "warnings": [w.to_dict() for w in self.warnings],
            "acceptance": None if self.acceptance is None else self.acceptance.to_dict(),
            "outlines": [outline.to_dict() for outline in self.outlines],
            "review": None if self.review is None else self.review.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        image = data.get("image")
        error = data.get("error")
        acceptance = data.get("acceptance")
        review = data.get("review")
        return cls(
            source=str(data["source"]),
            page=data.get("page"),
            image=None if image is None else ImageInfo(**image),
            provider=str(data.get("provider", "local")),
            doc_type=str(data.get("doc_type", "general")),
            status=DocStatus(data.get("status", "pending")),
            error=None if error is None else ErrorInfo(str(error["code"]), str(error["message"])),
            fields=[Field.from_dict(f) for f in data.get("fields", [])],
            # absent from results and sessions written before warnings existed
            warnings=[DocumentWarning.from_dict(w) for w in data.get("warnings") or []],
            acceptance=None if acceptance is None else Acceptance.from_dict(acceptance),
            outlines=[Outline.from_dict(o) for o in data.get("outlines") or []],
            # absent from results and sessions written before issue 15
            review=None if review is None else ReviewRecord.from_dict(review),
        )


RESULT_FORMAT = "ocrdesk.result/1"
