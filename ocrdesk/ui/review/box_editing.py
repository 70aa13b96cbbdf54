"""Boxes the operator can change: drag a selected box to move it, drag one of its eight handles to
resize it, and draw a new box for a field the provider missed.

Items only show the change while the mouse moves; the result goes back through a callback as an
integer Box, where the review workflow turns it into one undoable command.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QCursor, QMouseEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsRectItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ocrdesk.i18n import shown
from ocrdesk.model import Box, Field
from ocrdesk.review import box_from_float
from ocrdesk.ui import style
from ocrdesk.ui.page.image_view import SELECTED_PEN_WIDTH, BoxItem, ImageView

HANDLE_PX = 8.0  # handle side in screen pixels, whatever the zoom
MIN_SIZE = 2.0  # image pixels

# handle name -> (x, y) position as a fraction of the box; which edges it drags
_HANDLES: dict[str, tuple[float, float]] = {
    "top_left": (0.0, 0.0),
    "top": (0.5, 0.0),
    "top_right": (1.0, 0.0),
    "right": (1.0, 0.5),
    "bottom_right": (1.0, 1.0),
    "bottom": (0.5, 1.0),
    "bottom_left": (0.0, 1.0),
    "left": (0.0, 0.5),
}
_CURSORS = {
    "top_left": Qt.CursorShape.SizeFDiagCursor,
    "bottom_right": Qt.CursorShape.SizeFDiagCursor,
    "top_right": Qt.CursorShape.SizeBDiagCursor,
    "bottom_left": Qt.CursorShape.SizeBDiagCursor,
    "top": Qt.CursorShape.SizeVerCursor,
    "bottom": Qt.CursorShape.SizeVerCursor,
    "left": Qt.CursorShape.SizeHorCursor,
    "right": Qt.CursorShape.SizeHorCursor,
    "move": Qt.CursorShape.SizeAllCursor,
}

BoxEdited = Callable[[int, Box], None]


class EditableBoxItem(BoxItem):
    """A field's rectangle with handles when selected, a validation outline and tooltip."""

    # BoxItem.__init__ calls refresh() before ours sets the instance's own list
    _problems: list[str] = []  # noqa: RUF012  (never mutated: replaced by set_problems)

    def __init__(
        self,
        row: int,
        item: Field,
        on_edited: BoxEdited,
        bounds: QRectF,
        problems: list[str],
        doc_type: str | None = None,
    ) -> None:
        super().__init__(row, item, doc_type)
        self._problems = list(problems)
        self._on_edited = on_edited
        self._bounds = bounds
        self._units = 1.0  # scene units per screen pixel (1 / zoom)
        self._grab: str | None = None  # "move" or a handle name while the mouse is pressed
        self._press = QPointF()  # screen position of the press
        self._start = QRectF()
        self._dragging = False
        self.refresh()

    # -- look -------------------------------------------------------------------------------
    @property
    def problems(self) -> list[str]:
        return self._problems

    def set_problems(self, problems: list[str]) -> None:
        if problems != self._problems:
            self._problems = list(problems)
            self.refresh()

    def refresh(self) -> None:
        super().refresh()
        problems = self._problems
        if problems:
            lines = "".join(f"<br>⚠ {html.escape(shown(p), quote=False)}" for p in problems)
            self.setToolTip(self.toolTip().replace("</small>", "") + f"</small><font color='#d93025'>{lines}</font>")

    def set_device_pad(self, pad: float) -> None:
        self._units = pad / SELECTED_PEN_WIDTH
        super().set_device_pad(max(pad, (HANDLE_PX / 2 + 2) * self._units))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        selected = self.isSelected()
        if self._problems and not selected:
            color = QColor(style.INVALID_COLOR)
            pen = QPen(color, SELECTED_PEN_WIDTH)
            pen.setCosmetic(True)
            pen.setStyle(Qt.PenStyle.DashLine)
            fill = QColor(color)
            fill.setAlpha(40)
            painter.setPen(pen)
            painter.setBrush(QBrush(fill))
            painter.drawPolygon(self.outline())
        else:
            super().paint(painter, option, widget)
        if selected:
            painter.setPen(QPen(QColor(style.SELECTED_COLOR), 0))
            painter.setBrush(QBrush(QColor("white")))
            for rect in self._handle_rects().values():
                painter.drawRect(rect)

    def _handle_rects(self) -> dict[str, QRectF]:
        rect, side = self.rect(), HANDLE_PX * self._units
        return {
            name: QRectF(
                rect.left() + fx * rect.width() - side / 2, rect.top() + fy * rect.height() - side / 2, side, side
            )
            for name, (fx, fy) in _HANDLES.items()
        }

    def grab_at(self, point: QPointF) -> str | None:
        """What pressing at `point` (item coordinates) drags: a handle, the whole box, or nothing."""
        if self.isSelected():
            grow = self._units * 2  # a little easier to hit than it looks
            for name, rect in self._handle_rects().items():
                if rect.adjusted(-grow, -grow, grow, grow).contains(point):
                    return name
        return "move" if self.outline().containsPoint(point, Qt.FillRule.OddEvenFill) else None

    def shape(self) -> QPainterPath:
        path = super().shape()
        if self.isSelected():  # the handles sit on the rectangle, partly outside a tilted outline
            grow = self._units * 2
            for rect in self._handle_rects().values():
                path.addRect(rect.adjusted(-grow, -grow, grow, grow))
        return path

    # -- mouse ------------------------------------------------------------------------------
    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        grab = self.grab_at(event.pos()) if self.isSelected() else None
        self.setCursor(QCursor(_CURSORS[grab]) if grab else QCursor(Qt.CursorShape.PointingHandCursor))
        super().hoverMoveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._grab = self.grab_at(event.pos())
            self._press = QPointF(event.screenPos())
            self._start = QRectF(self.rect())
            self._dragging = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._grab is None:
            return
        # Measured on the screen, not in the scene: the view may scroll under a still mouse (it
        # brings the selected box into view), which must not drag the box along.
        moved = QPointF(event.screenPos()) - self._press
        if not self._dragging:
            # a click that wobbles a pixel selects; it does not move the box
            if moved.manhattanLength() < QApplication.startDragDistance():
                return
            self._dragging = True
        self.setRect(self._dragged(moved * self._units))

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        dragging, self._dragging, self._grab = self._dragging, False, None
        super().mouseReleaseEvent(event)
        if not dragging:
            return
        rect = self.rect()
        box = box_from_float(
            rect.left(), rect.top(), rect.right(), rect.bottom(), int(self._bounds.width()), int(self._bounds.height())
        )
        if box is None or box == self.field.box:
            self.reset_rect()
            return
        self._on_edited(self.row, box)

    def _dragged(self, delta: QPointF) -> QRectF:
        start, bounds = self._start, self._bounds
        if self._grab == "move":
            dx = max(bounds.left() - start.left(), min(bounds.right() - start.right(), delta.x()))
            dy = max(bounds.top() - start.top(), min(bounds.bottom() - start.bottom(), delta.y()))
            return start.translated(dx, dy)
        left, top, right, bottom = start.left(), start.top(), start.right(), start.bottom()
        name = self._grab or ""
        if "left" in name:
            left = max(bounds.left(), min(right - MIN_SIZE, left + delta.x()))
        if "right" in name:
            right = min(bounds.right(), max(left + MIN_SIZE, right + delta.x()))
        if "top" in name:
            top = max(bounds.top(), min(bottom - MIN_SIZE, top + delta.y()))
        if "bottom" in name:
            bottom = min(bounds.bottom(), max(top + MIN_SIZE, bottom + delta.y()))
        return QRectF(QPointF(left, top), QPointF(right, bottom))

    def reset_rect(self) -> None:
        """Back to the field's box (after an undo, or a drag that changed nothing)."""
        box = self.field.box
        if box is not None:
            self.setRect(QRectF(box.left, box.top, box.width, box.height))
        self.refresh()


