"""Child process for the HiDPI test: the page with one field's box at the scale factor given, drawn as
the screen shows it; prints where the text and the box outline fell, in device pixels, as JSON.

The scale factor must be set before Qt starts, hence a process of its own:
    QT_SCALE_FACTOR=1.5 python -m tests.e2e.hidpi_driver
"""

from __future__ import annotations

import json
import os
import sys

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

TEXT = QRect(230, 170, 300, 36)  # the "text" on the page, in image pixels (also the field's box)


def page() -> QImage:
    image = QImage(800, 500, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.fillRect(TEXT, QColor("black"))
    painter.end()
    return image


def bounds(mask: np.ndarray) -> list[int] | None:
    """[left, top, right, bottom] of the True pixels."""
    ys, xs = np.nonzero(mask)
    return [int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())] if len(xs) else None


def main() -> int:
    app = QApplication(sys.argv[:1])
    from ocrdesk.model import Box, Field
    from ocrdesk.ui.page.image_view import ImageView

    view = ImageView()
    view.resize(520, 360)
    view.show()
    view.set_image(page())
    box = Box(TEXT.left(), TEXT.top(), TEXT.left() + TEXT.width(), TEXT.top() + TEXT.height())
    view.set_fields([Field("name", "姓名", "张三", 0.99, box)])
    view.fit()
    for _ in range(5):
        app.processEvents()
    shot = view.viewport().grab()
    image = shot.toImage().convertToFormat(QImage.Format.Format_RGB32)

    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    pixels = rows[:, : image.width(), :3].astype(int)  # B, G, R
    brightest, spread = pixels.max(axis=2), pixels.max(axis=2) - pixels.min(axis=2)
    page_bounds = bounds(brightest > 240)  # the white page, inside the view's grey backdrop
    assert page_bounds is not None
    left, top, right, bottom = page_bounds
    on_page = np.zeros_like(brightest, dtype=bool)
    on_page[top : bottom + 1, left : right + 1] = True
    text = on_page & (brightest < 128) & (spread < 30)  # half-dark: the smoothed edges count by halves
    outline = spread > 80  # the box's pen: a saturated colour; its faint fill stays below this

    print(
        json.dumps(
            {
                "ratio": shot.devicePixelRatio(),
                "size": [image.width(), image.height()],
                "zoom": view.zoom,
                "page": page_bounds,
                "text": bounds(text),
                "box": bounds(outline),
            }
        )
    )
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
