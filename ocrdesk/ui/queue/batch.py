"""Recognise all: pending documents through the core BatchRunner, with progress, pause, cancel; and
the batch export.

The provider is created off the GUI thread first (a missing credential is reported once, not as
an error on every page). Each job loads its page, calls the provider and drops the pixels, so a
batch of thousands holds a handful of pages at a time. Results land on their entry by id, in
whatever order they arrive; the operator keeps reviewing meanwhile.
"""

from __future__ import annotations

import copy
import gc
import logging
import sys
import time
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ocrdesk.batch import Progress, format_duration
from ocrdesk.doctypes import DocType
from ocrdesk.i18n import shown
from ocrdesk.inputs import PageRef, load_page
from ocrdesk.model import DocStatus, Document
from ocrdesk.providers.base import CancelToken, Provider
from ocrdesk.recognition import recognize_image
from ocrdesk.ui import dialogs
from ocrdesk.ui.messages import MessageBridge
from ocrdesk.ui.queue.batch_jobs import export, prepare_provider, provider_name, runner_concurrency
from ocrdesk.ui.queue.batch_runner import QtBatchRunner
from ocrdesk.ui.queue.batch_status import BatchStatus
from ocrdesk.ui.queue.unexported import UnexportedWork
from ocrdesk.ui.recognizer import Recognizer
from ocrdesk.ui.settings.store import SettingsStore
from ocrdesk.ui.state import AppState
from ocrdesk.ui.tasks import TaskRunner, readable_error
from ocrdesk.workspace import Workspace


class Queue(Protocol):
    """What the batch needs of the document queue (QueueController provides it)."""

    state: AppState
    messages: MessageBridge
    settings: SettingsStore
    recognizer: Recognizer
    workspace: Workspace
    runner: TaskRunner
    unexported: UnexportedWork

    @property
    def f5_entry_id(self) -> int | None: ...

    def all_documents(self) -> list[Document]: ...

    def set_status(self, entry_id: int, status: DocStatus) -> None: ...

    def apply_result(self, entry_id: int, document: Document) -> None: ...

    def apply_results(self, results: list[tuple[int, Document]]) -> None: ...

    def bulk(self) -> AbstractContextManager[None]: ...

    def update_actions(self) -> None: ...


log = logging.getLogger(__name__)

BATCH_SWITCH_INTERVAL = 0.001  # seconds; Python's default is 0.005


def _skipped(source: str) -> Document:
    # the operator recognised this page on their own meanwhile; counted as done, never applied
    return Document(source=source, status=DocStatus.PENDING)


