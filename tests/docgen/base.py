"""What a renderer returns, and the per-split renderer variations."""

from __future__ import annotations

import random
from dataclasses import dataclass

from PIL import Image

from tests.docgen.draw import Jitter, rounded_alpha

CARD_MM = (85.6, 54.0)  # ISO/IEC 7810 ID-1: ID cards, bank cards


@dataclass
class Rendered:
    """A flat, upright document (RGBA: transparent outside rounded card corners) and its ground truth."""

    image: Image.Image
    fields: dict[str, str]  # canonical key -> value exactly as an operator would type it from the document
    kind: str  # "card" or "page": how capture effects frame it


@dataclass(frozen=True)
class Variant:
    """Renderer variations per split: holdout differs in vocabulary halves, jitter and clutter."""

    split: str
    size_jitter: float
    position_jitter_mm: float
    value_faces: tuple[str, ...]  # CJK faces values are printed in
    address_chars: tuple[int, int, int]  # characters per address line on ID cards (a random pick)

    def jitter(self, rng: random.Random) -> Jitter:
        return Jitter(rng, self.size_jitter, self.position_jitter_mm)


def variant_for(split: str) -> Variant:
    if split == "dev":
        return Variant("dev", 0.04, 0.6, ("sans", "sans", "sans_bold", "serif_bold"), (11, 11, 12))
    if split == "holdout":
        return Variant("holdout", 0.07, 1.0, ("sans", "sans_bold", "serif", "serif_bold"), (10, 11, 12))
    raise ValueError(f"unknown split {split!r} (dev or holdout)")


def card_canvas(rng: random.Random, base_width: int) -> tuple[int, int, float]:
    width = int(base_width * rng.uniform(0.95, 1.05))
    height = round(width * CARD_MM[1] / CARD_MM[0])
    return width, height, width / CARD_MM[0]


def finish_card(card: Image.Image, mm: float) -> Image.Image:
    rgba = card.convert("RGBA")
    rgba.putalpha(rounded_alpha(card.size, int(3.2 * mm)))
    return rgba
