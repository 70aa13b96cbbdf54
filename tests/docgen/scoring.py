"""Exact-match scoring of recognised fields against corpus truth (used by benchmarks/bench_fields.py).

Normalisation before comparing is trivial on purpose, so the score says what an operator would get:
- Unicode NFKC: full-width digits, letters and punctuation become half-width ("２０１５" → "2015", "：" → ":");
- whitespace is removed everywhere: it carries no meaning in these fields, and a card prints its number
  in groups ("6222 0212 …" is the card number "62220212…").
Nothing else: no case folding, no date re-formatting, no punctuation or character look-alike mapping.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field


def normalize_value(value: str | None) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", value or ""))


@dataclass
class DocumentScore:
    name: str
    doc_type: str
    condition: str
    right: dict[str, bool]  # truth key -> exactly right
    spurious: list[str]  # keys not printed on the document that were given a value
    status: str = "ok"  # "ok", "unsupported type", or "error: <code>"
    seconds: float | None = None
    detected: str | None = None  # the type the provider decided ("auto" runs)

    @property
    def fully_right(self) -> bool:
        return self.status == "ok" and all(self.right.values()) and not self.spurious


def score_document(
    name: str,
    entry: Mapping[str, object],
    recognised: Mapping[str, str] | None,
    status: str = "ok",
) -> DocumentScore:
    """Compare recognised key -> value (None when recognition failed) with one truth.json entry."""
    truth = entry["fields"]
    assert isinstance(truth, Mapping)
    got = {key: normalize_value(value) for key, value in (recognised or {}).items()}
    right = {key: got.get(key) == normalize_value(str(value)) for key, value in truth.items()}
    spurious = sorted(key for key, value in got.items() if value and key not in truth)
    return DocumentScore(name, str(entry["doc_type"]), str(entry["condition"]), right, spurious, status)


@dataclass
class Tally:
    fields_right: int = 0
    fields: int = 0
    documents_right: int = 0
    documents: int = 0
    unsupported: int = 0
    spurious: int = 0
    times: list[float] = field(default_factory=list)

    def add(self, score: DocumentScore) -> None:
        self.fields += len(score.right)
        self.fields_right += sum(score.right.values())
        self.documents += 1
        self.documents_right += score.fully_right
        self.unsupported += score.status == "unsupported type"
        self.spurious += len(score.spurious)
        if score.seconds is not None:
            self.times.append(score.seconds)

    @property
    def field_rate(self) -> float:
        return self.fields_right / self.fields if self.fields else 0.0

    @property
    def document_rate(self) -> float:
        return self.documents_right / self.documents if self.documents else 0.0


def tally_by(scores: Iterable[DocumentScore], group: str) -> dict[str, Tally]:
    """Tallies per 'type', 'condition', 'field' (doc_type.key) or 'overall'."""
    tallies: dict[str, Tally] = {}
    for score in scores:
        if group == "field":
            for key, ok in score.right.items():
                tally = tallies.setdefault(f"{score.doc_type}.{key}", Tally())
                tally.fields += 1
                tally.fields_right += ok
            continue
        label = {"type": score.doc_type, "condition": score.condition, "overall": "overall"}[group]
        tallies.setdefault(label, Tally()).add(score)
    return tallies
