"""Named fields from read lines, by the layout data of the document type (layouts/) and its repair rules.

For each field: find its printed label, take the value after it on the same line, right of it or below
it, follow multi-line values down their column until the next label, clean and repair the value
(corrections.py), and give its box in the frame of the lines. Fields without a label have finders.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ocrdesk.doctypes import DocType
from ocrdesk.extraction import corrections, finders
from ocrdesk.extraction.anchors import (
    EDGE_PUNCTUATION,
    TRAILING_NOISE,
    Anchor,
    Found,
    Row,
    prepare_rows,
    same_row,
    section_band,
    starts_with_stop,
)
from ocrdesk.extraction.build import build_fields
from ocrdesk.extraction.layouts import LAYOUTS
from ocrdesk.extraction.layouts.spec import FieldSpec, Layout
from ocrdesk.extraction.lines import TextLine
from ocrdesk.extraction.notices import warning
from ocrdesk.extraction.upside import looks_upside_down, turn_field_back, turned
from ocrdesk.i18n import QT_TRANSLATE_NOOP
from ocrdesk.model import Field

__all__ = ["Extraction", "Found", "extract_fields"]

# Kinds whose values come from a closed set: a candidate outside it gives way to the next place.
CLOSED_KINDS = frozenset({"vocabulary", "sex", "ethnicity"})


@dataclass
class Extraction:
    fields: list[Field]
    warnings: list[str] = field(default_factory=list)


def extract_fields(doc_type: DocType, lines: Sequence[TextLine], size: tuple[int, int]) -> Extraction:
    """The fields of `doc_type` in canonical order (plus the layout's extra keys); missing ones empty."""
    layout = LAYOUTS.get(doc_type)
    if layout is None:
        raise ValueError(f"no offline layout for document type '{doc_type}'")
    rows = prepare_rows(lines, layout)
    upside_down = looks_upside_down(rows)
    if upside_down:
        rows = prepare_rows(turned(lines, size), layout)
    used: set[tuple[int, int]] = set()  # (row index, start) of text already taken by a field
    found: dict[str, Found] = {}
    for spec in layout.fields:
        value = _by_label(spec, rows, layout, used)
        if value is None and spec.finder is not None:
            value = finders.find(spec, rows, used)
        if value is not None:
            found[spec.key] = value
            used.update((row.index, start) for row, start, _end in value.pieces)
    for spec in layout.fields:
        if spec.key not in found and layout.sequences:
            value = _by_place_in_sequence(spec, layout, rows, used)
            if value is not None:
                found[spec.key] = value
                used.update((row.index, start) for row, start, _end in value.pieces)
    for spec in layout.fields:
        if spec.key not in found and spec.above_label_of is not None:
            value = _above_label_of(spec, layout, rows, used)
            if value is not None:
                found[spec.key] = value
                used.update((row.index, start) for row, start, _end in value.pieces)
    fields, warnings = build_fields(layout, found, size)
    if upside_down:
        for item in fields:
            turn_field_back(item, size)
        warnings.append(
            warning(
                QT_TRANSLATE_NOOP(
                    "FieldWarnings", "The page was read upside down: fields were taken from it turned 180°"
                )
            )
        )
    return Extraction(fields, warnings)


# --------------------------------------------------------------------------------- value by label


def _by_label(spec: FieldSpec, rows: list[Row], layout: Layout, used: set[tuple[int, int]]) -> Found | None:
    seen = 0
    top, bottom = section_band(spec, rows)
    for row in rows:
        if not top < row.line.center_y < bottom:
            continue
        for position, anchor in enumerate(row.anchors):
            # fields that share a printed label (buyer's and seller's 名称) take its occurrences in turn
            if anchor.spec.key != spec.key and not (spec.anchors and anchor.spec.anchors == spec.anchors):
                continue
            seen += 1
            # with its section found, a field takes the first label in it; the count is the fallback
            if seen <= spec.occurrence and top == float("-inf") and bottom == float("inf"):
                continue
            following = row.anchors[position + 1] if position + 1 < len(row.anchors) else None
            value = _value_at(spec, row, anchor, following, rows, layout, used)
            if value is not None:
                return value
    return None


def _by_place_in_sequence(spec: FieldSpec, layout: Layout, rows: list[Row], used: set[tuple[int, int]]) -> Found | None:
    """A field whose label OCR misread beyond recognition, found as the unknown label between its neighbours."""
    labelled = {r.anchors[0].spec.key: r for r in reversed(rows) if r.starts_with_label}
    for sequence in _sequences_of_this_page(layout, labelled):
        if spec.key not in sequence:
            continue
        at = sequence.index(spec.key)
        before = labelled.get(sequence[at - 1]) if at > 0 else None
        after = labelled.get(sequence[at + 1]) if at + 1 < len(sequence) else None
        reference = before or after
        if reference is None:
            continue
        height = reference.line.height
        unknown = [
            r
            for r in rows
            if not r.anchors
            and len(r.text) <= 3
            and (r.index, 0) not in used
            and abs(r.line.left - reference.line.left) < 1.5 * height
            and (before is None or r.line.center_y > before.line.bottom)
            and (after is None or r.line.center_y < after.line.top)
        ]
        if not unknown:
            continue
        # the row right below the label before it (or right above the one after it)
        row = min(unknown, key=lambda r: r.line.top) if before is not None else max(unknown, key=lambda r: r.line.top)
        value = _value_at(spec, row, Anchor(spec, 0, len(row.text)), None, rows, layout, used)
        # beside its label, not in the next column (whose own label may be the unreadable one)
        if value is not None and value.pieces[0][0].line.left < reference.line.right + 6 * height:
            return value
    return None


def _sequences_of_this_page(layout: Layout, labelled: dict[str, Row]) -> list[tuple[str, ...]]:
    """The label orders this page follows: those its read labels agree with, most read labels first."""
    scored = []
    for sequence in layout.sequences:
        tops = [labelled[key].line.top for key in sequence if key in labelled]
        if len(tops) >= 2 and tops == sorted(tops):
            scored.append((len(tops), sequence))
    if not scored:
        return []
    best = max(score for score, _sequence in scored)
    # a two-column edition has two sequences: keep every one as well supported as the best allows
    return [sequence for score, sequence in scored if score >= min(best, 2)]


def _above_label_of(spec: FieldSpec, layout: Layout, rows: list[Row], used: set[tuple[int, int]]) -> Found | None:
    """The value on the line just above another field's label, in the value column (its own label unread)."""
    other = next(s for s in layout.fields if s.key == spec.above_label_of)
    top, bottom = section_band(other, rows)
    labelled = [
        (row, anchor)
        for row in rows
        if top < row.line.center_y < bottom
        for anchor in row.anchors
        if anchor.spec.key == other.key or (other.anchors and anchor.spec.anchors == other.anchors)
    ]
    if len(labelled) <= (other.occurrence if top == float("-inf") and bottom == float("inf") else 0):
        return None
    row, anchor = labelled[other.occurrence if top == float("-inf") and bottom == float("inf") else 0]
    height = row.line.height
    label_right = row.x_at(anchor.end)
    above = [
        r
        for r in rows
        if r.line.bottom <= row.line.top + 0.3 * height
        and row.line.top - r.line.bottom < 1.2 * height
        and r.line.right > label_right
        and r.line.left < label_right + 6 * height  # in the value column, not a far column's word (备注)
        and not r.starts_with_label
        and (r.index, 0) not in used
    ]
    for candidate in sorted(above, key=lambda r: -r.line.bottom):
        piece = _match(spec, candidate, 0, len(candidate.text))
        # right of where the labels start: not a label (称：) standing in the label column itself
        if piece is not None and piece[0].x_at(piece[1]) >= row.line.left + 1.5 * height:
            return Found(candidate.text[piece[1] : piece[2]], [piece])
    return None


def _value_at(
    spec: FieldSpec,
    row: Row,
    anchor: Anchor,
    following: Anchor | None,
    rows: list[Row],
    layout: Layout,
    used: set[tuple[int, int]],
) -> Found | None:
    fallback: Found | None = None
    for place in spec.places:
        if place == "inline":
            end = following.start if following is not None else len(row.text)
            piece = _match(spec, row, anchor.end, end)
        elif place == "right":
            piece = _right_of(spec, row, anchor, rows, used)
        else:
            piece = _below(spec, row, anchor, rows, used)
        if piece is None:
            continue
        found = Found(piece[0].text[piece[1] : piece[2]], [piece])
        if spec.multiline:
            _continue_down(found, row.x_at(anchor.start), rows, layout, used)
        if fallback is None:
            fallback = found
        # a closed vocabulary tells a stray fragment ("车" from the label's box) from the value beside it
        if spec.kind not in CLOSED_KINDS or not corrections.repair(spec.kind, found.text, spec.vocabulary).warnings:
            return found
    return fallback


def _match(spec: FieldSpec, row: Row, start: int, end: int, index: int | None = None) -> tuple[Row, int, int] | None:
    """The value inside row.text[start:end]: the pattern's match, or the text without edge punctuation."""
    segment = row.text[start:end]
    if spec.pattern is not None:
        matches = list(re.finditer(spec.pattern, segment))
        wanted = spec.match_index if index is None else index
        if len(matches) <= wanted:
            return None
        match = matches[wanted]
        return (row, start + match.start(), start + match.end())
    stripped = segment.lstrip(EDGE_PUNCTUATION).rstrip(TRAILING_NOISE)
    if not stripped:
        return None
    offset = segment.index(stripped)
    return (row, start + offset, start + offset + len(stripped))


def _right_of(
    spec: FieldSpec, row: Row, anchor: Anchor, rows: list[Row], used: set[tuple[int, int]]
) -> tuple[Row, int, int] | None:
    label_right = row.x_at(anchor.end)
    height = row.line.height
    candidates = [
        other
        for other in rows
        if other is not row and same_row(row.line, other.line) and other.line.left >= label_right - height
    ]
    # the n-th match counts every value on the row, also those another field took (合计 ¥amount ¥tax)
    skip = spec.match_index
    if skip and spec.pattern is not None:
        following = row.anchors[row.anchors.index(anchor) + 1 :]
        inline = row.text[anchor.end : following[0].start if following else len(row.text)]
        skip = max(0, skip - len(re.findall(spec.pattern, inline)))
    for other in sorted(candidates, key=lambda r: r.line.left):
        if other.starts_with_label:
            return None  # the next label on the row: this one's value is empty
        end = other.anchors[0].start if other.anchors else len(other.text)
        if spec.pattern is not None and skip:
            matches = list(re.finditer(spec.pattern, other.text[:end]))
            if len(matches) <= skip:
                skip -= len(matches)
                continue
            match = matches[skip]
            return (other, match.start(), match.end())
        if (other.index, 0) in used:
            continue
        piece = _match(spec, other, 0, end, index=0)
        if piece is not None:
            return piece
    return None


def _below(
    spec: FieldSpec, row: Row, anchor: Anchor, rows: list[Row], used: set[tuple[int, int]]
) -> tuple[Row, int, int] | None:
    height = row.line.height
    left, right = row.x_at(anchor.start) - 2 * height, row.x_at(anchor.end) + 8 * height
    candidates = [
        other
        for other in rows
        if other is not row
        and other.line.top > row.line.center_y
        and other.line.top - row.line.bottom < spec.below_lines * height
        and left <= other.line.center_x <= right
        and not other.starts_with_label
        and (other.index, 0) not in used
    ]
    for other in sorted(candidates, key=lambda r: r.line.top):
        end = other.anchors[0].start if other.anchors else len(other.text)
        piece = _match(spec, other, 0, end)
        if piece is not None:
            return piece
    return None


def _continue_down(
    found: Found, label_left: float, rows: list[Row], layout: Layout, used: set[tuple[int, int]]
) -> None:
    """Lines under the value that start in its column, up to the next label or a gap (address, scope)."""
    first, start, _end = found.pieces[0]
    column_left = first.x_at(start)
    last = first.line
    height = first.line.height
    # a label in this field's label column starts the next field; one in another column (two-column
    # pages) is another field's, and one in the value column is a word of the value (an address on 民族路)
    labels = [
        r.line
        for r in rows
        if (r.starts_with_label or starts_with_stop(r.text, layout))
        and label_left - 3 * height <= r.line.left < column_left - 0.5 * height
    ]
    # anything at all in the label column is the next row's label, even one OCR misread beyond recognition
    labels += [
        r.line
        for r in rows
        if r is not first and abs(r.line.left - label_left) < 1.5 * height and r.line.right < column_left
    ]
    for other in sorted(rows, key=lambda r: r.line.top):
        line = other.line
        if other is first or line.center_y <= last.bottom or same_row(line, last):
            continue
        if line.top - last.bottom > 0.9 * height:
            break
        in_column = abs(line.left - column_left) < 1.5 * height and line.right > column_left
        overlaps = line.left < first.line.right and line.right > column_left
        if not overlaps:
            continue  # another column's line: neither part of the value nor its end
        if any(label is line or (same_row(label, line) and label.left < line.left) for label in labels):
            break
        if not in_column or (other.index, 0) in used:
            continue
        end = other.anchors[0].start if other.anchors and other.anchors[0].start > 0 else len(other.text)
        text = other.text[:end].rstrip(TRAILING_NOISE)
        if not text:
            break
        found.pieces.append((other, 0, len(text)))
        found.text += text
        last = line
