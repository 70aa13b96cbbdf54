"""The page with one selectable outline per recognised field (its polygon, tilted on a tilted photo;
its rectangle when the provider gave none); zoom, fit and hand panning."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ocrdesk.doctypes import field_name
from ocrdesk.model import Field
from ocrdesk.ui import style
from ocrdesk.ui.page.sharp import Downscaler, PageItem

MIN_ZOOM = 0.02
MAX_ZOOM = 32.0
ZOOM_STEP = 1.25
PEN_WIDTH = 2.0
SELECTED_PEN_WIDTH = 3.0
PAGE_MARGIN = 0.025  # of the page's longer side, around it in the scene


class BoxItem(QGraphicsRectItem):
    """The outline of one field; `row` is its row in the field table.

    `rect()` is the field's box (what moves and resizes); the outline drawn, highlighted and hit is
    the field's polygon carried along with that rectangle, so a tilted line is not selected by a
    click on its upright neighbour.
    """

    def __init__(self, row: int, item: Field, doc_type: str | None = None) -> None:
        box = item.box
        assert box is not None
        super().__init__(QRectF(box.left, box.top, box.width, box.height))
        self.row = row
        self._field = item
        self._doc_type = doc_type  # names canonical fields in the UI's language
        self._hover = False
        self._pad = SELECTED_PEN_WIDTH
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(1)
        self.refresh()

    @property
    def field(self) -> Field:
        return self._field

    def refresh(self) -> None:
        """Re-read the field (after an edit): colour and tooltip."""
        item = self._field
        confidence = "—" if item.confidence is None else f"{item.confidence:.0%}"
        how_sure = QCoreApplication.translate("BoxItem", "confidence {confidence}").format(confidence=confidence)
        name = field_name(item.key, self._doc_type, item.label)
        tip = f"<b>{_escape(name)}</b><br>{_escape(item.value or '')}<br><small>{how_sure}"
        if item.edited:
            edited = QCoreApplication.translate("BoxItem", "edited (OCR: {value})")
            tip += " · " + edited.format(value=_escape(item.ocr_value))
        tip += "".join(f"<br>{_escape(line)}" for line in style.correction_lines(item))
        self.setToolTip(tip + "</small>")
        self.update()

    def outline(self) -> QPolygonF:
        """The field's polygon mapped onto the current rectangle (which a drag may be changing)."""
        rect, item = self.rect(), self._field
        polygon, box = item.polygon, item.box
        if polygon is None or len(polygon) < 3 or box is None or box.width <= 0 or box.height <= 0:
            return QPolygonF(rect)
        sx, sy = rect.width() / box.width, rect.height() / box.height
        return QPolygonF(
            [QPointF(rect.left() + (x - box.left) * sx, rect.top() + (y - box.top) * sy) for x, y in polygon]
        )

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)  # what is added to it (handles) adds, never cuts holes
        path.addPolygon(self.outline())
        path.closeSubpath()
        return path

    def set_device_pad(self, pad: float) -> None:
        """Margin (scene units) covering the cosmetic pen at the current zoom, so no trail is left."""
        if pad != self._pad:
            self.prepareGeometryChange()
            self._pad = pad

    def boundingRect(self) -> QRectF:
        area = self.rect().united(self.outline().boundingRect())
        return area.adjusted(-self._pad, -self._pad, self._pad, self._pad)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        selected = self.isSelected()
        color = QColor(style.SELECTED_COLOR if selected else style.box_color(self._field))
        pen = QPen(color, SELECTED_PEN_WIDTH if selected or self._hover else PEN_WIDTH)
        pen.setCosmetic(True)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        fill = QColor(color)
        fill.setAlpha(70 if selected else 48 if self._hover else 26)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        painter.drawPolygon(self.outline())

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hover = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hover = False
        self.update()
        super().hoverLeaveEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ImageView(QGraphicsView):
    """Shows one page. Emits `rowSelected(row)` (-1 for none) when the operator picks a box."""

    rowSelected = Signal(int)
    zoomChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self._pixmap_item: PageItem | None = None
        self._downscaler = Downscaler(self._sharp_ready, self)
        self._boxes: dict[int, BoxItem] = {}
        # how a field's rectangle is made; the review workflow installs editable boxes with handles
        self.box_factory: Callable[[int, Field], BoxItem] = BoxItem
        self._fit_mode = True
        self._syncing = False
        self.placeholder = QCoreApplication.translate("ImageView", "Drop an image here, or press Ctrl+O to open one")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setBackgroundBrush(style.VIEW_BACKGROUND)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setAcceptDrops(False)  # files dropped here go to the main window
        self.viewport().setAcceptDrops(False)
        self._scene.selectionChanged.connect(self._on_scene_selection)

    # -- content ----------------------------------------------------------------------------
    @property
    def has_image(self) -> bool:
        return self._pixmap_item is not None

    @property
    def pixmap_item(self) -> PageItem | None:
        return self._pixmap_item

    @property
    def device_scale(self) -> float:
        """Screen pixels per image pixel (the zoom times the screen's pixel ratio)."""
        return self.zoom * self.viewport().devicePixelRatioF()

    def is_sharp(self) -> bool:
        """Whether the page is drawn from its resampled copy at the current zoom (or needs none)."""
        item = self._pixmap_item
        return item is None or item.is_sharp_at(self.device_scale)

    def _sharp_ready(self) -> None:
        if self._pixmap_item is not None:
            self._pixmap_item.update()  # also drops the device cache made from the fast drawing

    def set_image(self, image: QImage | None) -> None:
        self._syncing = True
        try:
            self._scene.clear()
        finally:
            self._syncing = False
        self._boxes.clear()
        self._pixmap_item = None
        if image is None or image.isNull():
            self._downscaler.set_image(None)
            self._scene.setSceneRect(QRectF())
            self.viewport().update()
            return
        item = PageItem(image, self._downscaler)
        item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        item.setShapeMode(QGraphicsPixmapItem.ShapeMode.BoundingRectShape)
        # Until its sharp copy arrives, smooth scaling of a page-sized pixmap costs tens of ms per repaint;
        # cache it at the current zoom so selecting or editing a box repaints a blit, not a rescale.
        item.setCacheMode(QGraphicsPixmapItem.CacheMode.DeviceCoordinateCache)
        self._scene.addItem(item)
        self._pixmap_item = item
        # a little room around the page, so it does not stick to the window's edges
        margin = PAGE_MARGIN * max(image.width(), image.height())
        self._scene.setSceneRect(item.boundingRect().adjusted(-margin, -margin, margin, margin))
        self.fit()

    def set_fields(self, fields: Sequence[Field]) -> None:
        self._syncing = True
        try:
            for box in self._boxes.values():
                self._scene.removeItem(box)
            self._boxes.clear()
            for row, item in enumerate(fields):
                if item.box is not None:
                    box = self.box_factory(row, item)
                    self._scene.addItem(box)
                    self._boxes[row] = box
        finally:
            self._syncing = False
        self._update_pads()

    def box_item(self, row: int) -> BoxItem | None:
        return self._boxes.get(row)

    def box_items(self) -> list[BoxItem]:
        return [self._boxes[row] for row in sorted(self._boxes)]

    def refresh_row(self, row: int) -> None:
        box = self._boxes.get(row)
        if box is not None:
            box.refresh()

    # -- selection --------------------------------------------------------------------------
    def select_row(self, row: int) -> None:
        """Select the box of `row` (none when it has no box) and bring it into view."""
        self._syncing = True
        try:
            self._scene.clearSelection()
            box = self._boxes.get(row)
            if box is not None:
                box.setSelected(True)
        finally:
            self._syncing = False
        if box is not None:
            visible = self.mapToScene(self.viewport().rect()).boundingRect()
            if not visible.contains(box.sceneBoundingRect()):
                self.centerOn(box)
            self.ensureVisible(box, 24, 24)

    def selected_row(self) -> int:
        for item in self._scene.selectedItems():
            if isinstance(item, BoxItem):
                return item.row
        return -1

    def _on_scene_selection(self) -> None:
        if not self._syncing:
            self.rowSelected.emit(self.selected_row())

    # -- zoom -------------------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float, anchor_under_mouse: bool = False) -> None:
        if not self.has_image:
            return
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self._fit_mode = False
        previous = self.transformationAnchor()
        if anchor_under_mouse:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setTransform(QTransform.fromScale(factor, factor))
        self.setTransformationAnchor(previous)
        self._zoom_changed()

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / ZOOM_STEP)

    def actual_size(self) -> None:
        self.set_zoom(1.0)

    def fit(self) -> None:
        """Whole page in the window; stays fitted when the window is resized."""
        self._fit_mode = True
        if self._pixmap_item is None:
            return
        self.resetTransform()
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self._zoom_changed()

    @property
    def fitted(self) -> bool:
        return self._fit_mode

    def _zoom_changed(self) -> None:
        self._update_pads()
        self.zoomChanged.emit(self.zoom)

    def _update_pads(self) -> None:
        pad = SELECTED_PEN_WIDTH / max(self.zoom, MIN_ZOOM)
        for box in self._boxes.values():
            box.set_device_pad(pad)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and self.has_image:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.set_zoom(self.zoom * ZOOM_STEP**steps, anchor_under_mouse=True)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if self._fit_mode and self._pixmap_item is not None:
            self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
            self._zoom_changed()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._pixmap_item is None and self.placeholder:
            painter = QPainter(self.viewport())
            painter.setPen(QColor(255, 255, 255, 200))
            font = painter.font()
            font.setPointSizeF(font.pointSizeF() * 1.25)
            painter.setFont(font)
            painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, self.placeholder)
            painter.end()
