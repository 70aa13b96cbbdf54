"""RapidOCR's output turned into fields, without the engine: order, clipping, confidence."""

from __future__ import annotations

import math

import numpy as np

from ocrdesk.providers.local.lines import fields_from_output


def quad(left: float, top: float, right: float, bottom: float) -> list[list[float]]:
    return [[left, top], [right, top], [right, bottom], [left, bottom]]


def test_no_boxes_no_fields() -> None:
    assert fields_from_output(None, None, None, 100, 100) == []
    assert fields_from_output(None, ("x",), (0.9,), 100, 100) == []


def test_empty_texts_dropped_and_confidence_clamped() -> None:
    boxes = np.array([quad(10, 10, 90, 30), quad(10, 40, 90, 60), quad(10, 70, 90, 90)], np.float32)
    fields = fields_from_output(boxes, ("  ", " first ", "second"), (0.9, 1.0000002, math.nan), 100, 100)
    assert [(f.key, f.value) for f in fields] == [("line_1", "first"), ("line_2", "second")]
    assert fields[0].confidence == 1.0
    assert fields[1].confidence is None  # never a made-up value


def test_boxes_rounded_and_clipped_to_the_image() -> None:
    boxes = np.array([quad(-3.4, 5.6, 120.2, 20.5), quad(150, 150, 180, 170)], np.float32)
    fields = fields_from_output(boxes, ("inside", "outside"), (0.8, 0.7), 100, 100)
    assert fields[0].box is not None
    assert fields[0].box.to_dict() == {"left": 0, "top": 5, "right": 100, "bottom": 21}
    assert fields[0].polygon == [(0, 6), (100, 6), (100, 20), (0, 20)]
    assert fields[1].box is None and fields[1].polygon is None
    assert fields[1].value == "outside"  # the text is kept even where the box is not


def test_reading_order_rows_then_left_to_right() -> None:
    # given in a scrambled order; rows wobble by a few pixels, as detections do
    boxes = [
        quad(400, 104, 600, 136),  # row 2, right
        quad(20, 20, 200, 52),  # row 1, left
        quad(20, 100, 200, 132),  # row 2, left
        quad(400, 26, 600, 58),  # row 1, right
        quad(20, 180, 600, 212),  # row 3
    ]
    texts = ("d", "a", "c", "b", "e")
    fields = fields_from_output(np.array(boxes, np.float32), texts, (0.9,) * 5, 700, 300)
    assert [f.value for f in fields] == ["a", "b", "c", "d", "e"]
