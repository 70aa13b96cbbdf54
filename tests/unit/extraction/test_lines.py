from __future__ import annotations

import pytest

from ocrdesk.extraction.lines import TextLine, polygon_of


def test_geometry_of_a_tilted_polygon() -> None:
    line = TextLine("姓名王晓明", ((10.0, 20.0), (110.0, 24.0), (108.0, 44.0), (8.0, 40.0)), 0.9)
    assert (line.left, line.top, line.right, line.bottom) == (8.0, 20.0, 110.0, 44.0)
    assert line.width == pytest.approx(102.0)
    assert line.height == pytest.approx(24.0)
    assert (line.center_x, line.center_y) == (59.0, 32.0)


def test_from_ltrb_is_clockwise_from_top_left() -> None:
    line = TextLine.from_ltrb("x", 1, 2, 3, 4, 0.5)
    assert line.polygon == ((1, 2), (3, 2), (3, 4), (1, 4))
    assert line.confidence == 0.5


def test_polygon_of_accepts_nested_lists() -> None:
    assert polygon_of([[1, 2], [3, 4]]) == ((1.0, 2.0), (3.0, 4.0))


def test_lines_are_hashable_values() -> None:
    a = TextLine.from_ltrb("a", 0, 0, 1, 1)
    assert a == TextLine.from_ltrb("a", 0, 0, 1, 1)
    assert len({a, TextLine.from_ltrb("a", 0, 0, 1, 1)}) == 1
