"""Detection sized by the print: the rules on their own, then the real engine on rendered pages."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import numpy as np
import pytest

from ocrdesk.doctypes import DocType
from ocrdesk.imaging import from_rgb_array
from ocrdesk.model import DocStatus
from ocrdesk.providers.local import LocalProvider, engine, sizing
from ocrdesk.providers.local.sizing import SizedDetector, first_scale, second_scale, strip_spans
from ocrdesk.recognition import recognize_image
from tests.images import render_text_image, requires_cjk_font


def boxes_of(thickness: float, count: int = 8, length: float = 300.0) -> np.ndarray:
    """`count` horizontal line boxes `thickness` px thick, clockwise from top-left."""
    out = []
    for index in range(count):
        top = 10 + index * thickness * 2
        out.append([[10, top], [10 + length, top], [10 + length, top + thickness], [10, top + thickness]])
    return np.asarray(out, np.float32)


def test_first_pass_caps_pages_and_gives_strips_their_pixels() -> None:
    assert first_scale(800, 500) == 1.0  # a small card: its own pixels
    assert first_scale(1280, 960) == pytest.approx(0.75)  # 960 on the long side
    assert first_scale(1240, 1754) == pytest.approx(960 / 1754, rel=0.05)
    # a till receipt 576×4122: as many pixels as a 960×720 page, not a 134 px sliver
    scale = first_scale(576, 4122)
    assert 576 * scale >= 300
    assert (576 * scale) * (4122 * scale) == pytest.approx(960 * 720, rel=0.01)


def test_second_pass_only_for_small_print() -> None:
    # 30 px lines seen at half size are 15 px to the detector: legible, no second pass
    assert second_scale(boxes_of(30), 0.5) is None
    # 20 px lines seen at half size are 10 px: detect again where they are TARGET_PX thick
    again = second_scale(boxes_of(20), 0.5)
    assert again == pytest.approx(sizing.TARGET_PX / 20)
    # never beyond the picture's own pixels, and never again when already there
    assert second_scale(boxes_of(8), 0.5) == 1.0
    assert second_scale(boxes_of(8), 1.0) is None
    # a little gain (the picture's own pixels are barely more) is not worth a second run
    assert second_scale(boxes_of(8), 0.9) is None


def test_nothing_found_on_a_much_reduced_picture_is_looked_at_closer() -> None:
    empty = np.zeros((0, 4, 2), np.float32)
    assert second_scale(empty, 0.3) == pytest.approx(0.6)
    assert second_scale(empty, 0.8) is None  # a blank card or page stays one pass


def test_a_few_thin_lines_among_big_ones_decide() -> None:
    # headlines and captions are big; the body print (here a third of the lines) is what needs reading
    boxes = np.concatenate([boxes_of(60, count=6), boxes_of(18, count=4)])
    assert second_scale(boxes, 0.5) is not None


@pytest.mark.parametrize("across", [500, 3000, 4122, 7777])
def test_strips_cover_everything_and_cores_partition(across: int) -> None:
    spans = strip_spans(across, 600, 0.9)
    assert spans[0][0] == 0 and spans[-1][1] == across
    assert spans[0][2] == 0 and spans[-1][3] == across
    for (start, end, core_start, core_end), following in itertools.pairwise(spans):
        assert core_end == following[2]  # cores meet: every centre belongs to exactly one strip
        assert start <= core_start < core_end <= end
        assert end - following[0] >= 64  # strips overlap by a few lines
        # a line whose centre is in this core lies inside this strip when it is under half the overlap
        assert core_end + (end - following[0]) // 2 <= end + 1
    for start, end, _, _ in spans:
        assert (end - start) * 600 * 0.81 <= sizing.STRIP_PIXELS * 1.01 or len(spans) == 1


class FakeDetector:
    """RapidOCR's detector as far as SizedDetector uses it: finds the dark rows of the picture it is
    given as boxes, and records the size it was asked to detect at."""

    def __init__(self) -> None:
        self.limit_side_len = 960
        self.limit_type = "max"
        self.postprocess_op = object()
        self.sides: list[int] = []

    def __call__(self, img: np.ndarray) -> object:
        from rapidocr.ch_ppocr_det import TextDetOutput

        self.sides.append(self.limit_side_len)
        dark = (img.min(axis=2) < 128).any(axis=1)
        boxes, scores, top = [], [], None
        for y, is_dark in enumerate([*dark, False]):
            if is_dark and top is None:
                top = y
            elif not is_dark and top is not None:
                columns = np.nonzero((img[top:y].min(axis=2) < 128).any(axis=0))[0]
                left, right = float(columns[0]), float(columns[-1] + 1)
                boxes.append([[left, top], [right, top], [right, y], [left, y]])
                scores.append(0.9)
                top = None
        if not boxes:
            return TextDetOutput()
        return TextDetOutput(img, np.asarray(boxes, np.float32), np.asarray(scores, np.float32))


def striped(height: int, width: int, thickness: int, pitch: int) -> np.ndarray:
    image = np.full((height, width, 3), 255, np.uint8)
    for top in range(20, height - thickness, pitch):
        image[top : top + thickness, 30 : width - 30] = 0
    return image


def test_strips_find_every_line_once_with_its_whole_box(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sizing, "MAX_WHOLE_PIXELS", 200_000)  # force strips on a small test picture
    monkeypatch.setattr(sizing, "STRIP_PIXELS", 150_000)
    fake = FakeDetector()
    detector = SizedDetector(fake)
    image = striped(3000, 500, thickness=9, pitch=23)  # long strip, 9 px lines
    found = detector(image)
    assert len(detector.passes) == 2 and len(fake.sides) > 3  # the second pass ran in strips
    rows = sorted(range(20, 3000 - 9, 23))
    assert len(found.boxes) == len(rows)  # no line lost, none twice
    tops = sorted(float(box[:, 1].min()) for box in found.boxes)
    assert tops == pytest.approx(rows, abs=1)
    heights = {round(float(box[:, 1].max() - box[:, 1].min())) for box in found.boxes}
    assert heights == {9}  # no line cut by a strip edge
    assert fake.limit_side_len == 960  # the detector's own cap is restored


def test_card_sized_picture_takes_one_pass() -> None:
    fake = FakeDetector()
    detector = SizedDetector(fake)
    found = detector(striped(630, 1000, thickness=40, pitch=90))
    assert detector.passes == [pytest.approx(0.96)]
    assert fake.sides == [960]
    assert len(found.boxes) == 7


# ---- the real engine ----


@pytest.fixture(scope="module")
def provider() -> Iterator[LocalProvider]:
    loaded = LocalProvider()
    loaded.warm_up()
    yield loaded
    loaded.close()


def sized() -> SizedDetector:
    detector = engine.shared_engine().text_det
    assert isinstance(detector, SizedDetector)  # fails loudly if RapidOCR stops calling text_det
    return detector


def squash(text: str) -> str:
    return "".join(text.split())


SMALL_ZH = [f"第{n}条 本合同自双方签字盖章之日起生效有效期{n + 1}年" for n in range(1, 31)]
SMALL_EN = [f"Clause {n}: the premium of {n * 37} yuan is due on day {n} of each month." for n in range(1, 31)]


def read_at_the_old_cap(rgb: np.ndarray) -> set[str]:
    """What the engine read before detection was sized: RapidOCR's detector at the 960 px cap alone."""
    loaded = engine.shared_engine()
    sized_detector = sized()
    with engine.RUN_LOCK:
        loaded.text_det = sized_detector.detector
        try:
            result = loaded(engine.to_bgr(rgb))
        finally:
            loaded.text_det = sized_detector
    return {squash(text) for text in result.txts or ()}


