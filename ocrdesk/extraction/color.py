"""Red seal suppression: the seal's ink becomes paper before a page is read, the print under it stays.

A business licence's seal is stamped over the issue date; the recogniser reads the red strokes as
part of the characters beneath. Red ink is bright in the red channel, black print is dark in every
channel, and print seen through the ink (or the ink blended over it) is still dark in the red
channel. So under the seal each pixel takes the paper colour scaled by its red channel relative to
the ink's: ink on paper becomes paper, print under the ink stays dark and readable.
"""

from __future__ import annotations

import cv2
import numpy as np

# OpenCV hue runs 0..179: red wraps around 0. Seal ink is saturated and fairly bright.
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
    """A copy of `rgb` with the red seal (and its anti-aliased rim) turned into paper, print under it kept."""
    mask = red_mask(rgb)
    if not mask.any():
        return rgb
    red = rgb[:, :, 0].astype(np.float32)
    ink = float(np.median(red[mask > 0]))
    # the ink's soft rim is pinkish and below the threshold: widen by one pixel
    region = cv2.dilate(mask, np.ones((3, 3), np.uint8)) > 0
    # squared: print blended under the ink keeps a contrast the recogniser reads
    darkness = np.clip(red[region] / max(ink, 1.0), 0.0, 1.0) ** 2
    paper = np.array(paper_colour(rgb, mask), dtype=np.float32)
    cleaned = rgb.copy()
    cleaned[region] = np.round(darkness[:, None] * paper[None, :]).astype(np.uint8)
    return cleaned
