"""The operator's review workflow: keyboard-first verification, validation marks, box editing,
undo/redo per document and autosave.

It works on the document on screen (AppState), the field table and the page view, and reaches the
queue only through the small `Documents` protocol; the window wires its signals. Decisions (which
field needs a look, box geometry, region reading) live in ocrdesk.review.
"""

from __future__ import annotations

import copy
from typing import Literal, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QRectF, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QAbstractItemView, QMainWindow

from ocrdesk.model import Acceptance, DocStatus, Document, Field
from ocrdesk.review import accept_anyway, first_attention, next_attention, readable_zoom, unaccepted_warnings
from ocrdesk.ui import dialogs
from ocrdesk.ui.actions.help_overlay import HelpOverlay
from ocrdesk.ui.actions.registry import ActionRegistry, bind_undo
from ocrdesk.ui.actions.shortcuts import Shortcuts, ShortcutsDialog
from ocrdesk.ui.fields.editor import FieldEditor, ReviewDelegate
from ocrdesk.ui.fields.table import VALUE, FieldTable, FieldTableModel
from ocrdesk.ui.messages import MessageBridge
from ocrdesk.ui.page.image_view import MAX_ZOOM, ImageView
from ocrdesk.ui.recognizer import Recognizer
from ocrdesk.ui.review.accept_dialog import ask_accept_anyway
from ocrdesk.ui.review.autosave import Autosaver, Queue, offer_restore
from ocrdesk.ui.review.blind_entry import BlindEntries
from ocrdesk.ui.review.box_editing import EditableBoxItem
from ocrdesk.ui.review.boxes import BoxTools
from ocrdesk.ui.review.compare import SecondEngine
from ocrdesk.ui.review.undo import Confirm, DeleteField, SetValue, UndoStacks
from ocrdesk.ui.settings.store import SettingsStore
from ocrdesk.ui.state import AppState
from ocrdesk.validation import validate_document

VIEW_MARGIN = 40  # screen pixels kept around the current box


def _row_of(document: Document, item: Field | None) -> int:
    return next((i for i, f in enumerate(document.fields) if f is item), -1)


class Documents(Queue, Protocol):
    """What review needs of the queue (the QueueController provides it)."""

    def open_next_pending(self) -> bool: ...

    def document_edited(self, document: Document) -> None: ...


