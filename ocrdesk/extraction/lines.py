"""One text line as the OCR engine read it, with the geometry the layout rules reason about."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

Polygon = tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class TextLine:
    """A read line: its text, its 4 corners (clockwise from top-left, pixels of the image read) and score.

    The geometry is computed once per line (cached_property): layout rules ask for it thousands of times.
    """

    text: str
    polygon: Polygon
    confidence: float

    @cached_property
    def left(self) -> float:
        return min(p[0] for p in self.polygon)

    @cached_property
    def top(self) -> float:
        return min(p[1] for p in self.polygon)

    @cached_property
    def right(self) -> float:
        return max(p[0] for p in self.polygon)

    @cached_property
    def bottom(self) -> float:
        return max(p[1] for p in self.polygon)

    @cached_property
    def width(self) -> float:
        return self.right - self.left

    @cached_property
    def height(self) -> float:
        return self.bottom - self.top

    @cached_property
    def center_x(self) -> float:
        return (self.left + self.right) / 2

    @cached_property
    def center_y(self) -> float:
        return (self.top + self.bottom) / 2

    @classmethod
    def from_ltrb(
        cls, text: str, left: float, top: float, right: float, bottom: float, confidence: float = 1.0
    ) -> TextLine:
        """An axis-aligned line (tests and engines that report rectangles)."""
        return cls(text, ((left, top), (right, top), (right, bottom), (left, bottom)), confidence)


def polygon_of(points: Sequence[Sequence[float]]) -> Polygon:
    """Plain float tuples from an engine's nested lists or arrays."""
    return tuple((float(p[0]), float(p[1])) for p in points)
