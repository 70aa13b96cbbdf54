"""Fields from the values found: canonical order, repairs with their notes, boxes, periods split, warnings."""

from __future__ import annotations

import re

from ocrdesk.doctypes import CANONICAL_KEYS
from ocrdesk.extraction import corrections
from ocrdesk.extraction.anchors import EDGE_PUNCTUATION, TRAILING_NOISE, Found
from ocrdesk.extraction.crosscheck import cross_check
from ocrdesk.extraction.layouts.spec import FieldSpec, Layout
from ocrdesk.extraction.notices import warning
from ocrdesk.i18n import QT_TRANSLATE_NOOP
from ocrdesk.model import Box, Field


def build_fields(layout: Layout, found: dict[str, Found], size: tuple[int, int]) -> tuple[list[Field], list[str]]:
    specs = {spec.key: spec for spec in layout.fields}
    keys = [*CANONICAL_KEYS.get(layout.doc_type, ()), *(k for k in specs if k not in CANONICAL_KEYS[layout.doc_type])]
    absent = _absent_in_version(layout, found)
    warnings: list[str] = []
    built: dict[str, Field] = {}
    # identity numbers last: their repair consults the birth date and sex read beside them
    for key in sorted(keys, key=lambda k: specs[k].kind == "id_number" if k in specs else False):
        spec = specs.get(key)
        label = spec.label if spec is not None else key
        value = found.get(key)
        if value is None or spec is None:
            built[key] = Field(key=key, label=label, ocr_value="")
            if spec is not None and key not in layout.optional and key not in absent:
                warnings.append(
                    warning(QT_TRANSLATE_NOOP("FieldWarnings", "{label} ({key}) not found"), label=label, key=key)
                )
            continue
        context: dict[str, str] = {k: built[k].value or "" for k in ("birth_date", "sex") if k in built}
        built[key] = _field(spec, value, size, warnings, context)
    for period_key, start_key, end_key in layout.splits:
        _split_period(built, period_key, start_key, end_key)
    fields = [built[key] for key in keys]
    warnings.extend(cross_check(fields))
    return fields, warnings


def _absent_in_version(layout: Layout, found: dict[str, Found]) -> set[str]:
    for version in layout.versions:
        if any(key in found for key in version.markers):
            return set(version.absent)
    return set()


def _field(spec: FieldSpec, found: Found, size: tuple[int, int], warnings: list[str], context: dict[str, str]) -> Field:
    read = _without_label_tail(spec, found.text).lstrip(EDGE_PUNCTUATION).rstrip(TRAILING_NOISE)
    read = _STRAY_LATIN.sub("", read)
    repaired = corrections.repair(spec.kind, read, spec.vocabulary, context)
    warnings.extend(
        warning(QT_TRANSLATE_NOOP("FieldWarnings", "{label}: {message}"), label=spec.label, message=m)
        for m in repaired.warnings
    )
    polygon = _polygon(found)
    box = Box.from_points(polygon).clipped(*size)
    changed = repaired.value != read
    if changed and not repaired.notes:
        repaired.notes.append(f"{spec.kind}: {read}→{repaired.value}")  # never a silent change
    return Field(
        key=spec.key,
        label=spec.label,
        ocr_value=read,
        value=repaired.value,
        confidence=min(row.line.confidence for row, _s, _e in found.pieces),
        box=box,
        polygon=[(round(x), round(y)) for x, y in polygon] if box is not None else None,
        corrections=repaired.notes if changed else [],
        corrected_value=repaired.value if changed else None,
    )


# One or two lower-case letters before a Chinese value: a blurred frame line or label stroke read as
# text ("d广东省…", "od解放牌…"); no value these documents print starts that way.
_STRAY_LATIN = re.compile(r"^[a-z]{1,2}(?=[\u4e00-\u9fff])")


def _without_label_tail(spec: FieldSpec, text: str) -> str:
    """The value without the end of its own label that the engine put on its line ("称：" of 名称：)."""
    for anchor in spec.anchors:
        label = anchor.replace(" ", "")
        for start in range(1, len(label)):
            tail = label[start:]
            if text.startswith((tail + "：", tail + ":")) and len(text) > len(tail) + 1:
                return text[len(tail) + 1 :]
    return text


def _polygon(found: Found) -> tuple[tuple[float, float], ...]:
    if len(found.pieces) == 1:
        row, start, end = found.pieces[0]
        return row.segment_polygon(start, end)
    points = [p for row, start, end in found.pieces for p in row.segment_polygon(start, end)]
    box = Box.from_points(points)
    return ((box.left, box.top), (box.right, box.top), (box.right, box.bottom), (box.left, box.bottom))


_PERIOD_PARTS = re.compile(r"^(.+?)(?:[-—–~至一]+)(长期|\d{4}.*)$")


def _split_period(built: dict[str, Field], period_key: str, start_key: str, end_key: str) -> None:
    """A period printed as a range ("2016-05-20至2026-05-20") given as its start and end dates."""
    period = built.get(period_key)
    if period is None or not period.value:
        return
    # dates with "-" inside: split at the separator that leaves a full date on both sides
    text = period.value
    match = re.match(r"^(\d{4}\D\d{1,2}\D\d{1,2}\D?)[-—–~至一]+(长期|\d{4}\D\d{1,2}\D\d{1,2}\D?)$", text)
    match = match or _PERIOD_PARTS.match(text)
    if match is None:
        return
    for key, part in ((start_key, match.group(1)), (end_key, match.group(2))):
        item = built.get(key)
        if item is not None and not item.ocr_value:
            built[key] = Field(key, item.label, part, period.confidence, period.box, period.polygon)
    # the range now stands as its two dates; the period key is for durations ("6年") the card prints
    built[period_key] = Field(period_key, period.label, "")
