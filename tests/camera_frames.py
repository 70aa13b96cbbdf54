"""Fake cameras for tests: image sequences OpenCV opens in place of a device index."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter


def document_frame(shift: int = 0, blur: float = 0.0, size: tuple[int, int] = (640, 480)) -> np.ndarray:
    """A white card with black text lines, moved `shift` pixels right, optionally blurred."""
    image = Image.new("RGB", size, (90, 100, 110))
    draw = ImageDraw.Draw(image)
    draw.rectangle((80 + shift, 80, 560 + shift, 400), fill="white")
    for row in range(6):
        draw.text((110 + shift, 110 + row * 45), f"LINE {row} OCRDESK 12345", fill="black")
    if blur:
        image = image.filter(ImageFilter.GaussianBlur(blur))
    return np.asarray(image)


def write_sequence(folder: Path, frames: list[np.ndarray]) -> str:
    """Save frames as frame_000.png… and return the pattern OpenCV opens as a camera."""
    folder.mkdir(parents=True, exist_ok=True)
    for index, frame in enumerate(frames):
        Image.fromarray(frame).save(folder / f"frame_{index:03d}.png")
    return str(folder / "frame_%03d.png")
