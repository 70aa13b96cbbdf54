"""The recognised fields as a table: label, value (editable), confidence."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ocrdesk.doctypes import field_name
from ocrdesk.i18n import QT_TRANSLATE_NOOP, shown
from ocrdesk.model import Document, Field
from ocrdesk.ui import style
from ocrdesk.ui.state import AppState
from ocrdesk.validation import DATE_KEYS, normalise_date, validate_document

LABEL, VALUE, CONFIDENCE = range(3)
# "Conf." keeps the narrow column narrow (the value needs the room); the header's tooltip spells it out
# translated where shown (headerData)
HEADERS = (
    QT_TRANSLATE_NOOP("FieldTableModel", "Label"),
    QT_TRANSLATE_NOOP("FieldTableModel", "Value"),
    QT_TRANSLATE_NOOP("FieldTableModel", "Conf."),
)
HEADER_TIPS = (
    QT_TRANSLATE_NOOP("FieldTableModel", "The field's name"),
    QT_TRANSLATE_NOOP("FieldTableModel", "The value as read; edit it to correct it"),
    QT_TRANSLATE_NOOP("FieldTableModel", "Confidence of the reading"),
)
LABEL_WIDTH = (64, 130)  # the label column fits its labels within these bounds (pixels)

AnyIndex = QModelIndex | QPersistentModelIndex


class FieldTableModel(QAbstractTableModel):
    """Rows are the fields of the document on screen (AppState.document), edited in place
    (`Field.value`; `ocr_value` never changes). The model keeps no document of its own: it follows
    the state, resetting when the document on screen changes."""

    fieldEdited = Signal(int)  # row
    problemsChanged = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._edited_icon = style.icon("edited")
        self._invalid_icon = style.icon("invalid")
        self._bold: QFont | None = None
        self._italic: QFont | None = None
        # validation problems by field key, recomputed on every change (a new document, setData, revalidate)
        self._problems: dict[str, list[str]] = {}
        self._normalise_dates = False  # display only: the raw value is what is kept and exported
        # A field being typed blind (ocrdesk.ui.review.blind_entry): the text shown instead of its value,
        # which stays hidden (also from the editor and the tooltip); counted as a problem until typed.
        self.mask: Callable[[Field], str | None] = lambda _item: None
        # A second engine that read the field otherwise (ocrdesk.ui.review.compare): its value, shown
        # beside this one, and the open question, counted as a problem until the operator takes one.
        self.beside: Callable[[Field], str | None] = lambda _item: None
        self.concern: Callable[[Field], str | None] = lambda _item: None
        state.documentAboutToChange.connect(self.beginResetModel)
        state.pageShown.connect(self._document_changed)
        state.documentReplaced.connect(self._document_changed)

    @property
    def document(self) -> Document | None:
        return self._state.document

    def _checked(self, document: Document | None) -> dict[str, list[str]]:
        problems = validate_document(document) if document is not None else {}
        for item in document.fields if document is not None else ():
            for concern in (self.mask(item), self.concern(item)):
                if concern is not None:
                    problems[item.key] = [*problems.get(item.key, []), concern]
        return problems

    def _document_changed(self, *_args: object) -> None:
        self._problems = self._checked(self._state.document)
        self.endResetModel()
        self.problemsChanged.emit()

    def reload(self) -> None:
        """The document's list of fields changed (a field added or deleted): rows and checks anew."""
        self.beginResetModel()
        self._document_changed()

    # -- validation and display -------------------------------------------------------------
    def revalidate(self) -> None:
        """Run the document's checks again and repaint the rows (after any change to its fields)."""
        problems = self._checked(self._state.document)
        if problems != self._problems:
            self._problems = problems
            if self.rowCount():
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(HEADERS) - 1))
            self.problemsChanged.emit()

    @property
    def problems(self) -> dict[str, list[str]]:
        return self._problems

    def problems_of(self, row: int) -> list[str]:
        item = self.field(row)
        return self._problems.get(item.key, []) if item is not None else []

    @property
    def normalise_dates(self) -> bool:
        return self._normalise_dates

    def set_normalise_dates(self, on: bool) -> None:
        if on != self._normalise_dates:
            self._normalise_dates = on
            if self.rowCount():
                self.dataChanged.emit(self.index(0, VALUE), self.index(self.rowCount() - 1, VALUE))

    def display_value(self, item: Field) -> str:
        value = item.value or ""
        if self._normalise_dates and item.key in DATE_KEYS:
            return normalise_date(value) or value
        return value

    def name_of(self, item: Field) -> str:
        """The field's name as the window shows it (a canonical field's name in the UI's language)."""
        document = self.document
        return field_name(item.key, document.doc_type if document is not None else None, item.label)

    def field(self, row: int) -> Field | None:
        fields = self.fields
        return fields[row] if 0 <= row < len(fields) else None

    @property
    def fields(self) -> list[Field]:
        return self.document.fields if self.document is not None else []

    # -- QAbstractTableModel ----------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.fields)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("FieldTableModel", HEADERS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("FieldTableModel", HEADER_TIPS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            if section == CONFIDENCE:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == VALUE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.field(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == LABEL:
                return self.name_of(item)
            if column == VALUE:
                masked = self.mask(item)
                if masked is not None:
                    return "" if role == Qt.ItemDataRole.EditRole else masked
                if role == Qt.ItemDataRole.EditRole:
                    return item.value
                other = self.beside(item)
                if other is not None:  # both readings side by side: this engine's, then the second one's
                    return f"{self.display_value(item)}  ≠  {other}"
                return style.missing_text() if style.is_missing(item) else self.display_value(item)
            if role == Qt.ItemDataRole.EditRole:
                return item.confidence
            return "—" if item.confidence is None else f"{item.confidence * 100:.0f} %"
        problems = self._problems.get(item.key, [])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, problems)
        if role == Qt.ItemDataRole.FontRole and item.edited:
            return self._bold_font()
        if role == Qt.ItemDataRole.FontRole and column == VALUE and style.is_missing(item):
            return self._italic_font()
        if role == Qt.ItemDataRole.BackgroundRole and problems:
            return QBrush(style.INVALID_ROW)
        if role == Qt.ItemDataRole.BackgroundRole and style.is_corrected(item):
            return QBrush(style.CORRECTED_ROW)
        if role == Qt.ItemDataRole.BackgroundRole and style.is_low_confidence(item):
            return QBrush(style.LOW_CONFIDENCE_ROW)
        if role == Qt.ItemDataRole.ForegroundRole and column == CONFIDENCE and style.is_low_confidence(item):
            return QBrush(style.LOW_CONFIDENCE_COLOR.darker(125))
        if role == Qt.ItemDataRole.ForegroundRole and column == VALUE and item.edited:
            return QBrush(style.EDITED_COLOR)
        if role == Qt.ItemDataRole.ForegroundRole and column == VALUE and style.is_corrected(item):
            return QBrush(style.CORRECTED_COLOR)
        if role == Qt.ItemDataRole.ForegroundRole and column == VALUE and style.is_missing(item):
            return QBrush(style.MISSING_COLOR)
        if role == Qt.ItemDataRole.DecorationRole and column == VALUE and problems:
            return self._invalid_icon
        if role == Qt.ItemDataRole.DecorationRole and column == VALUE and item.edited:
            return self._edited_icon
        if role == Qt.ItemDataRole.TextAlignmentRole and column == CONFIDENCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self._accessible_description(item, problems) or None
        return None

    @staticmethod
    def _accessible_description(item: Field, problems: list[str]) -> str:
        invalid = QCoreApplication.translate("FieldTableModel", "invalid: {problems}")
        parts = [invalid.format(problems="; ".join(shown(p) for p in problems))] if problems else []
        parts += [QCoreApplication.translate("FieldTableModel", "edited")] if item.edited else []
        parts += style.correction_lines(item)
        parts += [style.missing_text()] if style.is_missing(item) else []
        return "; ".join(parts)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.field(index.row()) if index.isValid() else None
        if item is None or index.column() != VALUE or role != Qt.ItemDataRole.EditRole:
            return False
        text = "" if value is None else str(value)
        if text == item.value:
            return False
        item.value = text
        row = index.row()
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))
        self.revalidate()  # an ID number fixed here can also clear the birth-date check beside it
        self.fieldEdited.emit(row)
        return True

    def _bold_font(self) -> QFont:
        if self._bold is None:
            self._bold = style.with_cjk_fallback(QFont())
            self._bold.setBold(True)
        return self._bold

    def _italic_font(self) -> QFont:
        if self._italic is None:
            self._italic = style.with_cjk_fallback(QFont())
            self._italic.setItalic(True)
        return self._italic

    def _tooltip(self, item: Field, problems: list[str]) -> str:
        line = QCoreApplication.translate("FieldTableModel", "{field}: {value}")
        masked = self.mask(item)
        if masked is not None:
            return line.format(field=self.name_of(item), value=masked)
        if style.is_missing(item):
            return line.format(field=self.name_of(item), value=style.missing_text())
        lines = [line.format(field=self.name_of(item), value=item.value)]
        display = self.display_value(item)
        if display != item.value:
            kept = QCoreApplication.translate("FieldTableModel", "Shown as {shown}; the value is kept as read")
            lines.append(kept.format(shown=display))
        lines += [f"⚠ {shown(problem)}" for problem in problems]
        lines += style.correction_lines(item)
        if item.edited:
            edited = QCoreApplication.translate("FieldTableModel", "Edited — OCR read: {value}")
            lines.append(edited.format(value=item.ocr_value))
        if item.agreement is not None and item.agreement.agrees:
            agrees = QCoreApplication.translate("FieldTableModel", "✓ {provider} read the same")
            lines.append(agrees.format(provider=item.agreement.provider))
        if item.confidence is None:
            lines.append(QCoreApplication.translate("FieldTableModel", "No confidence given by the provider"))
        elif style.is_low_confidence(item):
            low = QCoreApplication.translate("FieldTableModel", "Low confidence ({confidence}): please check")
            lines.append(low.format(confidence=f"{item.confidence:.0%}"))
        return "\n".join(lines)


