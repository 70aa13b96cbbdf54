"""Text detection at the size the page's print needs, in place of RapidOCR's one cap for every page.

RapidOCR's detector shrinks every page to a fixed size. Our cap (960 px on the long side) keeps
cards and ordinary pages fast, but it shrinks newspaper-size print to ~7 px, where neighbouring
lines merge or vanish, and a till receipt 4000 px long to a 230 px wide sliver. So:

1. The first pass detects at 960 px on the long side, or, for a long strip (2:1 or longer), at the
   size that gives it as many pixels as a 960×720 page (a receipt keeps legible print and costs the same).
2. The boxes it finds tell the print's size: their thickness across the line, in the detector's
   pixels. When the thinner lines (the lower quartile) are too thin to be found reliably, the page
   is detected again at the scale that makes them legible, never beyond the image's own pixels.
3. A large second pass is detected in overlapping strips along the lines (so no line is cut by a
   strip edge it belongs to): each box is kept by the strip whose middle part holds its centre,
   and the rare box found twice is dropped by overlap.
Cards, photos and ordinary pages stop after the first pass.
"""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

# Detection quantises a line's box to a thickness of about 13 px however small the print: measured
# with rendered pages, Chinese print of ≤7 px in the detector gave boxes of 10-13 px and lines
# merged in dense columns, while print of ≥10 px gave ≥16 px boxes and every line on its own.
SMALL_PX = 14.0  # lower-quartile box thickness (detector px) under which print is too small
TARGET_PX = 20.0  # the thickness the second pass aims at
FIRST_SIDE = 960  # the first pass's long side on ordinary pages
FIRST_PIXELS = 960 * 720  # ... and its pixel budget on long strips
STRIP_RATIO = 2.0  # a picture this many times longer than wide is a strip (a receipt, a ticket)
MIN_GAIN = 1.25  # a second pass that would enlarge less than this is not worth its time
MAX_WHOLE_PIXELS = 2_400_000  # larger second passes go in strips: bounded memory per run
STRIP_PIXELS = 1_200_000
EMPTY_RETRY_SCALE = 0.5  # a first pass that found nothing this far below full size is retried


class SizedDetector:
    """Stands in for RapidOCR's TextDetector (`engine.text_det`): same call, same output type."""

    def __init__(self, detector: Any) -> None:
        self.detector = detector
        self.passes: list[float] = []  # the scales the last page was detected at (for tests and benchmarks)

    def __getattr__(self, name: str) -> Any:
        # RapidOCR reaches into its detector for postprocess_op (box_thresh, unclip_ratio)
        return getattr(self.detector, name)

    def __call__(self, img: np.ndarray) -> Any:
        from rapidocr.ch_ppocr_det import TextDetOutput

        started = time.perf_counter()
        height, width = img.shape[:2]
        scale = first_scale(width, height)
        boxes, scores = self._detect(img, scale)
        self.passes = [scale]
        again = second_scale(boxes, scale)
        if again is not None:
            if again * again * width * height > MAX_WHOLE_PIXELS:
                boxes, scores = self._detect_strips(img, again, vertical=_mostly_tall(boxes))
            else:
                boxes, scores = self._detect(img, again)
            self.passes.append(again)
        if not len(boxes):
            return TextDetOutput()
        order = _reading_sort(boxes)
        return TextDetOutput(img, boxes[order], scores[order], elapse=time.perf_counter() - started)

    def _detect(self, img: np.ndarray, scale: float) -> tuple[np.ndarray, np.ndarray]:
        """Boxes (N×4×2, in `img` pixels) and scores of one detector run at `scale` of `img`."""
        import numpy as np

        height, width = img.shape[:2]
        detector = self.detector
        saved = detector.limit_side_len, detector.limit_type
        detector.limit_side_len = max(32, round(max(width, height) * scale))
        detector.limit_type = "max"
        try:
            found = detector(img)
        finally:
            detector.limit_side_len, detector.limit_type = saved
        if found.boxes is None or not len(found.boxes):
            return np.zeros((0, 4, 2), np.float32), np.zeros(0, np.float32)
        return np.asarray(found.boxes, np.float32), np.asarray(found.scores, np.float32)

    def _detect_strips(self, img: np.ndarray, scale: float, *, vertical: bool) -> tuple[np.ndarray, np.ndarray]:
        """Detection at `scale` in overlapping strips cut across the lines' direction."""

        height, width = img.shape[:2]
        along, across = (height, width) if vertical else (width, height)  # strips span the lines' length
        spans = strip_spans(across, along, scale)
        kept_boxes: list[np.ndarray] = []
        kept_scores: list[float] = []
        for start, end, core_start, core_end in spans:
            piece = img[:, start:end] if vertical else img[start:end]
            boxes, scores = self._detect(piece, scale)
            axis = 0 if vertical else 1
            boxes[:, :, axis] += start
            centres = boxes[:, :, axis].mean(axis=1)
            for box, score, centre in zip(boxes, scores, centres, strict=True):
                if core_start <= centre < core_end:
                    kept_boxes.append(box)
                    kept_scores.append(float(score))
        return _without_duplicates(kept_boxes, kept_scores)


