"""Document/Field/Box: the data every export and the UI rely on."""

from __future__ import annotations

import json

import pytest

from ocrdesk.doctypes import DocType
from ocrdesk.model import Box, DocStatus, Document, ErrorInfo, Field, ImageInfo


def _document() -> Document:
    return Document(
        source="scans/身份证 1.jpg",
        page=None,
        image=ImageInfo(1280, 800, "ab" * 32),
        provider="local",
        doc_type="idcard_front",
        status=DocStatus.REVIEWED,
        fields=[
            Field("name", "姓名", "张三", confidence=0.98765, box=Box(24, 31, 201, 82), polygon=[(24, 31), (201, 82)]),
            Field("id_number", "公民身份号码", "11010519491231002X", value="11010519491231002X"),
            Field("address", "住址", "北京市", value="北京市东城区", confidence=None),
        ],
    )


def test_document_round_trip_through_json() -> None:
    original = _document()
    data = json.loads(json.dumps(original.to_dict(), ensure_ascii=False))
    restored = Document.from_dict(data)
    # confidence is rounded to 4 places in the file; everything else comes back exactly
    assert restored.fields[0].confidence == pytest.approx(0.9877)
    restored.fields[0].confidence = original.fields[0].confidence
    assert restored == original


def test_to_dict_has_interface_keys() -> None:
    data = _document().to_dict()
    assert list(data) == [
        "source",
        "page",
        "image",
        "provider",
        "doc_type",
        "status",
        "error",
        "fields",
        "warnings",
        "acceptance",
        "outlines",
        "review",
    ]
    assert list(data["fields"][0]) == [
        "key",
        "label",
        "value",
        "ocr_value",
        "confidence",
        "box",
        "polygon",
        "edited",
        "corrections",
        "corrected_value",
        "agreement",
    ]
    assert data["fields"][0]["box"] == {"left": 24, "top": 31, "right": 201, "bottom": 82}
    assert data["fields"][0]["polygon"] == [[24, 31], [201, 82]]
    assert data["status"] == "reviewed"


def test_error_document_round_trip() -> None:
    doc = Document("a.png", status=DocStatus.ERROR, error=ErrorInfo("-1102", "图片下载失败"))
    data = doc.to_dict()
    assert data["error"] == {"code": "-1102", "message": "图片下载失败"}
    assert data["fields"] == []
    assert Document.from_dict(data) == doc


def test_field_edited_and_defaults() -> None:
    item = Field("line_1", "Line 1", "abc")
    assert item.value == "abc" and not item.edited
    item.value = "abd"
    assert item.edited
    assert item.to_dict()["edited"] is True
    # an edit back to the OCR text is no longer an edit
    item.value = "abc"
    assert not item.edited


@pytest.mark.parametrize("confidence", [-0.01, 1.01])
def test_field_rejects_confidence_outside_unit_range(confidence: float) -> None:
    with pytest.raises(ValueError):
        Field("k", "K", "v", confidence=confidence)


def test_field_from_dict_fills_missing_parts() -> None:
    item = Field.from_dict({"key": "line_1", "value": "x"})
    assert (item.label, item.ocr_value, item.value, item.box, item.polygon) == ("line_1", "x", "x", None, None)


@pytest.mark.parametrize("ltrb", [(0, 0, 0, 5), (5, 0, 4, 5), (0, 5, 5, 5), (0, 6, 5, 5)])
def test_box_rejects_empty(ltrb: tuple[int, int, int, int]) -> None:
    with pytest.raises(ValueError):
        Box(*ltrb)


def test_box_constructors_never_shrink_text() -> None:
    assert Box.from_xywh(10, 20, 30, 40) == Box(10, 20, 40, 60)
    assert Box.from_ltrb(1.6, 2.2, 10.1, 20.9) == Box(1, 2, 11, 21)
    assert Box.from_points([(5, 9), (1.5, 3), (7.2, 4)]) == Box(1, 3, 8, 9)
    with pytest.raises(ValueError):
        Box.from_points([])


def test_box_geometry() -> None:
    box = Box(10, 20, 50, 80)
    assert (box.width, box.height) == (40, 60)
    assert box.clipped(30, 30) == Box(10, 20, 30, 30)
    assert box.clipped(100, 100) == box
    assert box.clipped(10, 100) is None
    assert box.scaled(2, 0.5) == Box(20, 10, 100, 40)
    assert box.union(Box(0, 30, 20, 90)) == Box(0, 20, 50, 90)
    assert Box.from_dict(box.to_dict()) == box


def test_display_name() -> None:
    assert Document("a/b/c.pdf", page=3).display_name == "c.pdf p.3"
    assert Document("c.jpg").display_name == "c.jpg"


def test_rule_corrections_are_not_operator_edits_and_round_trip() -> None:
    item = Field(
        key="id_number",
        label="公民身份号码",
        ocr_value="11010519491231002Z",
        value="110105194912310021",
        corrected_value="110105194912310021",
        corrections=["check digit: Z→1"],
    )
    assert not item.edited
    data = item.to_dict()
    assert data["corrections"] == ["check digit: Z→1"] and data["edited"] is False
    assert Field.from_dict(data) == item
    item.value = "110105194912310030"
    assert item.edited
    item.value = item.ocr_value  # the operator rejects the repair: back to what was read
    assert not item.edited
    assert Field.from_dict({"key": "k", "value": "v"}).corrections == []


def test_outlines_round_trip_and_are_clipped_to_the_picture() -> None:
    from ocrdesk.imaging import from_rgb_array
    from ocrdesk.model import Outline
    from ocrdesk.providers.base import Provider, Recognition
    from ocrdesk.recognition import recognize_image

    card = Outline("card_region", "card_region", ((-5, 10), (120, 10), (120, 90), (-5, 90)))
    document = Document("a.jpg", outlines=[card])
    data = json.loads(json.dumps(document.to_dict()))
    assert data["outlines"] == [
        {
            "key": "card_region",
            "label": "card_region",
            "polygon": [[-5, 10], [120, 10], [120, 90], [-5, 90]],
            "box": {"left": -5, "top": 10, "right": 120, "bottom": 90},
        }
    ]
    assert Document.from_dict(data) == document
    del data["outlines"]
    assert Document.from_dict(data).outlines == []  # results written before outlines existed

    class Outlining(Provider):
        id, name, doc_types = "outlining", "Outlining", (DocType.IDCARD_FRONT,)

        def recognize(self, image, doc_type, cancel=None):  # type: ignore[no-untyped-def]
            flat = Outline("portrait", "face_rect", ((10, 10), (10, 10), (10, 10)))
            return Recognition([], outlines=[card, flat])

    import numpy as np

    image = from_rgb_array(np.zeros((80, 100, 3), np.uint8), source="a.jpg")
    recognized, _ = recognize_image(Outlining(), image, DocType.IDCARD_FRONT)
    # kept inside the 100×80 picture; a polygon without area is no outline
    assert recognized.outlines == [Outline("card_region", "card_region", ((0, 10), (100, 10), (100, 80), (0, 80)))]
