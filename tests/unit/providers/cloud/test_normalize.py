"""Vendor value normalisation: numbers as strings, no-box cases, confidence scales, NFKC."""

from __future__ import annotations

from ocrdesk.model import Box
from ocrdesk.providers.cloud.normalize import (
    box_from_ltrb,
    box_from_polygon,
    box_from_xywh,
    clean_label,
    clean_text,
    fallback_key,
    make_field,
    polygon_from_points,
    rotated_rect_polygon,
    to_confidence,
    unique_key,
)


def test_boxes_from_each_vendor_shape() -> None:
    assert box_from_xywh(10, 20, 30, 40) == Box(10, 20, 40, 60)
    assert box_from_xywh("10", " 20", "30.4", "40") == Box(10, 20, 41, 60)
    assert box_from_ltrb("5", "6", "50", "60") == Box(5, 6, 50, 60)
    assert box_from_ltrb(0, 0, 0, 0) is None
    assert box_from_xywh(1, 1, 0, 5) is None
    assert box_from_xywh(None, 1, 2, 3) is None
    polygon = polygon_from_points([{"X": 10, "Y": 5}, {"X": 90, "Y": 8}, {"X": 88, "Y": 30}, {"X": 9, "Y": 28}])
    assert polygon == [(10, 5), (90, 8), (88, 30), (9, 28)]
    assert box_from_polygon(polygon) == Box(9, 5, 90, 30)
    assert polygon_from_points([1, 2, 11, 2, 11, 12, 1, 12]) == [(1, 2), (11, 2), (11, 12), (1, 12)]
    assert polygon_from_points([[0, 0], [0, 0], [0, 0], [0, 0]]) is None
    assert polygon_from_points([1, 2, 3]) is None


def test_rotated_rectangle_corners() -> None:
    assert rotated_rect_polygon(50, 50, 20, 10, 0) == [(40, 45), (60, 45), (60, 55), (40, 55)]
    # a quarter turn clockwise swaps the extents
    assert Box.from_points(rotated_rect_polygon(50, 50, 20, 10, 90)) == Box(45, 40, 55, 60)


def test_confidence_scales_and_absence() -> None:
    assert to_confidence(87, 100) == 0.87
    assert to_confidence("65280", 65280) == 1.0
    assert to_confidence(None, 100) is None
    assert to_confidence("n/a", 100) is None
    assert to_confidence(150, 100) == 1.0


def test_texts_labels_and_keys() -> None:
    assert clean_text("１２３４ ") == "1234"
    assert clean_text(None) == ""
    assert clean_label(" 有效期") == "有效期"
    assert clean_label("出生\u3000日期") == "出生日期"
    assert unique_key("authority", ["authority"]) == "authority_2"
    assert fallback_key("Tel Cell", []) == "tel_cell"
    assert fallback_key("备注", ["field_1"]) == "field_2"


def test_make_field_derives_box_from_polygon() -> None:
    field = make_field("line_1", "Line 1", " ＡＢＣ ", 0.5, polygon=[(1, 1), (9, 1), (9, 5), (1, 5)])
    assert field.value == "ABC" and field.ocr_value == "ABC" and not field.edited
    assert field.box == Box(1, 1, 9, 5)
