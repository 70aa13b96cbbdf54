"""The document list on screen: rows painted from the model's roles (cached per row), the view, and the
panel with its heading and one-line summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPalette, QPen, QPixmap, QPixmapCache
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ocrdesk.i18n import QT_TRANSLATE_NOOP
from ocrdesk.model import DocStatus
from ocrdesk.ui import style
from ocrdesk.ui.queue.list_view import (
    DETAIL_ROLE,
    ENTRY_ID_ROLE,
    LOWEST_ROLE,
    ROW_HEIGHT,
    STATUS_COLOR,
    STATUS_ROLE,
    THUMB_BOX,
    VERSION_ROLE,
    AnyIndex,
    DocumentListModel,
    status_text,
)


class DocumentDelegate(QStyledItemDelegate):
    """Paints a row: thumbnail on the left; name above; a status dot, status and details below."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return QSize(200, ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        # Rows are drawn once into a cached pixmap and blitted after: a repaint of the list is then
        # a few calls, not hundreds of Python ones competing for the GIL with a running batch.
        rect: QRect = option.rect  # type: ignore[attr-defined]
        state = option.state  # type: ignore[attr-defined]
        flags = (
            f"{int(bool(state & QStyle.StateFlag.State_Selected))}{int(bool(state & QStyle.StateFlag.State_MouseOver))}"
        )
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        row = f"{index.data(ENTRY_ID_ROLE)}.{index.data(VERSION_ROLE)}"
        key = f"ocrdesk-row-{id(self)}-{row}-{rect.width()}x{rect.height()}-{flags}-{ratio}"
        pixmap = QPixmapCache.find(key)  # type: ignore[call-overload]  # PySide6 returns the QPixmap or None
        if pixmap is None:
            pixmap = QPixmap(max(1, round(rect.width() * ratio)), max(1, round(rect.height() * ratio)))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            local = QStyleOptionViewItem(option)
            local.rect = QRect(0, 0, rect.width(), rect.height())  # type: ignore[attr-defined]
            row_painter = QPainter(pixmap)
            try:
                self._paint(row_painter, local, index)
            finally:
                row_painter.end()
            QPixmapCache.insert(key, pixmap)
        painter.drawPixmap(rect.topLeft(), pixmap)

    def _paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        rect: QRect = option.rect  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        state = option.state  # type: ignore[attr-defined]
        selected = bool(state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if selected:
            highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
            highlight.setAlpha(40)
            painter.fillRect(rect, highlight)
            painter.fillRect(
                QRect(rect.left(), rect.top(), 3, rect.height()), palette.color(QPalette.ColorRole.Highlight)
            )
        elif state & QStyle.StateFlag.State_MouseOver:
            hover = QColor(palette.color(QPalette.ColorRole.Highlight))
            hover.setAlpha(16)
            painter.fillRect(rect, hover)
        painter.setPen(QPen(QColor(0, 0, 0, 22)))
        painter.drawLine(rect.left() + 8, rect.bottom(), rect.right() - 8, rect.bottom())

        box = QRect(rect.left() + 10, rect.top() + (rect.height() - THUMB_BOX) // 2, THUMB_BOX, THUMB_BOX)
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(pixmap, QPixmap) and not pixmap.isNull():
            size = pixmap.size().scaled(box.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(0, 0, size.width(), size.height())
            target.moveCenter(box.center())
            painter.drawPixmap(target, pixmap)
            painter.setPen(QPen(QColor(0, 0, 0, 50)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(target.adjusted(0, 0, -1, -1))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor(0, 0, 0, 18)))
            painter.drawRoundedRect(box.adjusted(6, 0, -6, 0), 3, 3)

        status = DocStatus(index.data(STATUS_ROLE))
        left = box.right() + 12
        width = rect.right() - left - 8
        name_font = QFont(option.font)  # type: ignore[attr-defined]
        name_font.setBold(selected)
        metrics = painter.fontMetrics()
        line = metrics.height()
        top = rect.top() + (rect.height() - 2 * line - 4) // 2
        small = QFont(option.font)  # type: ignore[attr-defined]
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.9))
        lowest = index.data(LOWEST_ROLE)
        name_width = width
        if lowest is not None:  # the lowest confidence, right-aligned on the name's line
            painter.setFont(small)
            badge = QCoreApplication.translate("DocumentList", "min {percent} %").format(percent=f"{lowest * 100:.0f}")
            badge_width = painter.fontMetrics().horizontalAdvance(badge)
            low = lowest < style.LOW_CONFIDENCE
            painter.setPen(
                style.LOW_CONFIDENCE_COLOR.darker(115) if low else palette.color(QPalette.ColorRole.PlaceholderText)
            )
            painter.drawText(
                QRect(left, top, width, line), int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), badge
            )
            name_width = width - badge_width - 8
        painter.setFont(name_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        name = painter.fontMetrics().elidedText(str(index.data()), Qt.TextElideMode.ElideMiddle, name_width)
        painter.drawText(QRect(left, top, name_width, line), int(Qt.AlignmentFlag.AlignVCenter), name)

        painter.setFont(small)
        second = QRect(left, top + line + 4, width, painter.fontMetrics().height())
        color = STATUS_COLOR[status]
        dot = 8
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(color))
        painter.drawEllipse(second.left(), second.center().y() - dot // 2 + 1, dot, dot)
        text_left = second.left() + dot + 6
        shown_status = status_text(status)
        painter.setPen(color.darker(115))
        painter.drawText(
            QRect(text_left, second.top(), width, second.height()), int(Qt.AlignmentFlag.AlignVCenter), shown_status
        )
        detail = str(index.data(DETAIL_ROLE) or "")
        if detail:
            offset = painter.fontMetrics().horizontalAdvance(shown_status + "  ")
            room = second.right() - text_left - offset
            error = status == DocStatus.ERROR
            painter.setPen(color.darker(115) if error else palette.color(QPalette.ColorRole.PlaceholderText))
            text = painter.fontMetrics().elidedText(f"· {detail}", Qt.TextElideMode.ElideRight, max(0, room))
            painter.drawText(
                QRect(text_left + offset, second.top(), room, second.height()), int(Qt.AlignmentFlag.AlignVCenter), text
            )


class DocumentListView(QListView):
    placeholder = QT_TRANSLATE_NOOP(
        "DocumentList",
        "No documents yet.\n\nOpen files or a folder, drop them here, paste an image, or capture from a camera.",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformItemSizes(True)  # thousands of rows lay out instantly
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # Shift/Ctrl+click, then Del
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.setItemDelegate(DocumentDelegate(self))
        self.setAcceptDrops(False)  # dropped files go to the main window
        self.viewport().setAcceptDrops(False)

    def dataChanged(self, topLeft: AnyIndex, bottomRight: AnyIndex, roles: Sequence[int] = ()) -> None:
        # QListView (Qt 6.11) answers every dataChanged with a full relayout, which asks the Python
        # model for rowCount twice per row: during a batch of 3000 pages that was ~30 000 calls a
        # second, each waiting for the GIL, and the window stalled for hundreds of ms. Every row
        # has the same fixed height (uniform sizes, the delegate's size hint), so a change never
        # moves a row: the base view only repaints the changed rows (and updates accessibility).
        QAbstractItemView.dataChanged(self, topLeft, bottomRight, list(roles))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        style.paint_placeholder(self, QCoreApplication.translate("DocumentList", self.placeholder), top=24)


class DocumentListPanel(QWidget):
    """A heading and a one-line summary above the list (the same look as the fields panel)."""

    def __init__(self, model: DocumentListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 0, 8)
        layout.setSpacing(4)
        self.title = QLabel(QCoreApplication.translate("DocumentList", "Documents"), self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.title.setContentsMargins(2, 0, 0, 0)
        self.summary = QLabel("", self)
        self.summary.setObjectName("documentSummary")
        self.summary.setStyleSheet("color: palette(placeholder-text);")
        self.summary.setContentsMargins(2, 0, 0, 0)
        self.view = DocumentListView(self)
        self.view.setModel(model)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addSpacing(4)
        layout.addWidget(self.view, 1)
        self.setMinimumWidth(200)

    def sizeHint(self) -> QSize:
        return QSize(300, 400)

    def update_summary(self, total: int, counts: Counter[DocStatus]) -> None:
        if not total:
            self.summary.setText("")
            return
        parts = [QCoreApplication.translate("DocumentList", "%n document(s)", None, total)]
        done = counts[DocStatus.OK] + counts[DocStatus.REVIEWED]
        reviewed = counts[DocStatus.REVIEWED]
        parts += [QCoreApplication.translate("DocumentList", "%n recognised", None, done)] if done else []
        parts += [QCoreApplication.translate("DocumentList", "%n reviewed", None, reviewed)] if reviewed else []
        errors = counts[DocStatus.ERROR]
        parts += [QCoreApplication.translate("DocumentList", "%n error(s)", None, errors)] if errors else []
        self.summary.setText(" · ".join(parts))
