"""The main window: page view with field boxes on the left, the field table on the right."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QLayout, QMainWindow, QSplitter

from ocrdesk import paths
from ocrdesk.errors import OcrDeskError
from ocrdesk.imaging import SourceImage
from ocrdesk.model import DocStatus, Document
from ocrdesk.ui import dialogs, style
from ocrdesk.ui.actions.registry import build_actions, build_toolbar
from ocrdesk.ui.actions.shortcuts import stored_keys
from ocrdesk.ui.fields.panel import FieldsPanel, SelectionSync
from ocrdesk.ui.fields.table import VALUE
from ocrdesk.ui.page.panel import PagePanel
from ocrdesk.ui.queue.controller import QueueController
from ocrdesk.ui.recognizer import Recognizer
from ocrdesk.ui.review.workflow import ReviewWorkflow
from ocrdesk.ui.settings.pickers import ProviderPicker
from ocrdesk.ui.settings.store import SettingsStore
from ocrdesk.ui.status_bar import build_status_bar
from ocrdesk.ui.tasks import readable_error

log = logging.getLogger(__name__)

APP_TITLE = "OCRDesk"
DEFAULT_SIZE = (1280, 800)
MINIMUM_SIZE = (720, 480)
SAMPLE_NAME = "sample_document.png"


class MainWindow(QMainWindow):
    # the window now shows another Document (a switch, or a new result for the page on screen)
    currentDocumentChanged = Signal(object)  # Document

    def __init__(self, settings: SettingsStore | None = None, controller: Recognizer | None = None) -> None:
        super().__init__()
        self.settings = settings or SettingsStore()
        self.controller = controller or Recognizer(self)
        self._source: SourceImage | None = None
        self._document: Document | None = None
        self._dirty = False  # edits not exported yet
        self._shown = False
        self.recognize_after_load = False
        self.setWindowIcon(style.icon("ocrdesk"))
        self.setWindowTitle(APP_TITLE)
        self.setAcceptDrops(True)  # files and folders dropped anywhere: see queue.inputs.DropHandler

        self.page = PagePanel(self)
        self.view = self.page.view
        self.banner = self.page.banner
        self.fields = FieldsPanel(self)
        self.table = self.fields.table
        self.model = self.fields.model
        self.picker = ProviderPicker(self.settings, self)
        self.provider_combo = self.picker.provider_combo
        self.doc_type_combo = self.picker.doc_type_combo
        self._actions = build_actions(self, stored_keys(self.settings))  # by id: self._actions["recognize"]
        pickers = [("Provider", self.provider_combo), ("Document", self.doc_type_combo)]
        self.toolbar = build_toolbar(self, self._actions, pickers)
        self._build_central()
        self._build_status_bar()
        self._connect()
        self.picker.populate()
        self.documents = QueueController(self, self._actions)  # the queue: list panel, inputs, batch
        self.review = ReviewWorkflow(self, self._actions)  # keyboard review, validation, box editing, undo, autosave
        self._restore_layout()
        self._update_actions()

    # -- construction -----------------------------------------------------------------------
    def _build_central(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.page)
        self.splitter.addWidget(self.fields)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        # A fixed minimum instead of the layout's: Qt would otherwise push a new one to the platform
        # window whenever a label changes (and some platforms, e.g. offscreen, warn on each push).
        self.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(*MINIMUM_SIZE)
        self.selection_sync = SelectionSync(self.view, self.table, self)

    def _build_status_bar(self) -> None:
        self.status = build_status_bar(self.statusBar())
        self.progress = self.status.progress
        self.engine_label = self.status.engine

    def _connect(self) -> None:
        a = self._actions
        a.open.triggered.connect(self.open_dialog)
        a.export.triggered.connect(self.export)
        a.quit.triggered.connect(self.close)
        a.recognize.triggered.connect(self.recognize)
        a.cancel.triggered.connect(self.cancel)
        a.zoom_in.triggered.connect(self.view.zoom_in)
        a.zoom_out.triggered.connect(self.view.zoom_out)
        a.zoom_fit.triggered.connect(self.view.fit)
        a.zoom_actual.triggered.connect(self.view.actual_size)
        a.providers.triggered.connect(self.open_provider_settings)
        a.open_sample.triggered.connect(self.open_sample)
        a.about.triggered.connect(lambda: dialogs.show_about(self))
        self.picker.providerChanged.connect(self._on_provider_changed)
        self.picker.docTypeChanged.connect(self._update_actions)
        c = self.controller
        c.imageLoaded.connect(self._on_image_loaded)
        c.imageFailed.connect(self._on_image_failed)
        c.recognitionStarted.connect(self._on_recognition_started)
        c.recognitionFinished.connect(self._on_recognized)
        c.recognitionFailed.connect(self._on_recognition_failed)
        c.recognitionCancelled.connect(self._on_recognition_cancelled)
        c.warmUpFinished.connect(self._on_warm_up_finished)
        c.warmUpFailed.connect(self._on_warm_up_failed)
        c.busyChanged.connect(self._on_busy_changed)
        self.model.fieldEdited.connect(self._on_field_edited)
        self.view.zoomChanged.connect(lambda zoom: self.status.zoom.setText(f"{zoom:.0%}"))

    # -- the documents open in the window (a seam: the batch queue and the review workflow use only these)
    @property
    def current_document(self) -> Document | None:
        return self._document

    def all_documents(self) -> list[Document]:
        """Every document open, in queue order (what autosave and batch export write)."""
        return self.documents.all_documents()

    def open_next_pending(self) -> bool:
        """Show the next document still to review; False when there is none. The switch completes
        when its page is loaded (currentDocumentChanged)."""
        return self.documents.open_next_pending()

    # -- providers and document types -------------------------------------------------------
    @property
    def provider_id(self) -> str | None:
        return self.picker.provider_id

    @property
    def doc_type(self) -> str | None:
        return self.picker.doc_type

    def _provider_name(self, provider_id: str) -> str:
        return self.picker.provider_name(provider_id)

    def _on_provider_changed(self) -> None:
        self._update_actions()
        if self._shown:
            self._warm_up_current()

    def _warm_up_current(self) -> None:
        provider_id = self.provider_id
        if provider_id and not self.controller.is_warm(provider_id):
            self.engine_label.setText(f"{self._provider_name(provider_id)}: starting…")
            self.controller.warm_up(provider_id)
        elif provider_id:
            self.engine_label.setText(f"{self._provider_name(provider_id)}: ready")

    def _on_warm_up_finished(self, provider_id: str) -> None:
        if provider_id == self.provider_id:
            self.engine_label.setText(f"{self._provider_name(provider_id)}: ready")
            self.engine_label.setToolTip("")

    def _on_warm_up_failed(self, provider_id: str, message: str) -> None:
        if provider_id == self.provider_id:
            self.engine_label.setText(f"{self._provider_name(provider_id)}: not ready")
            self.engine_label.setToolTip(message)
            self.statusBar().showMessage(message, 15000)

    def open_provider_settings(self) -> None:
        saved = dialogs.open_provider_settings(self)
        if saved:
            for provider_id in saved:
                self.controller.forget_providers(provider_id)
            self.picker.populate()
            self._warm_up_current()

    # -- opening ----------------------------------------------------------------------------
    def open_dialog(self) -> None:
        self.documents.inputs.open_files_dialog()

    def open_sample(self) -> None:
        sample = paths.resources_dir() / "samples" / SAMPLE_NAME
        if not sample.is_file():
            self.show_message(f"The sample document is missing (expected at {sample}).", "warning")
            return
        self.open_paths([str(sample)])

    def open_paths(self, files: list[str]) -> None:
        """Queue files, folders and PDFs and show the first new page."""
        self.documents.inputs.open_paths([str(f) for f in files])

    def _on_image_loaded(self, source: SourceImage, image: object) -> None:
        self.controller.cancel() if self.controller.recognizing else None
        self._document = self.documents.document_for(source)  # the queued page these pixels belong to
        self._source = source
        self._dirty = False
        self.model.set_document(self._document)
        self.view.set_image(image)  # type: ignore[arg-type]
        self.view.set_fields(self._document.fields)
        self.page.clear_message()
        self.status.image.setText(f"{source.width} × {source.height} px")
        self.statusBar().showMessage(f"Opened {self._document.display_name}", 8000)
        self._refresh()
        self.currentDocumentChanged.emit(self._document)
        if self.recognize_after_load:
            self.recognize_after_load = False
            self.recognize()

    def _on_image_failed(self, message: str) -> None:
        self.recognize_after_load = False
        self.show_message(f"Cannot open the image — {message}")
        self.statusBar().showMessage("Open failed", 8000)

    # -- recognition ------------------------------------------------------------------------
    def recognize(self) -> None:
        if self._source is None or self.controller.recognizing or self.controller.loading:
            return
        provider_id, doc_type = self.provider_id, self.doc_type
        if not provider_id or not doc_type:
            self.show_message("Choose a provider and a document type first.", "warning")
            return
        if not self._confirm_discard("Recognise again"):
            return
        self.page.clear_message()
        self.controller.recognize(provider_id, self._source, doc_type)

    def cancel(self) -> None:
        self.controller.cancel()

    def _on_recognition_started(self) -> None:
        name = self._provider_name(self.provider_id or "")
        self.statusBar().showMessage(f"Recognising with {name}…")
        self._update_actions()

    def _on_recognized(self, document: Document) -> None:
        self._document = document
        self._dirty = False
        self.model.set_document(document)
        self.view.set_fields(document.fields)
        count = len(document.fields)
        log.info("recognised %s: %d fields in %.2f s", document.display_name, count, self.controller.last_elapsed)
        took = f" in {self.controller.last_elapsed:.1f} s"
        text = f"Recognised {count} field{'s' if count != 1 else ''}{took}" if count else f"No text found{took}"
        self.statusBar().showMessage(text, 15000)
        if self.controller.last_warnings:
            self.show_message("; ".join(self.controller.last_warnings), "warning")
        self._refresh()
        self._start_review()

    def show_result(self, document: Document) -> None:
        """A result for the page on screen that came from elsewhere (the batch): shown in place."""
        self._document = document
        self._dirty = False
        self.model.set_document(document)
        self.view.set_fields(document.fields)
        self._refresh()
        self.currentDocumentChanged.emit(document)

    def _start_review(self) -> None:
        """Put the cursor on the first field that needs a look (low confidence), else the first one:
        arrow keys move through the fields, typing corrects the value, Enter commits."""
        fields = self.model.fields
        if not fields:
            return
        row = next((i for i, f in enumerate(fields) if style.is_low_confidence(f)), 0)
        self.table.setCurrentIndex(self.model.index(row, VALUE))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_recognition_failed(self, message: str) -> None:
        self.show_message(f"Recognition failed — {message}")
        self.statusBar().showMessage("Recognition failed", 15000)
        self._update_actions()

    def _on_recognition_cancelled(self) -> None:
        self.statusBar().showMessage("Cancelled", 8000)
        self._update_actions()

    def _on_busy_changed(self, busy: int) -> None:
        self.progress.setVisible(bool(busy))
        self._update_actions()

    # -- review -----------------------------------------------------------------------------
    def _on_field_edited(self, row: int) -> None:
        self._dirty = True
        self.view.refresh_row(row)
        self._refresh()

    # -- export -----------------------------------------------------------------------------
    def export(self) -> None:
        document = self._document
        if document is None or document.status not in (DocStatus.OK, DocStatus.REVIEWED):
            self.statusBar().showMessage("Nothing to export yet: recognise the page first", 8000)
            return
        source = Path(document.source)
        suffix = dialogs.EXPORT_FILTERS.get(self.settings.last_export_filter, ".json")
        folder = Path(self.settings.last_export_dir) if self.settings.last_export_dir else source.parent
        stem = source.stem if document.page is None else f"{source.stem}_p{document.page}"
        target = dialogs.ask_export_path(self, folder / f"{stem}{suffix}", self.settings.last_export_filter)
        if target is None:
            return
        try:
            from ocrdesk.export import export_documents

            export_documents([document], target)
        except ImportError:
            self.show_message("Export is not available in this build.")
            return
        except (OcrDeskError, OSError, ValueError) as exc:
            self.show_message(f"Export failed — {readable_error(exc)}")
            return
        self.settings.last_export_dir = str(target.parent)
        self.settings.last_export_filter = dialogs.filter_for_suffix(target.suffix)
        self._dirty = False
        self._refresh()
        self.statusBar().showMessage(f"Exported to {target}", 15000)

    # -- shared bits ------------------------------------------------------------------------
    def show_message(self, text: str, level: str = "error") -> None:
        """A message the operator must read, in the banner above the page."""
        self.page.show_message(text, level)

    def message_text(self) -> str:
        return self.banner.text()

    def _confirm_discard(self, what: str) -> bool:
        if not self._dirty or self._document is None:
            return True
        return dialogs.confirm_discard(self, self._document.display_name, what)

    def _refresh(self) -> None:
        document = self._document
        name = document.display_name if document else ""
        self.setWindowTitle(f"{name}[*] — {APP_TITLE}" if name else APP_TITLE)
        self.setWindowModified(bool(name) and self._dirty)
        self.fields.update_summary(document)
        self._update_actions()

    def _update_actions(self) -> None:
        running = self.controller.recognizing
        has_image = self._source is not None
        a = self._actions
        a.recognize.setEnabled(has_image and not running and not self.controller.loading and bool(self.doc_type))
        a.cancel.setEnabled(running)
        document = self._document
        a.export.setEnabled(
            document is not None and document.status in (DocStatus.OK, DocStatus.REVIEWED) and not running
        )
        for action in (a.zoom_in, a.zoom_out, a.zoom_fit, a.zoom_actual):
            action.setEnabled(has_image)
        self.picker.set_enabled(not running)

    # -- window state -----------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self.settings.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)
        state = self.settings.window_state
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.splitter_state
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([DEFAULT_SIZE[0] * 3 // 5, DEFAULT_SIZE[0] * 2 // 5])

    def _save_layout(self) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.splitter_state = self.splitter.saveState()
        self.settings.sync()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            # the window first, the engine after: warm-up loads models in the background
            QTimer.singleShot(0, self._warm_up_current)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._confirm_discard("Quit"):
            event.ignore()
            return
        self._save_layout()
        self.hide()  # gone at once, even if an engine call still has to return below
        self.documents.shutdown()
        self.controller.shutdown()
        self.review.close()  # a clean exit: no session left to recover
        super().closeEvent(event)
