"""The two halves of the window (page with its message banner; field list) and the status bar."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QVBoxLayout, QWidget

from ocrdesk.model import DocStatus, Document
from ocrdesk.ui import style
from ocrdesk.ui.banner import MessageBanner
from ocrdesk.ui.field_table import FieldTable, FieldTableModel
from ocrdesk.ui.image_view import ImageView
from ocrdesk.validation import validate_document


class PagePanel(QWidget):
    """The banner (hidden until there is something to say) above the image view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.banner_box = QWidget(self)
        box_layout = QVBoxLayout(self.banner_box)
        box_layout.setContentsMargins(8, 6, 8, 6)
        self.banner = MessageBanner(self.banner_box)
        self.banner.clear()
        box_layout.addWidget(self.banner)
        self.banner_box.hide()
        self.view = ImageView(self)
        layout.addWidget(self.banner_box)
        layout.addWidget(self.view, 1)
        self.banner.dismissed.connect(self.banner_box.hide)

    def show_message(self, text: str, level: str = "error") -> None:
        self.banner.show_message(text, level)
        self.banner_box.show()

    def clear_message(self) -> None:
        self.banner.clear()


class FieldsPanel(QWidget):
    """A heading with a one-line summary above the field table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 8, 8)
        layout.setSpacing(4)
        self.title = QLabel("Fields", self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.summary = QLabel("", self)
        self.summary.setObjectName("fieldSummary")
        self.summary.setStyleSheet("color: palette(placeholder-text);")
        self.model = FieldTableModel(self)
        self.table = FieldTable(self)
        self.table.setModel(self.model)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addSpacing(4)
        layout.addWidget(self.table, 1)

    def update_summary(self, document: Document | None) -> None:
        if document is None:
            self.summary.setText("")
            return
        if document.status == DocStatus.PENDING:
            self.summary.setText("Not recognised yet")
            return
        fields = document.fields
        low = sum(1 for f in fields if style.is_low_confidence(f))
        edited = sum(1 for f in fields if f.edited)
        found = validate_document(document)
        problems = sum(len(messages) for messages in found.values())
        parts = [f"{len(fields)} field{'s' if len(fields) != 1 else ''}"]
        parts += [f"{problems} problem{'s' if problems != 1 else ''}"] if problems else []
        parts += [f"{low} low confidence"] if low else []
        parts += [f"{edited} edited"] if edited else []
        parts += ["reviewed"] if document.status == DocStatus.REVIEWED else []
        self.summary.setText(" · ".join(parts))
        self.summary.setToolTip("\n".join(f"{key}: {m}" for key, messages in found.items() for m in messages))


class SelectionSync(QObject):
    """Keeps the selected table row and the selected box in step, both ways, without echo."""

    def __init__(self, view: ImageView, table: FieldTable, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._table = table
        self._busy = False
        table.selectionModel().selectionChanged.connect(self._from_table)
        view.rowSelected.connect(self._from_view)

    def _from_table(self) -> None:
        if self._busy:
            return
        self._busy = True
        try:
            self._view.select_row(self._table.selected_row())
        finally:
            self._busy = False

    def _from_view(self, row: int) -> None:
        if self._busy:
            return
        self._busy = True
        try:
            if row < 0:
                self._table.clearSelection()
            else:
                self._table.selectRow(row)
                self._table.scrollTo(self._table.model().index(row, 0))
        finally:
            self._busy = False


@dataclass
class StatusWidgets:
    progress: QProgressBar
    engine: QLabel
    image: QLabel
    zoom: QLabel


def build_status_bar(bar: QStatusBar) -> StatusWidgets:
    progress = QProgressBar(bar)
    progress.setRange(0, 0)  # indeterminate: recognition reports no percentage
    progress.setMaximumWidth(140)
    progress.setMaximumHeight(14)
    progress.setTextVisible(False)
    progress.hide()
    widgets = StatusWidgets(progress, QLabel("", bar), QLabel("", bar), QLabel("", bar))
    for label in (widgets.engine, widgets.image, widgets.zoom):
        label.setContentsMargins(8, 0, 8, 0)
    widgets.zoom.setMinimumWidth(56)
    widgets.zoom.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    for widget in (widgets.progress, widgets.engine, widgets.image, widgets.zoom):
        bar.addPermanentWidget(widget)
    return widgets
