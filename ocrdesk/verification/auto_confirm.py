"""Clean documents confirm themselves: every field valid and confident enough, no warning, and (if
asked) a second engine agreeing on every field. A sampling rate sends a share of them to an operator
anyway (a random audit); the choice is a hash of the page, so it is the same every time it is asked.

`review.method` records "auto"; Ctrl+Enter and PgDn pass such documents by (`skipped_in_review`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from ocrdesk.i18n import QT_TRANSLATE_NOOP
from ocrdesk.model import DocStatus, Document, ReviewMethod
from ocrdesk.verification.compare import verified
from ocrdesk.verification.records import confirm

DEFAULT_THRESHOLD = 0.95

# Why a document was not confirmed by rule (translated where shown, context "AutoConfirm").
REASON_STATUS = QT_TRANSLATE_NOOP("AutoConfirm", "not recognised")
REASON_EMPTY = QT_TRANSLATE_NOOP("AutoConfirm", "no fields")
REASON_INVALID = QT_TRANSLATE_NOOP("AutoConfirm", "a field is not valid")
REASON_CONFIDENCE = QT_TRANSLATE_NOOP("AutoConfirm", "a confidence is below the threshold")
REASON_WARNING = QT_TRANSLATE_NOOP("AutoConfirm", "the provider warned about the picture")
REASON_AGREEMENT = QT_TRANSLATE_NOOP("AutoConfirm", "the second engine does not agree")
REASON_SAMPLED = QT_TRANSLATE_NOOP("AutoConfirm", "sampled for an operator")

Problems = Mapping[str, Sequence[str]]


@dataclass(frozen=True)
class AutoConfirmRule:
    """The operator's settings. `thresholds` per document type, `threshold` for the others; a field
    without a confidence never passes (no engine vouched for it). `sample_rate` 0..1."""

    enabled: bool = False
    threshold: float = DEFAULT_THRESHOLD
    thresholds: Mapping[str, float] = field(default_factory=dict)
    require_agreement: bool = False
    sample_rate: float = 0.0

    def threshold_for(self, doc_type: str) -> float:
        return self.thresholds.get(doc_type, self.threshold)


@dataclass(frozen=True)
class Decision:
    eligible: bool  # every rule passes
    sampled: bool  # eligible, but the sampling rate sends it to an operator
    reasons: tuple[str, ...]  # untranslated reasons (REASON_*), empty when eligible and not sampled

    @property
    def confirms(self) -> bool:
        return self.eligible and not self.sampled


def sample_point(document: Document) -> float:
    """A number in [0, 1) fixed by the page (its image hash, else its source and page number)."""
    key = document.image.sha256 if document.image is not None else f"{document.source}#{document.page}"
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def decide(document: Document, problems: Problems, rule: AutoConfirmRule) -> Decision:
    """Whether `document` confirms itself under `rule` (`problems`: its validation, by field key)."""
    reasons: list[str] = []
    if document.status != DocStatus.OK:
        reasons.append(REASON_STATUS)
    if not document.fields:
        reasons.append(REASON_EMPTY)
    if any(problems.get(item.key) for item in document.fields):
        reasons.append(REASON_INVALID)
    limit = rule.threshold_for(document.doc_type)
    if any(item.confidence is None or item.confidence < limit for item in document.fields):
        reasons.append(REASON_CONFIDENCE)
    if document.warnings:
        reasons.append(REASON_WARNING)
    if rule.require_agreement and not all(verified(item, problems.get(item.key, ())) for item in document.fields):
        reasons.append(REASON_AGREEMENT)
    if reasons:
        return Decision(False, False, tuple(reasons))
    if sample_point(document) < rule.sample_rate:
        return Decision(True, True, (REASON_SAMPLED,))
    return Decision(True, False, ())


def auto_confirm(
    documents: Iterable[Document],
    rule: AutoConfirmRule,
    validate: Callable[[Document], Problems],
    now: datetime | None = None,
) -> tuple[list[Document], list[Document]]:
    """Confirm by rule every recognised document `rule` lets through; returns (confirmed, sampled).
    Nothing happens while the rule is off."""
    confirmed: list[Document] = []
    sampled: list[Document] = []
    if not rule.enabled:
        return confirmed, sampled
    for document in documents:
        if document.status != DocStatus.OK:
            continue
        decision = decide(document, validate(document), rule)
        if decision.confirms:
            confirm(document, ReviewMethod.AUTO, now=now)
            confirmed.append(document)
        elif decision.sampled:
            sampled.append(document)
    return confirmed, sampled


def skipped_in_review(document: Document) -> bool:
    """Ctrl+Enter and PgDn pass this document by: it confirmed itself and nobody has touched it."""
    return (
        document.status == DocStatus.REVIEWED
        and document.review is not None
        and document.review.method == ReviewMethod.AUTO
    )
