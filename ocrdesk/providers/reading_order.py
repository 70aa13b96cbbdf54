"""Reading order of text lines: rows from the top, each row from its start, in the text's own frame.

One rule for every provider that returns lines in detection order (the local engine, Tencent's
legacy API): two lines share a row when the middle of each lies within the other's height, so a
tall block beside several lines does not swallow them, and rows are read from their top-most line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from ocrdesk.model import Box

T = TypeVar("T")


@dataclass(frozen=True)
class Span:
    """Where a line lies in the text's own frame: `start` along the line, `top`..`bottom` across it."""

    start: float
    top: float
    bottom: float

    @classmethod
    def of_box(cls, box: Box) -> Span:
        """An upright line's span: its box as drawn."""
        return cls(box.left, box.top, box.bottom)

    @classmethod
    def around(cls, start: float, middle: float, thickness: float) -> Span:
        """A span `thickness` high centred on `middle` (a skewed line's own height, not its bounding box's)."""
        return cls(start, middle - thickness / 2, middle + thickness / 2)

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2

    def shares_row_with(self, other: Span) -> bool:
        return self.top <= other.middle <= self.bottom and other.top <= self.middle <= other.bottom


def reading_order(items: Sequence[T], spans: Sequence[Span]) -> list[T]:
    """`items` (one Span each) in reading order: rows top to bottom, each from its start."""
    rows: list[list[tuple[Span, T]]] = []
    for span, item in sorted(zip(spans, items, strict=True), key=lambda pair: (pair[0].top, pair[0].start)):
        row = next((row for row in rows if row[0][0].shares_row_with(span)), None)
        if row is None:
            rows.append([(span, item)])
        else:
            row.append((span, item))
    return [item for row in rows for _, item in sorted(row, key=lambda pair: pair[0].start)]
