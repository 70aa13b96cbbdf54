"""The local engine's output as pipeline lines: each polygon starts at the text's own top-left corner."""

from __future__ import annotations

import numpy as np

from ocrdesk.doctypes import DocType
from ocrdesk.extraction.orientation import text_orientation
from ocrdesk.providers.local.named import NAMED_TYPES, text_lines

# RapidOCR's boxes: clockwise from the top-left corner as the box lies in the image
WIDE = [[10, 10], [210, 10], [210, 40], [10, 40]]
WIDE_2 = [[10, 60], [180, 60], [180, 90], [10, 90]]
TALL = [[300, 10], [330, 10], [330, 210], [300, 210]]
TALL_2 = [[250, 10], [280, 10], [280, 180], [250, 180]]


def test_upright_lines_keep_the_engine_order() -> None:
    lines = text_lines(
        np.array([WIDE, WIDE_2], dtype=np.float32), ["姓名王晓明", "性别男"], [0.9, 0.8], upside_down=False
    )
    assert [line.polygon[0] for line in lines] == [(10.0, 10.0), (10.0, 60.0)]
    assert [line.confidence for line in lines] == [0.9, 0.8]
    assert text_orientation(lines).rotation == 0


def test_an_upside_down_page_starts_at_the_bottom_right() -> None:
    lines = text_lines(np.array([WIDE, WIDE_2], dtype=np.float32), ["a b", "c d"], [0.9, 0.8], upside_down=True)
    assert lines[0].polygon == ((210.0, 40.0), (10.0, 40.0), (10.0, 10.0), (210.0, 10.0))
    assert text_orientation(lines).rotation == 180


def test_sideways_lines_start_where_their_text_starts() -> None:
    down = text_lines(np.array([TALL, TALL_2], dtype=np.float32), ["ab", "cd"], [0.9, 0.9], upside_down=False)
    assert down[0].polygon[0] == (330.0, 10.0)  # text running down the page starts top right
    assert text_orientation(down).rotation == 90
    up = text_lines(np.array([TALL, TALL_2], dtype=np.float32), ["ab", "cd"], [0.9, 0.9], upside_down=True)
    assert up[0].polygon[0] == (300.0, 210.0)  # text running up the page starts bottom left
    assert text_orientation(up).rotation == 270


def test_empty_and_broken_output_is_skipped() -> None:
    assert text_lines(None, None, None, upside_down=False) == []
    broken = np.array([WIDE, [[np.nan, 0], [1, 0], [1, 1], [0, 1]]], dtype=np.float32)
    lines = text_lines(broken, ["ok", "nan"], ["x", 2.0], upside_down=False)  # type: ignore[list-item]
    assert [(line.text, line.confidence) for line in lines] == [("ok", 0.0)]
    assert text_lines(np.array([WIDE], dtype=np.float32), ["  "], [0.9], upside_down=False) == []


def test_the_named_types_and_auto_are_offered() -> None:
    assert NAMED_TYPES[0] == DocType.IDCARD_FRONT
    assert DocType.AUTO in NAMED_TYPES and DocType.GENERAL not in NAMED_TYPES
