"""Capture conditions: how a rendered document becomes a phone photo or a scan.

Each image gets exactly one primary `condition` (recorded in truth.json); some also get milder
secondary effects (a little tilt, blur or noise), as real photos combine them.

- scan: flat on a scanner, upright; perspective: phone tilted 8–15° about both axes;
- rot90/rot180/rot270: the pixels show the document turned clockwise by that angle (no EXIF tag);
- exif: pixels stored turned, with the EXIF Orientation tag that makes them upright when applied
  (ocrdesk.imaging does); truth always describes the document as the operator sees it;
- skew: in-plane rotation of 3–8°; blur: defocus or motion blur; glare: a bright elliptical highlight;
- jpeg25: JPEG quality 25; small600: a card only 600 px wide (a page 1200 px on its long side);
- clutter: a desk with other printed papers around and under the document.
"""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

from tests.docgen.base import Rendered
from tests.docgen.scene import composite, desk, scanner, scatter_papers

CONDITIONS = (
    "perspective",
    "rot90",
    "rot180",
    "rot270",
    "exif",
    "skew",
    "blur",
    "glare",
    "jpeg25",
    "small600",
    "clutter",
    "scan",
)
_EXIF_ORIENTATION = 0x0112
# EXIF Orientation tag -> how the upright picture is turned for storage (undone by exif_transpose).
_EXIF_STORE = {3: Image.Transpose.ROTATE_180, 6: Image.Transpose.ROTATE_90, 8: Image.Transpose.ROTATE_270}
_CLOCKWISE = {
    "rot90": Image.Transpose.ROTATE_270,
    "rot180": Image.Transpose.ROTATE_180,
    "rot270": Image.Transpose.ROTATE_90,
}


@dataclass
class Captured:
    image: Image.Image  # RGB pixels as stored in the file
    condition: str
    quality: int = 85
    exif_orientation: int | None = None

    def encode(self) -> bytes:
        """JPEG bytes (with the EXIF Orientation tag when set)."""
        buffer = io.BytesIO()
        extra: dict[str, object] = {}
        if self.exif_orientation is not None:
            exif = Image.Exif()
            exif[_EXIF_ORIENTATION] = self.exif_orientation
            extra["exif"] = exif.tobytes()
        self.image.save(buffer, "JPEG", quality=self.quality, optimize=True, **extra)  # type: ignore[arg-type]
        return buffer.getvalue()


def _tilt_corners(width: float, height: float, pitch: float, yaw: float, roll: float) -> np.ndarray:
    """Corners of a width x height plane seen by a pinhole camera after rotating it (degrees)."""
    p, y, r = (math.radians(a) for a in (pitch, yaw, roll))
    rx = np.array([[1, 0, 0], [0, math.cos(p), -math.sin(p)], [0, math.sin(p), math.cos(p)]])
    ry = np.array([[math.cos(y), 0, math.sin(y)], [0, 1, 0], [-math.sin(y), 0, math.cos(y)]])
    rz = np.array([[math.cos(r), -math.sin(r), 0], [math.sin(r), math.cos(r), 0], [0, 0, 1]])
    pts = np.array(
        [
            [-width / 2, -height / 2, 0],
            [width / 2, -height / 2, 0],
            [width / 2, height / 2, 0],
            [-width / 2, height / 2, 0],
        ]
    )
    rotated = pts @ (rz @ ry @ rx).T
    focal = 1.3 * max(width, height)  # a phone's normal lens, document filling most of the frame
    depth = rotated[:, 2] + focal
    return np.stack([rotated[:, 0] * focal / depth, rotated[:, 1] * focal / depth], axis=1)


def _place(corners: np.ndarray, scene: tuple[int, int], fill: float, rng: random.Random) -> np.ndarray:
    """Scale the projected corners to take `fill` of the scene width and put them at a random spot inside."""
    span = corners.max(axis=0) - corners.min(axis=0)
    scale = min(fill * scene[0] / span[0], 0.92 * scene[1] / span[1])
    corners = (corners - corners.min(axis=0)) * scale
    size = corners.max(axis=0)
    free_x, free_y = max(0.0, scene[0] - size[0]), max(0.0, scene[1] - size[1])
    return corners + np.array([rng.uniform(0.15, 0.85) * free_x, rng.uniform(0.15, 0.85) * free_y])


def _glare(image: np.ndarray, corners: np.ndarray, rng: random.Random) -> np.ndarray:
    height, width = image.shape[:2]
    centre = (
        corners.mean(axis=0)
        + (corners[1] - corners[0]) * rng.uniform(-0.3, 0.3)
        + (corners[3] - corners[0]) * rng.uniform(-0.3, 0.3)
    )
    doc_w = float(np.linalg.norm(corners[1] - corners[0]))
    ax, ay = doc_w * rng.uniform(0.18, 0.35), doc_w * rng.uniform(0.08, 0.2)
    angle = rng.uniform(0, math.pi)
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    dx, dy = xs - centre[0], ys - centre[1]
    u = (dx * math.cos(angle) + dy * math.sin(angle)) / ax
    v = (-dx * math.sin(angle) + dy * math.cos(angle)) / ay
    strength = rng.uniform(0.55, 0.8) * np.exp(-(u * u + v * v) * 1.6)[..., None]
    return np.clip(image * (1 - strength) + 255 * strength, 0, 255).astype(np.uint8)


