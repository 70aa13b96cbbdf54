"""The review record a confirm leaves on a document (`review` in the result format)."""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, datetime

from ocrdesk.model import DocStatus, Document, ReviewMethod, ReviewRecord
from ocrdesk.verification.compare import second_provider


def timestamp(now: datetime | None = None) -> str:
    moment = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    return moment.isoformat().replace("+00:00", "Z")


def operator_method(document: Document, blind_keys: Collection[str], typed_blind: Collection[str]) -> ReviewMethod:
    """double_entry when every blind field the document has was keyed blind; operator otherwise."""
    present = {item.key for item in document.fields if item.key in blind_keys}
    return ReviewMethod.DOUBLE_ENTRY if present and present <= set(typed_blind) else ReviewMethod.OPERATOR


def record(
    document: Document,
    method: ReviewMethod,
    now: datetime | None = None,
    seconds: float | None = None,
    sampled: bool = False,
) -> ReviewRecord:
    """The record for confirming `document` now (the document itself is not changed)."""
    before = document.review
    # confirmed again another way (an operator opening an auto-confirmed document): remember how
    # it was first confirmed, so the statistics count auto-confirmed documents changed later
    previous = None if before is None else (before.method if before.method != method else before.previous_method)
    return ReviewRecord(
        method=method,
        at=timestamp(now),
        seconds=seconds,
        second_provider=second_provider(document),
        sampled=sampled,
        previous_method=previous,
    )


def confirm(
    document: Document,
    method: ReviewMethod,
    now: datetime | None = None,
    seconds: float | None = None,
    sampled: bool = False,
) -> ReviewRecord:
    document.review = record(document, method, now, seconds, sampled)
    document.status = DocStatus.REVIEWED
    return document.review