class ValueDelegate(QStyledItemDelegate):
    """A frameless QLineEdit; Enter commits, Esc reverts (QStyledItemDelegate's event filter)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        editor.setFont(style.with_cjk_fallback(option.font))
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class FieldTable(QTableView):
    """Row selection, value editing by typing, F2, or double-click."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholder = QCoreApplication.translate(
            "FieldTable", "No fields yet — open an image and press F5 to recognise it"
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setItemDelegateForColumn(VALUE, ValueDelegate(self))
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setShowGrid(False)
        self.setAlternatingRowColors(False)
        self.setCornerButtonEnabled(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(max(28, self.fontMetrics().height() + 12))
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setFont(style.with_cjk_fallback(self.font()))

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CONFIDENCE, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(LABEL, LABEL_WIDTH[1])
        model.modelReset.connect(self._fit_label_column)

    def _fit_label_column(self) -> None:
        # as wide as the labels of this document, within bounds: on a narrow window a fixed wide
        # label column leaves an 18-digit ID number elided
        narrowest, widest = LABEL_WIDTH
        wanted = max(self.sizeHintForColumn(LABEL), self.horizontalHeader().sectionSizeHint(LABEL))
        self.horizontalHeader().resizeSection(LABEL, min(widest, max(narrowest, wanted)))

    def selected_row(self) -> int:
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        return rows[0].row() if rows else -1

    def commit_open_editor(self) -> None:
        """Typing still open in a value editor is handed to the delegate before the page changes
        (the review workflow keeps it as an uncommitted draft); a model reset alone would drop it."""
        focus = QApplication.focusWidget()
        if isinstance(focus, QLineEdit) and self.isAncestorOf(focus):
            self.commitData(focus)
            self.closeEditor(focus, QAbstractItemDelegate.EndEditHint.NoHint)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        style.paint_placeholder(self, self.placeholder, top=16)
