"""Recognising many pages: a bounded pool, pause/resume/cancel, results in any order, progress.

Qt-free: the GUI wraps the callbacks in signals, the CLI prints them. Callbacks run on worker
threads; they must be quick and must not touch widgets.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Generic, TypeVar

from ocrdesk.errors import Cancelled, OcrDeskError
from ocrdesk.i18n import QT_TRANSLATE_NOOP, Text
from ocrdesk.model import DocStatus, Document, ErrorInfo
from ocrdesk.providers.base import CancelToken

JobId = TypeVar("JobId")
log = logging.getLogger(__name__)


def failed_document(source: str, exc: Exception) -> Document:
    """The error row a page gets when its recognition raised: the error's own code (a vendor's
    code such as `FailedOperation.ArrearsError` survives), or `internal` for a bug."""
    if isinstance(exc, OcrDeskError):
        error = ErrorInfo(exc.code, exc.message)
    else:
        error = ErrorInfo("internal", f"internal error: {type(exc).__name__}: {exc}")
    return Document(source=source, status=DocStatus.ERROR, error=error)


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    failed: int
    elapsed: float
    remaining_seconds: float | None  # None until one job has finished

    @property
    def text(self) -> str:
        """ "12 of 200, about 1 min 05 s left": English as a str (the CLI), in the UI's language when shown."""
        if self.remaining_seconds is None:
            return Text("Batch", QT_TRANSLATE_NOOP("Batch", "{done} of {total}"), done=self.done, total=self.total)
        template = QT_TRANSLATE_NOOP("Batch", "{done} of {total}, about {left} left")
        return Text("Batch", template, done=self.done, total=self.total, left=format_duration(self.remaining_seconds))


def format_duration(seconds: float) -> str:
    whole = max(0, round(seconds))
    if whole >= 60:
        template = QT_TRANSLATE_NOOP("Batch", "{minutes} min {seconds} s")
        return Text("Batch", template, minutes=whole // 60, seconds=f"{whole % 60:02d}")
    return Text("Batch", QT_TRANSLATE_NOOP("Batch", "{seconds} s"), seconds=whole)


class BatchRunner(Generic[JobId]):
    """Runs `work(job_id, cancel) -> Document` for every job, `concurrency` at a time."""

    def __init__(
        self,
        jobs: Sequence[JobId],
        work: Callable[[JobId, CancelToken], Document],
        *,
        concurrency: int = 1,
        on_started: Callable[[JobId], None] | None = None,
        on_result: Callable[[JobId, Document], None] | None = None,
        on_progress: Callable[[Progress], None] | None = None,
        on_finished: Callable[[bool], None] | None = None,
        source_of: Callable[[JobId], str] = str,
    ) -> None:
        self._jobs = list(jobs)
        self._source_of = source_of
        self._work = work
        self._concurrency = max(1, concurrency)
        self._on_started = on_started
        self._on_result = on_result
        self._on_progress = on_progress
        self._on_finished = on_finished
        self.cancel_token = CancelToken()
        self._running = threading.Event()
        self._running.set()
        self._lock = threading.Lock()
        self._done = 0
        self._failed = 0
        self._started_at = 0.0
        self._thread: threading.Thread | None = None

    # --- control, from any thread ---
    def start(self) -> None:
        self._started_at = time.monotonic()
        self._thread = threading.Thread(target=self._run, name="ocrdesk-batch", daemon=True)
        self._thread.start()

    def pause(self) -> None:
        """Jobs already running finish; no new job starts until resume()."""
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    def cancel(self) -> None:
        self.cancel_token.cancel()
        self._running.set()  # wake paused feeders so they can stop

    def wait(self, timeout: float | None = None) -> bool:
        if self._thread is not None:
            self._thread.join(timeout)
            return not self._thread.is_alive()
        return True

    # --- the pool ---
    def _run(self) -> None:
        slots = threading.Semaphore(self._concurrency)
        with ThreadPoolExecutor(max_workers=self._concurrency, thread_name_prefix="ocrdesk-job") as pool:
            for job in self._jobs:
                self._running.wait()
                if self.cancel_token.cancelled:
                    break
                slots.acquire()
                # re-check: pause/cancel may have come while all slots were busy
                self._running.wait()
                if self.cancel_token.cancelled:
                    slots.release()
                    break
                pool.submit(self._one, job, slots)
        if self._on_finished:
            self._on_finished(self.cancel_token.cancelled)

    def _one(self, job: JobId, slots: threading.Semaphore) -> None:
        try:
            if self.cancel_token.cancelled:
                return
            if self._on_started:
                self._on_started(job)
            try:
                document = self._work(job, self.cancel_token)
            except Cancelled:
                return
            except Exception as exc:  # a bug in one job must not stop the batch
                if not isinstance(exc, OcrDeskError):
                    log.exception("job %s failed", self._source_of(job))
                document = failed_document(self._source_of(job), exc)
            with self._lock:
                self._done += 1
                self._failed += document.status is DocStatus.ERROR
                progress = self._progress()
            if self._on_result:
                self._on_result(job, document)
            if self._on_progress:
                self._on_progress(progress)
        finally:
            slots.release()

    def _progress(self) -> Progress:
        elapsed = time.monotonic() - self._started_at
        total = len(self._jobs)
        remaining = None
        if self._done:
            # throughput so far already reflects concurrency and rate limits
            remaining = elapsed / self._done * (total - self._done)
        return Progress(self._done, total, self._failed, elapsed, remaining)