class ReviewWorkflow(QObject):
    def __init__(
        self,
        state: AppState,
        messages: MessageBridge,
        documents: Documents,
        recognizer: Recognizer,
        settings: SettingsStore,
        actions: ActionRegistry,
        widgets: tuple[FieldTable, ImageView],
        parent: QMainWindow,
    ) -> None:
        super().__init__(parent)
        self.state, self.messages, self.documents, self.settings = state, messages, documents, settings
        self._parent = parent  # of the dialogs and the help overlay
        self.table, self.view = widgets
        self.model: FieldTableModel = self.table.model()  # type: ignore[assignment]
        self.undo = UndoStacks(self)
        self.actions = actions
        bind_undo(actions, self.undo.group)
        self.delegate = ReviewDelegate(self.table, commit=self._commit_from_editor, passthrough=self._passthrough)
        self.table.setItemDelegateForColumn(VALUE, self.delegate)
        # The keyboard stays on the field list: clicking the page must not take the focus away.
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.boxes = BoxTools(self, recognizer, self)
        self.drawer, self.regions = self.boxes.drawer, self.boxes.regions
        self.help = HelpOverlay(parent, actions)
        self.shortcuts = Shortcuts(actions, settings)
        self.autosave = Autosaver(state, documents, self)
        self.blind = BlindEntries(self)  # blind double entry; the review record a confirm leaves
        self.second = SecondEngine(self, recognizer)  # Compare with another engine, Alt+1/Alt+2
        self._confirm_armed: Document | None = None  # Ctrl+Enter once more confirms despite problems
        self._connect()
        normalise = settings.normalize_dates
        self.actions.normalise_dates.setChecked(normalise)
        self.model.set_normalise_dates(normalise)

    def _connect(self) -> None:
        a = self.actions
        a.next_attention.triggered.connect(lambda: self.jump_to_attention(backwards=False))
        a.previous_attention.triggered.connect(lambda: self.jump_to_attention(backwards=True))
        a.confirm.triggered.connect(self.confirm)
        a.delete_field.triggered.connect(self.delete_field)
        a.normalise_dates.toggled.connect(self._normalise_toggled)
        a.help.triggered.connect(self.help.toggle)
        a.shortcuts.triggered.connect(self.configure_shortcuts)
        self.table.installEventFilter(self)
        self.table.addActions(a.with_context("field_list"))
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.model.fieldEdited.connect(self._on_field_edited)
        self.delegate.hint.connect(lambda text: self.messages.info(text, 6000))
        self.autosave.failed.connect(self.messages.set_lasting)
        self.autosave.recovered.connect(lambda: self.messages.set_lasting(""))

    def close(self) -> None:
        """The window closes cleanly: nothing is left to recover."""
        self.autosave.close()

    def offer_restore(self) -> bool:
        """At start: offer the work of a crashed or killed session back (True when restored)."""
        return offer_restore(self._parent, self.autosave, self.documents)

    # -- documents --------------------------------------------------------------------------
    @property
    def document(self) -> Document | None:
        return self.state.document

    def on_document_shown(self, *_args: object) -> None:
        """Another document is on screen (a switch, or a new result for the page)."""
        self.undo.keep_only(self.documents.all_documents())
        self.undo.activate(self.document)
        self._confirm_armed = None
        self.drawer.set_active(False)
        self.autosave.request()
        self._start_at_attention()

    def on_recognized(self, document: Document) -> None:
        """After F5: when no field needs a look, review starts on the first one."""
        if document.fields and self.document is document and not self.table.currentIndex().isValid():
            self.go_to(0)

    def _start_at_attention(self) -> None:
        """Review starts on the first field that needs a look (invalid or low confidence), else on the
        first field: wherever a recognised page is shown, the keyboard is on a field (no Tab first)."""
        document = self.document
        if document is None or self.model.document is not document or not document.fields:
            return
        row = first_attention(document.fields, self.model.problems)
        self.go_to(0 if row is None else row)

    # -- moving between fields --------------------------------------------------------------
    def go_to(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, VALUE))
            self.table.scrollTo(self.model.index(row, VALUE))
            if not self.help.isVisible():
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def jump_to_attention(self, backwards: bool = False) -> None:
        if self.refuse_while_editing():
            return
        row = next_attention(self.model.fields, self.model.problems, self.current_row(), backwards)
        if row is None:
            text = QCoreApplication.translate(
                "ReviewWorkflow", "No field needs a look: every value is valid and confident"
            )
            self.messages.info(text, 6000)
            return
        self.go_to(row)

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        box = self.view.box_item(current.row()) if current.isValid() else None
        if box is None or self.view.scene().mouseGrabberItem() is not None:
            return  # (a box clicked on the page is in view already: never move the page under the mouse)
        view = self.view
        target = readable_zoom(int(box.rect().height()), view.zoom, MAX_ZOOM)
        if target > view.zoom * 1.001:
            view.set_zoom(target)
        rect = box.sceneBoundingRect()
        visible = view.mapToScene(view.viewport().rect()).boundingRect()
        margin = VIEW_MARGIN / max(view.zoom, 1e-6)
        if rect.width() + 2 * margin > visible.width():  # a long line: show where it starts
            rect = QRectF(rect.left(), rect.top(), max(1.0, visible.width() - 2 * margin), rect.height())
        if not visible.contains(rect):
            view.centerOn(rect.center())
        view.ensureVisible(rect, VIEW_MARGIN, VIEW_MARGIN)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.table:
            return False
        kind = event.type()
        if kind == QEvent.Type.FocusIn:
            editor = self.editor()
            if editor is not None:  # back into the table while a value is being edited: into the editor
                editor.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        if kind == QEvent.Type.InputMethod:  # an input method starts typing too: into the value
            self._to_value_column()
            return False
        if kind != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key, modifiers = event.key(), event.modifiers()
        if key == Qt.Key.Key_Escape and self.drawer.active:
            self.drawer.set_active(False)
            return True
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not modifiers & Qt.KeyboardModifier.ControlModifier:
            back = key == Qt.Key.Key_Backtab or bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
            row = self.current_row()
            self.go_to(max(0, min(self.model.rowCount() - 1, row + (-1 if back else 1))) if row >= 0 else 0)
            return True
        self._to_value_column()
        return False

    def _to_value_column(self) -> None:
        # F2 and typing edit the value, whichever cell of the row was clicked
        current = self.table.currentIndex()
        if current.isValid() and current.column() != VALUE:
            self.table.setCurrentIndex(self.model.index(current.row(), VALUE))

    # -- editing ----------------------------------------------------------------------------
    def editor(self) -> FieldEditor | None:
        """The value editor while one is open (the view leaves editing state before it hides it)."""
        if self.table.state() != QAbstractItemView.State.EditingState:
            return None
        editors = [w for w in self.table.viewport().findChildren(FieldEditor) if not w.isHidden()]
        return editors[0] if editors else None

    def refuse_while_editing(self) -> bool:
        if self.editor() is None:
            return False
        text = QCoreApplication.translate(
            "ReviewWorkflow", "Press Enter to keep the value, or Esc to discard the typing"
        )
        self.messages.info(text, 6000)
        return True

    def _passthrough(self, event: QKeyEvent) -> bool:
        """Keys that still work while a value is edited: help and zoom (they change no field)."""
        sequence = QKeySequence(event.keyCombination())
        safe = [self.actions[n] for n in ("help", "zoom_in", "zoom_out", "zoom_fit")]
        return any(sequence in action.shortcuts() for action in safe)

    def push(self, document: Document, command: QUndoCommand) -> None:
        self.undo.push(document, command)

    def _commit_from_editor(self, row: int, text: str) -> None:
        document, item = self.model.document, self.model.field(row)
        if document is not None and item is not None and text != (item.value or ""):
            self.push(document, SetValue(self, document, item, text))
            # Enter's edit is on disk before the next event: a kill right after it loses nothing
            # (one small session file; bulk results keep the background writer)
            self.autosave.flush(timeout=2.0)

    # EditTarget: how commands reach the screen --------------------------------------------
    def set_value(self, document: Document, item: Field, value: str) -> None:
        row = _row_of(document, item) if self.model.document is document else -1
        if row >= 0:
            self.model.setData(self.model.index(row, VALUE), value)  # fieldEdited follows
        else:
            item.value = value
            self._changed(document)

    def field_changed(self, document: Document, item: Field) -> None:
        row = _row_of(document, item) if self.model.document is document else -1
        box = self.view.box_item(row) if row >= 0 else None
        if row >= 0 and (box is None) != (item.box is None):
            self.view.set_fields(document.fields)
        elif isinstance(box, EditableBoxItem):
            box.reset_rect()
        if row >= 0:
            self.model.fieldEdited.emit(row)
        else:
            self._changed(document)

    def fields_changed(self, document: Document, select: Field | None = None) -> None:
        if self.model.document is not document:
            self._changed(document)
            return
        self.model.reload()
        self.view.set_fields(document.fields)
        row = _row_of(document, select)
        if row >= 0:
            self.go_to(row)
        self.model.fieldEdited.emit(row)

    def status_changed(self, document: Document) -> None:
        if self.model.document is document:
            self.model.fieldEdited.emit(-1)  # the window refreshes its summary and actions
        else:
            self._changed(document)

    def _on_field_edited(self, _row: int) -> None:
        document = self.model.document
        if document is not None:
            self._changed(document)

    def _changed(self, document: Document) -> None:
        self._confirm_armed = None
        self.documents.document_edited(document)  # autosave, the list and the summary follow

    # -- confirming -------------------------------------------------------------------------
    def confirm(self) -> None:
        if self.refuse_while_editing():
            return
        document, status = self.document, self.messages
        if document is None or document.status not in (DocStatus.OK, DocStatus.REVIEWED):
            status.info(
                QCoreApplication.translate("ReviewWorkflow", "Nothing to confirm: recognise the page first"), 6000
            )
            return
        if not self._settle_drafts(document):
            return
        acceptance = self._accept_warnings(document)
        if acceptance is False:
            return
        problems = self.model.problems if self.model.document is document else validate_document(document)
        count = sum(len(p) for p in problems.values())
        if count and self._confirm_armed is not document:
            self._confirm_armed = document
            row = first_attention(document.fields, problems)
            if row is not None:
                self.go_to(row)
            keys = self.actions.confirm.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            text = QCoreApplication.translate(
                "ReviewWorkflow", "%n problem(s) left: fix, or {keys} again to confirm", None, count
            )
            status.info(text.format(keys=keys))
            return
        self._confirm_armed = None
        name = document.display_name
        if document.status != DocStatus.REVIEWED or acceptance is not None:
            self.push(document, Confirm(self, document, acceptance, self.blind.record(document)))
        if self.documents.open_next_pending():
            status.info(
                QCoreApplication.translate("ReviewWorkflow", "Confirmed {document}").format(document=name), 6000
            )
        else:
            text = QCoreApplication.translate("ReviewWorkflow", "Confirmed {document} — no more documents to review")
            status.info(text.format(document=name), 10000)

    def blocking_warnings(self) -> set[str]:
        """The warning codes that stop a confirm until accepted with a reason (a preference)."""
        return {code.strip() for code in self.settings.blocking_warnings.split(",") if code.strip()}

    def _accept_warnings(self, document: Document) -> Acceptance | Literal[False] | None:
        """The operator's reason for confirming despite blocking warnings (None: nothing blocks;
        False: they cancelled, so no confirm). Recorded by the Confirm command, undone with it."""
        blocking = self.blocking_warnings()
        warnings = unaccepted_warnings(document, blocking)
        if not warnings:
            return None
        reason = ask_accept_anyway(self._parent, document.display_name, warnings)
        if reason is None or not reason.strip():
            self.messages.info(
                QCoreApplication.translate("ReviewWorkflow", "Not confirmed: the warnings were not accepted"), 6000
            )
            return False
        undecided = copy.copy(document)  # the rule builds the acceptance; the command applies it
        return accept_anyway(undecided, reason, blocking)

    def _settle_drafts(self, document: Document) -> bool:
        """Typing left without Enter in this document: the operator commits or discards it (False: cancel)."""
        drafted = [f for f in self.delegate.drafted() if any(f is g for g in document.fields)]
        if not drafted:
            return True
        answer = dialogs.ask_draft(self._parent, [self.model.name_of(f) for f in drafted])
        if answer == dialogs.CANCEL:
            return False
        for item in drafted:
            text = self.delegate.draft(item)
            self.delegate.drop_draft(item)
            if answer == dialogs.COMMIT_TYPING and text is not None and self.model.document is document:
                self._commit_from_editor(_row_of(document, item), text)
        self.table.viewport().update()  # the italic "(not committed)" goes
        return True

    # -- fields and boxes -------------------------------------------------------------------
    def current_field(self) -> tuple[Document, Field] | None:
        document, item = self.model.document, self.model.field(self.current_row())
        return (document, item) if document is not None and item is not None else None

    def delete_field(self) -> None:
        found = None if self.refuse_while_editing() else self.current_field()
        if found is not None:
            self.push(found[0], DeleteField(self, *found))

    # -- options ----------------------------------------------------------------------------
    def _normalise_toggled(self, on: bool) -> None:
        self.model.set_normalise_dates(on)
        self.settings.normalize_dates = on

    def configure_shortcuts(self) -> None:
        dialog = ShortcutsDialog(self.shortcuts, self._parent)
        dialog.exec()
        dialog.deleteLater()