@pytest.mark.slow
@requires_cjk_font
def test_small_print_missed_at_the_old_cap_is_read(provider: LocalProvider) -> None:
    # an A4 page at 200 dpi in 8-pt print (~13 px): at the old cap it is ~5 px to the detector
    image, _ = render_text_image(SMALL_ZH, size=(1654, 2339), font_size=13, margin=120, line_spacing=1.6)
    rgb = np.asarray(image)
    document, _ = recognize_image(provider, from_rgb_array(rgb, "small.png"), DocType.GENERAL)
    assert document.status is DocStatus.OK, document.error
    assert len(sized().passes) == 2  # detected again, at a larger size
    read = {squash(f.value or "") for f in document.fields}
    right = sum(1 for line in SMALL_ZH if squash(line) in read)
    before = sum(1 for line in SMALL_ZH if squash(line) in read_at_the_old_cap(rgb))
    assert right >= 29, sorted(read)
    assert before < right  # text the single pass at the old cap missed


@pytest.mark.slow
def test_long_receipt_read_at_its_own_print_size(provider: LocalProvider) -> None:
    lines = [f"ITEM {n:03d} MILK 1L x{n % 4 + 1} {n * 3.17:.2f}" for n in range(1, 91)]
    image, _ = render_text_image(lines, size=(600, 4200), font_size=22, margin=30, line_spacing=2.0)
    document, _ = recognize_image(provider, from_rgb_array(np.asarray(image), "receipt.png"), DocType.GENERAL)
    assert document.status is DocStatus.OK, document.error
    read = {squash(f.value or "") for f in document.fields}
    right = sum(1 for line in lines if squash(line) in read)
    assert right >= 85, right


@pytest.mark.slow
def test_card_photo_is_detected_once(provider: LocalProvider) -> None:
    lines = ["INVOICE 2024", "Total 1234.50", "OCRDesk test"]
    image, _ = render_text_image(lines, size=(1280, 960), font_size=56, margin=80)
    document, _ = recognize_image(provider, from_rgb_array(np.asarray(image), "card.png"), DocType.GENERAL)
    assert [f.value for f in document.fields] == lines
    assert sized().passes == [pytest.approx(0.75)]
