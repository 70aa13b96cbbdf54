"""Synthetic photos for the geometry tests: a card with text on a desk among papers, under a known homography."""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

CARD_SIZE = (856, 540)  # 85.6 × 54 mm at 10 px/mm
CARD_LINES = (
    "NAME WANG XIAOMING",
    "SEX M  NATION HAN",
    "BORN 1990 1 2",
    "ADDRESS 12 ROAD CITY",
    "ID 110101199001021234",
)


@dataclass(frozen=True)
class Scene:
    rgb: np.ndarray  # the photo
    corners: np.ndarray  # the card's TL, TR, BR, BL (of the upright card) in photo pixels
    card_to_photo: np.ndarray  # 3×3 homography from card pixels to photo pixels


def card_image() -> np.ndarray:
    width, height = CARD_SIZE
    card = np.full((height, width, 3), (200, 218, 232), np.uint8)
    for index, text in enumerate(CARD_LINES):
        cv2.putText(card, text, (40, 80 + index * 85), cv2.FONT_HERSHEY_SIMPLEX, 1.3, (20, 20, 20), 3, cv2.LINE_AA)
    cv2.rectangle(card, (620, 60), (810, 320), (180, 190, 200), -1)
    return card


def desk(size: tuple[int, int], seed: int) -> np.ndarray:
    """A noisy brown desk with three printed sheets on it."""
    width, height = size
    rng = np.random.default_rng(seed)
    noise = rng.normal(110, 18, (height, width, 1)) + np.array([10.0, 0.0, -15.0])
    image = cv2.GaussianBlur(noise.clip(0, 255).astype(np.uint8), (7, 7), 0)
    for _ in range(3):
        x, y = int(rng.integers(0, width - 500)), int(rng.integers(0, height - 400))
        cv2.rectangle(image, (x, y), (x + 500, y + 650), (245, 245, 240), -1)
        for row in range(10):
            cv2.putText(
                image,
                f"Lorem ipsum dolor {row}",
                (x + 20, y + 40 + row * 45),
                cv2.FONT_HERSHEY_SIMPLEX,
                0.9,
                (40, 40, 40),
                2,
            )
    return image


def photo(
    angle: float, tilt: float = 0.0, seed: int = 0, size: tuple[int, int] = (1600, 1200), scale: float = 1.0
) -> Scene:
    """The card turned `angle` degrees clockwise, foreshortened by `tilt`, pasted in the middle of a desk."""
    card = card_image()
    background = desk(size, seed)
    height, width = card.shape[:2]
    source = np.array([[0, 0], [width, 0], [width, height], [0, height]], dtype=np.float32)
    radians = math.radians(angle)
    rotation = np.array([[math.cos(radians), -math.sin(radians)], [math.sin(radians), math.cos(radians)]])
    points = ((source - np.array([width / 2, height / 2])) * scale) @ rotation.T
    points[:, 0] *= 1 + tilt * points[:, 1] / height  # a keystone: one edge nearer the camera
    corners = (points + np.array([size[0] / 2, size[1] / 2])).astype(np.float32)
    matrix = cv2.getPerspectiveTransform(source, corners)
    warped = cv2.warpPerspective(card, matrix, size)
    mask = cv2.warpPerspective(np.full((height, width), 255, np.uint8), matrix, size) > 128
    image = background.copy()
    image[mask] = warped[mask]
    return Scene(image, corners.astype(np.float64), matrix)
