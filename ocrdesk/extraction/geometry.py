"""Find the document in a photo (its four corners) and rectify it to a canonical size.

A card lying on a desk among other papers, photographed up to ±15° off-axis and turned any way:
quad.py finds the convincing four-sided outline whose aspect is the kind's (or none), and here it
is warped to the kind's canonical size, landscape for cards and invoices (whether it is upright
or upside down is left to the text). Nothing convincing means the whole image is read as it is.

The homography is kept, so every box read in the rectified image maps back to SOURCE pixels: the
operator sees the boxes on the picture they opened.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np

from ocrdesk.doctypes import DocType
from ocrdesk.extraction.quad import find_document

# Document kinds: long/short side ratio of the physical document, and the long side we read at.
# Cards: 1000 px keeps 9-pt print at ~20 px line height while detection stays fast; pages: 1600.
CARD_ASPECT = 85.6 / 54.0  # ID and bank cards (ISO/IEC 7810 ID-1)
BOOKLET_ASPECT = 88.0 / 60.0  # driving and vehicle licence pages
PAGE_ASPECT = math.sqrt(2.0)  # A4/A3 business licences
INVOICE_ASPECT = 240.0 / 140.0  # VAT invoices
CARD_LONG_SIDE = 1000
PAGE_LONG_SIDE = 1600
# An unknown document this much longer than wide is a card or an invoice, printed landscape; A4 pages
# (1.41) and licence booklets (1.47) are printed either way and keep the way they lie.
LANDSCAPE_ONLY_ASPECT = 1.52
KNOWN_ASPECTS = (CARD_ASPECT, BOOKLET_ASPECT, PAGE_ASPECT, INVOICE_ASPECT)
SNAP_TOLERANCE = 0.07  # log ratio: a ±15° view changes a measured aspect by a few %


@dataclass(frozen=True)
class Kind:
    """What we expect to find: its aspect (None: any plausible document) and reading size."""

    aspect: float | None
    long_side: int
    landscape: bool | None  # True: the canonical image is landscape; None: as the quad lies


CARD = Kind(CARD_ASPECT, CARD_LONG_SIDE, True)
BOOKLET = Kind(BOOKLET_ASPECT, CARD_LONG_SIDE, True)
PAGE = Kind(PAGE_ASPECT, PAGE_LONG_SIDE, None)
INVOICE = Kind(INVOICE_ASPECT, PAGE_LONG_SIDE, True)
ANY = Kind(None, 0, None)

KINDS: dict[DocType, Kind] = {
    DocType.IDCARD_FRONT: CARD,
    DocType.IDCARD_BACK: CARD,
    DocType.BANK_CARD: CARD,
    DocType.DRIVER_LICENSE: BOOKLET,
    DocType.VEHICLE_LICENSE: BOOKLET,
    DocType.BUSINESS_LICENSE: PAGE,
    DocType.VAT_INVOICE: INVOICE,
}

MAX_PLAIN_SIDE = 2000  # a picture read as it is larger than this is scaled down first


def kind_for(doc_type: DocType | str) -> Kind:
    try:
        return KINDS.get(DocType(doc_type), ANY)
    except ValueError:
        return ANY


@dataclass(frozen=True)
class Rectified:
    """The image that is read, and the homography from source pixels into it."""

    image: np.ndarray  # RGB, uint8
    homography: np.ndarray  # 3×3, source → rectified
    source_size: tuple[int, int]  # width, height of the source
    corners: np.ndarray | None  # 4×2 source corners (TL, TR, BR, BL of the rectified image); None: whole image

    @property
    def size(self) -> tuple[int, int]:
        return self.image.shape[1], self.image.shape[0]

    @property
    def found(self) -> bool:
        return self.corners is not None

    def to_source(self, points: Sequence[Sequence[float]] | np.ndarray) -> np.ndarray:
        """Points of the rectified frame mapped into source pixels (N×2 float)."""
        array = np.asarray(points, dtype=np.float64).reshape(-1, 1, 2)
        inverse = np.linalg.inv(self.homography)
        return cv2.perspectiveTransform(array, inverse).reshape(-1, 2)

    def to_frame(self, points: Sequence[Sequence[float]] | np.ndarray) -> np.ndarray:
        """Source pixels mapped into the rectified frame (N×2 float)."""
        array = np.asarray(points, dtype=np.float64).reshape(-1, 1, 2)
        return cv2.perspectiveTransform(array, self.homography).reshape(-1, 2)


def rectify(rgb: np.ndarray, kind: Kind) -> Rectified:
    """The document found in `rgb` warped to its canonical size, or the whole image when none is convincing."""
    corners = find_document(rgb, kind.aspect)
    if corners is None:
        return whole_image(rgb)
    return warp(rgb, corners, kind)


def whole_image(rgb: np.ndarray) -> Rectified:
    height, width = rgb.shape[:2]
    scale = min(1.0, MAX_PLAIN_SIDE / max(width, height))
    if scale >= 1.0:
        return Rectified(rgb, np.eye(3), (width, height), None)
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    image = cv2.resize(rgb, size, interpolation=cv2.INTER_AREA)
    matrix = np.diag([size[0] / width, size[1] / height, 1.0])
    return Rectified(image, matrix, (width, height), None)


def warp(rgb: np.ndarray, corners: np.ndarray, kind: Kind) -> Rectified:
    """Warp the quad `corners` (TL, TR, BR, BL) to the kind's canonical size."""
    height, width = rgb.shape[:2]
    corners = np.asarray(corners, dtype=np.float64).reshape(4, 2)
    top = float(np.linalg.norm(corners[1] - corners[0]))
    bottom = float(np.linalg.norm(corners[2] - corners[3]))
    left = float(np.linalg.norm(corners[3] - corners[0]))
    right = float(np.linalg.norm(corners[2] - corners[1]))
    measured_w, measured_h = (top + bottom) / 2, (left + right) / 2
    landscape = kind.landscape
    if landscape is None and kind.aspect is None:
        landscape = max(measured_w, measured_h) / max(1.0, min(measured_w, measured_h)) >= LANDSCAPE_ONLY_ASPECT
    if landscape and measured_h > measured_w:
        # a card lying portrait: start at the corner that makes it landscape (0 or 180 is left to the text)
        corners = np.roll(corners, -1, axis=0)
        measured_w, measured_h = measured_h, measured_w
    if kind.aspect is not None:
        aspect = kind.aspect if measured_w >= measured_h else 1.0 / kind.aspect
    else:
        aspect = _snapped(measured_w / max(measured_h, 1.0))
    long_side = kind.long_side or int(min(PAGE_LONG_SIDE, max(CARD_LONG_SIDE, measured_w, measured_h)))
    if aspect >= 1.0:
        size = (long_side, max(1, round(long_side / aspect)))
    else:
        size = (max(1, round(long_side * aspect)), long_side)
    target = np.array([[0, 0], [size[0], 0], [size[0], size[1]], [0, size[1]]], dtype=np.float64)
    matrix = cv2.getPerspectiveTransform(corners.astype(np.float32), target.astype(np.float32))
    image = cv2.warpPerspective(rgb, matrix, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    return Rectified(image, matrix, (width, height), corners)


def _snapped(aspect: float) -> float:
    """A measured aspect (skewed by the view) replaced by the nearest known document's, when close."""
    flipped = aspect < 1.0
    ratio = 1.0 / aspect if flipped else aspect
    nearest = min(KNOWN_ASPECTS, key=lambda known: abs(math.log(ratio / known)))
    if abs(math.log(ratio / nearest)) <= SNAP_TOLERANCE:
        ratio = nearest
    return 1.0 / ratio if flipped else ratio
