"""Which queued documents hold operator work that no export has written yet.

Work is what the operator did (an edit, a deleted or drawn box, a confirm, an undo): the review
workflow reports each through `QueueController.document_edited`. An export clears only what it
wrote: edits made while a background export runs stay unexported.
"""

from __future__ import annotations

from itertools import count

from ocrdesk.model import DocStatus, Document
from ocrdesk.workspace import Entry, Workspace


class UnexportedWork:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self._edits: dict[int, int] = {}  # entry id -> the edit's sequence number
        self._sequence = count(1)

    def edited(self, entry_id: int) -> None:
        self._edits[entry_id] = next(self._sequence)

    def restored(self, entry_id: int, document: Document) -> None:
        """A document back from a crashed session: its edits were never exported."""
        if document.status == DocStatus.REVIEWED or any(f.edited for f in document.fields):
            self.edited(entry_id)

    def has(self, entry_id: int | None) -> bool:
        return entry_id is not None and entry_id in self._edits

    def entries(self) -> list[Entry]:
        """Queued entries with unexported work, in queue order."""
        return [entry for entry in self._workspace if entry.id in self._edits]

    def mark(self, entry_ids: list[int] | None = None) -> dict[int, int]:
        """What an export starting now will write (every entry when `entry_ids` is None)."""
        return {i: n for i, n in self._edits.items() if entry_ids is None or i in entry_ids}

    def exported(self, mark: dict[int, int]) -> None:
        """The export that took `mark` succeeded: its entries are clean unless edited since."""
        for entry_id, sequence in mark.items():
            if self._edits.get(entry_id) == sequence:
                del self._edits[entry_id]

    def forget(self, entry_id: int) -> None:
        self._edits.pop(entry_id, None)

    def discard(self) -> None:
        """The operator chose to throw the work away."""
        self._edits.clear()
