"""Blind double entry in the review table, and the review record a confirm leaves.

While double entry is on (Preferences), the fields chosen per document type (by default the ID and
card numbers) show no value: the operator keys what the page shows, Enter. A typing equal to the
engine's reading confirms it; otherwise the field asks for a second typing, which decides
(ocrdesk.verification.double_entry). Until then the field counts as a problem, so review starts on
it, F8 finds it and Ctrl+Enter asks once more before confirming without it.

The rules are Qt-free; this module shows them: it gives the field table its mask and stands between
the value editor and the workflow's commit.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QObject

from ocrdesk.model import DocStatus, Document, Field, ReviewMethod, ReviewRecord
from ocrdesk.ui.review.host import ReviewHost
from ocrdesk.validation import validate_document
from ocrdesk.verification import records
from ocrdesk.verification.auto_confirm import decide
from ocrdesk.verification.double_entry import BlindEntry, Outcome
from ocrdesk.verification.settings import auto_confirm_rule, blind_keys


class BlindEntries(QObject):
    def __init__(self, workflow: ReviewHost) -> None:
        super().__init__(workflow.table)  # lives as long as the field list it works on
        self.workflow = workflow
        self.model = workflow.model
        self._entries: dict[int, tuple[Document, dict[str, BlindEntry]]] = {}
        self._shown: tuple[Document, float] | None = None  # the document on screen, since when
        self.model.mask = self.mask
        self._commit = workflow.delegate.commit
        workflow.delegate.commit = self.commit
        workflow.state.pageShown.connect(self._on_shown)
        workflow.state.documentReplaced.connect(self._on_shown)

    def keys(self, document: Document) -> frozenset[str]:
        return blind_keys(self.workflow.settings.get, document.doc_type)

    def entries(self, document: Document) -> dict[str, BlindEntry]:
        found = self._entries.get(id(document))
        if found is None or found[0] is not document:
            found = (document, {})
            self._entries[id(document)] = found
        return found[1]

    def pending(self, document: Document | None, item: Field | None) -> BlindEntry | None:
        """The blind entry `item` still waits for (None when it is not blind or is settled)."""
        if document is None or item is None or document.status != DocStatus.OK or item.key not in self.keys(document):
            return None
        entry = self.entries(document).setdefault(item.key, BlindEntry.of(item))
        return None if entry.done else entry

    def mask(self, item: Field) -> str | None:
        entry = self.pending(self.model.document, item)
        if entry is None:
            return None
        if entry.first is None:
            return QCoreApplication.translate("BlindEntry", "Type it blind: the reading is hidden")
        return QCoreApplication.translate("BlindEntry", "Type it once more: it differs from the reading")

    def commit(self, row: int, text: str) -> None:
        """Enter in the value editor: a blind field's typing goes to its entry; others as usual."""
        document, item = self.model.document, self.model.field(row)
        entry = self.pending(document, item)
        if entry is None or item is None:
            if self._commit is not None:
                self._commit(row, text)
            return
        outcome = entry.enter(text)
        name = self.model.name_of(item)
        if outcome is Outcome.RETYPE:
            message = QCoreApplication.translate(
                "BlindEntry", "{field} differs from the reading: type it again to decide"
            )
        elif outcome is Outcome.CONFIRMED:
            message = QCoreApplication.translate("BlindEntry", "{field} typed blind matches the reading")
        else:
            message = QCoreApplication.translate("BlindEntry", "{field} decided by the second typing")
        if entry.value is not None and self._commit is not None:
            self._commit(row, entry.value)
        self.model.revalidate()
        self.workflow.messages.info(message.format(field=name), 6000)

    # -- the review record ------------------------------------------------------------------
    def _on_shown(self, *_args: object) -> None:
        document = self.workflow.state.document
        self._shown = None if document is None else (document, time.monotonic())

    def record(self, document: Document) -> ReviewRecord:
        """How an operator confirms `document` now: blind or not, the time spent, whether sampled."""
        typed = [key for key, entry in self.entries(document).items() if entry.done]
        method = records.operator_method(document, self.keys(document), typed)
        seconds = time.monotonic() - self._shown[1] if self._shown and self._shown[0] is document else None
        rule = auto_confirm_rule(self.workflow.settings.get, document.doc_type)
        sampled = rule.enabled and decide(document, validate_document(document), rule).sampled
        return records.record(document, ReviewMethod(method), seconds=seconds, sampled=sampled)
