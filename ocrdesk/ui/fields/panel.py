"""The field half of the window: a heading with a summary above the field table, and the selection sync."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ocrdesk.doctypes import doc_type_name, field_name
from ocrdesk.i18n import shown
from ocrdesk.model import DocStatus, Document
from ocrdesk.ui import style
from ocrdesk.ui.fields.table import FieldTable, FieldTableModel
from ocrdesk.ui.page.image_view import ImageView
from ocrdesk.ui.state import AppState


class FieldsPanel(QWidget):
    """A heading with a one-line summary above the field table."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 8, 8)
        layout.setSpacing(4)
        self.title = QLabel(QCoreApplication.translate("FieldsPanel", "Fields"), self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.summary = QLabel("", self)
        self.summary.setObjectName("fieldSummary")
        self.summary.setStyleSheet("color: palette(placeholder-text);")
        self.model = FieldTableModel(state, self)
        self.table = FieldTable(self)
        self.table.setModel(self.model)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addSpacing(4)
        layout.addWidget(self.table, 1)

    def update_summary(self, document: Document | None, problems: dict[str, list[str]]) -> None:
        """`problems`: the document's validation, as the field table computed it (validated once)."""
        # the heading names the type the document was read as: after "Detect automatically", the detected one
        read_as = document.doc_type if document is not None and document.status != DocStatus.PENDING else ""
        heading = QCoreApplication.translate("FieldsPanel", "Fields — {type}").format(type=doc_type_name(read_as))
        self.title.setText(heading if read_as else QCoreApplication.translate("FieldsPanel", "Fields"))
        if document is None:
            self.summary.setText("")
            return
        if document.status == DocStatus.PENDING:
            self.summary.setText(QCoreApplication.translate("FieldsPanel", "Not recognised yet"))
            return
        fields = document.fields
        low = sum(1 for f in fields if style.is_low_confidence(f))
        edited = sum(1 for f in fields if f.edited)
        count = sum(len(messages) for messages in problems.values())
        corrected = sum(1 for f in fields if style.is_corrected(f))
        missing = sum(1 for f in fields if style.is_missing(f))
        total = len(fields)  # lupdate reads a translate() call only when its n is a bare name
        parts = [QCoreApplication.translate("FieldsPanel", "%n field(s)", None, total)]
        parts += [QCoreApplication.translate("FieldsPanel", "%n problem(s)", None, count)] if count else []
        parts += [QCoreApplication.translate("FieldsPanel", "%n not found", None, missing)] if missing else []
        parts += [QCoreApplication.translate("FieldsPanel", "%n corrected", None, corrected)] if corrected else []
        parts += [QCoreApplication.translate("FieldsPanel", "%n low confidence", None, low)] if low else []
        parts += [QCoreApplication.translate("FieldsPanel", "%n edited", None, edited)] if edited else []
        if document.status == DocStatus.REVIEWED:
            parts.append(QCoreApplication.translate("FieldsPanel", "reviewed"))
        self.summary.setText(" · ".join(parts))
        labels = {f.key: f.label for f in fields}
        line = QCoreApplication.translate("FieldsPanel", "{field}: {problem}")
        self.summary.setToolTip(
            "\n".join(
                line.format(field=field_name(key, document.doc_type, labels.get(key, "")), problem=shown(m))
                for key, messages in problems.items()
                for m in messages
            )
        )


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
