"""Line sets as the local engine reads cards: (text, left, top, right, bottom, score) in the rectified frame."""

from __future__ import annotations

import math
from collections.abc import Iterable

from ocrdesk.extraction.lines import TextLine
from ocrdesk.model import Field
from ocrdesk.validation.checks import id_check_digit


def lines(rows: Iterable[tuple[str, float, float, float, float, float]]) -> list[TextLine]:
    return [TextLine.from_ltrb(text, left, top, right, bottom, score) for text, left, top, right, bottom, score in rows]


def tilted(rows: list[TextLine], degrees: float, center: tuple[float, float]) -> list[TextLine]:
    """The lines of a card left with a small skew after rectification: polygons turned about `center`."""
    angle = math.radians(degrees)
    cos, sin = math.cos(angle), math.sin(angle)
    cx, cy = center

    def turn(point: tuple[float, float]) -> tuple[float, float]:
        x, y = point[0] - cx, point[1] - cy
        return (cx + x * cos - y * sin, cy + x * sin + y * cos)

    return [TextLine(line.text, tuple(turn(p) for p in line.polygon), line.confidence) for line in rows]


def id_number(first17: str) -> str:
    return first17 + id_check_digit(first17)


def values(fields: list[Field]) -> dict[str, str]:
    return {f.key: f.value or "" for f in fields}
