"""The operator's review rules, free of Qt: which field needs a look, box geometry, region reading.

The window (ocrdesk/ui/review*.py) only presents what these functions decide, so the rules are
tested without a display and stay the same whatever toolkit draws them.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from ocrdesk.doc_warnings import DEFAULT_BLOCKING
from ocrdesk.doctypes import CANONICAL_KEYS, LINE_KEYED_TYPES, DocType, line_key, line_label
from ocrdesk.imaging import SourceImage
from ocrdesk.model import Acceptance, Box, Document, DocumentWarning, Field, ImageInfo, Point
from ocrdesk.providers.base import CancelToken, Provider

# Below this a value is worth a second look (the same threshold the table tints rows at).
LOW_CONFIDENCE = 0.80
# A box is readable on screen from about this height in device pixels (a 10-11 pt line).
READABLE_HEIGHT_PX = 28.0
# Context kept around a region before it is read again: recognisers need some margin.
REGION_MARGIN = 6


def needs_attention(item: Field, problems: Sequence[str] = ()) -> bool:
    """Invalid fields always; low-confidence ones until the operator has corrected them."""
    if problems:
        return True
    return item.confidence is not None and item.confidence < LOW_CONFIDENCE and not item.edited


def next_attention(
    fields: Sequence[Field], problems: Mapping[str, Sequence[str]], current: int, backwards: bool = False
) -> int | None:
    """The next row after `current` (wrapping, `current` itself last) that needs attention."""
    count = len(fields)
    if count == 0:
        return None
    step = -1 if backwards else 1
    start = current if 0 <= current < count else (-1 if not backwards else count)
    for offset in range(1, count + 1):
        row = (start + step * offset) % count
        item = fields[row]
        if needs_attention(item, problems.get(item.key, ())):
            return row
    return None


def first_attention(fields: Sequence[Field], problems: Mapping[str, Sequence[str]]) -> int | None:
    """Where review starts: the first field that needs attention, in table order."""
    return next_attention(fields, problems, -1)


def readable_zoom(box_height: int, zoom: float, max_zoom: float, min_px: float = READABLE_HEIGHT_PX) -> float:
    """The zoom at which a box `box_height` image pixels high is readable; never below `zoom`
    (the operator's own closer zoom is kept), never above `max_zoom`."""
    if box_height <= 0 or box_height * zoom >= min_px:
        return zoom
    return max(zoom, min(max_zoom, min_px / box_height))


def moved(box: Box, dx: int, dy: int, width: int, height: int) -> Box:
    """`box` shifted by (dx, dy), kept inside a width×height image (its size never changes)."""
    dx = max(-box.left, min(width - box.right, dx))
    dy = max(-box.top, min(height - box.bottom, dy))
    return Box(box.left + dx, box.top + dy, box.right + dx, box.bottom + dy)


def resized(box: Box, dw: int, dh: int, width: int, height: int, minimum: int = 2) -> Box:
    """`box` with its right and bottom edges moved by (dw, dh); at least `minimum` px, inside the image."""
    right = max(box.left + minimum, min(width, box.right + dw))
    bottom = max(box.top + minimum, min(height, box.bottom + dh))
    return Box(box.left, box.top, right, bottom)


def moved_polygon(polygon: Sequence[Point] | None, old: Box | None, new: Box) -> list[Point] | None:
    """The outline follows a moved box; a resized box has no trustworthy outline any more."""
    if polygon is None or old is None or (old.width, old.height) != (new.width, new.height):
        return None
    dx, dy = new.left - old.left, new.top - old.top
    return [(x + dx, y + dy) for x, y in polygon]


def _is_cjk(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


def join_lines(texts: Iterable[str]) -> str:
    """Lines read from one region as one value: Chinese joins without a space, Latin with one."""
    result = ""
    for text in (t.strip() for t in texts):
        if not text:
            continue
        if result and not (_is_cjk(result[-1]) and _is_cjk(text[0])):
            result += " "
        result += text
    return result


def suggested_keys(doc_type: str, existing: Iterable[str]) -> list[str]:
    """Keys to offer for a new field: the type's canonical keys that are still missing, in order;
    for line-keyed types (general text) the next free line key."""
    taken = set(existing)
    try:
        parsed = DocType(doc_type)
    except ValueError:
        return []
    if parsed in LINE_KEYED_TYPES:
        index = 0
        while line_key(index) in taken:
            index += 1
        return [line_key(index)]
    return [key for key in CANONICAL_KEYS.get(parsed, ()) if key not in taken]


def default_label(key: str) -> str:
    """A readable label for a key the operator typed or picked ('birth_date' → 'Birth date')."""
    if key.startswith("line_") and key[5:].isdigit():
        return line_label(int(key[5:]) - 1)
    text = key.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def edit_count(documents: Iterable[Document]) -> int:
    """Fields whose value the operator changed (what a restore brings back)."""
    return sum(1 for document in documents for item in document.fields if item.edited)


# -- confirming a document the provider warned about ---------------------------------------------
def blocking_warnings(document: Document, blocking: Collection[str] = DEFAULT_BLOCKING) -> list[DocumentWarning]:
    """The document's warnings that stop a confirm (`blocking`: codes, a preference)."""
    return [warning for warning in document.warnings if warning.code in blocking]


def unaccepted_warnings(document: Document, blocking: Collection[str] = DEFAULT_BLOCKING) -> list[DocumentWarning]:
    """Blocking warnings the operator has not accepted with a reason: while any is left, no confirm."""
    accepted = set(document.acceptance.codes) if document.acceptance is not None else set()
    return [warning for warning in blocking_warnings(document, blocking) if warning.code not in accepted]


def can_confirm(document: Document, blocking: Collection[str] = DEFAULT_BLOCKING) -> bool:
    return not unaccepted_warnings(document, blocking)


def accept_anyway(
    document: Document,
    reason: str,
    blocking: Collection[str] = DEFAULT_BLOCKING,
    now: datetime | None = None,
) -> Acceptance:
    """Record that the operator accepts the document's blocking warnings, and why; ValueError without
    a reason (an audit needs one). The reason is one line, as typed."""
    text = " ".join(reason.split())
    if not text:
        raise ValueError("a reason is needed to accept a document despite its warnings")
    codes = tuple(dict.fromkeys(warning.code for warning in blocking_warnings(document, blocking)))
    moment = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    document.acceptance = Acceptance(text, codes, moment.isoformat().replace("+00:00", "Z"))
    return document.acceptance


# -- reading one region again -------------------------------------------------------------------
@dataclass(frozen=True)
class RegionReading:
    """What the provider read inside a region: the joined text, its weakest confidence, and the
    tight box around the lines in page pixels (None when nothing was read)."""

    text: str
    confidence: float | None
    box: Box | None


def crop_region(image: SourceImage, box: Box, margin: int = REGION_MARGIN) -> tuple[SourceImage, tuple[int, int]]:
    """The part of the page under `box` (plus a margin) as an image of its own, and its origin."""
    region = Box(box.left - margin, box.top - margin, box.right + margin, box.bottom + margin)
    clipped = region.clipped(image.width, image.height) or box
    crop = image.image.crop((clipped.left, clipped.top, clipped.right, clipped.bottom))
    info = ImageInfo(crop.width, crop.height, image.info.sha256)
    return SourceImage(image.source, crop, info, image.page), (clipped.left, clipped.top)


def read_region(
    provider: Provider,
    image: SourceImage,
    box: Box,
    doc_type: DocType = DocType.GENERAL,
    cancel: CancelToken | None = None,
) -> RegionReading:
    """Run `provider` on the region only; line boxes are mapped back to page coordinates."""
    crop, (left, top) = crop_region(image, box)
    recognition = provider.recognize(crop, doc_type, cancel)
    fields = [f for f in recognition.fields if (f.value or "").strip()]
    text = join_lines(f.value or "" for f in fields)
    confidences = [f.confidence for f in fields if f.confidence is not None]
    mapped: Box | None = None
    for item in fields:
        if item.box is None:
            continue
        page_box = Box(item.box.left + left, item.box.top + top, item.box.right + left, item.box.bottom + top)
        mapped = page_box if mapped is None else mapped.union(page_box)
    if mapped is not None:
        mapped = mapped.clipped(image.width, image.height)
    return RegionReading(text, min(confidences) if confidences else None, mapped)


def box_from_float(left: float, top: float, right: float, bottom: float, width: int, height: int) -> Box | None:
    """A box the mouse drew (fractional, either direction) as integer page pixels inside the image."""
    x0, x1 = sorted((left, right))
    y0, y1 = sorted((top, bottom))
    x0, y0 = max(0, math.floor(x0 + 0.5)), max(0, math.floor(y0 + 0.5))
    x1, y1 = min(width, math.floor(x1 + 0.5)), min(height, math.floor(y1 + 0.5))
    if x1 - x0 < 1 or y1 - y0 < 1:
        return None
    return Box(x0, y0, x1, y1)
