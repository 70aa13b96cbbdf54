"""The main window: the document list, the page with its boxes, the field table; and the one place
where components are wired to each other (`_connect`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QImage, QShowEvent
from PySide6.QtWidgets import QLayout, QMainWindow, QSplitter

from ocrdesk.model import DocStatus, Document
from ocrdesk.ui import dialogs, style
from ocrdesk.ui.actions.context_menus import install_context_menus
from ocrdesk.ui.actions.registry import build_actions, build_toolbar
from ocrdesk.ui.actions.shortcuts import stored_keys
from ocrdesk.ui.export import export_document, exportable
from ocrdesk.ui.fields.panel import FieldsPanel, SelectionSync
from ocrdesk.ui.layout import ToolbarFit, restore_layout, save_layout
from ocrdesk.ui.messages import MessageBridge
from ocrdesk.ui.page.panel import PagePanel
from ocrdesk.ui.queue.closing import CloseGuard
from ocrdesk.ui.queue.controller import QueueController
from ocrdesk.ui.queue.crashed import CrashedSessions
from ocrdesk.ui.recognizer import RecognitionReport, Recognizer
from ocrdesk.ui.review.workflow import ReviewWorkflow
from ocrdesk.ui.settings.pickers import ProviderPicker
from ocrdesk.ui.settings.preferences_dialog import edit_preferences
from ocrdesk.ui.settings.store import SettingsStore
from ocrdesk.ui.state import AppState
from ocrdesk.ui.status_bar import EngineStatus, build_status_bar, show_problem

APP_TITLE = "OCRDesk"
MINIMUM_SIZE = (720, 480)


class MainWindow(QMainWindow):
    def __init__(self, settings: SettingsStore | None = None, controller: Recognizer | None = None) -> None:
        super().__init__()
        self.settings = settings or SettingsStore()
        self.state = AppState(self)
        self.messages = MessageBridge(self)
        self.controller = controller or Recognizer(self)
        self.setWindowIcon(style.icon("ocrdesk"))
        self.setWindowTitle(APP_TITLE)
        self.setAcceptDrops(True)  # files and folders dropped anywhere: see queue.inputs.DropHandler

        self.page = PagePanel(self)
        self.view, self.banner = self.page.view, self.page.banner
        self.fields = FieldsPanel(self.state, self)
        self.table, self.model = self.fields.table, self.fields.model
        self.picker = ProviderPicker(self.settings, self)
        self.provider_combo = self.picker.provider_combo
        self.doc_type_combo = self.picker.doc_type_combo
        self._actions = build_actions(self, stored_keys(self.settings))  # by id: self._actions["recognize"]
        pickers = [
            (QCoreApplication.translate("MainWindow", "Provider"), self.provider_combo),
            (QCoreApplication.translate("MainWindow", "Document"), self.doc_type_combo),
        ]
        self.toolbar = build_toolbar(self, self._actions, pickers)
        self._build_central()
        self.status = build_status_bar(self.statusBar())
        self.report = RecognitionReport(self.controller, self.messages, self.picker.provider_name)
        self.engine = EngineStatus(
            self.status.engine, self.state, self.controller, self.messages, self.picker.provider_name
        )
        shared = (self.state, self.messages)
        self.documents = QueueController(*shared, self.controller, self.settings, self._actions, self)
        widgets = (self.table, self.view)
        self.review = ReviewWorkflow(
            *shared, self.documents, self.controller, self.settings, self._actions, widgets, self
        )
        self.closing = CloseGuard(self.documents, self.review.delegate.drafted, self)
        file_menu, store = self._actions.menu("file"), self.review.autosave.store
        self.crashed = CrashedSessions(self._actions.restore_session, self.review, store, file_menu, self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.documents.dock)
        self.statusBar().insertPermanentWidget(0, self.documents.batch.status)
        self.installEventFilter(self.documents.inputs.drops)
        self._connect()
        self.picker.populate()
        self._sync_provider()
        restore_layout(self, self.splitter, self.settings, [self.documents.dock])
        self.toolbar_fit = ToolbarFit(self.toolbar)  # icons only when the labels do not fit
        areas = {"documentList": self.documents.list_view, "fieldTable": self.table, "pageView": self.view}
        self.context_menus = install_context_menus(self._actions, areas)

    def _build_central(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.page)
        self.splitter.addWidget(self.fields)
        # a narrower window mostly narrows the page (it zooms), less the field values being reviewed
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        # A fixed minimum instead of the layout's: Qt would otherwise push a new one to the platform
        # window whenever a label changes (and some platforms, e.g. offscreen, warn on each push).
        layout = self.layout()
        assert layout is not None  # a QMainWindow always has its own layout
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(*MINIMUM_SIZE)
        self.selection_sync = SelectionSync(self.view, self.table, self)

    def _connect(self) -> None:
        """Every signal between components is connected here, in the order the slots must run."""
        a, state, queue, review = self._actions, self.state, self.documents, self.review
        c, m = self.controller, self.messages
        a.open.triggered.connect(queue.inputs.open_files_dialog)
        a.export.triggered.connect(self.export)
        a.quit.triggered.connect(self.close)
        a.recognize.triggered.connect(self.recognize)
        a.cancel.triggered.connect(c.cancel)
        a.zoom_in.triggered.connect(self.view.zoom_in)
        a.zoom_out.triggered.connect(self.view.zoom_out)
        a.zoom_fit.triggered.connect(self.view.fit)
        a.zoom_actual.triggered.connect(self.view.actual_size)
        a.providers.triggered.connect(self.open_provider_settings)
        a.open_sample.triggered.connect(queue.inputs.open_sample)
        a.about.triggered.connect(lambda: dialogs.show_about(self))
        a.preferences.triggered.connect(lambda: edit_preferences(self.settings, self))
        self.picker.providerChanged.connect(self._sync_provider)
        self.picker.docTypeChanged.connect(self._sync_provider)
        state.providerChanged.connect(self.engine.on_provider_changed)
        state.docTypeChanged.connect(self._update_actions)
        state.providerChanged.connect(self._update_actions)
        # loading: the queue puts the page on screen (state.pageShown), then the window and review follow
        c.imageLoaded.connect(lambda *_: c.cancel() if c.recognizing else None)  # F5 of the page left behind
        c.imageLoaded.connect(queue.on_image_loaded)
        c.imageFailed.connect(self._on_image_failed)
        c.imageFailed.connect(queue.on_image_failed)
        c.imageFailed.connect(queue.inputs.on_image_failed)
        queue.aboutToSwitch.connect(self.table.commit_open_editor)
        state.pageShown.connect(self._on_page_shown)
        state.pageShown.connect(queue.inputs.on_page_shown)
        state.pageShown.connect(review.on_document_shown)
        state.pageShown.connect(self._recognize_when_shown)
        state.documentReplaced.connect(self._on_document_replaced)
        state.pageCleared.connect(self._on_page_cleared)
        state.pageCleared.connect(review.on_document_shown)
        state.documentReplaced.connect(review.on_document_shown)
        # F5: the queue stores the outcome (apply_result, as for Recognise All); the window reports it
        c.recognitionStarted.connect(queue.on_recognition_started)
        c.recognitionStarted.connect(self.report.on_started)
        c.recognitionFinished.connect(queue.on_recognition_finished)
        c.recognitionFinished.connect(self.report.on_finished)
        c.recognitionFinished.connect(review.on_recognized)
        c.recognitionFailed.connect(queue.on_recognition_failed)
        c.recognitionFailed.connect(self.report.on_failed)
        c.recognitionCancelled.connect(queue.on_recognition_cancelled)
        c.recognitionCancelled.connect(self.report.on_cancelled)
        for signal in (c.recognitionStarted, c.recognitionFinished, c.recognitionFailed, c.recognitionCancelled):
            signal.connect(self._update_actions)
        c.warmUpFinished.connect(self.engine.on_warm_up_finished)
        c.warmUpFailed.connect(self.engine.on_warm_up_failed)
        c.busyChanged.connect(lambda busy: state.set_busy(bool(busy)))
        state.busyChanged.connect(lambda busy: self.status.progress.setVisible(bool(busy)))
        state.busyChanged.connect(self._update_actions)
        # one "document changed" notification: the list, autosave, the summary and the actions
        state.documentChanged.connect(queue.on_document_changed)
        state.documentChanged.connect(lambda _entry_id: review.autosave.request())
        state.documentChanged.connect(self._on_document_changed)
        queue.documentsAdded.connect(lambda _count: review.autosave.request())
        queue.removal.removed.connect(lambda _count: review.autosave.request())
        queue.batch.exported.connect(self.closing.on_exported)
        queue.batch.exportFailed.connect(self.closing.on_export_failed)
        self.model.fieldEdited.connect(self._on_field_edited)
        self.view.zoomChanged.connect(lambda zoom: self.status.zoom.setText(f"{zoom:.0%}"))
        # every component's messages end here, and only here
        m.statusShown.connect(lambda text, timeout_ms: self.statusBar().showMessage(text, timeout_ms))
        m.bannerShown.connect(self.page.show_message)
        m.bannerCleared.connect(self.page.clear_message)
        m.lastingChanged.connect(lambda text: show_problem(self.status.problem, text))
        self.banner.dismissed.connect(m.dismissed)

    # -- the document on screen (it lives in self.state) ---------------------------------------
    @property
    def current_document(self) -> Document | None:
        return self.state.document

    @property
    def provider_id(self) -> str | None:
        return self.state.provider_id

    @property
    def doc_type(self) -> str | None:
        return self.state.doc_type

    def _on_page_shown(self, document: Document) -> None:
        source, image = self.state.source, self.state.image
        assert source is not None and isinstance(image, QImage)
        self.view.set_image(image)
        self._on_document_replaced(document)
        self.messages.clear()
        size = QCoreApplication.translate("MainWindow", "{width} × {height} px")
        self.status.image.setText(size.format(width=source.width, height=source.height))
        opened = QCoreApplication.translate("MainWindow", "Opened {name}")
        self.messages.info(opened.format(name=document.display_name), 8000)

    def _on_page_cleared(self) -> None:
        self.model.reload()
        self.view.set_image(None)
        self.page.show_outlines([])
        self.status.image.clear()
        self._refresh()

    def _on_document_replaced(self, document: Document) -> None:
        self.view.set_fields(document.fields)
        self.page.show_outlines(document.outlines)
        self._refresh()

    def _on_document_changed(self, entry_id: int) -> None:
        if entry_id == self.state.entry_id:
            self._refresh()

    def _recognize_when_shown(self, _document: Document) -> None:
        if self.state.recognize_when_shown:
            self.state.recognize_when_shown = False
            self.recognize()

    def _on_image_failed(self, message: str) -> None:
        self.state.recognize_when_shown = False
        self.messages.error(
            QCoreApplication.translate("MainWindow", "Cannot open the image — {reason}").format(reason=message)
        )
        self.messages.info(QCoreApplication.translate("MainWindow", "Open failed"), 8000)

    # -- providers and document types -------------------------------------------------------
    def _sync_provider(self, *_args: object) -> None:
        self.state.set_provider(self.picker.provider_id, self.picker.doc_type)

    def open_provider_settings(self) -> None:
        from ocrdesk.ui.settings import providers_dialog  # the keyring loads when the dialog opens

        dialog, saved = providers_dialog.ProviderSettingsDialog(self), list[str]()
        dialog.saved.connect(saved.extend)
        dialog.exec()
        dialog.deleteLater()
        if saved:
            for provider_id in saved:
                self.controller.forget_providers(provider_id)
            self.picker.populate()
            self._sync_provider()
            self.engine.warm_up()
        self.messages.show_notices()  # e.g. a damaged settings file set aside while re-reading it

    # -- opening ----------------------------------------------------------------------------
    def open_paths(self, files: list[str]) -> None:
        """Queue files, folders and PDFs and show the first new page."""
        self.documents.inputs.open_paths([str(f) for f in files])

    # -- recognition ------------------------------------------------------------------------
    def recognize(self) -> None:
        source = self.state.source
        if source is None or self.controller.recognizing or self.controller.loading:
            return
        provider_id, doc_type = self.provider_id, self.doc_type
        if not provider_id or not doc_type:
            self.messages.warning(
                QCoreApplication.translate("MainWindow", "Choose a provider and a document type first.")
            )
            return
        if not self._confirm_discard(QCoreApplication.translate("MainWindow", "Recognise again")):
            return
        self.messages.clear()
        self.controller.recognize(provider_id, source, doc_type)

    def _on_field_edited(self, row: int) -> None:
        self.view.refresh_row(row)
        self._refresh()

    def export(self) -> None:
        work = self.documents.unexported
        mark = work.mark([self.state.entry_id] if self.state.entry_id is not None else [])
        if export_document(self.state.document, self.settings, self.messages, self):
            work.exported(mark)
            self._refresh()

    # -- shared bits ------------------------------------------------------------------------
    def show_message(self, text: str) -> None:
        """An error from outside the window's components (the app's last-resort exception hook)."""
        self.messages.error(text)

    def message_text(self) -> str:
        """The banner's text while it is shown."""
        return self.banner.text()

    def _confirm_discard(self, what: str) -> bool:
        # `what`: the action that would discard the corrections, translated
        document = self.state.document
        edited = self.documents.unexported.has(self.state.entry_id)
        return not edited or document is None or dialogs.confirm_discard(self, document.display_name, what)

    def _refresh(self) -> None:
        document = self.state.document
        name = document.display_name if document else ""
        self.setWindowTitle(f"{name}[*] — {APP_TITLE}" if name else APP_TITLE)
        self.setWindowModified(bool(name) and self.documents.unexported.has(self.state.entry_id))
        self.fields.update_summary(document, self.model.problems)
        self.page.warnings.show_document(document, self.review.blocking_warnings())
        self._update_actions()

    def _update_actions(self, *_args: object) -> None:
        running, a = self.controller.recognizing, self._actions
        has_image = self.state.source is not None
        a.recognize.setEnabled(has_image and not running and not self.controller.loading and bool(self.doc_type))
        a.cancel.setEnabled(running)
        a.export.setEnabled(exportable(self.state.document) and not running)
        for action in (a.zoom_in, a.zoom_out, a.zoom_fit, a.zoom_actual, a.read_region):
            action.setEnabled(has_image)
        # review acts on a recognised page: with none on screen its commands can do nothing
        document = self.state.document
        reviewable = has_image and document is not None and document.status in (DocStatus.OK, DocStatus.REVIEWED)
        for action in (a.confirm, a.draw_box, a.next_attention):
            action.setEnabled(reviewable and not running)
        if a.draw_box.isChecked() and not a.draw_box.isEnabled():
            a.draw_box.setChecked(False)
        self.picker.set_enabled(not running)

    # -- window state -----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.engine.active:
            self.engine.active = True
            # the window first, the engine after: warm-up loads models in the background
            QTimer.singleShot(0, self.engine.warm_up)
            QTimer.singleShot(0, self.messages.show_notices)
            self.documents.clean_leftovers([self.review.autosave.path.parent, self.settings.last_export_dir])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.table.commit_open_editor()  # typing still open becomes a draft the prompt names
        if not self.closing.may_close():
            event.ignore()
            return
        save_layout(self, self.splitter, self.settings)
        self.hide()  # gone at once, even if an engine call still has to return below
        self.documents.shutdown()
        self.controller.shutdown()
        self.review.close()  # a clean exit: no session left to recover
        super().closeEvent(event)
