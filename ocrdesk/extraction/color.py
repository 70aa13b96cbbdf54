"""Red seal suppression: strongly red pixels become paper before a page is read.

A business licence's seal is stamped over the issue date; the recogniser reads the red strokes as
part of the characters beneath. Black print under the seal stays dark (the seal only tints it), so
replacing saturated red by the paper colour leaves the date readable and removes the seal.
"""

from __future__ import annotations

import cv2
import numpy as np

# OpenCV hue runs 0..179: red wraps around 0. Seal ink is saturated and fairly bright; black
# print under it stays below MIN_VALUE even where the ink tints it.
RED_HUE_LOW = 12
RED_HUE_HIGH = 160
MIN_SATURATION = 80
MIN_VALUE = 90


def red_mask(rgb: np.ndarray) -> np.ndarray:
    """255 where a pixel is strongly red (seal ink), 0 elsewhere."""
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    hue, saturation, value = hsv[:, :, 0], hsv[:, :, 1], hsv[:, :, 2]
    red = ((hue <= RED_HUE_LOW) | (hue >= RED_HUE_HIGH)) & (saturation >= MIN_SATURATION) & (value >= MIN_VALUE)
    return red.astype(np.uint8) * 255


def paper_colour(rgb: np.ndarray, mask: np.ndarray | None = None) -> tuple[int, int, int]:
    """The page's background: the median of its bright, unsaturated pixels (outside `mask`)."""
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    candidates = (hsv[:, :, 1] < 60) & (hsv[:, :, 2] > 150)
    if mask is not None:
        candidates &= mask == 0
    pixels = rgb[candidates]
    if len(pixels) < 16:
        return 255, 255, 255
    median = np.median(pixels, axis=0)
    return int(median[0]), int(median[1]), int(median[2])


def suppress_red(rgb: np.ndarray) -> np.ndarray:
    """A copy of `rgb` with strongly red pixels (and their anti-aliased rims) painted the paper colour."""
    mask = red_mask(rgb)
    if not mask.any():
        return rgb
    # the ink's soft rim is pinkish and below the threshold: widen by one pixel
    mask = cv2.dilate(mask, np.ones((3, 3), np.uint8))
    # but never over dark print: the text under the seal is what we want to read
    dark = rgb.max(axis=2) < MIN_VALUE  # HSV value: seal red is bright in its red channel, print is not
    mask[dark] = 0
    cleaned = rgb.copy()
    cleaned[mask > 0] = paper_colour(rgb, mask)
    return cleaned
