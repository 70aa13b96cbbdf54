"""Outlines on the page: the card's edge and the portrait a provider located (Document.outlines), drawn
as dashed polygons under the field boxes; they are not fields, so they cannot be selected or edited."""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsPolygonItem, QGraphicsScene

from ocrdesk.model import Outline

OUTLINE_COLOR = QColor("#5f6368")
_Z = -1.0  # under the field boxes, above the page


def outline_name(outline: Outline) -> str:
    """What the operator reads on hovering an outline."""
    if outline.key == "card_region":
        return QCoreApplication.translate("PageOutlines", "Card outline (found by {label})").format(label=outline.label)
    if outline.key == "portrait":
        return QCoreApplication.translate("PageOutlines", "Portrait (found by {label})").format(label=outline.label)
    return outline.label or outline.key


class OutlineLayer:
    """The outline items of the document on screen, replaced as a whole when it changes."""

    def __init__(self) -> None:
        self.items: list[QGraphicsPolygonItem] = []

    def show(self, scene: QGraphicsScene, outlines: Sequence[Outline]) -> None:
        for item in self.items:
            # a new page clears the scene, which deletes the items with it
            if shiboken6.isValid(item) and item.scene() is scene:
                scene.removeItem(item)
        self.items = []
        pen = QPen(OUTLINE_COLOR, 2, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)  # the same width at every zoom
        for outline in outlines:
            item = QGraphicsPolygonItem(QPolygonF([QPointF(x, y) for x, y in outline.polygon]))
            item.setPen(pen)
            item.setZValue(_Z)
            item.setToolTip(outline_name(outline))
            item.setData(0, outline.key)
            scene.addItem(item)
            self.items.append(item)
