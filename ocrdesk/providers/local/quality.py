"""What the local engine can tell about a picture offline: blurred, glare, too small, cut off, more than one card.

The measures work on the document's outline (ocrdesk.extraction.quad) where one is found, else on the
whole picture:
  * sharpness: the variance of the Laplacian of the document, scaled to SHARPNESS_WIDTH pixels wide
    (so a large photo and a small one of the same sharpness measure alike);
  * glare (inside an outline only): the largest blob of the document washed out to near white
    (smoothed grey >= GLARE_LEVEL at GLARE_WIDTH pixels wide), as a share of the document;
  * size: the outline's share of the picture;
  * cut off: a card whose outline is not found whole (the search accepts no card cut by the frame), or
    an outline along one to three of the picture's borders (four: the picture is the card, cropped to it);
  * more cards: a second outline of the same aspect and about the same size in the picture beside the
    first (left, right, above or below it).
The thresholds were measured on rendered photographs (benchmarks/bench_quality.py prints the figures);
they are not guesses. Quality warnings only inform: none of them blocks a confirm by default.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from ocrdesk.doc_warnings import WarningCode, make
from ocrdesk.doctypes import DocType
from ocrdesk.extraction.geometry import KINDS, Kind
from ocrdesk.extraction.quad import find_document
from ocrdesk.model import DocumentWarning

SHARPNESS_WIDTH = 800  # px: the document is measured at this width
GLARE_WIDTH = 300  # px: the document is smoothed at this width before looking for washed-out blobs
GLARE_LEVEL = 244  # smoothed grey level counted as washed out
BORDER_MARGIN = 0.004  # share of the picture's side within which an outline "runs along" the border
CARD_TYPES = frozenset(
    {DocType.IDCARD_FRONT, DocType.IDCARD_BACK, DocType.BANK_CARD, DocType.DRIVER_LICENSE, DocType.VEHICLE_LICENSE}
)

# measured thresholds (benchmarks/bench_quality.py)
BLUR_BELOW = 100.0  # Laplacian variance under this: blurred
GLARE_ABOVE = 0.005  # share of the document in one washed-out blob above this: glare
TOO_SMALL_BELOW = 0.12  # a card taking less of the picture than this is too small to read well
SECOND_CARD_SIZE = (0.6, 1.67)  # a second outline this large relative to the first is another card


@dataclass(frozen=True)
class Measures:
    sharpness: float
    glare: float
    area_share: float | None  # None: no outline found
    border_sides: int  # sides of the outline along the picture's border (0 when none found)
    second_card: float  # the second outline's area relative to the first (0.0: none)
    found: bool = True  # an outline of the expected kind was found


def measure(rgb: np.ndarray, doc_type: DocType, look_for_second: bool = True) -> Measures:
    """The quality measures of a picture of a document of `doc_type`."""
    kind = KINDS.get(doc_type)
    height, width = rgb.shape[:2]
    corners = find_document(rgb, kind.aspect) if kind is not None else None
    region = rgb
    area_share: float | None = None
    sides = 0
    second = 0.0
    if corners is not None:
        area = abs(float(cv2.contourArea(corners.astype(np.float32))))
        area_share = area / float(width * height)
        sides = _border_sides(corners, width, height)
        left, top = np.floor(corners.min(axis=0)).astype(int)
        right, bottom = np.ceil(corners.max(axis=0)).astype(int)
        region = rgb[max(0, top) : max(top + 1, bottom), max(0, left) : max(left + 1, right)]
        if look_for_second and doc_type in CARD_TYPES and kind is not None:
            second = _second_outline(rgb, corners, kind, area)
    # glare only inside an outline: around a document lies a desk or a scanner's white lid, not a highlight
    glare = _glare(region) if corners is not None else 0.0
    return Measures(_sharpness(region), glare, area_share, sides, second, corners is not None)


def assess(measures: Measures, doc_type: DocType) -> list[DocumentWarning]:
    """The quality warnings the measures call for."""
    warnings = []
    if measures.sharpness < BLUR_BELOW:
        warnings.append(make(WarningCode.BLURRED, None, f"sharpness {measures.sharpness:.0f} < {BLUR_BELOW:.0f}"))
    if measures.glare > GLARE_ABOVE:
        warnings.append(make(WarningCode.GLARE, None, f"burnt out {measures.glare:.1%} > {GLARE_ABOVE:.0%}"))
    card = doc_type in CARD_TYPES
    if card and measures.area_share is not None and measures.area_share < TOO_SMALL_BELOW:
        share = f"{measures.area_share:.0%} < {TOO_SMALL_BELOW:.0%}"
        warnings.append(make(WarningCode.TOO_SMALL, None, f"the card fills {share} of the picture"))
    if card and not measures.found:
        warnings.append(make(WarningCode.BORDER_INCOMPLETE, None, "no whole card outline found"))
    elif 1 <= measures.border_sides <= 3:
        warnings.append(make(WarningCode.BORDER_INCOMPLETE, None, f"{measures.border_sides} side(s) at the edge"))
    low, high = SECOND_CARD_SIZE
    if low <= measures.second_card <= high:
        warnings.append(make(WarningCode.MULTIPLE_CARDS, None, f"a second card {measures.second_card:.0%} as large"))
    return warnings


def quality_warnings(rgb: np.ndarray, doc_type: DocType) -> list[DocumentWarning]:
    """The hook the local provider calls after reading a page of a named type."""
    return assess(measure(rgb, doc_type), doc_type)


def _sharpness(region: np.ndarray) -> float:
    gray = cv2.cvtColor(region, cv2.COLOR_RGB2GRAY) if region.ndim == 3 else region
    height, width = gray.shape[:2]
    if width < 8 or height < 8:
        return 0.0
    scale = SHARPNESS_WIDTH / width
    resized = cv2.resize(
        gray,
        (SHARPNESS_WIDTH, max(8, round(height * scale))),
        interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC,
    )
    return float(cv2.Laplacian(resized, cv2.CV_64F).var())


def _glare(region: np.ndarray) -> float:
    """The largest washed-out blob's share of the region: a highlight lifts the card's print and its
    background alike to near white, which neither a card's light background nor a white page reaches
    once smoothed (their print keeps the average down)."""
    gray = cv2.cvtColor(region, cv2.COLOR_RGB2GRAY) if region.ndim == 3 else region
    height = max(1, round(gray.shape[0] * GLARE_WIDTH / max(1, gray.shape[1])))
    small = cv2.resize(gray, (GLARE_WIDTH, height), interpolation=cv2.INTER_AREA).astype(np.float32)
    burnt = (cv2.GaussianBlur(small, (0, 0), 3) >= GLARE_LEVEL).astype(np.uint8)
    count, _labels, stats, _centroids = cv2.connectedComponentsWithStats(burnt, connectivity=8)
    if count <= 1:
        return 0.0
    largest = int(stats[1:, cv2.CC_STAT_AREA].max())
    return largest / float(small.shape[0] * small.shape[1])


def _border_sides(corners: np.ndarray, width: int, height: int) -> int:
    margin_x, margin_y = max(2.0, width * BORDER_MARGIN), max(2.0, height * BORDER_MARGIN)
    count = 0
    for index in range(4):
        a, b = corners[index], corners[(index + 1) % 4]
        for axis, limit, margin in (
            (0, 0.0, margin_x),
            (0, width - 1.0, margin_x),
            (1, 0.0, margin_y),
            (1, height - 1.0, margin_y),
        ):
            if (a[axis] - limit) * (1 if limit == 0 else -1) <= margin and (b[axis] - limit) * (
                1 if limit == 0 else -1
            ) <= margin:
                count += 1
                break
    return count


def _second_outline(rgb: np.ndarray, corners: np.ndarray, kind: Kind, area: float) -> float:
    """Another outline of the same kind beside the first: searched in each strip of the picture left,
    right, above or below the first card that is large enough to hold one (painting the first card over
    would only draw a new outline); its area relative to the first (0.0: none)."""
    height, width = rgb.shape[:2]
    left, top = (int(v) for v in np.floor(corners.min(axis=0)))
    right, bottom = (int(v) for v in np.ceil(corners.max(axis=0)))
    card_w, card_h = right - left, bottom - top
    strips = [
        (0, 0, max(0, left), height),
        (min(width, right), 0, width, height),
        (0, 0, width, max(0, top)),
        (0, min(height, bottom), width, height),
    ]
    best = 0.0
    for x0, y0, x1, y1 in strips:
        if x1 - x0 < 0.6 * card_w or y1 - y0 < 0.6 * card_h or area <= 0:
            continue
        other = find_document(rgb[y0:y1, x0:x1], kind.aspect)
        if other is not None:
            ratio = abs(float(cv2.contourArea(other.astype(np.float32)))) / area
            low, high = SECOND_CARD_SIZE
            best = ratio if low <= ratio <= high else best
    return best
