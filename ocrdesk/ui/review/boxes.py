"""Box work for the review workflow: keyboard nudges, mouse drags, validation outlines, drawing a
box for a missing field and reading a region again — each change one undoable command."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QRectF
from PySide6.QtGui import QUndoCommand

from ocrdesk.doctypes import field_name
from ocrdesk.model import Box, DocStatus, Document, Field
from ocrdesk.review import RegionReading, moved, moved_polygon, resized
from ocrdesk.ui import dialogs
from ocrdesk.ui.actions.registry import ActionRegistry
from ocrdesk.ui.actions.specs import NUDGES
from ocrdesk.ui.fields.table import VALUE, FieldTable, FieldTableModel
from ocrdesk.ui.messages import MessageBridge
from ocrdesk.ui.page.image_view import BoxItem, ImageView
from ocrdesk.ui.recognizer import Recognizer
from ocrdesk.ui.review.box_editing import BoxDrawer, EditableBoxItem
from ocrdesk.ui.review.region import RegionReader, ask_new_field
from ocrdesk.ui.review.undo import AddField, EditTarget, SetBox, SetReading
from ocrdesk.ui.state import AppState
from ocrdesk.ui.tasks import readable_error


class Review(EditTarget, Protocol):
    """What the box tools need of the review workflow (ReviewWorkflow provides it)."""

    state: AppState
    messages: MessageBridge
    model: FieldTableModel
    view: ImageView
    table: FieldTable
    actions: ActionRegistry

    @property
    def document(self) -> Document | None: ...

    def refuse_while_editing(self) -> bool: ...

    def current_field(self) -> tuple[Document, Field] | None: ...

    def push(self, document: Document, command: QUndoCommand) -> None: ...

    def go_to(self, row: int) -> None: ...


def _box_change_text(resize: bool, document: Document, item: Field) -> str:
    """The undo text of a box change (nudges of one box merge while it stays the same)."""
    name = field_name(item.key, document.doc_type, item.label)
    if resize:
        return QCoreApplication.translate("UndoCommands", "Resize box of {field}").format(field=name)
    return QCoreApplication.translate("UndoCommands", "Move box of {field}").format(field=name)


def _select_first() -> str:
    return QCoreApplication.translate("BoxTools", "Select a field with a box first")


def _row_of(document: Document, item: Field | None) -> int:
    return next((i for i, f in enumerate(document.fields) if f is item), -1)


class BoxTools(QObject):
    def __init__(self, review: Review, recognizer: Recognizer, parent: QObject) -> None:
        super().__init__(parent)
        self.review = review
        self.messages, self.model, self.view, self.table = review.messages, review.model, review.view, review.table
        self.actions = review.actions
        self.regions = RegionReader(review.state, recognizer, self)
        self.drawer = BoxDrawer(self.view, self._on_drawn, lambda: self.actions.draw_box.setChecked(False))
        self.view.box_factory = self.make_box
        a = self.actions
        a.draw_box.toggled.connect(self.draw_toggled)
        a.read_region.triggered.connect(self.read_current_region)
        for action_id, (dx, dy, resize) in NUDGES.items():
            a[action_id].triggered.connect(lambda _=False, dx=dx, dy=dy, resize=resize: self.nudge(dx, dy, resize))
        self.model.problemsChanged.connect(self.update_problems)

    def _page_size(self, document: Document) -> tuple[int, int] | None:
        item = self.view.pixmap_item
        if item is not None:
            return item.pixmap().width(), item.pixmap().height()
        return (document.image.width, document.image.height) if document.image is not None else None

    def nudge(self, dx: int, dy: int, resize: bool) -> None:
        """Ctrl+arrow moves the box one image pixel (one screen pixel when zoomed out); with Shift,
        its right or bottom edge moves instead (wider/narrower, taller/shorter)."""
        found = None if self.review.refuse_while_editing() else self.review.current_field()
        size = self._page_size(found[0]) if found is not None else None
        if found is None or found[1].box is None or size is None:
            self.messages.info(_select_first(), 4000)
            return
        document, item = found
        step = max(1, round(1 / self.view.zoom)) if self.view.zoom > 0 else 1
        old = item.box
        assert old is not None
        box = (resized if resize else moved)(old, dx * step, dy * step, *size)
        if box != old:
            polygon = moved_polygon(item.polygon, old, box)
            text = _box_change_text(resize, document, item)
            self.review.push(document, SetBox(self.review, document, item, box, polygon, text, nudge=True))

    def make_box(self, row: int, item: Field) -> BoxItem:
        pixmap = self.view.pixmap_item
        bounds = pixmap.boundingRect() if pixmap is not None else QRectF(0, 0, 1e6, 1e6)
        problems = self.model.problems_of(row) if self.model.field(row) is item else []
        document = self.model.document
        doc_type = document.doc_type if document is not None else None
        return EditableBoxItem(row, item, self._box_dragged, bounds, problems, doc_type)

    def _box_dragged(self, row: int, box: Box) -> None:
        document, item = self.model.document, self.model.field(row)
        if document is None or item is None or item.box is None:
            return
        resize = (box.width, box.height) != (item.box.width, item.box.height)
        text = _box_change_text(resize, document, item)
        self.review.push(
            document, SetBox(self.review, document, item, box, moved_polygon(item.polygon, item.box, box), text)
        )

    def update_problems(self) -> None:
        for box in self.view.box_items():
            if isinstance(box, EditableBoxItem):
                box.set_problems(self.model.problems_of(box.row))

    # -- drawing and reading regions ----------------------------------------------------------
    def draw_toggled(self, on: bool) -> None:
        document = self.review.document
        if on and (document is None or document.status not in (DocStatus.OK, DocStatus.REVIEWED)):
            self.messages.info(
                QCoreApplication.translate("BoxTools", "Recognise the page first, then draw the missing field"), 6000
            )
            self.actions.draw_box.setChecked(False)
            return
        if on and not self.view.has_image:
            self.actions.draw_box.setChecked(False)
            return
        self.drawer.set_active(on)
        if on:
            self.messages.info(
                QCoreApplication.translate("BoxTools", "Drag a box around the missing field (Esc cancels)"), 8000
            )

    def _on_drawn(self, box: Box) -> None:
        document = self.review.document
        if document is None:
            return
        answer = ask_new_field(self.table.window(), document)
        if answer is None:
            return
        key, label = answer
        name = field_name(key, document.doc_type, label)
        if not self.regions.can_read(document):
            self._add_field(document, Field(key=key, label=label, ocr_value="", box=box), edit=True)
            return
        self.messages.info(QCoreApplication.translate("BoxTools", "Reading {field}…").format(field=name))

        def done(reading: RegionReading) -> None:
            item = Field(key, label, reading.text, reading.confidence, reading.box or box)
            self._add_field(document, item, edit=not reading.text)
            self.messages.info(_read_text(name, reading.text), 8000)

        def failed(exc: BaseException) -> None:
            self._add_field(document, Field(key=key, label=label, ocr_value="", box=box), edit=True)
            text = QCoreApplication.translate("BoxTools", "Reading the box failed — {reason}. Type the value instead.")
            self.messages.warning(text.format(reason=readable_error(exc)))

        self.regions.read(document, box, done, failed)

    def _add_field(self, document: Document, item: Field, edit: bool) -> None:
        self.review.push(document, AddField(self.review, document, item))
        row = _row_of(document, item)
        if edit and self.model.document is document and row >= 0:
            self.table.edit(self.model.index(row, VALUE))

    def _may_replace(self, name: str, item: Field, text: str) -> bool:
        """A re-read replaces an operator's correction only when the operator says so."""
        if not item.edited or text == item.value:
            return True
        answer = dialogs.ask_replace_edit(self.table.window(), name, item.value or "", text)
        return answer == dialogs.REPLACE

    def read_current_region(self) -> None:
        found = None if self.review.refuse_while_editing() else self.review.current_field()
        if found is None or found[1].box is None:
            self.messages.info(_select_first(), 4000)
            return
        document, item = found
        if not self.regions.can_read(document):
            text = QCoreApplication.translate("BoxTools", "{provider} cannot read a single region")
            self.messages.info(text.format(provider=document.provider), 6000)
            return
        box, name = item.box, field_name(item.key, document.doc_type, item.label)
        assert box is not None
        self.messages.info(QCoreApplication.translate("BoxTools", "Reading {field} again…").format(field=name))

        def done(reading: RegionReading) -> None:
            if not reading.text.strip() and item.value:  # an empty read never replaces a value
                text = QCoreApplication.translate("BoxTools", "{field}: no text found — the value is kept")
                self.messages.info(text.format(field=name), 8000)
                return
            if not self._may_replace(name, item, reading.text):
                text = QCoreApplication.translate("BoxTools", "{field}: your correction is kept (read: {text})")
                self.messages.info(text.format(field=name, text=reading.text), 8000)
                return
            self.review.push(
                document, SetReading(self.review, document, item, reading.text, reading.confidence, reading.box)
            )
            self.messages.info(_read_text(name, reading.text), 8000)

        def failed(exc: BaseException) -> None:
            text = QCoreApplication.translate("BoxTools", "Reading failed — {reason}")
            self.messages.error(text.format(reason=readable_error(exc)))

        self.regions.read(document, box, done, failed)


def _read_text(label: str, text: str) -> str:
    """What a region read found, for the status bar."""
    if text:
        return QCoreApplication.translate("BoxTools", "{field}: {text}").format(field=label, text=text)
    return QCoreApplication.translate("BoxTools", "{field}: no text found").format(field=label)
