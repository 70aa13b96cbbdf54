"""HiDPI: at fractional and whole scale factors the field's box is drawn around its text, at the size
the zoom says; the window's icons are vector (SVG) so they stay sharp at any scale."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from ocrdesk import paths
from ocrdesk.ui.actions.specs import ACTIONS
from tests.e2e.hidpi_driver import TEXT

ROOT = Path(__file__).resolve().parents[2]


def drawn_at(scale: str) -> dict[str, object]:
    env = dict(os.environ, QT_SCALE_FACTOR=scale, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-m", "tests.e2e.hidpi_driver"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("scale", ["1.25", "1.5", "2"])
def test_the_box_sits_on_its_text_at_a_scale_factor(scale: str) -> None:
    drawn = drawn_at(scale)
    ratio, zoom = float(drawn["ratio"]), float(drawn["zoom"])  # type: ignore[arg-type]
    assert ratio == pytest.approx(float(scale))
    page, text, box = drawn["page"], drawn["text"], drawn["box"]
    assert isinstance(page, list) and isinstance(text, list) and isinstance(box, list), drawn
    # where the page's text must appear, in device pixels: the page's corner plus the scaled position
    scale = zoom * ratio
    expected = [
        page[0] + TEXT.left() * scale,
        page[1] + TEXT.top() * scale,
        page[0] + (TEXT.left() + TEXT.width()) * scale,
        page[1] + (TEXT.top() + TEXT.height()) * scale,
    ]
    pen = 2 * ratio + 1  # the outline's width, and the smoothing of the scaled page
    for side in range(4):
        assert abs(text[side] - expected[side]) <= pen, ("text", side, expected, drawn)
        assert abs(box[side] - expected[side]) <= pen, ("box", side, expected, drawn)
    # the outline surrounds what it marks
    assert box[0] <= text[0] and box[1] <= text[1] and box[2] >= text[2] and box[3] >= text[3], drawn


def test_every_action_icon_is_a_vector_image_drawn_sharp_at_twice_the_size(qapp: object) -> None:
    folder = paths.resources_dir() / "icons"
    names = {spec.icon for spec in ACTIONS if spec.icon} | {"ocrdesk"}
    assert names
    for name in sorted(names):
        path = folder / f"{name}.svg"
        assert path.is_file(), f"{name}: no SVG icon"
        pixmap = QIcon(str(path)).pixmap(QSize(24, 24), 2.0)
        assert (pixmap.width(), pixmap.height()) == (48, 48), name  # rendered at 2x, not scaled up
    assert not [p.name for p in folder.iterdir() if p.suffix.lower() in {".png", ".jpg", ".bmp"}]
