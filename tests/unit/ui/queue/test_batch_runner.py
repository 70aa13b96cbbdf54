"""QtBatchRunner: what the pool reports reaches the GUI thread in batches, in order, then the end."""

from __future__ import annotations

import threading
from typing import Any

from ocrdesk.errors import Cancelled
from ocrdesk.model import DocStatus, Document
from ocrdesk.providers.base import CancelToken
from ocrdesk.ui.queue.batch_runner import QtBatchRunner


def _page(entry_id: int, _cancel: CancelToken) -> Document:
    return Document(source=f"{entry_id}.png", status=DocStatus.OK)


def test_results_finished_while_the_gui_was_busy_arrive_as_one_list(qtbot: Any) -> None:
    runner = QtBatchRunner(range(1, 51), _page, concurrency=4)
    seen: list[tuple[str, object]] = []
    runner.jobsStarted.connect(lambda ids: seen.append(("started", ids)))
    runner.resultsReady.connect(lambda results: seen.append(("results", results)))
    runner.progressChanged.connect(lambda progress: seen.append(("progress", progress)))
    runner.finished.connect(lambda cancelled: seen.append(("finished", cancelled)))
    runner.start()
    assert runner._runner.wait(10)  # the GUI thread is busy until the whole pool is done
    with qtbot.waitSignal(runner.finished, timeout=5000):
        pass
    kinds = [kind for kind, _payload in seen]
    assert kinds == ["results", "progress", "finished"]  # pages finished with their start: never shown running
    results = seen[0][1]
    assert isinstance(results, list) and sorted(entry_id for entry_id, _doc in results) == list(range(1, 51))
    assert all(document.source == f"{entry_id}.png" for entry_id, document in results)
    assert seen[1][1].done == 50 and seen[2][1] == 0


def test_running_pages_are_reported_before_their_results(qtbot: Any) -> None:
    gate = threading.Event()

    def work(entry_id: int, cancel: CancelToken) -> Document:
        while not gate.wait(0.01):
            if cancel.cancelled:
                raise Cancelled()
        return _page(entry_id, cancel)

    runner = QtBatchRunner([7, 8], work, concurrency=2)
    started: list[int] = []
    results: list[int] = []
    runner.jobsStarted.connect(started.extend)
    runner.resultsReady.connect(lambda items: results.extend(entry_id for entry_id, _doc in items))
    runner.start()
    qtbot.waitUntil(lambda: sorted(started) == [7, 8], timeout=5000)
    assert results == []
    gate.set()
    with qtbot.waitSignal(runner.finished, timeout=5000) as finished:
        pass
    assert sorted(results) == [7, 8] and finished.args == [0]


def test_shutdown_cancels_the_token_and_goes_quiet(qtbot: Any) -> None:
    gate = threading.Event()

    def work(entry_id: int, cancel: CancelToken) -> Document:
        gate.set()
        cancel.wait(5)
        cancel.raise_if_cancelled()
        return _page(entry_id, cancel)

    runner = QtBatchRunner([1, 2, 3], work)
    reported: list[object] = []
    for signal in (runner.jobsStarted, runner.resultsReady, runner.progressChanged, runner.finished):
        signal.connect(reported.append)
    runner.start()
    assert gate.wait(5)
    assert runner.shutdown(5)
    assert runner.cancel_token.cancelled
    before = len(reported)
    qtbot.wait(150)  # longer than a drain: nothing is reported after shutdown
    assert len(reported) == before
    assert not any(isinstance(item, int) for item in reported)  # no end either: the window is gone
