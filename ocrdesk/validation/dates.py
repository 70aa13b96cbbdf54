"""Dates as Chinese documents and OCR providers write them, and validity periods."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

# 1990-03-15, 1990.03.15, 1990/3/15, 1990年3月15日, 1990 03 15
_SEPARATED = re.compile(r"^\s*(\d{4})\s*[-./年\s]\s*(\d{1,2})\s*[-./月\s]\s*(\d{1,2})\s*日?\s*$")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")
# Words for "no end date" on ID cards and licences.
LONG_TERM_WORDS = frozenset({"长期", "長期", "长期有效", "永久"})


def parse_date(text: str) -> dt.date | None:
    """A calendar date from the formats providers return; None if it is not one (or impossible)."""
    text = unicodedata.normalize("NFKC", text or "")
    match = _SEPARATED.match(text) or _COMPACT.match(text)
    if not match:
        return None
    year, month, day = (int(part) for part in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def normalise_date(text: str) -> str | None:
    """The YYYY-MM-DD display form of `text`, or None when it is not a date."""
    parsed = parse_date(text)
    return parsed.isoformat() if parsed else None


@dataclass(frozen=True)
class Period:
    start: dt.date | None
    end: dt.date | None  # None with long_term: no end
    long_term: bool = False


_PERIOD_SPLIT = re.compile(r"\s*(?:-{1,2}|—|–|~|〜|至|到)\s*")


def parse_period(text: str) -> Period | None:
    """'2010.01.01-2030.01.01', '2010-01-01至长期', '20100101-20300101'; None if unreadable."""
    text = unicodedata.normalize("NFKC", text or "").strip()
    if not text:
        return None
    # "-" is both the separator and a date separator: try compact and dotted forms first.
    for candidate in _split_candidates(text):
        start_text, end_text = candidate
        start = parse_date(start_text)
        if start is None:
            continue
        if end_text.strip() in LONG_TERM_WORDS:
            return Period(start, None, long_term=True)
        end = parse_date(end_text)
        if end is not None:
            return Period(start, end)
    return None


def _split_candidates(text: str) -> list[tuple[str, str]]:
    parts = _PERIOD_SPLIT.split(text)
    candidates: list[tuple[str, str]] = []
    # try every split point; dates with "-" inside make the split ambiguous
    for index in range(1, len(parts)):
        left, right = "-".join(parts[:index]), "-".join(parts[index:])
        candidates.append((left, right))
    return candidates
