"""The document list repaints the row whose document changed, and only that row (the view skips
QListView's full relayout on every change)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication

from ocrdesk.model import DocStatus, Document
from ocrdesk.ui.queue.list_panel import DocumentListView
from ocrdesk.ui.queue.list_view import ROW_HEIGHT, DocumentListModel
from ocrdesk.workspace import Workspace


class PaintedAreas(QObject):
    """The rectangles the list's viewport is asked to repaint."""

    def __init__(self) -> None:
        super().__init__()
        self.rects: list[QRect] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QPaintEvent):
            self.rects.append(event.rect())
        return False


def test_a_changed_row_is_repainted_and_rows_stay_in_place(qtbot: Any) -> None:
    model = DocumentListModel(Workspace())
    for name in ("a.png", "b.png", "c.png"):
        model.add(None, source=name, document=Document(source=name))
    view = DocumentListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(320, ROW_HEIGHT * 5)
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()
    painted = PaintedAreas()
    view.viewport().installEventFilter(painted)

    entry = model.entry_at(1)
    assert entry is not None
    entry.document.status = DocStatus.ERROR
    model.entry_changed(entry.id)
    qtbot.waitUntil(lambda: bool(painted.rects))

    changed = view.visualRect(model.index(1, 0))
    assert any(rect.contains(changed) for rect in painted.rects)
    assert not any(rect.intersects(view.visualRect(model.index(2, 0))) for rect in painted.rects)
    assert [view.visualRect(model.index(row, 0)).top() for row in range(3)] == [0, ROW_HEIGHT, 2 * ROW_HEIGHT]
