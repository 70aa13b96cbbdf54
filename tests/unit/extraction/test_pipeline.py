from __future__ import annotations

from collections.abc import Callable

import cv2
import numpy as np
import pytest

from ocrdesk.doctypes import DocType
from ocrdesk.errors import Cancelled
from ocrdesk.extraction.color import red_mask
from ocrdesk.extraction.geometry import ANY, CARD, rectify
from ocrdesk.extraction.lines import TextLine
from ocrdesk.extraction.pipeline import read_document
from ocrdesk.providers.base import CancelToken
from tests.unit.extraction.scenes import photo

# The lines of an ID card front in card pixels (856 × 540), labels and values read as separate lines.
CARD_LINES = [
    ("姓名", 40, 50, 120, 85),
    ("王晓明", 150, 50, 300, 85),
    ("性别", 40, 120, 120, 155),
    ("男", 150, 120, 185, 155),
    ("民族", 260, 120, 340, 155),
    ("汉", 370, 120, 405, 155),
    ("出生", 40, 190, 120, 225),
    ("1990年1月2日", 150, 190, 420, 225),
    ("住址", 40, 260, 120, 295),
    ("北京市东城区景山前街4号", 150, 260, 560, 295),
    ("公民身份号码", 40, 440, 250, 475),
    ("110101199001021232", 300, 440, 760, 475),
]
EXPECTED = {
    "name": "王晓明",
    "sex": "男",
    "ethnicity": "汉",
    "birth_date": "1990年1月2日",
    "address": "北京市东城区景山前街4号",
    "id_number": "110101199001021232",
}


def _project(matrix: np.ndarray, points: np.ndarray) -> np.ndarray:
    homogeneous = np.hstack([points, np.ones((len(points), 1))]) @ matrix.T
    return homogeneous[:, :2] / homogeneous[:, 2:3]


def _card_polygon(left: float, top: float, right: float, bottom: float) -> np.ndarray:
    return np.array([[left, top], [right, top], [right, bottom], [left, bottom]], dtype=np.float64)


def _engine_for(
    card_to_image: np.ndarray, seen: list[np.ndarray] | None = None
) -> Callable[[np.ndarray], list[TextLine]]:
    """A fake engine that reads the card's lines wherever the card lies in the image it is given.

    Like the real callback, each polygon starts at the text's own top-left corner.
    """

    def ocr(image: np.ndarray) -> list[TextLine]:
        lines = []
        for text, left, top, right, bottom in CARD_LINES:
            points = _project(card_to_image, _card_polygon(left, top, right, bottom))
            lines.append(TextLine(text, tuple((float(x), float(y)) for x, y in points), 0.95))
        return lines

    return ocr


@pytest.mark.parametrize(("angle", "tilt"), [(0.0, 0.0), (10.0, 0.08), (183.0, -0.05), (92.0, 0.04), (-95.0, 0.0)])
def test_a_photographed_card_gives_named_fields_boxed_on_the_photo(angle: float, tilt: float) -> None:
    scene = photo(angle, tilt, seed=3)
    rectified = rectify(scene.rgb, CARD)  # what read_document will do: deterministic
    engine = _engine_for(rectified.homography @ scene.card_to_photo)
    recognition = read_document(scene.rgb, DocType.IDCARD_FRONT, engine)
    values = {f.key: f.value for f in recognition.fields}
    assert values == EXPECTED
    by_key = {f.key: f for f in recognition.fields}
    for key, (left, top, right, bottom) in {"name": (150, 50, 300, 85), "id_number": (300, 440, 760, 475)}.items():
        expected = _project(scene.card_to_photo, _card_polygon(left, top, right, bottom))
        item = by_key[key]
        assert item.polygon is not None and item.box is not None
        polygon = np.array(item.polygon, dtype=np.float64)
        assert np.abs(polygon - expected).max() < 4.0  # same corners, same order (text's own top-left first)
        assert item.box.left == pytest.approx(expected[:, 0].min(), abs=4)
        assert item.box.bottom == pytest.approx(expected[:, 1].max(), abs=4)
        assert item.confidence == pytest.approx(0.95)
    assert recognition.detected_doc_type is None


def test_auto_detects_the_type_and_reports_it() -> None:
    scene = photo(5.0, 0.03, seed=4)
    rectified = rectify(scene.rgb, ANY)
    recognition = read_document(scene.rgb, "auto", _engine_for(rectified.homography @ scene.card_to_photo))
    assert recognition.detected_doc_type == DocType.IDCARD_FRONT
    assert {f.key: f.value for f in recognition.fields} == EXPECTED


def test_auto_with_nothing_recognisable_lists_the_lines() -> None:
    image = np.full((400, 600, 3), 255, np.uint8)

    def ocr(_image: np.ndarray) -> list[TextLine]:
        return [
            TextLine.from_ltrb("second row", 20, 200, 300, 240, 0.8),
            TextLine.from_ltrb("Meeting notes", 20, 50, 300, 90, 0.9),
        ]

    recognition = read_document(image, "auto", ocr)
    assert recognition.detected_doc_type == DocType.GENERAL
    assert [(f.key, f.value) for f in recognition.fields] == [("line_1", "Meeting notes"), ("line_2", "second row")]
    assert recognition.fields[0].box is not None and recognition.fields[0].box.top == 50
    assert any("not recognised" in w for w in recognition.warnings)