def _blur(image: np.ndarray, doc_width: float, rng: random.Random, heavy: bool) -> np.ndarray:
    sigma = doc_width / 1000 * (rng.uniform(1.1, 1.9) if heavy else rng.uniform(0.4, 0.8))
    if heavy and rng.random() < 0.4:  # hand shake: a short motion streak
        length = max(3, int(sigma * 4))
        line = np.zeros((length, length), np.float32)
        line[length // 2, :] = 1
        matrix = cv2.getRotationMatrix2D((length / 2 - 0.5, length / 2 - 0.5), rng.uniform(0, 180), 1.0)
        kernel = np.asarray(cv2.warpAffine(line, matrix, (length, length)), np.float32)
        return np.asarray(cv2.filter2D(image, -1, kernel / max(float(kernel.sum()), 1e-6)))
    return cv2.GaussianBlur(image, (0, 0), sigma)


def _noise(image: np.ndarray, rng: random.Random, level: float) -> np.ndarray:
    gen = np.random.default_rng(rng.randrange(2**32))
    return np.clip(image + gen.normal(0, level, image.shape), 0, 255).astype(np.uint8)


def capture(doc: Rendered, condition: str, rng: random.Random, split: str) -> Captured:
    """Photograph or scan `doc` under `condition` (one of CONDITIONS)."""
    if condition not in CONDITIONS:
        raise ValueError(f"unknown condition {condition!r}")
    card = doc.kind == "card"
    long_side = rng.uniform(1000, 1600) if card else rng.uniform(1600, 2000)
    landscape = doc.image.width >= doc.image.height
    aspect = rng.uniform(1.3, 1.5)
    scene = (int(long_side), int(long_side / aspect)) if landscape else (int(long_side / aspect), int(long_side))
    mild = 5.0 if split == "dev" else 6.0
    pitch, yaw, roll = (rng.uniform(-mild, mild), rng.uniform(-mild, mild), rng.uniform(-2, 2))
    fill = rng.uniform(0.7, 0.88)
    if condition == "scan":
        pitch = yaw = 0.0
        roll = rng.uniform(-0.4, 0.4)
        fill = rng.uniform(0.82, 0.92)
    elif condition == "perspective":
        pitch = rng.choice((-1, 1)) * rng.uniform(8, 15)
        yaw = rng.choice((-1, 1)) * rng.uniform(4, 15)
        roll = rng.uniform(-5, 5)
    elif condition == "skew":
        pitch, yaw = rng.uniform(-1.5, 1.5), rng.uniform(-1.5, 1.5)
        roll = rng.choice((-1, 1)) * rng.uniform(3, 8)
    elif condition == "clutter":
        # a page among papers still has to be photographed large enough to read
        fill = rng.uniform(0.4, 0.6) + (0.0 if card else 0.2)
    elif condition == "small600":
        # cards 600 px wide; a page that small is unreadable, so pages get 1200 px on their long side
        target = 600 if card else (1200 if landscape else 850)
        scene = (
            (int(target / fill), int(target / fill / aspect))
            if landscape
            else (int(target / fill), int(target / fill * aspect))
        )
    corners = _place(_tilt_corners(doc.image.width, doc.image.height, pitch, yaw, roll), scene, fill, rng)
    doc_width = float(np.linalg.norm(corners[1] - corners[0]))
    # resample the document close to its final size first: a plain warp would alias fine strokes
    factor = doc_width / doc.image.width
    source = doc.image.resize(
        (max(1, int(doc.image.width * factor * 1.15)), max(1, int(doc.image.height * factor * 1.15))),
        Image.Resampling.LANCZOS,
    )
    if condition == "scan":
        background = scanner(scene, rng)
    else:
        background = desk(scene, rng)
        if condition == "clutter" or rng.random() < 0.15:
            background = scatter_papers(background, rng, split, rng.randint(3, 6) if condition == "clutter" else 1)
    image = composite(background, source, corners)
    if condition == "glare":
        image = _glare(image, corners, rng)
    if condition == "blur":
        image = _blur(image, doc_width, rng, heavy=True)
    elif condition != "scan" and rng.random() < 0.5:
        image = _blur(image, doc_width, rng, heavy=False)
    if condition != "scan":
        # pages: less sensor noise (a phone averages more pixels per character) and it keeps files small
        image = _noise(image, rng, rng.uniform(1.5, 4.0) * (1.0 if card else 0.5))
    picture = Image.fromarray(image, "RGB")
    quality = 25 if condition == "jpeg25" else rng.randint(80, 88) - (0 if card else 6)
    if condition in _CLOCKWISE:
        return Captured(picture.transpose(_CLOCKWISE[condition]), condition, quality)
    if condition == "exif":
        orientation = rng.choice((3, 6, 8))
        return Captured(picture.transpose(_EXIF_STORE[orientation]), condition, quality, orientation)
    return Captured(picture, condition, quality)
