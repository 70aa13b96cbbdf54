"""A second engine as a cross-check: what it read for each field, where the two engines agree.

Agreement is judged on the values as the operator would key them: spacing, full-width forms and
letter case set aside (an ID number's trailing x is X). A field the second engine did not read at
all gets no agreement (nothing to compare); an empty first value never "agrees".
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from enum import StrEnum

from ocrdesk.model import Agreement, Document, Field


class Take(StrEnum):
    FIRST = "first"  # the document's own engine
    SECOND = "second"  # the cross-checking engine


def comparable(value: str | None) -> str:
    """A value reduced to what two engines must agree on."""
    text = unicodedata.normalize("NFKC", value or "")
    return "".join(text.split()).upper()


def agree(first: str | None, second: str | None) -> bool:
    left = comparable(first)
    return bool(left) and left == comparable(second)


def cross_check(document: Document, second: Sequence[Field], provider: str) -> list[Field]:
    """Mark each field of `document` with what `provider` read under the same key (the value
    its own rules proposed, else what it read); returns the fields where the engines disagree."""
    theirs = {item.key: item for item in second}
    disagreeing: list[Field] = []
    for item in document.fields:
        other = theirs.get(item.key)
        if other is None:
            item.agreement = None
            continue
        reading = other.corrected_value if other.corrected_value is not None else other.ocr_value
        machine = item.corrected_value if item.corrected_value is not None else item.ocr_value
        item.agreement = Agreement(provider, reading, agree(machine, reading))
        if not item.agreement.agrees:
            disagreeing.append(item)
    return disagreeing


def disagreements(fields: Iterable[Field]) -> list[Field]:
    return [item for item in fields if item.agreement is not None and not item.agreement.agrees]


def taken(item: Field, which: Take) -> str:
    """The value the operator takes with one key: the document's engine's, or the second one's."""
    if which is Take.SECOND and item.agreement is not None:
        return item.agreement.value
    return item.corrected_value if item.corrected_value is not None else item.ocr_value


def verified(item: Field, problems: Sequence[str] = ()) -> bool:
    """Two independent engines agree on the value the field holds and no rule objects: the field
    can be treated as verified without a look."""
    return (
        not problems
        and item.agreement is not None
        and item.agreement.agrees
        and agree(item.value, item.agreement.value)
    )


def second_provider(document: Document) -> str | None:
    """The engine that cross-checked the document (None when none did)."""
    return next((item.agreement.provider for item in document.fields if item.agreement is not None), None)
