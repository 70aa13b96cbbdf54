"""Blind double entry: the operator keys a critical field without seeing what the engine read.

A typing equal to the machine's value confirms it. Otherwise a second typing decides: equal to the
first, the operator's value wins (the machine was wrong); equal to the machine's value, the first
typing was a slip. A second typing that matches neither replaces the first, and one more is asked.
Values compare as `compare.comparable` does (spacing, full-width forms, case set aside).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from ocrdesk.model import Field
from ocrdesk.verification.compare import comparable

# The fields typed blind unless the operator's settings say otherwise: a wrong digit in these
# sends money or a identity to the wrong person, and engines misread them silently.
DEFAULT_BLIND_KEYS: frozenset[str] = frozenset({"id_number", "card_number"})


def blind_keys(doc_type: str, configured: Mapping[str, Collection[str]] | None = None) -> frozenset[str]:
    """The keys typed blind for `doc_type`: the configured set for it (may be empty), else the default."""
    if configured is not None and doc_type in configured:
        return frozenset(configured[doc_type])
    return DEFAULT_BLIND_KEYS


def blind_fields(fields: Sequence[Field], keys: Collection[str]) -> list[Field]:
    return [item for item in fields if item.key in keys]


class Outcome(StrEnum):
    CONFIRMED = "confirmed"  # the typing equals the machine's value
    RETYPE = "retype"  # they differ: a second typing decides
    DECIDED = "decided"  # the second typing settled it: `BlindEntry.value`


@dataclass
class BlindEntry:
    """One field being keyed blind. `machine` is what the engine (and its rules) proposed."""

    key: str
    machine: str
    first: str | None = None
    value: str | None = None  # the decided value once the outcome is CONFIRMED or DECIDED

    @classmethod
    def of(cls, item: Field) -> BlindEntry:
        machine = item.corrected_value if item.corrected_value is not None else item.ocr_value
        return cls(item.key, machine)

    @property
    def done(self) -> bool:
        return self.value is not None

    def enter(self, typed: str) -> Outcome:
        text = " ".join(typed.split())
        if self.first is None:
            if comparable(text) == comparable(self.machine) and comparable(text):
                self.value = self.machine
                return Outcome.CONFIRMED
            self.first = text
            return Outcome.RETYPE
        if comparable(text) == comparable(self.first):
            self.value = self.first
            return Outcome.DECIDED
        if comparable(text) == comparable(self.machine) and comparable(text):
            self.value = self.machine
            return Outcome.DECIDED
        self.first = text  # neither: this typing is the new one to repeat
        return Outcome.RETYPE
