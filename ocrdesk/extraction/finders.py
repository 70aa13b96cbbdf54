"""Values found without a label: by pattern, the card number's digit run, a bank name, a vocabulary word."""

from __future__ import annotations

import re
from collections.abc import Callable

from ocrdesk.extraction import vocab
from ocrdesk.extraction.anchors import Found, Row, same_row, section_band
from ocrdesk.extraction.corrections import VOCABULARIES
from ocrdesk.extraction.layouts.spec import FieldSpec, Half
from ocrdesk.validation.checks import check_bank_card

# Digits with look-alike letters inside, but starting and ending with a digit.
_DIGIT_RUN = re.compile(r"\d[\dOoDIl|BSZ]*\d")
# One printed group of a card number (4 to 6 digits, 19-digit cards print 6+13), a letter misread at most.
_GROUP = re.compile(r"[\dOoDIl|BSZ]{3,8}")
_BANK_NAME = re.compile(r"[\u4e00-\u9fff]{2,10}银行")


def find(spec: FieldSpec, rows: list[Row], used: set[tuple[int, int]]) -> Found | None:
    finder = _FINDERS.get(spec.finder or "")
    if finder is None:
        return None
    top, bottom = section_band(spec, rows)
    band = [row for row in rows if top < row.line.center_y < bottom]
    if spec.finder_half is not None and rows:
        band = _in_half(spec.finder_half, band, rows, top == float("-inf"), bottom == float("inf"))
    if spec.finder == "row_pattern":
        return finder(spec, band)  # the n-th value of a row counts those other fields took
    return finder(spec, [row for row in band if not any(index == row.index for index, _start in used)])


def _in_half(half: Half, band: list[Row], rows: list[Row], open_top: bool, open_bottom: bool) -> list[Row]:
    """The rows of `band` in that part of the text's extent, where the section's heading is unread too."""
    middle = (min(r.line.top for r in rows) + max(r.line.bottom for r in rows)) / 2
    centre = (min(r.line.left for r in rows) + max(r.line.right for r in rows)) / 2
    if half == "lower":
        return [row for row in band if row.line.center_y > middle] if open_top else band
    upper = [row for row in band if row.line.center_y < middle] if open_bottom else band
    if half == "upper_left":
        return [row for row in upper if row.line.center_x < centre]
    if half == "upper_right":
        return [row for row in upper if row.line.center_x > centre]
    return upper


def _pattern(spec: FieldSpec, rows: list[Row]) -> Found | None:
    if spec.pattern is None:
        return None
    for row in rows:
        match = re.search(spec.pattern, row.text)
        if match:
            return Found(match.group(), [(row, match.start(), match.end())])
    return None


def _row_pattern(spec: FieldSpec, rows: list[Row]) -> Found | None:
    """The n-th match (spec.match_index) on the first text row that holds the finder's pattern."""
    pattern = spec.finder_pattern or spec.pattern
    if pattern is None:
        return None
    for row in rows:
        if not re.search(pattern, row.text):
            continue
        matches = [
            (other, match)
            for other in sorted((r for r in rows if same_row(r.line, row.line)), key=lambda r: r.line.left)
            for match in re.finditer(pattern, other.text)
        ]
        if len(matches) <= spec.match_index:
            return None
        other, match = matches[spec.match_index]
        return Found(match.group(), [(other, match.start(), match.end())])
    return None


def _whole_row(spec: FieldSpec, rows: list[Row]) -> Found | None:
    """The first line that is the value and nothing else (its label unread, the value stands alone)."""
    pattern = spec.finder_pattern or spec.pattern
    if pattern is None:
        return None
    for row in rows:
        if re.fullmatch(pattern, row.text):
            return Found(row.text, [(row, 0, len(row.text))])
    return None


def _largest(spec: FieldSpec, rows: list[Row]) -> Found | None:
    """The largest amount the finder's pattern matches (an invoice's total is its largest sum)."""
    pattern = spec.finder_pattern or spec.pattern
    if pattern is None:
        return None
    matches = [(row, match) for row in rows for match in re.finditer(pattern, row.text)]
    if not matches:
        return None
    row, match = max(matches, key=lambda item: float(item[1].group()))
    return Found(match.group(), [(row, match.start(), match.end())])


def _last_pattern(spec: FieldSpec, rows: list[Row]) -> Found | None:
    """The lowest match on the page (a licence's issue date under its seal)."""
    return _pattern(spec, sorted(rows, key=lambda r: -r.line.center_y))


def _card_number(spec: FieldSpec, rows: list[Row]) -> Found | None:
    """The longest run of 13–19 digits, printed in groups that OCR may read as one line or several."""
    candidates: list[Found] = []
    for row in rows:
        for match in _DIGIT_RUN.finditer(row.text):
            candidates.append(Found(match.group(), [(row, match.start(), match.end())]))
    # groups read as separate lines on one row: join them left to right
    digit_rows = [r for r in rows if _GROUP.fullmatch(r.text) and sum(c.isdigit() for c in r.text) >= len(r.text) - 1]
    for row in digit_rows:
        group = sorted((r for r in digit_rows if same_row(r.line, row.line)), key=lambda r: r.line.left)
        if len(group) > 1 and group[0] is row:
            candidates.append(Found("".join(r.text for r in group), [(r, 0, len(r.text)) for r in group]))

    def rank(found: Found) -> tuple[bool, bool, int]:
        digits = sum(c.isdigit() for c in found.text)
        fits = 13 <= len(found.text) <= 19
        return (fits, fits and digits == len(found.text) and not check_bank_card(found.text), len(found.text))

    best = max(candidates, key=rank, default=None)
    return best if best is not None and 13 <= len(best.text) <= 19 else None


def _bank_name(spec: FieldSpec, rows: list[Row]) -> Found | None:
    for row in rows:
        for name in sorted(vocab.BANKS, key=len, reverse=True):
            start = row.text.find(name)
            if start >= 0:
                return Found(name, [(row, start, start + len(name))])
    for row in rows:
        match = _BANK_NAME.search(row.text)
        if match:
            return Found(match.group(), [(row, match.start(), match.end())])
    return None


def _vocabulary(spec: FieldSpec, rows: list[Row]) -> Found | None:

    words = sorted(VOCABULARIES.get(spec.vocabulary or "", ()), key=len, reverse=True)
    for row in rows:
        for word in words:
            start = row.text.find(word)
            if start >= 0:
                return Found(word, [(row, start, start + len(word))])
    return None


_FINDERS: dict[str, Callable[[FieldSpec, list[Row]], Found | None]] = {
    "pattern": _pattern,
    "last_pattern": _last_pattern,
    "row_pattern": _row_pattern,
    "whole_row": _whole_row,
    "largest": _largest,
    "card_number": _card_number,
    "bank_name": _bank_name,
    "vocabulary": _vocabulary,
}
