"""Every review edit as a QUndoCommand, and one QUndoStack per document in a QUndoGroup.

Commands change the model objects (Field, Document) and then tell an `EditTarget` what changed,
so the table, the boxes, validation and autosave follow — whether the document is on screen or
not. Stacks are keyed by the Document object itself (kept alive here, compared by identity), so
they follow a document through the queue and vanish with it.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand, QUndoGroup, QUndoStack

from ocrdesk.doctypes import field_name
from ocrdesk.model import Acceptance, Box, DocStatus, Document, Field, Point, ReviewRecord

NUDGE_ID = 0x0CD1  # keyboard nudges of one box merge into one undo step


class EditTarget(Protocol):
    """Who applies the model changes to the screen (ocrdesk.ui.review.workflow.ReviewWorkflow)."""

    def set_value(self, document: Document, item: Field, value: str) -> None: ...

    def field_changed(self, document: Document, item: Field) -> None: ...

    def fields_changed(self, document: Document, select: Field | None = None) -> None: ...

    def status_changed(self, document: Document) -> None: ...


def _name(document: Document, item: Field) -> str:
    return field_name(item.key, document.doc_type, item.label)


class _Command(QUndoCommand):
    def __init__(self, target: EditTarget, document: Document, text: str) -> None:
        super().__init__(text)
        self.target = target
        self.document = document


class SetValue(_Command):
    """The operator committed a value (Enter)."""

    def __init__(self, target: EditTarget, document: Document, item: Field, value: str) -> None:
        super().__init__(
            target,
            document,
            QCoreApplication.translate("UndoCommands", "Edit {field}").format(field=_name(document, item)),
        )
        self.item = item
        self.old = item.value or ""
        self.new = value

    def redo(self) -> None:
        self.target.set_value(self.document, self.item, self.new)

    def undo(self) -> None:
        self.target.set_value(self.document, self.item, self.old)


class SetBox(_Command):
    """A box moved or resized (mouse or keyboard); its outline follows or is dropped."""

    def __init__(
        self,
        target: EditTarget,
        document: Document,
        item: Field,
        box: Box,
        polygon: list[Point] | None,
        text: str = "",
        nudge: bool = False,
    ) -> None:
        text = text or QCoreApplication.translate("UndoCommands", "Move box of {field}").format(
            field=_name(document, item)
        )
        super().__init__(target, document, text)
        self.item = item
        self.old = (item.box, None if item.polygon is None else list(item.polygon))
        self.new = (box, polygon)
        self.nudge = nudge

    def _apply(self, state: tuple[Box | None, list[Point] | None]) -> None:
        self.item.box, self.item.polygon = state[0], None if state[1] is None else list(state[1])
        self.target.field_changed(self.document, self.item)

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)

    def id(self) -> int:
        return NUDGE_ID if self.nudge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        # ten Ctrl+Right presses are one "move" to undo, as long as they hit the same box in a row
        if not isinstance(other, SetBox) or not other.nudge or other.item is not self.item:
            return False
        if other.text() != self.text():
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)  # moved back where it was: nothing to undo
        return True


class AddField(_Command):
    """A field the provider missed, drawn by the operator (maybe read by the provider right away)."""

    def __init__(self, target: EditTarget, document: Document, item: Field, index: int | None = None) -> None:
        super().__init__(
            target,
            document,
            QCoreApplication.translate("UndoCommands", "Add {field}").format(field=_name(document, item)),
        )
        self.item = item
        self.index = len(document.fields) if index is None else index

    def redo(self) -> None:
        self.document.fields.insert(self.index, self.item)
        self.target.fields_changed(self.document, self.item)

    def undo(self) -> None:
        self.document.fields.remove(self.item)
        fields = self.document.fields
        self.target.fields_changed(self.document, fields[min(self.index, len(fields) - 1)] if fields else None)


class DeleteField(_Command):
    def __init__(self, target: EditTarget, document: Document, item: Field) -> None:
        title = QCoreApplication.translate("UndoCommands", "Delete {field}").format(field=_name(document, item))
        super().__init__(target, document, title)
        self.item = item
        self.index = document.fields.index(item)

    def redo(self) -> None:
        fields = self.document.fields
        fields.remove(self.item)
        self.target.fields_changed(self.document, fields[min(self.index, len(fields) - 1)] if fields else None)

    def undo(self) -> None:
        self.document.fields.insert(self.index, self.item)
        self.target.fields_changed(self.document, self.item)


class SetReading(_Command):
    """The provider read a field's region again: what it read becomes ocr_value and value."""

    def __init__(
        self, target: EditTarget, document: Document, item: Field, text: str, confidence: float | None, box: Box | None
    ) -> None:
        title = QCoreApplication.translate("UndoCommands", "Read {field} again").format(field=_name(document, item))
        super().__init__(target, document, title)
        self.item = item
        self.old = (item.ocr_value, item.value, item.confidence, item.box, item.polygon)
        self.new = (text, text, confidence, box or item.box, None if box else item.polygon)

    def _apply(self, state: tuple[str, str | None, float | None, Box | None, list[Point] | None]) -> None:
        item = self.item
        item.ocr_value, item.value, item.confidence, item.box, item.polygon = state
        self.target.fields_changed(self.document, item)

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


class Confirm(_Command):
    """The operator confirmed the document: status `reviewed` (exports say so); with the reason they gave
    for accepting its warnings, if any (undone together)."""

    def __init__(
        self,
        target: EditTarget,
        document: Document,
        acceptance: Acceptance | None = None,
        record: ReviewRecord | None = None,
    ) -> None:
        title = QCoreApplication.translate("UndoCommands", "Confirm {document}").format(document=document.display_name)
        super().__init__(target, document, title)
        self.old = document.status
        self.old_acceptance = document.acceptance
        self.acceptance = acceptance or document.acceptance
        self.old_record = document.review
        self.record = record or document.review  # how it was confirmed (review.method), undone with it

    def redo(self) -> None:
        self.document.status = DocStatus.REVIEWED
        self.document.acceptance = self.acceptance
        self.document.review = self.record
        self.target.status_changed(self.document)

    def undo(self) -> None:
        self.document.status = self.old
        self.document.acceptance = self.old_acceptance
        self.document.review = self.old_record
        self.target.status_changed(self.document)


class UndoStacks(QObject):
    """One QUndoStack per document; the group's active stack is the current document's."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.group = QUndoGroup(self)
        self._stacks: dict[int, tuple[Document, QUndoStack]] = {}

    def stack(self, document: Document) -> QUndoStack:
        found = self._stacks.get(id(document))
        if found is not None and found[0] is document:
            return found[1]
        stack = QUndoStack(self.group)
        self._stacks[id(document)] = (document, stack)
        return stack

    def activate(self, document: Document | None) -> None:
        # the stub wants a QUndoStack, but Qt takes nullptr: no active stack (Undo and Redo disabled)
        self.group.setActiveStack(None if document is None else self.stack(document))  # type: ignore[arg-type]

    def push(self, document: Document, command: QUndoCommand) -> None:
        self.stack(document).push(command)

    def keep_only(self, documents: list[Document]) -> None:
        """Drop the stacks of documents no longer open (replaced by a new recognition, removed)."""
        alive = {id(d) for d in documents}
        for key in [k for k in self._stacks if k not in alive]:
            _document, stack = self._stacks.pop(key)
            self.group.removeStack(stack)
            stack.deleteLater()
