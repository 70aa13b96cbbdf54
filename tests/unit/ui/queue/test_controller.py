"""The queue controller on its own (no MainWindow): where F5's outcomes land, and what is announced."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMainWindow

from ocrdesk.errors import ConfigError, ErrorKind, ProviderError
from ocrdesk.inputs import PageRef
from ocrdesk.model import DocStatus, Document, ErrorInfo
from ocrdesk.ui.actions.registry import build_actions
from ocrdesk.ui.messages import MessageBridge
from ocrdesk.ui.queue.controller import QueueController
from ocrdesk.ui.recognizer import Recognizer
from ocrdesk.ui.settings.store import SettingsStore
from ocrdesk.ui.state import AppState
from tests.e2e.conftest import make_image


@pytest.fixture
def queue(qtbot: Any) -> Iterator[QueueController]:
    parent = QMainWindow()
    qtbot.addWidget(parent)
    state, messages, recognizer = AppState(parent), MessageBridge(parent), Recognizer(parent)
    controller = QueueController(state, messages, recognizer, SettingsStore(), build_actions(parent), parent)
    recognizer.imageLoaded.connect(controller.on_image_loaded)  # the one wire these tests need (the window's job)
    state.documentChanged.connect(controller.on_document_changed)
    yield controller
    controller.shutdown()
    recognizer.shutdown()


def on_screen(qtbot: Any, queue: QueueController, tmp_path: Path) -> int:
    """Queue one page and wait until it is the page on screen; its entry id."""
    entry = queue.add_pages([(PageRef(make_image(tmp_path / "page.png")), None)], show_first=False)[0]
    with qtbot.waitSignal(queue.state.pageShown, timeout=10_000):
        queue.show_entry(entry.id)
    return entry.id


def test_apply_result_stores_shows_and_announces_once(qtbot: Any, queue: QueueController, tmp_path: Path) -> None:
    entry_id = on_screen(qtbot, queue, tmp_path)
    result = Document(source="page.png", status=DocStatus.ERROR, error=ErrorInfo("FailedOperation.ArrearsError", "x"))
    announced: list[int] = []
    queue.state.documentChanged.connect(announced.append)
    with qtbot.waitSignal(queue.state.documentReplaced) as replaced:
        queue.apply_result(entry_id, result)
    assert replaced.args == [result] and queue.state.document is result
    assert queue.workspace.get(entry_id).document is result
    assert announced == [entry_id]


def test_f5_with_a_vendor_error_keeps_the_vendor_code(qtbot: Any, queue: QueueController, tmp_path: Path) -> None:
    entry_id = on_screen(qtbot, queue, tmp_path)
    queue.on_recognition_started("lines")
    assert queue.workspace.get(entry_id).status == DocStatus.RECOGNISING
    queue.on_recognition_failed(ProviderError("Quota exhausted", "FailedOperation.ArrearsError", ErrorKind.QUOTA))
    document = queue.workspace.get(entry_id).document
    assert document.status == DocStatus.ERROR
    assert document.error == ErrorInfo("FailedOperation.ArrearsError", "Quota exhausted")


def test_f5_without_a_credential_leaves_the_page_pending(qtbot: Any, queue: QueueController, tmp_path: Path) -> None:
    entry_id = on_screen(qtbot, queue, tmp_path)
    queue.on_recognition_started("keyed")
    queue.on_recognition_failed(ConfigError("keyed: setting 'token' is missing"))
    entry = queue.workspace.get(entry_id)
    assert entry.status == DocStatus.PENDING and entry.document.error is None


def test_a_failed_re_recognition_keeps_the_earlier_result(qtbot: Any, queue: QueueController, tmp_path: Path) -> None:
    entry_id = on_screen(qtbot, queue, tmp_path)
    earlier = Document(source="page.png", status=DocStatus.OK)
    queue.apply_result(entry_id, earlier)
    queue.on_recognition_started("failing")
    queue.on_recognition_finished(Document(source="page.png", status=DocStatus.ERROR, error=ErrorInfo("x", "y")))
    assert queue.workspace.get(entry_id).document is earlier and earlier.status == DocStatus.OK


def test_results_in_bulk_keep_counts_without_recounting_the_queue(
    qtbot: Any, queue: QueueController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    image = make_image(tmp_path / "page.png")
    entries = queue.add_pages([(PageRef(image), f"{i}.png") for i in range(200)], show_first=False)
    failed = queue.add_failed("broken.pdf", ErrorInfo("pdf.damaged", "damaged"))
    scans: list[str] = []
    from ocrdesk.workspace import Workspace

    for name in ("__iter__", "counts", "documents", "to_recognise"):
        original = getattr(Workspace, name)
        monkeypatch.setattr(Workspace, name, lambda self, _o=original, _n=name: scans.append(_n) or _o(self))
    with queue.bulk():
        for entry in entries[:150]:
            queue.set_status(entry.id, DocStatus.RECOGNISING)
    results = [
        (entry.id, Document(source="x", status=DocStatus.ERROR if i % 10 == 0 else DocStatus.OK))
        for i, entry in enumerate(entries[:150])
    ]
    queue.apply_results(results)
    # the per-result work does not walk the queue: counts follow each row's change
    assert scans == []
    monkeypatch.undo()
    assert queue.model.counts() == queue.workspace.counts()
    assert queue.panel.summary.text() == "201 documents · 135 recognised · 16 errors"
    assert queue.actions.recognize_all.isEnabled()  # 50 still pending
    queue.model.remove(failed.id)
    queue.reopen(entries[0].id)
    assert queue.model.counts() == queue.workspace.counts()
    assert queue.panel.summary.text() == "200 documents · 135 recognised · 14 errors"  # the first was an error
