"""A thin Qt face on the core BatchRunner: what its pool threads report reaches the GUI thread in
batches.

The work function runs in the runner's pool threads and must never touch a widget; it only loads
pixels and calls the provider. The pool's callbacks only append to a queue under a lock; the first
one after a drain asks the GUI thread (through GuiCall) to drain it DRAIN_MS later. So a fast
provider's hundreds of results a second arrive as a few lists a second, and everything the
operator sees changes in slots on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer, Signal

from ocrdesk.batch import BatchRunner, Progress
from ocrdesk.model import Document
from ocrdesk.providers.base import CancelToken
from ocrdesk.ui.tasks import GuiCall, bury

log = logging.getLogger(__name__)

# long enough to gather many results of a fast provider, short enough to look immediate
DRAIN_MS = 50


class QtBatchRunner(QObject):
    """Runs `work(entry_id, cancel)` for each id; reports in batches on the GUI thread.

    Signal payloads: `jobsStarted` a list of entry ids (pages whose result is in the same drain are
    left out: they never show as running), `resultsReady` a list of (entry id, Document) in the
    order they finished, `progressChanged` the newest `Progress`, `finished` 1 when the batch was
    cancelled (an int, not a bool: some PySide6 releases leak a reference to True on every emit),
    always after the last results.
    """

    jobsStarted = Signal(object)  # list[int]
    resultsReady = Signal(object)  # list[tuple[int, Document]]
    progressChanged = Signal(object)  # ocrdesk.batch.Progress
    finished = Signal(int)

    def __init__(
        self,
        entry_ids: Sequence[int],
        work: Callable[[int, CancelToken], Document],
        *,
        concurrency: int = 1,
        source_of: Callable[[int], str] = str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.total = len(entry_ids)
        self._closed = False
        self._running = False
        self._gui = GuiCall(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAIN_MS)
        self._timer.timeout.connect(self._drain)
        # filled by pool threads, emptied by the GUI thread; `_wake` is True while a drain is due
        self._lock = threading.Lock()
        self._started: list[int] = []
        self._results: list[tuple[int, Document]] = []
        self._progress: Progress | None = None
        self._cancelled: bool | None = None  # set once the pool is done
        self._wake = False
        self._runner: BatchRunner[int] = BatchRunner(
            list(entry_ids),
            work,
            concurrency=concurrency,
            on_started=self._on_started,
            on_result=self._on_result,
            on_progress=self._on_progress,
            on_finished=self._on_finished,
            source_of=source_of,
        )

    # -- pool threads: queue and wake -------------------------------------------------------
    def _on_started(self, entry_id: int) -> None:
        with self._lock:
            self._started.append(entry_id)
        self._wake_gui()

    def _on_result(self, entry_id: int, document: Document) -> None:
        with self._lock:
            self._results.append((entry_id, document))
        self._wake_gui()

    def _on_progress(self, progress: Progress) -> None:
        with self._lock:
            if self._progress is None or progress.done >= self._progress.done:
                self._progress = progress
        self._wake_gui()

    def _on_finished(self, cancelled: bool) -> None:
        with self._lock:
            self._cancelled = cancelled
        self._wake_gui()

    def _wake_gui(self) -> None:
        with self._lock:
            if self._wake or self._closed:
                return
            self._wake = True
        self._gui(self._schedule)

    # -- GUI thread ---------------------------------------------------------------------------
    def _schedule(self) -> None:
        if not self._closed and not self._timer.isActive():
            self._timer.start()

    def _drain(self) -> None:
        with self._lock:
            started, self._started = self._started, []
            results, self._results = self._results, []
            progress, self._progress = self._progress, None
            cancelled = self._cancelled
            self._wake = False
        if self._closed:
            return
        finished_ids = {entry_id for entry_id, _document in results}
        started = [entry_id for entry_id in started if entry_id not in finished_ids]
        if started:
            self.jobsStarted.emit(started)
        if results:
            self.resultsReady.emit(results)
        if progress is not None:
            self.progressChanged.emit(progress)
        if cancelled is not None:
            self._running = False
            self._closed = True  # nothing follows the end
            self.finished.emit(int(cancelled))

    # -- control (GUI thread) ---------------------------------------------------------------
    def start(self) -> None:
        self._running = True
        self._runner.start()

    @property
    def running(self) -> bool:
        return self._running

    @property
    def paused(self) -> bool:
        return self._runner.paused

    @property
    def cancelled(self) -> bool:
        return self._runner.cancel_token.cancelled

    @property
    def cancel_token(self) -> CancelToken:
        """The token every job of this batch watches."""
        return self._runner.cancel_token

    def pause(self) -> None:
        self._runner.pause()

    def resume(self) -> None:
        self._runner.resume()

    def cancel(self) -> None:
        self._runner.cancel()

    def shutdown(self, timeout: float = 3.0) -> bool:
        """Cancel, wait a little for the running jobs, and go quiet; True when every thread ended."""
        self._runner.cancel()
        done = self._runner.wait(timeout)
        with self._lock:
            self._closed = True
        self._timer.stop()
        if not done:
            log.info("batch jobs still running at shutdown; their results are dropped")
            bury(self)  # a late wake-up must reach a living QObject (it is ignored there)
        return done
