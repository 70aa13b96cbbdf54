"""Tilted fields are drawn, highlighted and hit as their polygons: a click inside one tilted line but
inside its neighbour's upright rectangle selects the line clicked."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage

from ocrdesk.model import Box, Field
from ocrdesk.ui.page.image_view import BoxItem, ImageView
from ocrdesk.ui.review.box_editing import EditableBoxItem

# two lines of a photo tilted by ~20°: their upright boxes overlap, their quads do not
LOWER = [(40, 140), (340, 30), (352, 64), (52, 174)]
UPPER = [(40, 100), (340, -10), (352, 24), (52, 134)]
INSIDE_LOWER = (300, 60)  # inside LOWER's quad, inside UPPER's bounding box, outside UPPER's quad


def _field(key: str, polygon: list[tuple[int, int]]) -> Field:
    clipped = [(x, max(0, y)) for x, y in polygon]
    return Field(key, key, key, 0.9, Box.from_points(clipped), polygon=clipped)


def _fields() -> list[Field]:
    return [_field("lower", LOWER), _field("upper", UPPER)]  # the upper line is added last: on top


def _view(qtbot: Any, editable: bool) -> ImageView:
    view = ImageView()
    qtbot.addWidget(view)
    view.resize(500, 300)
    if editable:
        bounds = QRectF(0, 0, 400, 200)
        view.box_factory = lambda row, item: EditableBoxItem(row, item, lambda _r, _b: None, bounds, [])
    image = QImage(400, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    view.set_image(image)
    view.set_zoom(1.0)
    view.set_fields(_fields())
    view.show()
    qtbot.waitExposed(view)
    return view


def _on_screen(view: ImageView, point: tuple[float, float]) -> QPoint:
    return view.mapFromScene(QPointF(*point))


@pytest.mark.parametrize("editable", [False, True])
def test_a_click_inside_a_tilted_quad_selects_that_field(qtbot: Any, editable: bool) -> None:
    view = _view(qtbot, editable)
    upper = view.box_item(1)
    assert upper is not None and upper.rect().contains(QPointF(*INSIDE_LOWER))  # the old hit area
    with qtbot.waitSignal(view.rowSelected) as selected:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_on_screen(view, INSIDE_LOWER))
    assert selected.args == [0]
    assert view.selected_row() == 0
    # and the upper line is still selected by a click on its own quad
    with qtbot.waitSignal(view.rowSelected) as selected:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_on_screen(view, (200, 60)))
    assert selected.args == [1]


def test_the_outline_drawn_follows_the_polygon(qtbot: Any) -> None:
    view = _view(qtbot, editable=False)
    view.select_row(0)
    view.viewport().repaint()
    shown = view.viewport().grab().toImage()
    white = QColor("white").rgb()
    corner = _on_screen(view, (50, 40))  # in LOWER's upright box, far from its quad (and UPPER's)
    assert view.box_item(0).rect().contains(QPointF(50, 40))
    assert shown.pixel(corner) == white  # no fill, no edge: nothing drawn outside the quad
    middle = _on_screen(view, (196, 102))  # the centre of LOWER's quad: tinted as selected
    assert shown.pixel(middle) != white


def test_a_field_without_polygon_keeps_its_rectangle(qapp: Any) -> None:
    item = BoxItem(0, Field("name", "Name", "x", 0.9, Box(10, 20, 110, 50)))
    outline = item.outline()
    assert outline.boundingRect() == QRectF(10, 20, 100, 30)
    assert item.shape().contains(QPointF(12, 22))


def test_the_outline_follows_a_dragged_rectangle(qapp: Any) -> None:
    item = BoxItem(0, _field("lower", LOWER))
    before = item.outline().at(0)
    item.setRect(item.rect().translated(5, 7))
    after = item.outline().at(0)
    assert (after.x() - before.x(), after.y() - before.y()) == (5, 7)
