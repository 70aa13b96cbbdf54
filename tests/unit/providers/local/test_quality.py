"""The local engine's quality warnings on rendered photographs of the corpus (no OCR engine needed):
a clean scan stays quiet; a blurred photo, a glare, a card cut by the frame, a card too small and two
cards in one picture are each named. Thresholds: benchmarks/bench_quality.py."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from ocrdesk.doctypes import DocType
from ocrdesk.imaging import load_image
from ocrdesk.providers.local import quality

CORPUS = Path(__file__).resolve().parents[4] / "benchmarks" / "corpus" / "fields" / "dev"


def _picture(name: str) -> np.ndarray:
    return load_image(CORPUS / name).rgb_array()


def _codes(rgb: np.ndarray, doc_type: DocType) -> list[str]:
    return [warning.code for warning in quality.quality_warnings(rgb, doc_type)]


@pytest.mark.parametrize(
    ("name", "doc_type"),
    [
        ("idcard_front/004_scan.jpg", DocType.IDCARD_FRONT),
        ("idcard_back/009_scan.jpg", DocType.IDCARD_BACK),
        ("bank_card/011_scan.jpg", DocType.BANK_CARD),
    ],
)
def test_a_clean_scan_gets_no_warning(name: str, doc_type: DocType) -> None:
    assert _codes(_picture(name), doc_type) == []


def test_a_blurred_photo_is_blurred_and_says_how_sharp() -> None:
    [warning] = quality.quality_warnings(_picture("bank_card/007_blur.jpg"), DocType.BANK_CARD)
    assert warning.code == "blurred" and warning.vendor_message is not None
    assert warning.vendor_message.startswith("sharpness ") and warning.message_zh == "图片模糊"


def test_glare_over_the_card() -> None:
    assert _codes(_picture("idcard_front/011_glare.jpg"), DocType.IDCARD_FRONT) == ["glare"]


def test_a_card_cut_by_the_frame_too_small_or_twice() -> None:
    rgb = _picture("idcard_front/004_scan.jpg")
    height, width = rgb.shape[:2]
    assert "border_incomplete" in _codes(rgb[:, : width * 3 // 5].copy(), DocType.IDCARD_FRONT)

    small = np.empty_like(rgb)
    small[:] = np.median(rgb.reshape(-1, 3), axis=0).astype(np.uint8)
    shrunk = rgb[::3, ::3]
    small[height // 3 : height // 3 + shrunk.shape[0], width // 3 : width // 3 + shrunk.shape[1]] = shrunk
    assert "too_small" in _codes(small, DocType.IDCARD_FRONT)

    two = np.concatenate([rgb, rgb], axis=1)
    assert _codes(two, DocType.IDCARD_FRONT) == ["multiple_cards"]
    # a page type expects no card outline: neither "cut off" nor "too small" nor "two cards" applies
    assert _codes(rgb[:, : width * 3 // 5].copy(), DocType.BUSINESS_LICENSE) == []


def test_a_tiny_or_blank_picture_measures_without_failing() -> None:
    blank = np.full((40, 60, 3), 255, np.uint8)
    measures = quality.measure(blank, DocType.GENERAL)
    assert measures.sharpness == 0.0 and measures.area_share is None and measures.glare == 0.0
    # no outline: a white picture is a scanner's lid, not glare; a card type says the card is not whole
    assert [w.code for w in quality.assess(measures, DocType.IDCARD_FRONT)] == ["blurred", "border_incomplete"]
