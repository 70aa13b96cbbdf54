"""The value editor of the review table: Enter commits, nothing else does.

Rules (README, "Reviewing"):
- Enter (or Return) commits the typed value, as one undoable edit. It is the only way to commit.
- Esc discards the typing and closes the editor.
- Focus leaving the editor (a click on the page, a menu, another window) commits nothing and keeps
  the editor open with its text — and an input-method composition — as they were.
- While the editor is open every key goes to the text: no shortcut fires (Chinese input methods
  type Latin letters first), except those `passthrough` allows (help, zoom). Keys that would move
  to another field (Tab, Up, Down, Page keys) do nothing there: Enter or Esc first.
- Should the editor be closed anyway without Enter (the operator clicks another row or box), the
  typing is kept as a draft of that field: shown in italics, back in the editor on F2 or a
  double-click, never committed by itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ocrdesk.model import Field
from ocrdesk.ui import style
from ocrdesk.ui.fields.table import FieldTableModel

AnyIndex = QModelIndex | QPersistentModelIndex

_COMMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_NAVIGATION_KEYS = (
    Qt.Key.Key_Tab,
    Qt.Key.Key_Backtab,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
)


class FieldEditor(QLineEdit):
    """A frameless line edit that keeps every key while it is open and knows when an input
    method is composing (its preedit text is not part of text() and is never committed by us)."""

    def __init__(self, parent: QWidget, passthrough: Callable[[QKeyEvent], bool] | None = None) -> None:
        super().__init__(parent)
        self.setFrame(False)
        self.commit_requested = False
        self.initialised = False
        self.field: Field | None = None  # the field being edited (set with the text)
        self._preedit = ""
        self._passthrough = passthrough

    @property
    def composing(self) -> bool:
        return bool(self._preedit)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        self._preedit = event.preeditString()
        super().inputMethodEvent(event)

    def event(self, event: QEvent) -> bool:
        # Accepting a shortcut override delivers the key to the text instead of to a shortcut.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (self.composing or self._passthrough is None or not self._passthrough(event))
        ):
            event.accept()
            return True
        return super().event(event)


class ReviewDelegate(QStyledItemDelegate):
    """Creates FieldEditors and decides what reaches the model: only a value committed with Enter,
    through `committed(row, text)` (the review workflow turns it into an undoable edit)."""

    hint = Signal(str)  # a line for the status bar

    def __init__(
        self,
        parent: QObject | None = None,
        commit: Callable[[int, str], None] | None = None,
        passthrough: Callable[[QKeyEvent], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.commit = commit  # (row, text); None: straight into the model
        self.passthrough = passthrough
        self._drafts: dict[int, tuple[Field, str]] = {}  # id(field) -> (field, uncommitted text)

    # -- drafts -----------------------------------------------------------------------------
    def draft(self, item: Field | None) -> str | None:
        found = self._drafts.get(id(item)) if item is not None else None
        return found[1] if found is not None and found[0] is item else None

    def drafted(self) -> list[Field]:
        """Fields with uncommitted typing, whichever document they belong to."""
        return [item for item, _text in self._drafts.values()]

    def drop_draft(self, item: Field | None) -> None:
        if item is not None:
            self._drafts.pop(id(item), None)

    @staticmethod
    def _field(index: AnyIndex) -> Field | None:
        model = index.model()
        return model.field(index.row()) if isinstance(model, FieldTableModel) and index.isValid() else None

    # -- QStyledItemDelegate ----------------------------------------------------------------
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = FieldEditor(parent, self.passthrough)
        editor.setFont(style.with_cjk_fallback(option.font))
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if not isinstance(editor, FieldEditor):
            super().setEditorData(editor, index)
            return
        # Only once: the view calls this again whenever the row repaints (validation, undo of
        # another field), which would overwrite what the operator is typing.
        if editor.initialised:
            return
        editor.initialised = True
        editor.field = self._field(index)
        draft = self.draft(editor.field)
        editor.setText(draft if draft is not None else str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if not isinstance(editor, FieldEditor):
            super().setModelData(editor, model, index)
            return
        item = editor.field
        if editor.commit_requested:
            editor.commit_requested = False
            self.drop_draft(item)
            if self.commit is not None:
                self.commit(index.row(), editor.text())
            else:
                model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
            return
        # The view asks for the data because the current row changed (a click elsewhere): that is
        # no commit. Keep the typing as a draft instead of losing it.
        if item is not None and editor.text() != (item.value or ""):
            self._drafts[id(item)] = (item, editor.text())
            text = QCoreApplication.translate(
                "ReviewDelegate", "Your typing in {field} was not committed: F2 to continue, then Enter"
            )
            name = model.name_of(item) if isinstance(model, FieldTableModel) else item.label
            self.hint.emit(text.format(field=name))

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().initStyleOption(option, index)
        draft = self.draft(self._field(index))
        if draft is not None:
            option.text = QCoreApplication.translate("ReviewDelegate", "{draft}  (not committed)").format(draft=draft)
            option.font.setItalic(True)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if not isinstance(editor, FieldEditor):
            return super().eventFilter(editor, event)
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(editor, event)
        # Anything else, focus loss included, is the line edit's own business: QStyledItemDelegate
        # would commit and close on focus loss, which is exactly what must not happen here.
        return False

    def _key(self, editor: FieldEditor, event: QKeyEvent) -> bool:
        key = event.key()
        if editor.composing:
            return False  # the input method owns Enter, Esc and the arrows while it composes
        if key in _COMMIT_KEYS:
            editor.commit_requested = True
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            return True
        if key == Qt.Key.Key_Escape:
            self.drop_draft(editor.field)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)
            return True
        if key in _NAVIGATION_KEYS:
            self.hint.emit(
                QCoreApplication.translate("ReviewDelegate", "Enter keeps the value, Esc discards the typing")
            )
            return True
        return False
