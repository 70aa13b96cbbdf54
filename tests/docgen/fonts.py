"""Fonts for the rendered documents: Noto CJK (Sans = 黑体-like, Serif = 宋体-like) and DejaVu for Latin.

Skips cleanly (`FontsMissing`) on machines without the fonts, so tests can skip instead of failing.
"""

from __future__ import annotations

import functools
from pathlib import Path

from PIL import ImageFont

_NOTO_DIRS = (
    Path("/usr/share/fonts/opentype/noto"),
    Path("/usr/share/fonts/noto-cjk"),
    Path("/usr/share/fonts/google-noto-cjk"),
)
_DEJAVU_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))
_SC_INDEX = 2  # Simplified Chinese face inside the Noto CJK collections

CJK_FACES = ("sans", "sans_bold", "serif", "serif_bold")
_CJK_FILES = {
    "sans": "NotoSansCJK-Regular.ttc",
    "sans_bold": "NotoSansCJK-Bold.ttc",
    "serif": "NotoSerifCJK-Regular.ttc",
    "serif_bold": "NotoSerifCJK-Bold.ttc",
}
_LATIN_FILES = {
    "sans": "DejaVuSans.ttf",
    "sans_bold": "DejaVuSans-Bold.ttf",
    "mono": "DejaVuSansMono.ttf",
    "mono_bold": "DejaVuSansMono-Bold.ttf",
    "serif": "DejaVuSerif.ttf",
    "condensed_bold": "DejaVuSansCondensed-Bold.ttf",
}


class FontsMissing(RuntimeError):
    """The Noto CJK or DejaVu fonts are not installed."""


def _find(name: str, dirs: tuple[Path, ...]) -> Path:
    for folder in dirs:
        if (folder / name).is_file():
            return folder / name
    raise FontsMissing(f"font {name} not found (install fonts-noto-cjk and fonts-dejavu-core)")


def fonts_available() -> bool:
    try:
        for name in _CJK_FILES.values():
            _find(name, _NOTO_DIRS)
        for name in _LATIN_FILES.values():
            _find(name, _DEJAVU_DIRS)
    except FontsMissing:
        return False
    return True


@functools.cache
def cjk(face: str, size: int) -> ImageFont.FreeTypeFont:
    """A Simplified-Chinese Noto face ('sans', 'sans_bold', 'serif', 'serif_bold') at `size` px."""
    return ImageFont.truetype(str(_find(_CJK_FILES[face], _NOTO_DIRS)), max(6, size), index=_SC_INDEX)


@functools.cache
def latin(face: str, size: int) -> ImageFont.FreeTypeFont:
    """A DejaVu face ('sans', 'sans_bold', 'mono', 'mono_bold', 'serif', 'condensed_bold')."""
    return ImageFont.truetype(str(_find(_LATIN_FILES[face], _DEJAVU_DIRS)), max(6, size))
