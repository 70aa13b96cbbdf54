"""A page whose lines came back upside down (each line read right, the page turned 180°): told and undone.

Orientation is settled by geometry before reading; this is the layout's own check, for pages it missed:
labels that stand alone on their line have their value to the left instead of the right.
"""

from __future__ import annotations

from collections.abc import Sequence

from ocrdesk.extraction.anchors import EDGE_PUNCTUATION, Row, same_row
from ocrdesk.extraction.lines import TextLine
from ocrdesk.model import Box, Field

# Labels that must agree before the page is turned: one could be a two-column layout's.
MIN_VOTES = 2


def looks_upside_down(rows: Sequence[Row]) -> bool:
    votes = 0
    alone = 0
    for row in rows:
        if not row.starts_with_label or row.text[row.anchors[-1].end :].strip(EDGE_PUNCTUATION):
            continue  # only a label alone on its line tells where its value is
        alone += 1
        slack = 0.5 * row.line.height
        beside = [other.line for other in rows if other is not row and same_row(other.line, row.line)]
        left = any(line.right <= row.line.left + slack for line in beside)
        right = any(line.left >= row.line.right - slack for line in beside)
        votes += int(left and not right) - int(right and not left)
    # most lone labels must agree: on a two-column page a label may have the other column to its left
    return votes >= MIN_VOTES and 2 * votes > alone


def turned(lines: Sequence[TextLine], size: tuple[int, int]) -> list[TextLine]:
    """The lines as they sit on the page turned 180° (polygons still clockwise from their top-left)."""
    width, height = size
    return [
        TextLine(
            line.text,
            tuple((width - x, height - y) for x, y in (*line.polygon[2:], *line.polygon[:2])),
            line.confidence,
        )
        for line in lines
    ]


def turn_field_back(item: Field, size: tuple[int, int]) -> None:
    if item.polygon is None or item.box is None:
        return
    width, height = size
    polygon = [(width - x, height - y) for x, y in item.polygon]
    item.polygon = polygon[2:] + polygon[:2]
    item.box = Box.from_points(item.polygon).clipped(width, height)
