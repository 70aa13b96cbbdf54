"""Settle how the text lies in the rectified image (0/90/180/270 and a small skew) from the read lines.

The OCR callback returns each line's polygon clockwise from the TEXT's own top-left corner (the
engine decided per page whether the text was upside down, and stood tall lines up to read them),
so the direction from a polygon's first to its second corner is the writing direction in the
image. Their length-weighted vote gives the quarter turn, and their spread around it the residual
skew. Turning the coordinates (not the pixels) then gives the layout rules upright lines, without
reading the page twice.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ocrdesk.extraction.lines import TextLine

MIN_SKEW_DEGREES = 0.5  # below this, turning the coordinates changes nothing a rule would notice
MAX_SKEW_DEGREES = 20.0


@dataclass(frozen=True)
class TextOrientation:
    rotation: int  # how far the text is turned clockwise in the image: 0, 90, 180 or 270
    skew: float  # residual clockwise turn in degrees after `rotation`, within ±45


def text_orientation(lines: Sequence[TextLine]) -> TextOrientation:
    """The writing direction of the lines: quarter turn by a length-weighted vote, skew by weighted median."""
    votes = [0.0, 0.0, 0.0, 0.0]
    angles: list[tuple[float, float]] = []
    for line in lines:
        (x0, y0), (x1, y1) = line.polygon[0], line.polygon[1]
        length = math.hypot(x1 - x0, y1 - y0)
        if length < 1.0 or len(line.text.strip()) < 2:
            continue
        angle = math.degrees(math.atan2(y1 - y0, x1 - x0)) % 360.0  # clockwise on screen (y down)
        votes[round(angle / 90.0) % 4] += length
        angles.append((angle, length))
    if not angles:
        return TextOrientation(0, 0.0)
    quarter = int(np.argmax(votes))
    rotation = quarter * 90
    residuals = []
    for angle, length in angles:
        residual = (angle - rotation + 180.0) % 360.0 - 180.0
        if abs(residual) <= MAX_SKEW_DEGREES:
            residuals.append((residual, length))
    return TextOrientation(rotation, _weighted_median(residuals))


def _weighted_median(values: Sequence[tuple[float, float]]) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    half = sum(weight for _, weight in ordered) / 2
    running = 0.0
    for value, weight in ordered:
        running += weight
        if running >= half:
            return value
    return ordered[-1][0]


def upright_transform(orientation: TextOrientation, size: tuple[int, int]) -> tuple[np.ndarray, tuple[int, int]]:
    """The 3×3 matrix turning the image frame so its text is upright and level, and the new frame's size."""
    width, height = size
    skew = orientation.skew if abs(orientation.skew) >= MIN_SKEW_DEGREES else 0.0
    if orientation.rotation == 0 and skew == 0.0:
        return np.eye(3), size
    new_size = (height, width) if orientation.rotation in (90, 270) else (width, height)
    turn = -math.radians(orientation.rotation + skew)
    cosine, sine = math.cos(turn), math.sin(turn)
    to_origin = np.array([[1.0, 0.0, -width / 2], [0.0, 1.0, -height / 2], [0.0, 0.0, 1.0]])
    rotate = np.array([[cosine, -sine, 0.0], [sine, cosine, 0.0], [0.0, 0.0, 1.0]])
    to_centre = np.array([[1.0, 0.0, new_size[0] / 2], [0.0, 1.0, new_size[1] / 2], [0.0, 0.0, 1.0]])
    return to_centre @ rotate @ to_origin, new_size


def transform_lines(lines: Sequence[TextLine], matrix: np.ndarray) -> list[TextLine]:
    """The lines with their polygons mapped by `matrix` (corner order kept: the text's own)."""
    if np.allclose(matrix, np.eye(3)):
        return list(lines)
    moved = []
    for line in lines:
        points = np.asarray(line.polygon, dtype=np.float64)
        mapped = apply(matrix, points)
        moved.append(TextLine(line.text, tuple((float(x), float(y)) for x, y in mapped), line.confidence))
    return moved


def apply(matrix: np.ndarray, points: np.ndarray) -> np.ndarray:
    """Points (N×2) mapped through a 3×3 homography."""
    homogeneous = np.hstack([points, np.ones((len(points), 1))]) @ matrix.T
    return homogeneous[:, :2] / homogeneous[:, 2:3]
