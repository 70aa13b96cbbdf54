"""The review rules without a window: which field needs a look, box geometry, region reading."""

from __future__ import annotations

import pytest
from PIL import Image

from ocrdesk.doctypes import DocType
from ocrdesk.imaging import SourceImage
from ocrdesk.model import Box, Document, Field, ImageInfo
from ocrdesk.providers.base import CancelToken, Provider, Recognition
from ocrdesk.review import (
    box_from_float,
    crop_region,
    default_label,
    edit_count,
    first_attention,
    join_lines,
    moved,
    moved_polygon,
    needs_attention,
    next_attention,
    read_region,
    readable_zoom,
    resized,
    suggested_keys,
)


def field(key: str, confidence: float | None = 0.95, value: str | None = None) -> Field:
    return Field(key, key, "ocr", confidence, value=value)


def test_attention_is_invalid_or_low_confidence_until_corrected() -> None:
    assert needs_attention(field("a"), ["bad"])
    assert needs_attention(field("a", 0.5))
    assert not needs_attention(field("a", 0.5, value="fixed"))  # the operator corrected it
    assert not needs_attention(field("a", None))  # no confidence given: not flagged
    assert not needs_attention(field("a", 0.8))  # the threshold itself is fine


def test_next_attention_wraps_and_goes_back() -> None:
    fields = [field("a"), field("b", 0.3), field("c"), field("d")]
    problems = {"d": ["bad"]}
    assert first_attention(fields, problems) == 1
    assert next_attention(fields, problems, 1) == 3
    assert next_attention(fields, problems, 3) == 1  # wraps
    assert next_attention(fields, problems, 2, backwards=True) == 1
    assert next_attention(fields, problems, 1, backwards=True) == 3
    assert next_attention(fields, {}, 0) == 1
    assert next_attention(fields[1:2], {}, 0) == 0  # the only one: itself
    assert next_attention([field("a")], {}, 0) is None
    assert next_attention([], {}, -1) is None


def test_readable_zoom_never_zooms_out() -> None:
    assert readable_zoom(20, 0.5, 32) == pytest.approx(28 / 20)
    assert readable_zoom(100, 0.5, 32) == 0.5  # 50 px high already
    assert readable_zoom(20, 3.0, 32) == 3.0  # the operator's closer zoom stays
    assert readable_zoom(1, 0.5, 8) == 8  # capped
    assert readable_zoom(0, 0.5, 8) == 0.5


def test_moving_and_resizing_stay_inside_the_image() -> None:
    box = Box(10, 10, 30, 20)
    assert moved(box, 5, -3, 100, 50) == Box(15, 7, 35, 17)
    assert moved(box, -50, 0, 100, 50) == Box(0, 10, 20, 20)  # stops at the edge, same size
    assert moved(box, 0, 100, 100, 50) == Box(10, 40, 30, 50)
    assert resized(box, 5, 2, 100, 50) == Box(10, 10, 35, 22)
    assert resized(box, -100, -100, 100, 50) == Box(10, 10, 12, 12)  # never below 2 px
    assert resized(box, 500, 0, 100, 50) == Box(10, 10, 100, 20)


def test_a_polygon_follows_a_move_but_not_a_resize() -> None:
    polygon = [(10, 10), (30, 10), (30, 20)]
    old = Box(10, 10, 30, 20)
    assert moved_polygon(polygon, old, Box(12, 13, 32, 23)) == [(12, 13), (32, 13), (32, 23)]
    assert moved_polygon(polygon, old, Box(10, 10, 31, 20)) is None
    assert moved_polygon(None, old, Box(12, 13, 32, 23)) is None


def test_lines_join_without_spaces_between_chinese() -> None:
    assert join_lines(["北京市朝阳区", "建国路88号"]) == "北京市朝阳区建国路88号"
    assert join_lines(["Total", "42.00"]) == "Total 42.00"
    assert join_lines(["京A12345", "备注", " ", ""]) == "京A12345 备注"
    assert join_lines([]) == ""


def test_suggested_keys_and_labels() -> None:
    assert suggested_keys("idcard_front", ["name", "id_number"]) == ["sex", "ethnicity", "birth_date", "address"]
    assert suggested_keys("general", ["line_1", "line_2", "line_4"]) == ["line_3"]
    assert suggested_keys("nonsense", []) == []
    assert default_label("birth_date") == "Birth date"
    assert default_label("line_7") == "Line 7"


def test_box_from_float_rounds_orders_and_clips() -> None:
    assert box_from_float(30.4, 20.6, 10.2, 5.5, 100, 100) == Box(10, 6, 30, 21)
    assert box_from_float(-5, -5, 200, 30, 100, 50) == Box(0, 0, 100, 30)
    assert box_from_float(10, 10, 10.2, 30, 100, 100) is None


def test_edit_count() -> None:
    documents = [
        Document("a", fields=[field("a", value="x"), field("b")]),
        Document("b", fields=[field("c", value="y")]),
    ]
    assert edit_count(documents) == 2


class RegionProvider(Provider):
    id = "region"
    name = "Region"
    doc_types = (DocType.GENERAL,)
    seen: list[tuple[int, int]] = []  # noqa: RUF012

    def recognize(self, image: SourceImage, doc_type: DocType, cancel: CancelToken | None = None) -> Recognition:
        type(self).seen.append((image.width, image.height))
        return Recognition(
            [
                Field("line_1", "Line 1", "北京市", 0.9, Box(2, 2, 20, 10)),
                Field("line_2", "Line 2", "朝阳区", 0.7, Box(4, 12, 30, 20)),
                Field("line_3", "Line 3", "  ", 0.1, Box(0, 0, 5, 5)),  # blank: ignored
            ]
        )


def page(width: int = 200, height: int = 100) -> SourceImage:
    return SourceImage("page.png", Image.new("RGB", (width, height), "white"), ImageInfo(width, height, "sha"))


def test_crop_region_keeps_a_margin_inside_the_page() -> None:
    crop, origin = crop_region(page(), Box(50, 40, 90, 60))
    assert origin == (44, 34) and (crop.width, crop.height) == (52, 32)
    crop, origin = crop_region(page(), Box(0, 0, 10, 10))
    assert origin == (0, 0) and (crop.width, crop.height) == (16, 16)


def test_read_region_joins_lines_and_maps_boxes_back() -> None:
    RegionProvider.seen.clear()
    reading = read_region(RegionProvider(), page(), Box(50, 40, 90, 60))
    assert RegionProvider.seen == [(52, 32)]
    assert reading.text == "北京市朝阳区"
    assert reading.confidence == pytest.approx(0.7)  # the weakest line
    assert reading.box == Box(44 + 2, 34 + 2, 44 + 30, 34 + 20)
