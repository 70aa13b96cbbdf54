"""Drawing helpers shared by the renderers: spaced text, printed background patterns, card outlines."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

Color = tuple[int, int, int]


@dataclass(frozen=True)
class Jitter:
    """How much one sample departs from the template: font sizes (fraction) and positions (mm)."""

    rng: random.Random
    size: float
    position_mm: float

    def scale(self, value: float) -> float:
        return value * (1.0 + self.rng.uniform(-self.size, self.size))

    def shift(self, value_mm: float) -> float:
        return value_mm + self.rng.uniform(-self.position_mm, self.position_mm)

    def color(self, base: Color, spread: int = 18) -> Color:
        r, g, b = (max(0, min(255, c + self.rng.randint(-spread, spread))) for c in base)
        return (r, g, b)


def text_width(font: ImageFont.FreeTypeFont, text: str, spacing: float = 0.0) -> float:
    return sum(font.getlength(ch) for ch in text) + spacing * max(0, len(text) - 1)


def draw_text(
    draw: ImageDraw.ImageDraw,
    xy: tuple[float, float],
    text: str,
    font: ImageFont.FreeTypeFont,
    fill: Color | tuple[int, int, int, int],
    spacing: float = 0.0,
    stroke: int = 0,
) -> float:
    """Draw `text` with its top-left at `xy` (ascender line), `spacing` px between characters; return the end x."""
    x, y = xy
    if spacing == 0.0:
        draw.text((x, y), text, font=font, fill=fill, stroke_width=stroke, stroke_fill=fill)
        return x + font.getlength(text)
    for ch in text:
        draw.text((x, y), ch, font=font, fill=fill, stroke_width=stroke, stroke_fill=fill)
        x += font.getlength(ch) + spacing
    return x - spacing


def guilloche(
    size: tuple[int, int], rng: random.Random, base: Color, ink: Color, strength: float = 0.25
) -> Image.Image:
    """A light security-print background: a tint with interlaced fine waves, like ID cards and licences."""
    width, height = size
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    pattern = np.zeros((height, width), np.float32)
    for _ in range(3):
        freq = rng.uniform(0.012, 0.03) * 1000 / max(width, 1)
        phase = rng.uniform(0, math.tau)
        amp = rng.uniform(6, 18) * width / 1000
        period = rng.uniform(9, 16) * width / 1000
        wave = np.sin((ys + amp * np.sin(xs * freq + phase)) * math.tau / period)
        pattern += np.clip(wave, 0.6, 1.0) - 0.6
    pattern = np.clip(pattern / 1.2, 0, 1)[..., None]
    # a broad tint variation so the background is never flat
    tint = (np.sin(xs / width * math.pi * rng.uniform(0.6, 1.6) + rng.uniform(0, 3)) * 0.5 + 0.5)[..., None]
    base_arr = np.array(base, np.float32) * (0.97 + 0.03 * tint)
    ink_arr = np.array(ink, np.float32)
    mixed = base_arr * (1 - strength * pattern) + ink_arr * strength * pattern
    return Image.fromarray(np.clip(mixed, 0, 255).astype(np.uint8), "RGB")


def rounded_alpha(size: tuple[int, int], radius: int) -> Image.Image:
    mask = Image.new("L", size, 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, size[0] - 1, size[1] - 1), radius=radius, fill=255)
    return mask


def photo_placeholder(size: tuple[int, int], rng: random.Random) -> Image.Image:
    """A portrait stand-in: a pale backdrop with a soft grey head-and-shoulders silhouette."""
    width, height = size
    backdrop = (rng.randint(225, 245), rng.randint(228, 245), rng.randint(232, 250))
    image = Image.new("RGB", size, backdrop)
    draw = ImageDraw.Draw(image)
    tone = rng.randint(95, 150)
    body = (tone, tone - 5, tone - 10)
    cx = width * rng.uniform(0.46, 0.54)
    head_w, head_h = width * 0.42, height * 0.42
    top = height * rng.uniform(0.12, 0.18)
    draw.ellipse((cx - width * 0.5, height * 0.68, cx + width * 0.5, height * 1.35), fill=body)
    draw.rectangle((cx - width * 0.1, top + head_h * 0.8, cx + width * 0.1, height * 0.75), fill=body)
    draw.ellipse((cx - head_w / 2, top, cx + head_w / 2, top + head_h), fill=(tone + 40, tone + 30, tone + 20))
    hair = rng.randint(20, 60)
    draw.chord((cx - head_w / 2, top - 4, cx + head_w / 2, top + head_h * 0.75), 180, 360, fill=(hair, hair, hair))
    return image.filter(ImageFilter.GaussianBlur(max(1, width // 120)))


def emblem(size: int, rng: random.Random) -> Image.Image:
    """A simplified national emblem: gold rings, red disc, five gold stars (RGBA)."""
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    gold = (rng.randint(200, 230), rng.randint(150, 175), rng.randint(30, 60), 255)
    red = (rng.randint(190, 220), rng.randint(20, 45), rng.randint(20, 40), 255)
    draw.ellipse((0, 0, size - 1, size - 1), fill=gold)
    inset = size * 0.1
    draw.ellipse((inset, inset, size - inset, size - inset), fill=red)
    for index, (fx, fy, scale) in enumerate(
        ((0.5, 0.38, 0.16), (0.32, 0.3, 0.06), (0.39, 0.22, 0.06), (0.61, 0.22, 0.06), (0.68, 0.3, 0.06))
    ):
        _star(draw, size * fx, size * fy, size * scale, gold, rotation=index * 0.3)
    draw.rectangle((size * 0.28, size * 0.55, size * 0.72, size * 0.72), fill=gold)
    draw.rectangle((size * 0.34, size * 0.48, size * 0.66, size * 0.55), fill=gold)
    return image


def _star(
    draw: ImageDraw.ImageDraw, cx: float, cy: float, radius: float, fill: tuple[int, ...], rotation: float = 0.0
) -> None:
    points = []
    for k in range(10):
        r = radius if k % 2 == 0 else radius * 0.4
        angle = -math.pi / 2 + k * math.pi / 5 + rotation
        points.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    draw.polygon(points, fill=fill)


def gradient(size: tuple[int, int], start: Color, end: Color, angle: float) -> Image.Image:
    width, height = size
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    t = xs / width * math.cos(angle) + ys / height * math.sin(angle)
    t = (t - t.min()) / max(float(t.max() - t.min()), 1e-6)
    a, b = np.array(start, np.float32), np.array(end, np.float32)
    return Image.fromarray((a + (b - a) * t[..., None]).astype(np.uint8), "RGB")


def seal(diameter: int, ring_text: str, rng: random.Random, centre_text: str = "", star: bool = True) -> Image.Image:
    """A red ink stamp (RGBA, translucent like ink): a ring, text along the upper arc, a star or text inside."""
    from tests.docgen import fonts  # local: fonts import costs nothing but keeps draw.py font-free

    image = Image.new("RGBA", (diameter, diameter), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    red = (rng.randint(200, 235), rng.randint(20, 60), rng.randint(30, 60), 255)
    ring = max(2, diameter // 32)
    draw.ellipse((ring, ring, diameter - ring, diameter - ring), outline=red, width=ring)
    char_size = max(8, int(diameter * 0.12))
    font = fonts.cjk("sans_bold", char_size)
    radius = diameter / 2 - ring * 2.5 - char_size / 2
    span = min(math.radians(250), len(ring_text) * char_size * 1.05 / radius)
    for index, ch in enumerate(ring_text):
        angle = -math.pi / 2 - span / 2 + span * (index + 0.5) / max(1, len(ring_text))
        glyph = Image.new("RGBA", (char_size * 2, char_size * 2), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((char_size, char_size), ch, font=font, fill=red, anchor="mm")
        glyph = glyph.rotate(-math.degrees(angle + math.pi / 2), resample=Image.Resampling.BICUBIC)
        cx = diameter / 2 + radius * math.cos(angle)
        cy = diameter / 2 + radius * math.sin(angle)
        image.alpha_composite(glyph, (int(cx - char_size), int(cy - char_size)))
    if star:
        _star(draw, diameter / 2, diameter / 2, diameter * 0.15, red)
    if centre_text:
        small = fonts.cjk("sans_bold", max(8, int(diameter * 0.1)))
        draw.text((diameter / 2, diameter * 0.74), centre_text, font=small, fill=red, anchor="mm")
    # ink is uneven and lets the paper and print show through
    alpha = np.asarray(image.getchannel("A"), np.float32)
    gen = np.random.default_rng(rng.randrange(2**32))
    mottle = 0.55 + 0.3 * gen.random(alpha.shape)
    image.putalpha(Image.fromarray((alpha * mottle).astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(0.8)))
    return image


def wrap(text: str, font: ImageFont.FreeTypeFont, max_width: float) -> list[str]:
    """Break `text` into lines no wider than `max_width` (CJK text breaks between any two characters)."""
    lines: list[str] = []
    current = ""
    for ch in text:
        if current and font.getlength(current + ch) > max_width:
            lines.append(current)
            current = ""
        current += ch
    if current:
        lines.append(current)
    return lines


def spread(label: str, count: int) -> str:
    """A label spaced out to fill `count` character cells, as forms print 名　　称 next to 法定代表人."""
    if len(label) >= count or len(label) < 2:
        return label
    gaps = len(label) - 1
    total = count - len(label)
    return "".join(ch + "\u3000" * (total // gaps + (i < total % gaps)) for i, ch in enumerate(label[:-1])) + label[-1]