def first_scale(width: int, height: int) -> float:
    """The first pass's scale: 960 px on the long side, or a 960×720 budget for a long strip."""
    short_side, long_side = sorted((max(1, width), max(1, height)))
    by_side = FIRST_SIDE / long_side
    if long_side < STRIP_RATIO * short_side:
        return min(1.0, by_side)
    by_pixels = math.sqrt(FIRST_PIXELS / (width * height))
    return min(1.0, max(by_side, by_pixels))


def second_scale(boxes: np.ndarray, scale: float) -> float | None:
    """The scale to detect again at, or None when the first pass saw the print well enough."""
    import numpy as np

    if scale >= 1.0:
        return None  # already at the image's own pixels
    if not len(boxes):
        # nothing found on a much-reduced picture: the print may be too small to show at all
        return min(1.0, 2 * scale) if scale <= EMPTY_RETRY_SCALE else None
    thickness = float(np.percentile(line_thickness(boxes), 25)) * scale
    if thickness >= SMALL_PX:
        return None
    wanted = min(1.0, scale * TARGET_PX / max(thickness, 1.0))
    return wanted if wanted >= scale * MIN_GAIN else None


def line_thickness(boxes: np.ndarray) -> np.ndarray:
    """Each box's size across its line (the shorter of its mean edge lengths), in image pixels."""
    import numpy as np

    top = np.linalg.norm(boxes[:, 1] - boxes[:, 0], axis=1)
    bottom = np.linalg.norm(boxes[:, 2] - boxes[:, 3], axis=1)
    left = np.linalg.norm(boxes[:, 3] - boxes[:, 0], axis=1)
    right = np.linalg.norm(boxes[:, 2] - boxes[:, 1], axis=1)
    result: np.ndarray = np.minimum((top + bottom) / 2, (left + right) / 2)
    return result


def strip_spans(across: int, along: int, scale: float) -> list[tuple[int, int, int, int]]:
    """Strips (start, end, core_start, core_end) covering `across` image pixels, each holding at
    most STRIP_PIXELS detector pixels, overlapping by enough for a few lines of the print that
    needs this scale; a box belongs to the strip whose core holds its centre."""
    # the print is at most ~TARGET_PX/scale image px thick: 4 of its lines fit in the overlap
    overlap = max(64, math.ceil(4 * TARGET_PX / scale))
    length = max(2 * overlap, int(STRIP_PIXELS / (scale * scale * max(1, along))))
    if length >= across:
        return [(0, across, 0, across)]
    count = math.ceil((across - overlap) / (length - overlap))
    step = (across - length) / (count - 1)
    starts = [round(index * step) for index in range(count)]
    spans = []
    for index, start in enumerate(starts):
        end = min(across, start + length)
        core_start = 0 if index == 0 else (start + min(across, starts[index - 1] + length)) // 2
        core_end = across if index == count - 1 else (starts[index + 1] + end) // 2
        spans.append((start, end, core_start, core_end))
    return spans


def _mostly_tall(boxes: np.ndarray) -> bool:
    """Whether most lines run vertically (a page turned sideways, or text set in columns)."""
    import numpy as np

    if not len(boxes):
        return False
    along = (np.linalg.norm(boxes[:, 1] - boxes[:, 0], axis=1) + np.linalg.norm(boxes[:, 2] - boxes[:, 3], axis=1)) / 2
    across = (np.linalg.norm(boxes[:, 3] - boxes[:, 0], axis=1) + np.linalg.norm(boxes[:, 2] - boxes[:, 1], axis=1)) / 2
    return int((across >= 1.5 * along).sum()) > int((along >= 1.5 * across).sum())


def _without_duplicates(boxes: list[np.ndarray], scores: list[float]) -> tuple[np.ndarray, np.ndarray]:
    """Drop a box mostly inside one already kept (a line found by two strips), best scores first."""
    import numpy as np

    if not boxes:
        return np.zeros((0, 4, 2), np.float32), np.zeros(0, np.float32)
    stacked = np.stack(boxes).astype(np.float32)
    rects = np.concatenate([stacked.min(axis=1), stacked.max(axis=1)], axis=1)  # left, top, right, bottom
    areas = np.maximum(rects[:, 2] - rects[:, 0], 1) * np.maximum(rects[:, 3] - rects[:, 1], 1)
    kept: list[int] = []
    for index in np.argsort(-np.asarray(scores), kind="stable"):
        if kept:
            others = rects[kept]
            width = np.minimum(rects[index, 2], others[:, 2]) - np.maximum(rects[index, 0], others[:, 0])
            height = np.minimum(rects[index, 3], others[:, 3]) - np.maximum(rects[index, 1], others[:, 1])
            shared = np.clip(width, 0, None) * np.clip(height, 0, None)
            if (shared > 0.6 * np.minimum(areas[index], areas[kept])).any():
                continue
        kept.append(int(index))
    kept.sort()
    return stacked[kept], np.asarray(scores, np.float32)[kept]


def _reading_sort(boxes: np.ndarray) -> np.ndarray:
    """RapidOCR's own box order (TextDetector.sorted_boxes: rows 10 px apart, then left to right), as indices."""
    import numpy as np

    by_y = np.argsort(boxes[:, 0, 1], kind="stable")
    rows = np.concatenate([[0], np.cumsum(np.diff(boxes[by_y, 0, 1]) >= 10)])
    order: np.ndarray = by_y[np.lexsort((boxes[by_y, 0, 0], rows))]
    return order
