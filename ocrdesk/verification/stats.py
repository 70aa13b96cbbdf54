"""Accuracy per field, measured: machine values against the values an operator confirmed.

Only confirmed (`reviewed`) documents count: their values are the truth an office has. Per provider,
document type and field: how often the machine's value (after its rules' repairs) was kept, how often
the operator changed it; per second engine, how often its reading equalled the confirmed value; per
provider and document type: documents, how they were confirmed, the mean review time, and how many
documents that confirmed themselves were later changed by an operator.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ocrdesk.model import DocStatus, Document, ReviewMethod
from ocrdesk.verification.compare import comparable


@dataclass
class FieldStats:
    engine: str
    doc_type: str
    key: str
    count: int = 0
    right: int = 0  # the confirmed value is the engine's
    changed: int = 0  # the operator typed another value (the engine's own fields only)

    @property
    def accuracy(self) -> float:
        return self.right / self.count if self.count else 0.0


@dataclass
class DocumentStats:
    provider: str
    doc_type: str
    documents: int = 0
    methods: dict[str, int] = field(default_factory=dict)
    review_seconds: list[float] = field(default_factory=list)
    auto_changed: int = 0  # confirmed by rule, later changed by an operator

    @property
    def mean_seconds(self) -> float | None:
        return sum(self.review_seconds) / len(self.review_seconds) if self.review_seconds else None


@dataclass
class Statistics:
    fields: dict[tuple[str, str, str], FieldStats] = field(default_factory=dict)
    second: dict[tuple[str, str, str], FieldStats] = field(default_factory=dict)  # second engines
    documents: dict[tuple[str, str], DocumentStats] = field(default_factory=dict)
    skipped: int = 0  # documents not confirmed (no truth to compare with)

    def to_dict(self) -> dict[str, object]:
        def rows(table: dict[tuple[str, str, str], FieldStats]) -> list[dict[str, object]]:
            return [{**asdict(s), "accuracy": round(s.accuracy, 4)} for _, s in sorted(table.items())]

        return {
            "fields": rows(self.fields),
            "second_engines": rows(self.second),
            "documents": [
                {
                    "provider": s.provider,
                    "doc_type": s.doc_type,
                    "documents": s.documents,
                    "methods": dict(sorted(s.methods.items())),
                    "mean_review_seconds": None if s.mean_seconds is None else round(s.mean_seconds, 1),
                    "auto_confirmed_changed_later": s.auto_changed,
                }
                for _, s in sorted(self.documents.items())
            ],
            "not_confirmed": self.skipped,
        }


def collect(documents: Iterable[Document]) -> Statistics:
    result = Statistics()
    for document in documents:
        if document.status != DocStatus.REVIEWED:
            result.skipped += 1
            continue
        _count_document(result, document)
        for item in document.fields:
            key = (document.provider, document.doc_type, item.key)
            own = result.fields.setdefault(key, FieldStats(*key))
            own.count += 1
            own.right += int(not item.edited)
            own.changed += int(item.edited)
            if item.agreement is not None:
                other_key = (item.agreement.provider, document.doc_type, item.key)
                other = result.second.setdefault(other_key, FieldStats(*other_key))
                other.count += 1
                kept = comparable(item.agreement.value) == comparable(item.value)
                other.right += int(kept)
                other.changed += int(not kept)
    return result


def _count_document(result: Statistics, document: Document) -> None:
    key = (document.provider, document.doc_type)
    stats = result.documents.setdefault(key, DocumentStats(*key))
    stats.documents += 1
    review = document.review
    method = review.method.value if review is not None else ReviewMethod.OPERATOR.value
    stats.methods[method] = stats.methods.get(method, 0) + 1
    if review is not None and review.seconds is not None:
        stats.review_seconds.append(review.seconds)
    was_auto = review is not None and ReviewMethod.AUTO in (review.method, review.previous_method)
    if was_auto and any(item.edited for item in document.fields):
        stats.auto_changed += 1


def load_documents(path: Path) -> list[Document]:
    """The documents of a JSON export (ocrdesk.result/1) or a saved session; ValueError otherwise."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path}: not a readable JSON export or session ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
        raise ValueError(f"{path}: no documents (expected a JSON export or a session file)")
    try:
        return [Document.from_dict(item) for item in data["documents"]]
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"{path}: a document cannot be read ({exc})") from None


def _percent(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:5.1f}%" if whole else "    -"


def report(stats: Statistics) -> str:
    """The statistics as a plain-text table (English, as the command line speaks)."""
    lines: list[str] = []
    if stats.fields:
        lines.append(f"{'provider':<16} {'doc_type':<16} {'field':<20} {'fields':>6} {'right':>7} {'changed':>7}")
        for s in (v for _, v in sorted(stats.fields.items())):
            right, changed = _percent(s.right, s.count), _percent(s.changed, s.count)
            lines.append(f"{s.engine:<16} {s.doc_type:<16} {s.key:<20} {s.count:>6} {right:>7} {changed:>7}")
    if stats.second:
        lines += ["", "second engine (its reading against the confirmed value)"]
        lines.append(f"{'provider':<16} {'doc_type':<16} {'field':<20} {'fields':>6} {'right':>7}")
        for t in (v for _, v in sorted(stats.second.items())):
            lines.append(f"{t.engine:<16} {t.doc_type:<16} {t.key:<20} {t.count:>6} {_percent(t.right, t.count):>7}")
    if stats.documents:
        lines += ["", f"{'provider':<16} {'doc_type':<16} {'documents':>9} {'review s':>8}  auto changed  confirmed by"]
        for d in (v for _, v in sorted(stats.documents.items())):
            mean = "-" if d.mean_seconds is None else f"{d.mean_seconds:.1f}"
            methods = ", ".join(f"{name} {count}" for name, count in sorted(d.methods.items()))
            head = f"{d.provider:<16} {d.doc_type:<16} {d.documents:>9} {mean:>8}"
            lines.append(f"{head}  {d.auto_changed:>12}  {methods}")
    if not lines:
        lines.append("no confirmed documents")
    lines += ["", f"not confirmed (not counted): {stats.skipped}"]
    return "\n".join(lines) + "\n"
