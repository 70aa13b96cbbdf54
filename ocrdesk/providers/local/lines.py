"""RapidOCR's output as fields: line_1…line_N in the reading order of the text's own orientation."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from ocrdesk.doctypes import line_key, line_label
from ocrdesk.model import Box, Field, Point
from ocrdesk.providers.reading_order import Span, reading_order


def fields_from_output(
    boxes: Any,
    texts: Sequence[str] | None,
    scores: Sequence[float] | None,
    width: int,
    height: int,
    *,
    upside_down: bool = False,
) -> list[Field]:
    """Fields line_1…line_N in reading order from RapidOCR's boxes (N×4×2), texts and scores.

    `upside_down` is the page orientation PageOrientation chose; with the shape of the lines it
    tells how the text lies in the picture, so that line_1 is the first line a reader would read
    even on a page scanned upside down or sideways.
    """
    if boxes is None or texts is None:
        return []
    lines: list[_Line] = []
    for index, text in enumerate(texts):
        clean = str(text).strip()
        if not clean or index >= len(boxes):
            continue
        score = scores[index] if scores is not None and index < len(scores) else None
        points = [(float(p[0]), float(p[1])) for p in boxes[index]]
        if len(points) != 4 or not all(math.isfinite(v) for p in points for v in p):
            continue
        lines.append(_Line(clean, _confidence(score), points))
    fields = []
    rotation = text_rotation(lines, upside_down)
    for index, line in enumerate(reading_order(lines, [_span(line, rotation) for line in lines])):
        box, polygon = _geometry(line.points, width, height)
        fields.append(
            Field(
                key=line_key(index),
                label=line_label(index),
                ocr_value=line.text,
                confidence=line.confidence,
                box=box,
                polygon=polygon,
            )
        )
    return fields


class _Line:
    __slots__ = ("across", "along", "confidence", "points", "text")

    def __init__(self, text: str, confidence: float | None, points: list[tuple[float, float]]) -> None:
        self.text = text
        self.confidence = confidence
        self.points = points  # clockwise from top-left, in image pixels
        # mean lengths of the box's horizontal and vertical edges (a skewed line's own size,
        # not its bounding box's)
        self.along = (math.dist(points[0], points[1]) + math.dist(points[3], points[2])) / 2
        self.across = (math.dist(points[0], points[3]) + math.dist(points[1], points[2])) / 2

    @property
    def tall(self) -> bool:
        # the rule RapidOCR uses to stand a crop up before reading it
        return self.across >= 1.5 * max(self.along, 1.0)

    @property
    def wide(self) -> bool:
        return self.along >= 1.5 * max(self.across, 1.0)


def text_rotation(lines: Sequence[_Line], upside_down: bool) -> int:
    """How far (degrees clockwise) the text is turned in the picture: 0, 90, 180 or 270.

    Most lines tall means the text runs vertically: RapidOCR turns those crops 90° counter-
    clockwise before reading, so text that needed no further turn ran top to bottom (page turned
    90° clockwise, or Chinese set in columns), and text that also needed the 180° turn ran bottom
    to top (page turned 270°).
    """
    tall = sum(1 for line in lines if line.tall)
    wide = sum(1 for line in lines if line.wide)
    if tall > wide:
        return 270 if upside_down else 90
    return 180 if upside_down else 0


def _to_text_frame(x: float, y: float, rotation: int) -> tuple[float, float]:
    """(along the line, down the page) in the text's own frame, for the image point (x, y)."""
    if rotation == 90:
        return y, -x
    if rotation == 180:
        return -x, -y
    if rotation == 270:
        return -y, x
    return x, y


def _span(line: _Line, rotation: int) -> Span:
    """The line's span in the text's own frame, so a page turned by `rotation` degrees clockwise is
    read as its reader would read it; its height is the line's own thickness."""
    frame = [_to_text_frame(x, y, rotation) for x, y in line.points]
    start = min(u for u, _ in frame)
    middle = sum(v for _, v in frame) / len(frame)
    return Span.around(start, middle, max(1.0, min(line.along, line.across)))


def _confidence(score: Any) -> float | None:
    try:
        value = float(score)
    except (TypeError, ValueError):
        return None
    if not math.isfinite(value):
        return None
    return min(1.0, max(0.0, value))


def _geometry(points: list[tuple[float, float]], width: int, height: int) -> tuple[Box | None, list[Point] | None]:
    inside = [(min(max(x, 0.0), float(width)), min(max(y, 0.0), float(height))) for x, y in points]
    try:
        box = Box.from_points(inside).clipped(width, height)
    except ValueError:  # no area: a zero-width or zero-height detection
        return None, None
    if box is None:
        return None, None
    polygon: list[Point] = [(round(x), round(y)) for x, y in inside]
    return box, polygon
