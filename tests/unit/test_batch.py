"""BatchRunner: bounded concurrency, out-of-order results, pause/resume/cancel, failures kept."""

from __future__ import annotations

import threading
import time

from ocrdesk.batch import BatchRunner, Progress, format_duration
from ocrdesk.errors import ErrorKind, ProviderError
from ocrdesk.model import DocStatus, Document
from ocrdesk.providers.base import CancelToken


class Recorder:
    def __init__(self) -> None:
        self.results: dict[int, Document] = {}
        self.order: list[int] = []
        self.progress: list[Progress] = []
        self.finished = threading.Event()
        self.cancelled: bool | None = None
        self.active = 0
        self.peak = 0
        self.lock = threading.Lock()

    def on_result(self, job: int, document: Document) -> None:
        self.results[job] = document
        self.order.append(job)

    def on_finished(self, cancelled: bool) -> None:
        self.cancelled = cancelled
        self.finished.set()


def _runner(recorder: Recorder, jobs: list[int], work, concurrency: int) -> BatchRunner[int]:
    return BatchRunner(
        jobs,
        work,
        concurrency=concurrency,
        on_result=recorder.on_result,
        on_progress=recorder.progress.append,
        on_finished=recorder.on_finished,
    )


def _wait_until(condition, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.005)


def test_results_land_on_their_job_in_any_order_with_bounded_concurrency() -> None:
    recorder = Recorder()

    def work(job: int, cancel: CancelToken) -> Document:
        with recorder.lock:
            recorder.active += 1
            recorder.peak = max(recorder.peak, recorder.active)
        time.sleep(0.05 if job % 2 == 0 else 0.01)  # even jobs are slower: results come out of order
        with recorder.lock:
            recorder.active -= 1
        return Document(source=f"doc{job}", status=DocStatus.OK)

    runner = _runner(recorder, list(range(12)), work, concurrency=3)
    runner.start()
    assert recorder.finished.wait(10)
    assert recorder.cancelled is False
    assert {job: d.source for job, d in recorder.results.items()} == {j: f"doc{j}" for j in range(12)}
    assert recorder.order != sorted(recorder.order)
    assert recorder.peak == 3
    assert recorder.progress[-1].done == 12 and recorder.progress[-1].remaining_seconds == 0


def test_failures_become_error_documents_and_do_not_stop_the_batch() -> None:
    recorder = Recorder()

    def work(job: int, cancel: CancelToken) -> Document:
        if job == 1:
            raise ProviderError("Quota used up", "25", ErrorKind.QUOTA)
        if job == 2:
            raise RuntimeError("boom")
        return Document(source=str(job), status=DocStatus.OK)

    runner = _runner(recorder, [0, 1, 2, 3], work, concurrency=2)
    runner.start()
    assert recorder.finished.wait(5)
    assert recorder.results[1].status is DocStatus.ERROR and recorder.results[1].error.code == "25"
    assert "boom" in recorder.results[2].error.message
    assert recorder.results[3].status is DocStatus.OK
    assert recorder.progress[-1].failed == 2


def test_pause_stops_new_jobs_and_resume_continues() -> None:
    recorder = Recorder()
    gate = threading.Event()

    def work(job: int, cancel: CancelToken) -> Document:
        gate.wait(5)
        return Document(source=str(job), status=DocStatus.OK)

    runner = _runner(recorder, list(range(6)), work, concurrency=2)
    runner.start()
    runner.pause()
    gate.set()
    _wait_until(lambda: len(recorder.results) >= 1)
    time.sleep(0.2)  # give a (buggy) runner time to start more jobs while paused
    during_pause = len(recorder.results)
    assert during_pause <= 3 and runner.paused
    runner.resume()
    assert recorder.finished.wait(5)
    assert len(recorder.results) == 6


def test_cancel_stops_the_batch_and_reports_it() -> None:
    recorder = Recorder()

    def work(job: int, cancel: CancelToken) -> Document:
        if cancel.wait(5):
            cancel.raise_if_cancelled()
        return Document(source=str(job), status=DocStatus.OK)

    runner = _runner(recorder, list(range(20)), work, concurrency=2)
    runner.start()
    time.sleep(0.05)
    runner.cancel()
    assert recorder.finished.wait(5)
    assert recorder.cancelled is True
    assert recorder.results == {}


def test_progress_text() -> None:
    assert Progress(3, 10, 0, 3.0, 7.0).text == "3 of 10, about 7 s left"
    assert Progress(0, 10, 0, 0.0, None).text == "0 of 10"
    assert format_duration(125) == "2 min 05 s"
