from __future__ import annotations

import numpy as np
import pytest

from ocrdesk.doctypes import DocType
from ocrdesk.extraction import geometry
from ocrdesk.extraction.geometry import ANY, CARD, PAGE, kind_for, rectify, warp
from tests.unit.extraction.scenes import photo

POSES = [(0.0, 0.0), (12.0, 0.08), (-15.0, -0.1), (90.0, 0.05), (183.0, 0.1), (-100.0, 0.0), (265.0, -0.06)]


def _canonical(size: tuple[int, int]) -> np.ndarray:
    width, height = size
    return np.array([[0, 0], [width, 0], [width, height], [0, height]], dtype=np.float64)


@pytest.mark.parametrize(("angle", "tilt"), POSES)
def test_a_card_on_a_cluttered_desk_is_found_to_a_few_pixels(angle: float, tilt: float) -> None:
    scene = photo(angle, tilt, seed=int(angle) % 7)
    rectified = rectify(scene.rgb, CARD)
    assert rectified.found
    assert rectified.size == (1000, 631)
    # the card's corners land on the rectified image's corners: upright or upside down (the text decides that)
    landed = rectified.to_frame(scene.corners)
    target = _canonical(rectified.size)
    error = min(np.abs(landed - np.roll(target, shift, axis=0)).max() for shift in (0, 2))
    assert error < 5.0


@pytest.mark.parametrize(("angle", "tilt"), POSES[:4])
def test_points_map_back_to_the_source_exactly(angle: float, tilt: float) -> None:
    scene = photo(angle, tilt)
    rectified = rectify(scene.rgb, CARD)
    points = np.array([[10.0, 20.0], [500.0, 300.0], [990.0, 620.0]])
    assert np.allclose(rectified.to_frame(rectified.to_source(points)), points, atol=1e-6)
    # a point of the card (its ID line start) lands where the homography of the scene puts it
    card_point = np.array([[40.0, 420.0]])
    in_photo = _project(scene.card_to_photo, card_point)
    assert np.allclose(rectified.to_source(rectified.to_frame(in_photo)), in_photo, atol=1e-6)


def test_the_rectified_card_shows_the_card_text_level() -> None:
    scene = photo(12.0, 0.08)
    rectified = rectify(scene.rgb, CARD)
    # the dark text rows of the card are horizontal in the rectified image: rows of ink separated by paper
    gray = rectified.image.mean(axis=2)
    left = gray[:, 40:600]
    ink_rows = (left < 100).mean(axis=1)
    if ink_rows[:300].sum() < ink_rows[-300:].sum():  # upside down: compare from the other end
        ink_rows = ink_rows[::-1]
    text_rows = np.flatnonzero(ink_rows > 0.05)
    assert len(text_rows) > 50
    gaps = np.diff(text_rows)
    assert (gaps > 20).sum() >= 4  # five separate lines of text, not smeared diagonals


def test_nothing_convincing_means_the_whole_image() -> None:
    rng = np.random.default_rng(1)
    noise = rng.integers(90, 130, (600, 800, 3), dtype=np.uint8)
    rectified = rectify(noise, CARD)
    assert not rectified.found
    assert rectified.size == (800, 600)
    assert np.allclose(rectified.homography, np.eye(3))


def test_a_large_whole_image_is_scaled_down_and_maps_back() -> None:
    image = np.full((2000, 3000, 3), 200, np.uint8)
    rectified = rectify(image, ANY)
    assert not rectified.found
    assert max(rectified.size) == geometry.MAX_PLAIN_SIDE
    width, height = rectified.size
    assert np.allclose(rectified.to_source([[0, 0], [width, height]]), [[0, 0], [3000, 2000]], atol=1e-6)


def test_a_portrait_card_is_warped_landscape_and_a_portrait_page_stays_portrait() -> None:
    image = np.zeros((1000, 1000, 3), np.uint8)
    portrait = np.array([[300.0, 100.0], [600.0, 100.0], [600.0, 576.0], [300.0, 576.0]])
    card = warp(image, portrait, CARD)
    assert card.size == (1000, 631)
    page = warp(image, portrait, PAGE)
    assert page.size[1] == 1600 and page.size[0] < page.size[1]


def test_an_unknown_document_is_snapped_to_the_nearest_known_shape() -> None:
    image = np.zeros((1400, 1400, 3), np.uint8)
    # a card lying portrait, seen a little foreshortened (measured 1.55 instead of 1.585): landscape, card aspect
    card = warp(image, np.array([[500.0, 100.0], [800.0, 100.0], [800.0, 565.0], [500.0, 565.0]]), ANY)
    assert card.size == (1000, 631)
    # an A4 page lying portrait (measured 1.38): stays portrait with the A4 aspect
    page = warp(image, np.array([[100.0, 50.0], [1000.0, 50.0], [1000.0, 1292.0], [100.0, 1292.0]]), ANY)
    assert page.size == (round(1242 / 2**0.5), 1242)
    # a shape that is nothing we know keeps its own aspect
    odd = warp(image, np.array([[100.0, 100.0], [1300.0, 100.0], [1300.0, 1100.0], [100.0, 1100.0]]), ANY)
    assert odd.size == (1200, 1000)


def test_kinds_per_document_type() -> None:
    assert kind_for(DocType.IDCARD_FRONT) is CARD
    assert kind_for(DocType.BANK_CARD) is CARD
    assert kind_for(DocType.BUSINESS_LICENSE) is PAGE
    assert kind_for(DocType.GENERAL) is ANY
    assert kind_for("auto") is ANY


def _project(matrix: np.ndarray, points: np.ndarray) -> np.ndarray:
    homogeneous = np.hstack([points, np.ones((len(points), 1))]) @ matrix.T
    return homogeneous[:, :2] / homogeneous[:, 2:3]
