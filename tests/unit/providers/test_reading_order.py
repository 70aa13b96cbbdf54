"""The one reading-order rule shared by the local engine and Tencent's legacy API."""

from __future__ import annotations

from ocrdesk.model import Box
from ocrdesk.providers.reading_order import Span, reading_order


def order(named: dict[str, Span]) -> list[str]:
    return reading_order(list(named), list(named.values()))


def test_rows_top_to_bottom_each_from_its_start() -> None:
    # scrambled, and rows wobble by a few pixels as detections do
    spans = {
        "d": Span.of_box(Box(400, 104, 600, 136)),
        "a": Span.of_box(Box(20, 20, 200, 52)),
        "c": Span.of_box(Box(20, 100, 200, 132)),
        "b": Span.of_box(Box(400, 26, 600, 58)),
        "e": Span.of_box(Box(20, 180, 600, 212)),
    }
    assert order(spans) == ["a", "b", "c", "d", "e"]


def test_a_tall_block_does_not_swallow_the_lines_beside_it() -> None:
    spans = {
        "right": Span.of_box(Box(300, 12, 350, 32)),
        "below": Span.of_box(Box(10, 60, 60, 80)),
        "left": Span.of_box(Box(10, 10, 60, 30)),
        "tall": Span.of_box(Box(600, 0, 650, 200)),
    }
    assert order(spans) == ["tall", "left", "right", "below"]


def test_spans_around_a_middle_use_the_lines_own_thickness() -> None:
    # two skewed lines whose bounding boxes overlap, but whose own 20 px heights do not
    first, second = Span.around(0, 50, 20), Span.around(0, 75, 20)
    assert (first.top, first.bottom, first.middle) == (40, 60, 50)
    assert not first.shares_row_with(second)
    assert first.shares_row_with(Span.around(300, 58, 20))
    # in a page turned 180°, "start" and "top" are already the text's own: larger means later
    assert order({"later": Span.around(-100, -40, 20), "first": Span.around(-500, -40, 20)}) == ["first", "later"]


def test_no_lines() -> None:
    assert reading_order([], []) == []
