"""Turning vendor values into normalised ones: boxes, polygons, confidences, texts, keys."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ocrdesk.model import Box, Field, Point
from ocrdesk.providers.cloud.http import malformed

# No scan is ten million pixels wide: a coordinate beyond this is a broken reply, not a position
# (and floats that large lose the units that tell a box's edges apart).
MAX_COORDINATE = 10_000_000.0


def to_coordinate(value: Any) -> float | None:
    """A vendor pixel coordinate, None when missing or beyond MAX_COORDINATE."""
    number = to_number(value)
    return number if number is not None and abs(number) <= MAX_COORDINATE else None


def to_number(value: Any) -> float | None:
    """A vendor number that may come as a string ("12", " 3.5 ") or be missing."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    try:
        number = float(str(value).strip())
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def to_confidence(value: Any, scale: float) -> float | None:
    """Vendor confidence on a 0..scale range → 0..1; None when absent (never a made-up 1.0)."""
    number = to_number(value)
    if number is None:
        return None
    return min(1.0, max(0.0, number / scale))


def clean_text(value: Any) -> str:
    """NFKC (full-width digits → ASCII), trimmed; None → ''."""
    if value is None:
        return ""
    return unicodedata.normalize("NFKC", str(value)).strip()


def scalar_text(vendor: str, name: str, value: Any) -> str:
    """A vendor value that must be text or a number; anything else is a malformed reply."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise malformed(vendor, f"field '{name}' is a {type(value).__name__}, not text")


def clean_label(value: Any) -> str:
    """A vendor's field name without stray (incl. full-width) spaces, e.g. legacy ' 有效期'."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(value or "")))


def box_from_xywh(x: Any, y: Any, width: Any, height: Any) -> Box | None:
    values = [to_coordinate(v) for v in (x, y, width, height)]
    if any(v is None for v in values):
        return None
    left, top, w, h = values  # type: ignore[misc]
    if w <= 0 or h <= 0:  # type: ignore[operator]
        return None
    return Box.from_xywh(left, top, w, h)  # type: ignore[arg-type]


def box_from_ltrb(left: Any, top: Any, right: Any, bottom: Any) -> Box | None:
    values = [to_coordinate(v) for v in (left, top, right, bottom)]
    if any(v is None for v in values):
        return None
    l_, t_, r_, b_ = values  # type: ignore[misc]
    if r_ <= l_ or b_ <= t_:  # type: ignore[operator]
        return None  # all-zero "no box" and inverted boxes alike
    return Box.from_ltrb(l_, t_, r_, b_)  # type: ignore[arg-type]


def polygon_from_points(points: Sequence[Any]) -> list[Point] | None:
    """Points as [[x,y],…], [{"x":..,"y":..},…] or a flat [x1,y1,x2,y2,…] list → int polygon."""
    pairs: list[tuple[float, float]] = []
    if points and all(not isinstance(p, Mapping | Sequence) or isinstance(p, str) for p in points):
        flat = [to_coordinate(v) for v in points]
        if len(flat) % 2 or any(v is None for v in flat):
            return None
        pairs = [(flat[i], flat[i + 1]) for i in range(0, len(flat), 2)]  # type: ignore[misc]
    else:
        for point in points:
            if isinstance(point, Mapping):
                x, y = to_coordinate(point.get("x", point.get("X"))), to_coordinate(point.get("y", point.get("Y")))
            elif isinstance(point, Sequence) and not isinstance(point, str) and len(point) == 2:
                x, y = to_coordinate(point[0]), to_coordinate(point[1])
            else:  # a point that is not a pair
                return None
            if x is None or y is None:
                return None
            pairs.append((x, y))
    if len(pairs) < 3 or all(x == 0 and y == 0 for x, y in pairs):
        return None
    return [(round(x), round(y)) for x, y in pairs]


def box_from_polygon(polygon: Sequence[Point] | None) -> Box | None:
    if not polygon:
        return None
    try:
        return Box.from_points(polygon)
    except ValueError:
        return None


def rotated_rect_polygon(cx: float, cy: float, width: float, height: float, angle_deg: float) -> list[Point]:
    """Corners (clockwise from top-left) of a rectangle rotated clockwise by angle_deg about its centre."""
    angle = math.radians(angle_deg)
    cos_a, sin_a = math.cos(angle), math.sin(angle)
    corners = [(-width / 2, -height / 2), (width / 2, -height / 2), (width / 2, height / 2), (-width / 2, height / 2)]
    return [(round(cx + dx * cos_a - dy * sin_a), round(cy + dx * sin_a + dy * cos_a)) for dx, dy in corners]


def make_field(
    key: str,
    label: str,
    value: Any,
    confidence: float | None = None,
    box: Box | None = None,
    polygon: list[Point] | None = None,
) -> Field:
    if box is None and polygon is not None:
        box = box_from_polygon(polygon)
    return Field(key=key, label=label, ocr_value=clean_text(value), confidence=confidence, box=box, polygon=polygon)


def fallback_key(label: str, taken: Iterable[str]) -> str:
    """A snake_case key for a field the mapping does not know: ASCII words, else field_N."""
    ascii_words = re.findall(r"[A-Za-z0-9]+", label)
    base = "_".join(w.lower() for w in ascii_words) if ascii_words else "field"
    existing = set(taken)
    if base != "field" and base not in existing:
        return base
    n = 1
    while f"{base}_{n}" in existing:
        n += 1
    return f"{base}_{n}"


def unique_key(key: str, taken: Iterable[str]) -> str:
    """`key`, or `key_2`, `key_3`… when a vendor repeats a field (e.g. 发证单位 twice)."""
    existing = set(taken)
    if key not in existing:
        return key
    n = 2
    while f"{key}_{n}" in existing:
        n += 1
    return f"{key}_{n}"
