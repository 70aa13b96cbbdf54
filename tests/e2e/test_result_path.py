"""F5 and Recognise All end in the same place: the same failure leaves the same trace on a page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from ocrdesk.model import DocStatus, Document
from ocrdesk.ui.fields import table as table_module
from ocrdesk.ui.fields.table import VALUE
from ocrdesk.ui.main_window import MainWindow
from ocrdesk.ui.review import workflow as workflow_module
from tests.e2e.conftest import load, recognize
from tests.e2e.queue_helpers import (
    make_images,
    open_paths,
    queue_window,
    recognise_all,
    select_provider,
    statuses,
)

__all__ = ["queue_window"]  # a fixture

RECOGNIZE_ALL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_a_vendor_error_is_stored_alike_by_f5_and_recognise_all(
    qtbot: Any, queue_window: MainWindow, tmp_path: Path
) -> None:
    window = queue_window
    select_provider(window, "failing")  # raises ProviderError("…", "FailedOperation.ArrearsError")
    open_paths(qtbot, window, make_images(tmp_path / "pile", ["1.png", "2.png"]))
    with qtbot.waitSignal(window.controller.recognitionFinished, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_F5)  # page 1 by hand
    assert "Quota exhausted for this month" in window.message_text()
    recognise_all(qtbot, window)  # page 2 by the batch
    by_f5, by_batch = (entry.document for entry in window.documents.workspace)
    assert by_f5.status == by_batch.status == DocStatus.ERROR
    assert by_f5.error is not None and by_batch.error is not None
    assert by_f5.error.code == by_batch.error.code == "FailedOperation.ArrearsError"
    assert by_f5.error.message == by_batch.error.message == "Quota exhausted for this month"
    assert by_f5.provider == by_batch.provider == "failing"
    assert window.current_document is by_f5  # the page on screen shows what was stored


def test_a_missing_credential_leaves_pages_pending_for_f5_and_recognise_all(
    qtbot: Any, queue_window: MainWindow, tmp_path: Path
) -> None:
    window = queue_window
    select_provider(window, "keyed")  # its token is set nowhere: creating it raises ConfigError
    open_paths(qtbot, window, make_images(tmp_path / "pile", ["1.png", "2.png"]))
    with qtbot.waitSignal(window.controller.recognitionFailed, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert statuses(window) == ["pending", "pending"]
    assert "token" in window.message_text() and "Settings → Providers" in window.message_text()
    assert window.current_document is not None and window.current_document.error is None

    window.messages.clear()
    qtbot.keyClick(window, Qt.Key.Key_R, RECOGNIZE_ALL)
    qtbot.waitUntil(lambda: "token" in window.message_text(), timeout=10_000)
    qtbot.waitUntil(lambda: not window.documents.batch.running, timeout=10_000)
    assert statuses(window) == ["pending", "pending"]
    assert all(entry.document.error is None for entry in window.documents.workspace)


def test_validation_runs_once_per_change(
    qtbot: Any, window: MainWindow, image_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    real = table_module.validate_document

    def counting(document: Document) -> dict[str, list[str]]:
        calls.append(document.source)
        return real(document)

    for module in (table_module, workflow_module):
        monkeypatch.setattr(module, "validate_document", counting)
    load(qtbot, window, image_path)
    calls.clear()
    recognize(qtbot, window)
    assert len(calls) == 1  # one F5: one validation (the field model's), read by the summary too
    calls.clear()
    window.model.setData(window.model.index(0, VALUE), "corrected")
    assert len(calls) == 1  # one edit: one validation
