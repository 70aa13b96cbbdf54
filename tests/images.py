"""Test images with known text at known places, rendered with Pillow.

`render_text_image` draws lines of text and returns the image together with the exact ink
bounding box of every line, so OCR tests can check both the text and where it was found.
Latin text uses Pillow's built-in scalable font (no system font needed); text with CJK
characters needs a CJK font: `cjk_font_path()` finds one or returns None, and
`requires_cjk_font` skips a test cleanly when there is none.
"""

from __future__ import annotations

import functools
import math
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

Ltrb = tuple[int, int, int, int]
Font = ImageFont.FreeTypeFont | ImageFont.ImageFont

_CJK_FONT_CANDIDATES = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/STHeiti Medium.ttc",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simhei.ttf",
)


@dataclass(frozen=True)
class DrawnLine:
    """One rendered line: its text and the bounding box of its ink (right/bottom exclusive)."""

    text: str
    box: Ltrb

    @property
    def center_y(self) -> float:
        return (self.box[1] + self.box[3]) / 2


def has_cjk(text: str) -> bool:
    return any("\u3000" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\uff00" <= ch <= "\uffef" for ch in text)


@functools.cache
def cjk_font_path() -> str | None:
    """Path of an installed font with Chinese glyphs, or None."""
    for candidate in _CJK_FONT_CANDIDATES:
        if Path(candidate).is_file():
            return candidate
    if shutil.which("fc-match"):
        try:
            found = subprocess.run(
                ["fc-match", "-f", "%{file}", ":lang=zh"], capture_output=True, text=True, timeout=10, check=False
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            found = ""
        # fc-match always answers something; only accept it if it really has the glyphs
        if found and Path(found).is_file() and _font_has_glyph(found, "张"):
            return found
    return None


def _font_has_glyph(path: str, char: str) -> bool:
    try:
        font = ImageFont.truetype(path, 32)
    except OSError:
        return False
    mask = font.getmask(char)
    # a missing glyph renders as .notdef (an empty or box shape); compare with a surely-missing one
    return mask.getbbox() is not None and bytes(mask) != bytes(font.getmask("\U0010fffd"))


requires_cjk_font = pytest.mark.skipif(
    cjk_font_path() is None, reason="no CJK font installed (e.g. apt-get install fonts-noto-cjk)"
)


@functools.cache
def font_for(text: str, size: int) -> Font:
    """Pillow's scalable default font for Latin text; a CJK font when the text needs one."""
    if has_cjk(text):
        path = cjk_font_path()
        if path is None:
            pytest.skip("no CJK font installed (e.g. apt-get install fonts-noto-cjk)")
        return ImageFont.truetype(path, size)
    return ImageFont.load_default(size=size)


def render_text_image(
    lines: Sequence[str | tuple[str, tuple[int, int]]],
    size: tuple[int, int] = (1000, 630),
    font_size: int = 40,
    *,
    margin: int = 50,
    line_spacing: float = 2.0,
    background: tuple[int, int, int] = (255, 255, 255),
    fill: tuple[int, int, int] = (20, 20, 20),
) -> tuple[Image.Image, list[DrawnLine]]:
    """Draw `lines` on an RGB image and return it with each line's ink box.

    A line is either a string (placed below the previous one, at the left margin) or
    `(text, (x, y))` with the top-left corner to draw it at.
    """
    image = Image.new("RGB", size, background)
    draw = ImageDraw.Draw(image)
    drawn: list[DrawnLine] = []
    y = margin
    for item in lines:
        text, position = (item, (margin, y)) if isinstance(item, str) else item
        font = font_for(text, font_size)
        draw.text(position, text, font=font, fill=fill)
        box = _ink_box(text, position, font, size)
        if box is None:
            raise ValueError(f"line {text!r} at {position} falls outside a {size[0]}×{size[1]} image")
        drawn.append(DrawnLine(text, box))
        y = position[1] + round(font_size * line_spacing)
    return image, drawn


def _ink_box(text: str, position: tuple[int, int], font: Font, size: tuple[int, int]) -> Ltrb | None:
    # The exact pixels the text covers: render it alone on a mask and measure.
    mask = Image.new("L", size, 0)
    ImageDraw.Draw(mask).text(position, text, font=font, fill=255)
    return mask.getbbox()


def rotate_image(image: Image.Image, lines: Sequence[DrawnLine], degrees: float) -> tuple[Image.Image, list[DrawnLine]]:
    """Rotate the pixels counter-clockwise by `degrees` (canvas grows to fit, white fill).

    Returned boxes are the axis-aligned bounds of each rotated original box. No EXIF is
    involved: the picture itself is turned, as a scanner or a phone without EXIF would give it.
    """
    rotated = image.rotate(degrees, expand=True, fillcolor=(255, 255, 255), resample=Image.BICUBIC)
    w, h = image.size
    nw, nh = rotated.size
    angle = math.radians(degrees)
    cos, sin = math.cos(angle), math.sin(angle)

    def turn(x: float, y: float) -> tuple[float, float]:
        # PIL rotates counter-clockwise on screen (y down): x' = c·dx + s·dy, y' = -s·dx + c·dy
        dx, dy = x - w / 2, y - h / 2
        return nw / 2 + cos * dx + sin * dy, nh / 2 - sin * dx + cos * dy

    out = []
    for line in lines:
        left, top, right, bottom = line.box
        corners = [turn(x, y) for x, y in ((left, top), (right, top), (right, bottom), (left, bottom))]
        xs = [p[0] for p in corners]
        ys = [p[1] for p in corners]
        box = (
            max(0, math.floor(min(xs))),
            max(0, math.floor(min(ys))),
            min(nw, math.ceil(max(xs))),
            min(nh, math.ceil(max(ys))),
        )
        out.append(DrawnLine(line.text, box))
    return rotated, out


def iou(a: Ltrb, b: Ltrb) -> float:
    """Intersection over union of two (left, top, right, bottom) boxes."""
    inter_w = min(a[2], b[2]) - max(a[0], b[0])
    inter_h = min(a[3], b[3]) - max(a[1], b[1])
    if inter_w <= 0 or inter_h <= 0:
        return 0.0
    inter = inter_w * inter_h
    area_a = (a[2] - a[0]) * (a[3] - a[1])
    area_b = (b[2] - b[0]) * (b[3] - b[1])
    return inter / (area_a + area_b - inter)


def contains(outer: Ltrb, inner: Ltrb, tolerance: int = 0) -> bool:
    """True when `inner` lies inside `outer` grown by `tolerance` pixels on every side."""
    return (
        outer[0] - tolerance <= inner[0]
        and outer[1] - tolerance <= inner[1]
        and inner[2] <= outer[2] + tolerance
        and inner[3] <= outer[3] + tolerance
    )


# A page of invoice-like English lines: long enough to test layout and reading order.
PAGE_LINES_EN = [
    "Amount order date account gross account 6220.26",
    "Account invoice tax net invoice 7298.34",
    "Due date quantity invoice invoice invoice delivery invoice tax payment 6916.92",
    "Reference due gross account delivery 3819.44",
    "Due gross number invoice net delivery 1639.23",
    "Number date quantity reference net reference payment number number account 8279.50",
    "Total account due tax net address price delivery price 1417.56",
    "Reference date address reference tax price account invoice account total 5055.90",
    "Tax address address reference due invoice payment delivery delivery 3804.51",
    "Price price gross order delivery invoice tax reference customer 8499.99",
    "Payment net total account price delivery payment reference net 7946.45",
    "Price invoice delivery delivery quantity gross invoice due 2904.70",
]
