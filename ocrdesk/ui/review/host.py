"""What the review's helpers (blind entry, a second engine) need of the review workflow: a Protocol,
so they depend on it without importing the workflow that builds them (no import cycle)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QUndoCommand

from ocrdesk.model import Document, Field
from ocrdesk.ui.actions.registry import ActionRegistry
from ocrdesk.ui.fields.editor import ReviewDelegate
from ocrdesk.ui.fields.table import FieldTable, FieldTableModel
from ocrdesk.ui.messages import MessageBridge
from ocrdesk.ui.review.autosave import Queue
from ocrdesk.ui.review.undo import EditTarget
from ocrdesk.ui.settings.store import SettingsStore
from ocrdesk.ui.state import AppState


class Edited(Queue, Protocol):
    def document_edited(self, document: Document) -> None: ...


class ReviewHost(EditTarget, Protocol):
    state: AppState
    messages: MessageBridge
    settings: SettingsStore
    actions: ActionRegistry
    model: FieldTableModel
    table: FieldTable
    delegate: ReviewDelegate

    @property
    def documents(self) -> Edited: ...

    @property
    def document(self) -> Document | None: ...

    def current_field(self) -> tuple[Document, Field] | None: ...

    def refuse_while_editing(self) -> bool: ...

    def jump_to_attention(self, backwards: bool = False) -> None: ...

    def push(self, document: Document, command: QUndoCommand) -> None: ...
