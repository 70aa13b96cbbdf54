"""`ocrdesk worker`: recognise queued documents with this machine's providers until stopped.

Delivery is at least once: a job's lease is renewed while it runs; if the process dies the lease runs out and
another worker takes the job over. Results are keyed by document and provider, so a job done twice stores one
result. Stopping (Ctrl+C, SIGTERM) takes no new job, lets the jobs in hand finish for `grace` seconds, then
cancels them and hands them back to the queue. A lost database connection is reported and retried.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field

import psycopg

from ocrdesk.doctypes import DocType
from ocrdesk.errors import Cancelled, ImageLoadError, OcrDeskError
from ocrdesk.model import DocStatus, Document, ErrorInfo
from ocrdesk.providers.base import CancelToken, Provider
from ocrdesk.recognition import recognize_image
from ocrdesk.team.db import TeamDbError, connect, reason
from ocrdesk.team.queue import (
    JOBS_CHANNEL,
    Connection,
    Job,
    hand_back_jobs,
    load_job_image,
    renew_jobs,
    status_counts,
    store_result,
)
from ocrdesk.team.queue import take_job as lease_job

log = logging.getLogger(__name__)

ProviderFactory = Callable[[str], Provider]


@dataclass
class WorkerStats:
    recognized: int = 0
    duplicates: int = 0  # finished but another worker's result was stored first
    handed_back: int = 0
    config_error: str | None = None  # a provider this machine cannot start: the worker stops
    held: dict[int, CancelToken] = field(default_factory=dict)


class Worker:
    def __init__(
        self,
        url: str,
        provider_factory: ProviderFactory,
        *,
        concurrency: int = 1,
        stale_after: float = 60.0,
        poll: float = 1.0,
        until_done: bool = False,
        report: Callable[[str], None] = print,
    ) -> None:
        self.url = url
        self.provider_factory = provider_factory
        self.concurrency = concurrency
        self.stale_after = stale_after
        self.poll = poll
        self.until_done = until_done
        self.report = report
        self.name = f"{socket.gethostname()}:{os.getpid()}"
        self.stopping = threading.Event()  # no new jobs
        self.stats = WorkerStats()
        self._lock = threading.Lock()
        self._providers: dict[str, Provider] = {}
        self._db_down = threading.Event()
        self._listening: weakref.WeakSet[Connection] = weakref.WeakSet()

    # -------------------------------------------------------------------------------------------- running
    def run(self, grace: float = 10.0, stop: threading.Event | None = None) -> WorkerStats:
        """Work until `stop` is set (or, with until_done, the queue is empty); then finish or hand back."""
        stop = stop or threading.Event()
        threads = [
            threading.Thread(target=self._loop, name=f"team-worker-{n}", daemon=True) for n in range(self.concurrency)
        ]
        renewer = threading.Thread(target=self._renew_loop, name="team-lease", daemon=True)
        for thread in [*threads, renewer]:
            thread.start()
        try:
            while not stop.wait(0.2) and not self.stopping.is_set():
                if not any(thread.is_alive() for thread in threads):
                    break
        finally:
            self.stopping.set()
            self._finish(threads, grace)
        return self.stats

    def _finish(self, threads: list[threading.Thread], grace: float) -> None:
        for thread in threads:
            thread.join(grace)
        with self._lock:
            unfinished = dict(self.stats.held)
        for token in unfinished.values():
            token.cancel()
        for thread in threads:
            thread.join(2.0)
        if unfinished:
            try:
                with connect(self.url) as connection:
                    hand_back_jobs(connection, unfinished, self.name)
                self.stats.handed_back += len(unfinished)
                self.report(f"handed back {len(unfinished)} unfinished document(s)")
            except (TeamDbError, psycopg.Error) as exc:
                # nothing lost: their leases run out and another worker takes them over
                self.report(f"could not hand back {len(unfinished)} document(s) ({exc}); they return after the lease")
        for provider in self._providers.values():
            provider.close()

    def _loop(self) -> None:
        connection: Connection | None = None
        while not self.stopping.is_set():
            try:
                if connection is None or connection.closed:
                    connection = connect(self.url)
                    if self._db_down.is_set():
                        self._db_down.clear()
                        self.report("team database reachable again")
                if not self._one_job(connection):
                    if self.until_done and self._queue_done(connection):
                        self.stopping.set()
                    else:
                        self._wait_for_work(connection)
            except (TeamDbError, psycopg.Error) as exc:
                if not self._db_down.is_set():
                    self._db_down.set()
                    lost = isinstance(exc, TeamDbError | psycopg.OperationalError | psycopg.InterfaceError)
                    what = "unreachable" if lost else "error"
                    self.report(f"team database {what}, retrying: {reason(exc, self.url)}")
                if connection is not None:
                    connection.close()
                connection = None
                self.stopping.wait(self.poll)
            except OcrDeskError as exc:  # a provider this machine cannot start (settings, engine)
                self.stats.config_error = exc.message
                self.stopping.set()
        if connection is not None:
            connection.close()

    def _wait_for_work(self, connection: Connection) -> None:
        """Sleep until `team add` notifies or `poll` seconds pass (a lease that runs out sends nothing)."""
        if connection not in self._listening:
            connection.execute(f"LISTEN {JOBS_CHANNEL}")
            connection.commit()
            self._listening.add(connection)
        for _notice in connection.notifies(timeout=self.poll, stop_after=1):
            pass

    def _queue_done(self, connection: Connection) -> bool:
        counts = status_counts(connection)
        return counts["queued"] == 0 and counts["recognizing"] == 0

    def _one_job(self, connection: Connection) -> bool:
        job = lease_job(connection, self.name, self.stale_after)
        if job is None:
            return False
        cancel = CancelToken()
        with self._lock:
            self.stats.held[job.id] = cancel
        try:
            document = self._recognize(connection, job, cancel)
        except Cancelled:
            return True  # stopping: _finish hands the job back
        except OcrDeskError:  # this machine cannot start the provider: another worker may
            with self._lock:
                self.stats.held.pop(job.id, None)
            hand_back_jobs(connection, [job.id], self.name)
            raise
        if store_result(connection, job, document, self.name):
            self.stats.recognized += 1
        else:
            self.stats.duplicates += 1
        with self._lock:
            self.stats.held.pop(job.id, None)
        return True

    def _recognize(self, connection: Connection, job: Job, cancel: CancelToken) -> Document:
        provider = self._provider(job.provider)
        try:
            image = load_job_image(connection, job)
            document, _recognition = recognize_image(provider, image, DocType(job.doc_type), cancel)
        except ImageLoadError as exc:
            return self._failure(job, ErrorInfo(exc.code, exc.message))
        except (Cancelled, psycopg.Error):
            raise
        except Exception as exc:
            # a bug, or a file that breaks a decoder: stored as this document's failure, so the job is not
            # taken over and retried for ever
            log.exception("document %d failed", job.id)
            return self._failure(job, ErrorInfo("internal", f"{type(exc).__name__}: {exc}"))
        document.source, document.page = job.source, job.page
        return document

    def _failure(self, job: Job, error: ErrorInfo) -> Document:
        return Document(
            source=job.source,
            page=job.page,
            provider=job.provider,
            doc_type=job.doc_type,
            status=DocStatus.ERROR,
            error=error,
        )

    def _provider(self, provider_id: str) -> Provider:
        with self._lock:
            provider = self._providers.get(provider_id)
            if provider is None:
                provider = self.provider_factory(provider_id)
                try:
                    provider.warm_up()
                except OcrDeskError:
                    provider.close()
                    raise
                self._providers[provider_id] = provider
            return provider

    def _renew_loop(self) -> None:
        """Renew the leases of the jobs in hand well before they run out (a third of --stale-after)."""
        connection: Connection | None = None
        while not self.stopping.wait(max(0.2, self.stale_after / 3)):
            with self._lock:
                held = list(self.stats.held)
            if not held:
                continue
            try:
                if connection is None or connection.closed:
                    connection = connect(self.url)
                renew_jobs(connection, held, self.name, self.stale_after)
            except (TeamDbError, psycopg.OperationalError):
                if connection is not None:
                    connection.close()
                connection = None
        if connection is not None:
            connection.close()