class BatchController(QObject):
    started = Signal(int)  # how many documents the batch runs
    finished = Signal(int)  # 1 when cancelled
    exported = Signal(str)  # the file the batch export wrote
    exportFailed = Signal(str)

    def __init__(self, documents: Queue, parent: QWidget) -> None:
        super().__init__(parent)
        self.documents = documents
        self.state, self.messages, self.settings = documents.state, documents.messages, documents.settings
        self._parent = parent  # of the export dialog
        self.runner: QtBatchRunner | None = None
        self.status = BatchStatus(parent)  # the window puts it in its status bar
        self.status.pause_button.clicked.connect(self.toggle_pause)
        self.status.cancel_button.clicked.connect(self.cancel)
        self._preparing = False
        self._ids: list[int] = []
        self._skip: set[int] = set()
        self._progress: Progress | None = None
        self._provider_id = ""
        self._switch_interval = sys.getswitchinterval()
        self._doc_type = ""
        # progress is drawn at most four times a second: each repaint competes with the pool for the GIL
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(250)
        self._status_timer.timeout.connect(self._show_progress)

    # -- state ----------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._preparing or self.runner is not None

    @property
    def paused(self) -> bool:
        return self.runner is not None and self.runner.paused

    def skip(self, entry_id: int) -> None:
        """Leave this entry alone (the operator recognises it by hand); read by worker threads."""
        self._skip.add(entry_id)

    # -- starting -------------------------------------------------------------------------------
    def recognize_all(self) -> None:
        if self.running:
            self.messages.info(
                QCoreApplication.translate("BatchController", "Recognition of all documents is already running"), 5000
            )
            return
        provider_id, doc_type = self.state.provider_id, self.state.doc_type
        if not provider_id or not doc_type:
            self.messages.warning(
                QCoreApplication.translate("BatchController", "Choose a provider and a document type first.")
            )
            return
        busy = self.documents.f5_entry_id
        entries = [e for e in self.documents.workspace.to_recognise() if e.id != busy]
        if not entries:
            text = QCoreApplication.translate(
                "BatchController", "Nothing to recognise: every document has a result or an error"
            )
            self.messages.info(text, 8000)
            return
        jobs = {entry.id: (entry.ref, entry.document.source) for entry in entries}
        self._preparing = True
        self._provider_id, self._doc_type = provider_id, doc_type
        self.status.show_progress(Progress(0, len(jobs), 0, 0.0, None))
        starting = QCoreApplication.translate("BatchController", "Starting {provider}…")
        self.status.label.setText(starting.format(provider=provider_name(provider_id)))
        self._update_actions()
        self.documents.runner.start(
            prepare_provider,
            self.documents.recognizer.providers,
            provider_id,
            doc_type,
            on_finished=lambda provider: self._start(provider, jobs),  # type: ignore[arg-type]
            on_failed=self._on_prepare_failed,
            name="prepare batch",
        )

    def _on_prepare_failed(self, exc: BaseException) -> None:
        self._preparing = False
        self.status.hide()
        text = QCoreApplication.translate("BatchController", "Cannot recognise the documents — {reason}")
        self.messages.error(text.format(reason=readable_error(exc)))
        self._update_actions()

    def _start(self, provider: Provider, jobs: dict[int, tuple[PageRef, str]]) -> None:
        self._preparing = False
        cache, provider_id, doc_type = self.documents.recognizer.providers, self._provider_id, DocType(self._doc_type)
        dpi = self.documents.settings.pdf_dpi
        # one at a time through the provider's lock (the local engine, shared with F5); cloud
        # providers take `max_concurrency` requests at once and pace them to their rate limit
        concurrency = runner_concurrency(provider)
        exclusive = concurrency <= 1
        skip = self._skip = set()

        def work(entry_id: int, cancel: CancelToken) -> Document:  # a pool thread: no widgets here
            ref, source = jobs[entry_id]
            if entry_id in skip:
                return _skipped(source)
            image = load_page(ref, dpi)
            image.source = source  # a saved frame is named by its capture, not its file

            def call(instance: Provider) -> Document:
                return recognize_image(instance, image, doc_type, cancel)[0]

            return cache.run_exclusive(provider_id, cancel, call) if exclusive else call(provider)

        runner = QtBatchRunner(
            list(jobs),
            work,
            concurrency=concurrency,
            source_of=lambda entry_id: jobs[entry_id][1],
            parent=self,
        )
        runner.jobsStarted.connect(self._on_jobs_started)
        runner.resultsReady.connect(self._on_results)
        runner.progressChanged.connect(self._on_progress)
        runner.finished.connect(self._on_finished)
        self.runner, self._ids, self._progress = runner, list(jobs), None
        self._started_at = time.monotonic()
        # Thousands of results allocate fast; a full collection then walks every object of the app
        # while holding the GIL (80-170 ms measured with 3000 pages). What exists now is long-lived:
        # frozen, the collector looks only at what the batch adds. Undone when the batch ends.
        gc.freeze()
        # 8 pool threads take turns with the GUI thread for the GIL; a shorter switch interval lets
        # the GUI thread in after ~1 ms instead of 5 ms at each of its many Python calls from Qt
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(self._switch_interval, BATCH_SWITCH_INTERVAL))
        runner.start()
        self.status.set_paused(False)
        self.status.show_progress(Progress(0, len(jobs), 0, 0.0, None))
        name = provider_name(provider_id)
        log.info("batch of %d with %s, %d at a time", len(jobs), provider_id, concurrency)
        count = len(jobs)
        text = QCoreApplication.translate("BatchController", "Recognising %n document(s) with {provider}…", None, count)
        self.messages.info(text.format(provider=name), 5000)
        self._update_actions()
        self.started.emit(len(jobs))

    # -- progress (GUI thread, drained from the pool a few times a second) ----------------------
    def _on_jobs_started(self, entry_ids: list[int]) -> None:
        workspace = self.documents.workspace
        with self.documents.bulk():
            for entry_id in entry_ids:
                entry = workspace.get(entry_id)
                if entry is not None and entry_id not in self._skip and entry.status == DocStatus.PENDING:
                    self.documents.set_status(entry_id, DocStatus.RECOGNISING)

    def _on_results(self, results: list[tuple[int, Document]]) -> None:
        workspace, accepted = self.documents.workspace, []
        waiting = (DocStatus.PENDING, DocStatus.RECOGNISING)
        for entry_id, document in results:
            entry = workspace.get(entry_id)
            if entry is None or entry_id in self._skip or entry.status not in waiting:
                continue  # removed, or recognised by hand meanwhile: the operator's result stands
            if document.status == DocStatus.ERROR:
                document.provider, document.doc_type = self._provider_id, self._doc_type
            accepted.append((entry_id, document))
        self.documents.apply_results(accepted)

    def _on_progress(self, progress: Progress) -> None:
        self._progress = progress
        if not self._status_timer.isActive():
            self._status_timer.start()

    def _show_progress(self) -> None:
        if self.runner is not None and self._progress is not None:
            self.status.show_progress(self._progress, self.runner.paused, self.runner.cancelled)

    def _on_finished(self, cancelled: int) -> None:
        self._end_of_batch()
        self._status_timer.stop()
        self._show_progress()  # the last figures, even if the timer had not come round yet
        runner, self.runner = self.runner, None
        f5 = self.documents.f5_entry_id
        with self.documents.bulk():
            for entry_id in self._ids:  # cancelled mid-page: back in the queue
                entry = self.documents.workspace.get(entry_id)
                if entry is not None and entry.status == DocStatus.RECOGNISING and entry_id != f5:
                    self.documents.set_status(entry_id, DocStatus.PENDING)
        if runner is not None:
            runner.deleteLater()
        self.status.hide()
        progress = self._progress
        done = progress.done if progress else 0
        failed = progress.failed if progress else 0
        took = shown(format_duration(time.monotonic() - self._started_at))
        errors = QCoreApplication.translate("BatchController", ", %n with errors", None, failed) if failed else ""
        total = len(self._ids)
        if cancelled:
            text = QCoreApplication.translate(
                "BatchController", "Cancelled: {done} of %n document(s) recognised{errors}", None, total
            )
            text = text.format(done=done, errors=errors)
        else:
            text = QCoreApplication.translate(
                "BatchController", "Recognised %n document(s) in {took}{errors}", None, done
            )
            text = text.format(took=took, errors=errors)
        self.messages.info(text, 20000)
        self._update_actions()
        self.finished.emit(cancelled)

    # -- control --------------------------------------------------------------------------------
    def toggle_pause(self) -> None:
        runner = self.runner
        if runner is None:
            return
        if runner.paused:
            runner.resume()
        else:
            runner.pause()
        self.status.set_paused(runner.paused)
        if self._progress is not None:
            self.status.show_progress(self._progress, runner.paused)
        else:
            paused = QCoreApplication.translate("BatchStatus", "Paused")
            self.status.label.setText(
                paused if runner.paused else QCoreApplication.translate("BatchStatus", "Recognising…")
            )
        self._update_actions()

    def cancel(self) -> None:
        if self.runner is not None:
            self.runner.cancel()
            self.status.label.setText(QCoreApplication.translate("BatchStatus", "Cancelling…"))
            self.status.pause_button.setEnabled(False)

    def _update_actions(self) -> None:
        self.status.pause_button.setEnabled(self.runner is not None)
        self.documents.update_actions()

    # -- export ---------------------------------------------------------------------------------
    def export_all(self) -> bool:
        """Every document in queue order (errors as rows with their message) to JSON, Excel or CSV;
        True when the export started (`exported` or `exportFailed` follows)."""
        documents = self.documents.all_documents()
        if not documents:
            self.messages.info(
                QCoreApplication.translate("BatchController", "Nothing to export: the document list is empty"), 8000
            )
            return False
        settings = self.settings
        suffix = dialogs.EXPORT_FILTERS.get(settings.last_export_filter, ".json")
        first = documents[0].source
        folder = Path(settings.last_export_dir) if settings.last_export_dir else Path(first).parent
        if not folder.is_dir():
            folder = Path.home()
        target = dialogs.ask_export_path(self._parent, folder / f"batch{suffix}", settings.last_export_filter)
        if target is None:
            return False
        unfinished = sum(d.status in (DocStatus.PENDING, DocStatus.RECOGNISING) for d in documents)
        snapshot = copy.deepcopy(documents)  # the operator may keep editing while the file is written
        mark = self.documents.unexported.mark()
        count = len(snapshot)
        self.messages.info(QCoreApplication.translate("BatchController", "Exporting %n document(s)…", None, count))
        self.documents.runner.start(
            export,
            snapshot,
            target,
            on_finished=lambda _none: self._on_exported(target, len(snapshot), unfinished, mark),
            on_failed=self._on_export_failed,
            name="export all",
        )
        return True

    def _on_export_failed(self, exc: BaseException) -> None:
        text = QCoreApplication.translate("BatchController", "Export failed — {reason}").format(
            reason=readable_error(exc)
        )
        self.messages.error(text)
        self.exportFailed.emit(text)

    def _on_exported(self, target: Path, count: int, unfinished: int, mark: dict[int, int]) -> None:
        self.documents.unexported.exported(mark)
        settings = self.settings
        settings.last_export_dir = str(target.parent)
        settings.last_export_filter = dialogs.filter_for_suffix(target.suffix)
        note = (
            QCoreApplication.translate(
                "BatchController", " (%n not recognised yet, listed as pending)", None, unfinished
            )
            if unfinished
            else ""
        )
        text = QCoreApplication.translate("BatchController", "Exported %n document(s) to {target}{note}", None, count)
        self.messages.info(text.format(target=target, note=note), 20000)
        self.exported.emit(str(target))

    def shutdown(self) -> None:
        if self.runner is not None:
            self.runner.shutdown()
            self.runner = None
            self._end_of_batch()

    def _end_of_batch(self) -> None:
        gc.unfreeze()
        sys.setswitchinterval(self._switch_interval)
