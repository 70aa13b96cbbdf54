"""A thin Qt face on the core BatchRunner: its callbacks become signals queued to the GUI thread.

The work function runs in the runner's pool threads and must never touch a widget; it only loads
pixels and calls the provider. Everything the operator sees changes in slots on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal, SignalInstance

from ocrdesk.batch import BatchRunner
from ocrdesk.model import Document
from ocrdesk.providers.base import CancelToken
from ocrdesk.ui.tasks import bury

log = logging.getLogger(__name__)


class QtBatchRunner(QObject):
    """Runs `work(entry_id, cancel)` for each id; reports through queued signals.

    Signal payloads: ids are ints; `finished` carries 1 when the batch was cancelled (an int, not a
    bool: some PySide6 releases leak a reference to True on every emit).
    """

    jobStarted = Signal(int)
    jobFinished = Signal(int, object)  # entry id, Document
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
        # these run on worker threads: emitting a signal of a GUI-thread object queues the call
        self._runner: BatchRunner[int] = BatchRunner(
            list(entry_ids),
            work,
            concurrency=concurrency,
            on_started=lambda job: self._emit(self.jobStarted, job),
            on_result=lambda job, document: self._emit(self.jobFinished, job, document),
            on_progress=lambda progress: self._emit(self.progressChanged, progress),
            on_finished=self._on_finished,
            source_of=source_of,
        )

    def _emit(self, signal: SignalInstance, *args: object) -> None:
        if not self._closed:
            signal.emit(*args)

    def _on_finished(self, cancelled: bool) -> None:
        self._running = False
        self._emit(self.finished, int(cancelled))

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
        self._closed = True
        if not done:
            log.info("batch jobs still running at shutdown; their results are dropped")
            bury(self)  # a late emit must reach a living QObject (it is ignored there)
        return done
