"""Render the application icon (ocrdesk/resources/icons/ocrdesk.svg) as the bundle's packaging/ocrdesk.ico
(Windows: 16-256 px) and packaging/ocrdesk.icns (macOS: 16-1024 px).

Run: .venv/bin/python scripts/make_icons.py   (after changing the SVG; the outputs are committed)
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "ocrdesk" / "resources" / "icons" / "ocrdesk.svg"
ICO = ROOT / "packaging" / "ocrdesk.ico"
ICNS = ROOT / "packaging" / "ocrdesk.icns"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int) -> Image.Image:
    """The SVG at `size` x `size` pixels, drawn by Qt's SVG renderer (the one the window uses)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("RGBA")


def main() -> int:
    ICO.parent.mkdir(exist_ok=True)
    largest = render(1024)
    # each size drawn from the vector, not scaled down from one bitmap: small sizes stay crisp
    ico_images = {size: render(size) for size in ICO_SIZES}
    ico_images[256].save(ICO, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=list(ico_images.values()))
    largest.save(ICNS, format="ICNS")
    for path in (ICO, ICNS):
        print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
