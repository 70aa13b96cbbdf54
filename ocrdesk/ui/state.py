"""What the window is showing and doing, in one place (napari's viewer model for its Qt window).

Components read the state and follow its signals; none of them keeps its own copy of "the
document on screen". The queue decides which entry is shown and stores results; the state only
says what is on screen now and tells everyone when that changes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from ocrdesk.imaging import SourceImage
from ocrdesk.model import Document


class AppState(QObject):
    # the document on screen is about to be another one (models begin their reset here)
    documentAboutToChange = Signal()
    # the page on screen is another one now: its queue entry, its pixels and its document
    pageShown = Signal(object)  # Document
    # the document on screen was replaced by a new one for the same page (a result arrived)
    documentReplaced = Signal(object)  # Document
    # nothing is on screen any more (the document shown was removed from the list)
    pageCleared = Signal()
    # a queued document changed (a result, an edit, a status): autosave, the list, the summary and
    # the actions follow this one notification (Anki's operation_did_execute)
    documentChanged = Signal(int)  # entry id
    providerChanged = Signal(str)
    docTypeChanged = Signal(str)
    # int, not bool: PySide6 6.12 drops a reference to True on every emit (see recognizer.py)
    busyChanged = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entry_id: int | None = None
        self._document: Document | None = None
        self._source: SourceImage | None = None
        self._image: QImage | None = None
        self._provider_id: str | None = None
        self._doc_type: str | None = None
        self._busy = False
        # recognise the next page as soon as it is on screen (`ocrdesk --auto-recognize FILE`)
        self.recognize_when_shown = False

    # -- the page on screen -----------------------------------------------------------------
    @property
    def entry_id(self) -> int | None:
        """The queue entry on screen (None before the first page is shown)."""
        return self._entry_id

    @property
    def document(self) -> Document | None:
        return self._document

    @property
    def source(self) -> SourceImage | None:
        """The decoded page on screen (what F5 recognises)."""
        return self._source

    @property
    def image(self) -> QImage | None:
        return self._image

    def show_page(self, entry_id: int, document: Document, source: SourceImage, image: QImage) -> None:
        self.documentAboutToChange.emit()
        self._entry_id, self._document, self._source, self._image = entry_id, document, source, image
        self.pageShown.emit(document)

    def clear_page(self) -> None:
        self._entry_id, self._document, self._source, self._image = None, None, None, None
        self.pageCleared.emit()

    def replace_document(self, document: Document) -> None:
        """A new document for the page on screen (its result); the pixels stay."""
        self.documentAboutToChange.emit()
        self._document = document
        self.documentReplaced.emit(document)

    def document_changed(self, entry_id: int) -> None:
        self.documentChanged.emit(entry_id)

    # -- the provider and document type chosen ----------------------------------------------
    @property
    def provider_id(self) -> str | None:
        return self._provider_id

    @property
    def doc_type(self) -> str | None:
        return self._doc_type

    def set_provider(self, provider_id: str | None, doc_type: str | None) -> None:
        if provider_id != self._provider_id:
            self._provider_id = provider_id
            self.providerChanged.emit(provider_id or "")
        if doc_type != self._doc_type:
            self._doc_type = doc_type
            self.docTypeChanged.emit(doc_type or "")

    # -- busy: loading or recognising the page on screen ------------------------------------
    @property
    def busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(int(busy))
