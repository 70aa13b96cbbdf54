"""The queue of documents: which entry is on screen, switching, thumbnails, and every result.

The window shows one document at a time and keeps full-resolution pixels for it only. Switching
loads the entry's page through the recognizer (Recognizer.load); when the pixels arrive the queue
puts the entry on screen through the AppState. Results of F5 and of Recognise All end in the one
`apply_result()`. Thumbnails are made one at a time on a background thread; the list only ever
holds small pixmaps.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QObject, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDockWidget, QWidget

import ocrdesk.workspace as workspace_module
from ocrdesk.atomic import clean_stale_temp
from ocrdesk.batch import failed_document
from ocrdesk.errors import ConfigError
from ocrdesk.i18n import shown
from ocrdesk.imaging import SourceImage
from ocrdesk.inputs import PDF_PASSWORD_CODE, PageRef
from ocrdesk.model import DocStatus, Document, ErrorInfo
from ocrdesk.review import edit_count
from ocrdesk.ui.actions.registry import ActionRegistry
from ocrdesk.ui.messages import MessageBridge
from ocrdesk.ui.queue.batch import BatchController
from ocrdesk.ui.queue.inputs import InputsController
from ocrdesk.ui.queue.list_panel import DocumentListPanel
from ocrdesk.ui.queue.list_view import ENTRY_ID_ROLE, DocumentListModel, thumbnail_icon
from ocrdesk.ui.queue.recent import RecentInputs
from ocrdesk.ui.queue.removal import DocumentRemoval
from ocrdesk.ui.queue.unexported import UnexportedWork
from ocrdesk.ui.recognizer import Recognizer
from ocrdesk.ui.settings.store import SettingsStore
from ocrdesk.ui.state import AppState
from ocrdesk.ui.tasks import TaskRunner, readable_error
from ocrdesk.validation import validate_document
from ocrdesk.verification.auto_confirm import auto_confirm, skipped_in_review
from ocrdesk.verification.settings import auto_confirm_rule
from ocrdesk.workspace import Entry, Thumbnail, Workspace, origin_of

log = logging.getLogger(__name__)

DOCK_WIDTH = 300


def _thumbnail_job(ref: PageRef) -> tuple[Thumbnail, QImage]:
    # looked up at call time so tests can watch which thread makes thumbnails
    thumbnail = workspace_module.make_thumbnail(ref)
    return thumbnail, thumbnail_icon(thumbnail.png)  # decoded and scaled here, not on the GUI thread


class QueueController(QObject):
    documentsAdded = Signal(int)  # how many entries one open, paste or capture added
    entryChanged = Signal(int)  # entry id: a result, an error or a lasting status change
    thumbnailReady = Signal(int)

    # the page about to be replaced: typing still open in an editor must be kept first
    aboutToSwitch = Signal()

    def __init__(
        self,
        state: AppState,
        messages: MessageBridge,
        recognizer: Recognizer,
        settings: SettingsStore,
        actions: ActionRegistry,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.state, self.messages, self.recognizer, self.settings = state, messages, recognizer, settings
        self.workspace = Workspace()
        self.unexported = UnexportedWork(self.workspace)
        self.model = DocumentListModel(self.workspace, parent)
        self.panel = DocumentListPanel(self.model)
        self.list_view = self.panel.view
        self.dock = QDockWidget(QCoreApplication.translate("QueueController", "Documents"), parent)
        self.dock.setObjectName("documentsDock")  # saveState() needs it
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.dock.setTitleBarWidget(QWidget(self.dock))  # the panel has its own heading
        self.dock.setWidget(self.panel)
        # small jobs: planning inputs, saving pasted pictures, creating providers
        self.runner = TaskRunner(self, max_threads=2, messages=messages)
        # one thread: thumbnails never compete with recognition for every core
        self.thumbnails = TaskRunner(self, max_threads=1)
        self._loading_id: int | None = None
        self._inspected_id: int | None = None  # an error row selected in the list (nothing to load)
        self._selecting = False
        self._f5_id: int | None = None
        self._f5_previous = DocStatus.PENDING
        self._bulk_depth = 0
        self._bulk_changed = False
        self.list_view.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.inputs = InputsController(self, parent)
        self.batch = BatchController(self, parent)
        self.actions = actions
        self._connect_actions()
        self.removal = DocumentRemoval(self, actions["remove_documents"], parent)
        self.recent = RecentInputs(settings, messages, lambda paths: self.inputs.open_paths(paths), parent)
        actions.menu("file").insertMenu(actions["include_subfolders"], self.recent.menu)  # after Open Folder…

    # -- actions ------------------------------------------------------------------------------
    def _connect_actions(self) -> None:
        a, inputs, batch = self.actions, self.inputs, self.batch
        a.open_folder.triggered.connect(inputs.open_folder_dialog)
        a.include_subfolders.setChecked(self.settings.include_subfolders)
        a.include_subfolders.toggled.connect(self._include_subfolders)
        a.paste.triggered.connect(inputs.paste)
        a.capture.triggered.connect(inputs.capture)
        a.export_all.triggered.connect(batch.export_all)
        a.recognize_all.triggered.connect(batch.recognize_all)
        a.pause_batch.triggered.connect(batch.toggle_pause)
        a.cancel_batch.triggered.connect(batch.cancel)
        a.next_document.triggered.connect(lambda: self.step(1))
        a.previous_document.triggered.connect(lambda: self.step(-1))
        a.pdf_dpi.triggered.connect(inputs.ask_pdf_dpi)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.dataChanged):
            signal.connect(self._on_rows_changed)
        self.update_actions()

    def _on_rows_changed(self, *_args: object) -> None:
        if self._bulk_depth:
            self._bulk_changed = True  # brought up to date once, when the bulk change ends
            return
        self.refresh_summary()
        self.update_actions()

    @contextmanager
    def bulk(self) -> Iterator[None]:
        """Many rows change at once (a batch's drained results): each row is redrawn, the summary
        and the actions are brought up to date once, at the end."""
        self._bulk_depth += 1
        try:
            yield
        finally:
            self._bulk_depth -= 1
            if not self._bulk_depth and self._bulk_changed:
                self._bulk_changed = False
                self._on_rows_changed()

    def _include_subfolders(self, on: bool) -> None:
        self.settings.include_subfolders = on

    def update_actions(self) -> None:
        """Enable what makes sense now (called when the queue or the batch changes)."""
        a, batch = self.actions, self.batch
        running = batch.running
        a.recognize_all.setEnabled(not running and self.model.counts()[DocStatus.PENDING] > 0)
        a.pause_batch.setEnabled(batch.runner is not None)
        resume = QCoreApplication.translate("Actions", "Res&ume Batch")
        pause = QCoreApplication.translate("Actions", "&Pause Batch")
        a.pause_batch.setText(resume if batch.paused else pause)
        a.cancel_batch.setEnabled(running)
        a.export_all.setEnabled(len(self.workspace) > 0)
        several = len(self.workspace) > 1
        a.next_document.setEnabled(several)
        a.previous_document.setEnabled(several)

    # -- the seam the window exposes ----------------------------------------------------------
    def all_documents(self) -> list[Document]:
        return self.workspace.documents()

    def open_next_pending(self) -> bool:
        """Start showing the next document still to review (after the current one, wrapping)."""
        entry = self.workspace.next_pending(self.state.entry_id)
        return entry is not None and self.show_entry(entry.id)

    @property
    def current_entry(self) -> Entry | None:
        return self.workspace.get(self.state.entry_id)

    @property
    def f5_entry_id(self) -> int | None:
        return self._f5_id

    # -- adding -------------------------------------------------------------------------------
    def add_pages(self, pages: list[tuple[PageRef, str | None]], show_first: bool = True) -> list[Entry]:
        """Queue pages (with the source naming each, for saved frames) and start their thumbnails."""
        entries = self.model.add_many(pages)
        for entry in entries:
            self.request_thumbnail(entry)
        if entries:
            self.documentsAdded.emit(len(entries))
            if show_first:
                self.show_entry(entries[0].id)
        return entries

    def add_failed(self, source: str, error: ErrorInfo) -> Entry:
        entry = self.model.add_failed(source, error)
        self.documentsAdded.emit(1)
        return entry

    def reopen(self, entry_id: int) -> None:
        """Forget an entry's results and read its file again (the operator opened it anew)."""
        entry = self.workspace.reset(entry_id)
        if entry is None:
            return
        self.model.forget_thumbnail(entry_id)
        self.model.entry_changed(entry_id)
        self.request_thumbnail(entry)
        self.show_entry(entry_id, again=True)

    def request_thumbnail(self, entry: Entry) -> None:
        if entry.ref is None:
            return
        entry_id = entry.id
        self.thumbnails.start(
            _thumbnail_job,
            entry.ref,
            on_finished=lambda thumbnail: self._on_thumbnail(entry_id, thumbnail),
            on_failed=lambda exc: self._mark_unreadable(entry_id, readable_error(exc)),
            name="thumbnail",
        )

    def _on_thumbnail(self, entry_id: int, made: tuple[Thumbnail, QImage]) -> None:
        self.model.set_thumbnail(entry_id, *made)
        self.thumbnailReady.emit(entry_id)

    def _mark_unreadable(self, entry_id: int, message: str) -> None:
        if self.workspace.mark_unreadable(entry_id, ErrorInfo("image.unreadable", message)) is not None:
            self.state.document_changed(entry_id)

    # -- switching ----------------------------------------------------------------------------
    def show_entry(self, entry_id: int, again: bool = False) -> bool:
        """Start showing an entry; the window switches once its pixels are loaded."""
        entry = self.workspace.get(entry_id)
        if entry is None:
            return False
        self._inspected_id = None
        if entry_id == self.state.entry_id and self._loading_id is None and not again:
            self.select_row(entry_id)
            return True
        if entry.ref is None:
            reason = (
                shown(entry.load_error.message)
                if entry.load_error
                else QCoreApplication.translate("QueueController", "nothing to show")
            )
            text = QCoreApplication.translate("QueueController", "Cannot open {name} — {reason}")
            self.messages.error(text.format(name=entry.name, reason=reason))
            # the operator inspects the error row where it is: it stays selected, the list stays put
            self._inspected_id = entry_id
            self.select_row(entry_id)
            if entry.load_error is not None and entry.load_error.code == PDF_PASSWORD_CODE:
                self.inputs.passwords.ask([Path(entry.document.source)])  # a locked PDF: its password now
            return False
        self.aboutToSwitch.emit()
        self._loading_id = entry_id
        self.select_row(entry_id)
        self.recognizer.load(entry.ref, self.settings.pdf_dpi)
        self.messages.info(QCoreApplication.translate("QueueController", "Opening {name}…").format(name=entry.name))
        return True

    def remove_entries(self, entry_ids: list[int]) -> None:
        """Entries leave the list (DocumentRemoval); the row Qt makes current meanwhile is not a choice."""
        self._selecting = True
        try:
            for entry_id in entry_ids:
                self.model.remove(entry_id)
                self.unexported.forget(entry_id)
        finally:
            self._selecting = False
        if self._inspected_id in entry_ids:
            self._inspected_id = None

    def step(self, delta: int) -> bool:
        """Next (1) or previous (-1) document that can be shown; from the one being opened, if any."""
        entry = self.workspace.neighbour(self._loading_id or self._inspected_id or self.state.entry_id, delta)
        while entry is not None and skipped_in_review(entry.document):  # confirmed by rule: no look needed
            entry = self.workspace.neighbour(entry.id, delta)
        if entry is None:
            last, first = (
                QCoreApplication.translate("QueueController", "This is the last document"),
                QCoreApplication.translate("QueueController", "This is the first document"),
            )
            self.messages.info(last if delta > 0 else first, 3000)
            return False
        return self.show_entry(entry.id)

    def on_image_loaded(self, source: SourceImage, image: QImage) -> None:
        """Pixels arrived: the entry they belong to goes on screen.

        The page keeps the entry's own source name (a saved camera frame is `camera:0@…`, not a
        temporary file name), so recognising it produces a document with that source.
        """
        entry = self.workspace.get(self._loading_id)
        self._loading_id = None
        if entry is None:  # loaded outside the queue (or its entry is gone): queue it now
            entry = self.model.add(PageRef(Path(source.source), source.page))
            self.request_thumbnail(entry)
        source.source = entry.document.source
        if entry.document.image is None:
            entry.document.image = source.info
        if entry.status == DocStatus.PENDING:
            entry.document.provider = self.state.provider_id or entry.document.provider
            entry.document.doc_type = self.state.doc_type or entry.document.doc_type
        self.select_row(entry.id)
        self.state.show_page(entry.id, entry.document, source, image)

    def on_image_failed(self, message: str) -> None:
        entry_id, self._loading_id = self._loading_id, None
        if entry_id is not None:
            self._mark_unreadable(entry_id, message)
            self._inspected_id = entry_id  # its row stays selected, its error in the banner
        else:
            self.select_row(self.state.entry_id)  # the window still shows the page it had

    def select_row(self, entry_id: int | None) -> None:
        """Highlight an entry in the list without it counting as the operator's choice."""
        self._selecting = True
        try:
            row = -1 if entry_id is None else self.model.row_of(entry_id)
            selection = self.list_view.selectionModel()
            if row < 0:
                selection.clear()
                return
            index = self.model.index(row)
            if selection.currentIndex() == index and selection.isSelected(index):
                return  # already there: a Shift/Ctrl+click selection of several rows stays
            flag = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Current
            selection.setCurrentIndex(index, flag)
            self.list_view.scrollTo(index)
        finally:
            self._selecting = False

    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        self.show_entry(int(current.data(ENTRY_ID_ROLE)))

    # -- results: F5 and Recognise All end here -------------------------------------------------
    def apply_result(self, entry_id: int, document: Document) -> None:
        """A result for an entry, whatever its status: stored by id, shown at once if it is on
        screen, and announced once (state.documentChanged). A clean document confirms itself
        here when the operator's preferences allow it (ocrdesk.verification.auto_confirm)."""
        if document.status == DocStatus.OK:
            auto_confirm([document], auto_confirm_rule(self.settings.get, document.doc_type), validate_document)
        entry = self.workspace.set_document(entry_id, document)
        if entry is None:
            return
        if document.status == DocStatus.ERROR and document.error and document.image is None:
            entry.load_error = entry.load_error or document.error  # its pixels could not be read
        if entry_id == self.state.entry_id and self._loading_id is None:
            self.state.replace_document(document)
        self.state.document_changed(entry_id)

    def apply_results(self, results: list[tuple[int, Document]]) -> None:
        """Many results at once (Recognise All drains its pool a few times a second): each goes
        through `apply_result`; the list's summary and the actions follow once."""
        with self.bulk():
            for entry_id, document in results:
                self.apply_result(entry_id, document)

    def set_status(self, entry_id: int, status: DocStatus) -> None:
        entry = self.workspace.get(entry_id)
        if entry is not None and entry.status != status:
            passing = DocStatus.RECOGNISING in (entry.status, status)
            entry.document.status = status
            if passing:  # "recognising" comes and goes: only the list shows it
                self.model.entry_changed(entry_id)
            else:
                self.state.document_changed(entry_id)

    def document_edited(self, document: Document) -> None:
        """A queued document changed in place (the review workflow: an edit, a confirm, an undo)."""
        entry = next((e for e in self.workspace if e.document is document), None)
        if entry is not None:
            self.unexported.edited(entry.id)
            self.state.document_changed(entry.id)

    def on_document_changed(self, entry_id: int) -> None:
        self.model.entry_changed(entry_id)
        self.entryChanged.emit(entry_id)

    # -- F5 on the page on screen ---------------------------------------------------------------
    def on_recognition_started(self, _provider_id: str) -> None:
        entry = self.current_entry
        if entry is None:
            return
        self._f5_id, self._f5_previous = entry.id, entry.status
        self.batch.skip(entry.id)  # F5 wins: a running batch leaves this one alone
        self.set_status(entry.id, DocStatus.RECOGNISING)

    def on_recognition_finished(self, document: Document) -> None:
        entry_id, self._f5_id = self._f5_id, None
        if entry_id is None:
            return
        if document.status == DocStatus.ERROR and self._f5_previous in (DocStatus.OK, DocStatus.REVIEWED):
            self.set_status(entry_id, self._f5_previous)  # a re-recognition failed: the earlier result stands
            return
        self.unexported.forget(entry_id)  # the operator agreed to replace the page's work (F5)
        self.apply_result(entry_id, document)

    def on_recognition_failed(self, exc: BaseException) -> None:
        """F5 raised instead of returning a document: a missing credential leaves the page as it
        was (the batch does the same); anything else becomes the page's error row, as in the batch."""
        entry = self.workspace.get(self._f5_id)
        if entry is None or isinstance(exc, ConfigError) or not isinstance(exc, Exception):
            self.on_recognition_cancelled()
            return
        document = failed_document(entry.document.source, exc)
        document.page, document.image = entry.document.page, entry.document.image
        document.provider = self.state.provider_id or entry.document.provider
        document.doc_type = self.state.doc_type or entry.document.doc_type
        self.on_recognition_finished(document)

    def on_recognition_cancelled(self) -> None:
        entry_id, self._f5_id = self._f5_id, None
        if entry_id is not None:
            self.set_status(entry_id, self._f5_previous)

    def restore(self, documents: list[Document], current: int, frames_dir: Path) -> None:
        """Documents from a crashed session back in the queue: results, edits and statuses as they
        were saved; pixels are read again from each source (or its saved camera/clipboard frame)."""
        pages: list[tuple[PageRef, str | None]] = [
            (origin_of(d, frames_dir) or PageRef(Path(d.source), d.page), d.source) for d in documents
        ]
        entries = self.add_pages(pages, show_first=False)
        for entry, document in zip(entries, documents, strict=True):
            if document.status != DocStatus.PENDING or document.fields:
                self.unexported.restored(entry.id, document)
                self.apply_result(entry.id, document)
        if entries:
            self.show_entry(entries[current].id)
        count, edits = len(documents), edit_count(documents)
        restored = QCoreApplication.translate("QueueController", "Restored %n document(s)", None, count)
        with_edits = QCoreApplication.translate("QueueController", "and %n edit(s)", None, edits)
        self.messages.info(f"{restored} {with_edits}", 15000)

    def clean_leftovers(self, folders: list[Path | str]) -> None:
        """Temporary files an interrupted save or export left behind, removed in the background."""
        for folder in {str(f) for f in folders if f}:
            self.runner.start(clean_stale_temp, folder, name="clean temporary files", on_failed=log.info)

    def refresh_summary(self, *_args: object) -> None:
        self.panel.update_summary(len(self.workspace), self.model.counts())

    def shutdown(self) -> None:
        """The window closes. Every worker is told to stop first (the batch, F5 of the page on screen,
        the camera), then each is waited for briefly: none runs on while another is waited for."""
        self.batch.cancel()
        self.recognizer.cancel()
        self.inputs.shutdown()
        self.batch.shutdown()
        self.thumbnails.shutdown(2000)
        self.runner.shutdown(2000)