def test_a_field_not_read_is_listed_empty_without_a_box() -> None:
    scene = photo(0.0, seed=5)
    rectified = rectify(scene.rgb, CARD)
    full = _engine_for(rectified.homography @ scene.card_to_photo)

    def without_address(image: np.ndarray) -> list[TextLine]:
        return [line for line in full(image) if "北京" not in line.text]

    by_key = {f.key: f for f in read_document(scene.rgb, DocType.IDCARD_FRONT, without_address).fields}
    assert by_key["address"].value == "" and by_key["address"].box is None


def test_a_business_licence_is_read_without_its_seal() -> None:
    page = np.full((1400, 1000, 3), 245, np.uint8)
    cv2.putText(page, "2019-05-20", (500, 1200), cv2.FONT_HERSHEY_SIMPLEX, 1.5, (20, 20, 20), 3)
    cv2.circle(page, (650, 1180), 110, (210, 35, 40), 8)
    seen: list[np.ndarray] = []

    def ocr(image: np.ndarray) -> list[TextLine]:
        seen.append(image)
        return [TextLine.from_ltrb("营业执照", 380, 100, 620, 160, 0.9)]

    read_document(page, DocType.BUSINESS_LICENSE, ocr)
    assert len(seen) == 1 and not red_mask(seen[0]).any()


def test_an_invoice_takes_its_qr_values() -> None:
    payload = "01,04,044031900111,12345678,1234.50,20240512,12345678901234567890,ABCD"
    code = cv2.resize(cv2.QRCodeEncoder.create().encode(payload), None, fx=6, fy=6, interpolation=cv2.INTER_NEAREST)
    page = np.full((930, 1600, 3), 250, np.uint8)
    page[40 : 40 + code.shape[0], 40 : 40 + code.shape[1]] = code[:, :, None]

    def ocr(_image: np.ndarray) -> list[TextLine]:
        return [
            TextLine.from_ltrb("增值税普通发票", 600, 40, 1000, 90, 0.95),
            TextLine.from_ltrb("发票号码：12345679", 1150, 60, 1500, 95, 0.93),
        ]

    recognition = read_document(page, DocType.VAT_INVOICE, ocr)
    by_key = {f.key: f for f in recognition.fields}
    assert by_key["invoice_number"].value == "12345678"
    assert by_key["invoice_number"].corrections == ["from the QR code: 12345679→12345678"]
    assert by_key["invoice_code"].value == "044031900111"
    assert by_key["amount"].value == "1234.50"
    assert any(w.startswith("invoice_number:") for w in recognition.warnings)


def test_a_cancel_stops_before_reading() -> None:
    token = CancelToken()
    token.cancel()
    called: list[np.ndarray] = []

    def ocr(image: np.ndarray) -> list[TextLine]:
        called.append(image)
        return []

    with pytest.raises(Cancelled):
        read_document(np.full((100, 100, 3), 255, np.uint8), DocType.IDCARD_FRONT, ocr, token)
    assert called == []


def test_a_page_lying_sideways_is_turned_and_read_again() -> None:
    # a portrait page (600 × 800) photographed turned 90° clockwise: the picture is 800 × 600
    upright = [("First line of the page", (40, 60, 500, 100)), ("Second line", (40, 160, 300, 200))]
    picture = np.full((600, 800, 3), 255, np.uint8)
    shapes: list[tuple[int, ...]] = []

    def turned_clockwise(x: float, y: float) -> tuple[float, float]:
        return 800 - y, x

    def ocr(image: np.ndarray) -> list[TextLine]:
        shapes.append(image.shape)
        lines = []
        for text, (left, top, right, bottom) in upright:
            polygon: tuple[tuple[float, float], ...] = ((left, top), (right, top), (right, bottom), (left, bottom))
            if image.shape[1] == 800:  # still sideways: the text runs down the picture
                polygon = tuple(turned_clockwise(x, y) for x, y in polygon)
            lines.append(TextLine(text, tuple((float(x), float(y)) for x, y in polygon), 0.9))
        return lines

    recognition = read_document(picture, "auto", ocr)
    assert shapes == [(600, 800, 3), (800, 600, 3)]
    assert [f.value for f in recognition.fields] == ["First line of the page", "Second line"]
    first = recognition.fields[0]
    # where the first line lies in the picture: turned clockwise, it runs down near the right edge
    assert first.box is not None
    assert (first.box.left, first.box.top, first.box.right, first.box.bottom) == (700, 40, 740, 500)
    assert first.polygon == [(740, 40), (740, 500), (700, 500), (700, 40)]


def test_a_rectified_reading_that_finds_nothing_is_retried_on_the_whole_picture() -> None:
    scene = photo(8.0, 0.05, seed=6)
    whole = _engine_for(scene.card_to_photo)  # the picture as it is: the card where the photo has it
    images: list[tuple[int, ...]] = []

    def ocr(image: np.ndarray) -> list[TextLine]:
        images.append(image.shape)
        return whole(image) if image.shape == scene.rgb.shape else []  # as if the wrong outline was taken

    recognition = read_document(scene.rgb, DocType.IDCARD_FRONT, ocr)
    assert images == [(631, 1000, 3), scene.rgb.shape]
    assert {f.key: f.value for f in recognition.fields} == EXPECTED
    name = next(f for f in recognition.fields if f.key == "name")
    expected = _project(scene.card_to_photo, _card_polygon(150, 50, 300, 85))
    assert name.polygon is not None and np.abs(np.array(name.polygon) - expected).max() < 1.0