class BoxDrawer(QObject):
    """Draw mode on the page: press, drag and release draws one rectangle, then `on_drawn(box)`.

    An event filter on the view's viewport, so the view itself needs no special mode: while
    drawing, mouse presses neither select boxes nor pan the page.
    """

    def __init__(self, view: ImageView, on_drawn: Callable[[Box], None], on_finished: Callable[[], None]) -> None:
        super().__init__(view)
        self._view = view
        self._on_drawn = on_drawn
        self._on_finished = on_finished
        self._active = False
        self._origin: QPointF | None = None
        self._rubber: QGraphicsRectItem | None = None
        view.viewport().installEventFilter(self)

    @property
    def active(self) -> bool:
        return self._active

    def set_active(self, on: bool) -> None:
        if on == self._active:
            return
        self._active = on
        self._drop_rubber()
        viewport = self._view.viewport()
        if on:
            viewport.setCursor(Qt.CursorShape.CrossCursor)
        else:
            viewport.unsetCursor()
            self._on_finished()

    def _image_rect(self) -> QRectF:
        item = self._view.pixmap_item
        return item.boundingRect() if item is not None else QRectF()

    def _clamped(self, point: QPointF) -> QPointF:
        rect = self._image_rect()
        return QPointF(min(max(point.x(), rect.left()), rect.right()), min(max(point.y(), rect.top()), rect.bottom()))

    def _drop_rubber(self) -> None:
        if self._rubber is not None:
            scene = self._rubber.scene()
            if scene is not None:
                scene.removeItem(self._rubber)
            self._rubber = None
        self._origin = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._active or not isinstance(event, QMouseEvent) or not self._view.has_image:
            return False
        kind = event.type()
        point = self._clamped(self._view.mapToScene(event.position().toPoint()))
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            self._drop_rubber()
            self._origin = point
            pen = QPen(QColor(style.SELECTED_COLOR), 2, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            self._rubber = self._view.scene().addRect(QRectF(point, point), pen, QBrush(QColor(208, 24, 132, 40)))
            self._rubber.setZValue(10)
            return True
        if kind == QEvent.Type.MouseMove:
            if self._origin is not None and self._rubber is not None:
                self._rubber.setRect(QRectF(self._origin, point).normalized())
            return True  # no hover cursors from the boxes underneath while drawing
        if kind == QEvent.Type.MouseButtonRelease and self._origin is not None:
            origin = self._origin
            self._drop_rubber()
            size = self._image_rect()
            box = box_from_float(origin.x(), origin.y(), point.x(), point.y(), int(size.width()), int(size.height()))
            self.set_active(False)
            if box is not None and box.width >= 3 and box.height >= 3:
                self._on_drawn(box)
            return True
        return kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)
