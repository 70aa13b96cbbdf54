"""Recognise all: progress, pause/resume/cancel, results out of order, error rows, batch export."""

from __future__ import annotations

import csv
import gc
import io
import json
import sys
import threading
from pathlib import Path
from typing import Any, ClassVar

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from ocrdesk.doctypes import DocType
from ocrdesk.errors import Cancelled
from ocrdesk.imaging import SourceImage
from ocrdesk.model import DocStatus
from ocrdesk.providers.base import CancelToken, Recognition
from ocrdesk.ui.main_window import MainWindow
from ocrdesk.ui.queue.batch import BATCH_SWITCH_INTERVAL
from tests.e2e.queue_helpers import (
    GatedProvider,
    NamedProvider,
    make_images,
    names,
    open_paths,
    queue_window,
    recognise_all,
    select_provider,
    statuses,
)
from tests.fake_providers import LinesProvider

__all__ = ["queue_window"]


def test_recognise_all_runs_every_pending_document(qtbot: Any, queue_window: MainWindow, tmp_path: Path) -> None:
    window = queue_window
    make_images(tmp_path / "q", ["1.png", "2.png", "3.png"])
    open_paths(qtbot, window, [tmp_path / "q"])
    with qtbot.waitSignal(window.documents.batch.started, timeout=10_000) as started:
        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert started.args == [3]
    assert window.documents.batch.status.isVisible()
    with qtbot.waitSignal(window.documents.batch.finished, timeout=10_000) as finished:
        pass
    assert finished.args == [0]
    assert statuses(window) == ["ok", "ok", "ok"]
    assert not window.documents.batch.status.isVisible()
    assert window.documents.batch.status.label.text().startswith("3 of 3")
    assert "Recognised 3 documents" in window.statusBar().currentMessage()
    assert window.documents.panel.summary.text() == "3 documents · 3 recognised"
    # the page on screen got its result in place
    assert window.model.rowCount() == 3 and len(window.view.box_items()) == 3
    assert window.current_document is window.documents.workspace.at(0).document
    assert not window.documents.actions.recognize_all.isEnabled()  # nothing pending any more


def test_results_out_of_order_land_on_their_documents(qtbot: Any, queue_window: MainWindow, tmp_path: Path) -> None:
    window = queue_window
    select_provider(window, "named")
    files = [f"{i}.png" for i in range(1, 7)]
    make_images(tmp_path / "q", files)
    # the first pages take longest: with four at a time they finish last
    NamedProvider.delays = {name: 0.05 * (6 - i) for i, name in enumerate(files)}
    open_paths(qtbot, window, [tmp_path / "q"])
    recognise_all(qtbot, window)
    assert NamedProvider.finished != files  # really out of order
    assert sorted(NamedProvider.finished) == sorted(files)
    assert len(NamedProvider.threads) > 1  # several at a time
    for entry in window.documents.workspace:
        assert entry.document.fields[0].value == entry.name  # each result on its own page
        assert entry.field_count == 2 and entry.lowest_confidence == pytest.approx(0.5)
    assert names(window) == files  # the queue order never changes


def test_pause_resume_and_cancel(qtbot: Any, queue_window: MainWindow, tmp_path: Path) -> None:
    window = queue_window
    batch = window.documents.batch
    select_provider(window, "gated")
    make_images(tmp_path / "q", ["1.png", "2.png", "3.png", "4.png"])
    open_paths(qtbot, window, [tmp_path / "q"])
    with qtbot.waitSignal(batch.started, timeout=10_000):
        window.documents.actions.recognize_all.trigger()
    qtbot.waitUntil(lambda: GatedProvider.started == ["1.png"] and statuses(window)[0] == "recognising")
    assert statuses(window) == ["recognising", "pending", "pending", "pending"]
    assert gc.get_freeze_count() > 0  # the collector skips what existed before the batch
    assert sys.getswitchinterval() == pytest.approx(BATCH_SWITCH_INTERVAL)  # the GUI thread gets the GIL sooner

    batch.status.pause_button.click()  # the running page finishes; nothing new starts
    assert batch.paused and batch.status.pause_button.text() == "Resume"
    GatedProvider.gate.set()
    qtbot.waitUntil(lambda: statuses(window)[0] == "ok")
    qtbot.waitUntil(lambda: batch.status.label.text().startswith("Paused · 1 of 4"))  # drawn 4× a second
    qtbot.wait(100)  # a paused batch stays paused
    assert GatedProvider.started == ["1.png"]

    GatedProvider.gate.clear()
    batch.status.pause_button.click()  # resume
    assert not batch.paused
    qtbot.waitUntil(lambda: GatedProvider.started == ["1.png", "2.png"])
    # the operator keeps reviewing meanwhile: another page, then the finished one again
    for index in (2, 0):
        with qtbot.waitSignal(window.state.pageShown, timeout=10_000):
            window.documents.show_entry(window.documents.workspace.at(index).id)
    assert window.model.rowCount() == 3 and window.current_document.status == DocStatus.OK

    with qtbot.waitSignal(batch.finished, timeout=10_000) as finished:
        batch.status.cancel_button.click()
    assert finished.args == [1]
    assert statuses(window) == ["ok", "pending", "pending", "pending"]  # the cancelled page is pending again
    assert gc.get_freeze_count() == 0 and sys.getswitchinterval() == pytest.approx(0.005)
    assert "Cancelled: 1 of 4" in window.statusBar().currentMessage()
    assert window.documents.actions.recognize_all.isEnabled()


def test_bad_files_in_a_folder_never_stop_the_batch(
    qtbot: Any, queue_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = queue_window
    folder = tmp_path / "pile"
    make_images(folder, ["1.png", "4.png"])
    (folder / "2.png").write_bytes(b"")  # zero bytes
    (folder / "3.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")  # corrupt
    (folder / "5.txt").write_text("not an image")  # skipped
    # no thumbnails: the batch itself meets the bad files (they are not known to be bad beforehand)
    monkeypatch.setattr(type(window.documents), "request_thumbnail", lambda *_args: None)
    open_paths(qtbot, window, [folder])
    assert names(window) == ["1.png", "2.png", "3.jpg", "4.png"]
    assert "skipped 1 file" in window.message_text()
    assert statuses(window) == ["pending"] * 4
    recognise_all(qtbot, window)
    assert statuses(window) == ["ok", "error", "error", "ok"]
    errors = {e.name: e.document.error for e in window.documents.workspace if e.document.error}
    assert errors["2.png"].message == "2.png: file is empty"
    assert errors["3.jpg"].code == "image.corrupt" or "3.jpg" in errors["3.jpg"].message
    assert window.documents.workspace.at(1).document.source == str(folder / "2.png")
    assert window.documents.panel.summary.text() == "4 documents · 2 recognised · 2 errors"
    # PgDn passes over the pages that cannot be shown
    with qtbot.waitSignal(window.state.pageShown, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.current_document.display_name == "4.png"


def test_thumbnails_find_bad_files_before_the_batch(qtbot: Any, queue_window: MainWindow, tmp_path: Path) -> None:
    window = queue_window
    make_images(tmp_path / "pile", ["1.png"])
    (tmp_path / "pile" / "2.png").write_bytes(b"")
    open_paths(qtbot, window, [tmp_path / "pile"])
    qtbot.waitUntil(lambda: window.documents.workspace.at(1).status == DocStatus.ERROR, timeout=10_000)
    assert "file is empty" in window.documents.workspace.at(1).document.error.message
    recognise_all(qtbot, window)
    assert statuses(window) == ["ok", "error"]


def test_a_missing_credential_stops_the_batch_before_any_page(
    qtbot: Any, queue_window: MainWindow, tmp_path: Path
) -> None:
    window = queue_window
    select_provider(window, "keyed")
    make_images(tmp_path / "q", ["1.png", "2.png"])
    open_paths(qtbot, window, [tmp_path / "q"])
    window.documents.batch.recognize_all()
    qtbot.waitUntil(lambda: "Cannot recognise the documents" in window.message_text(), timeout=10_000)
    assert "token" in window.message_text()
    assert statuses(window) == ["pending", "pending"]
    assert not window.documents.batch.running


def test_f5_on_one_document_while_the_batch_waits(qtbot: Any, queue_window: MainWindow, tmp_path: Path) -> None:
    window = queue_window
    make_images(tmp_path / "q", ["1.png", "2.png"])
    open_paths(qtbot, window, [tmp_path / "q"])
    with qtbot.waitSignal(window.controller.recognitionFinished, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    first = window.documents.workspace.at(0)
    assert first.status == DocStatus.OK and first.document is window.current_document
    assert window.documents.workspace.to_recognise() == [window.documents.workspace.at(1)]
    recognise_all(qtbot, window)
    assert statuses(window) == ["ok", "ok"]
    assert first.document is window.current_document  # the batch left the F5 result alone


def _export_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(target), "")))


def test_batch_export_read_back(
    qtbot: Any, queue_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = queue_window
    folder = tmp_path / "pile"
    make_images(folder, ["1.png", "10.png", "2.png"])
    (folder / "3.png").write_bytes(b"\x89PNG\r\n\x1a\nbroken")
    open_paths(qtbot, window, [folder])
    recognise_all(qtbot, window)
    window.current_document.fields[0].value = "姓名 李四"  # a correction is exported too
    order = ["1.png", "2.png", "3.png", "10.png"]

    _export_to(monkeypatch, tmp_path / "out" / "batch.json")
    (tmp_path / "out").mkdir()
    with qtbot.waitSignal(window.documents.batch.exported, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    data = json.loads((tmp_path / "out" / "batch.json").read_text(encoding="utf-8"))
    assert [Path(d["source"]).name for d in data["documents"]] == order
    assert [d["status"] for d in data["documents"]] == ["ok", "ok", "error", "ok"]
    assert data["documents"][2]["error"]["message"].startswith("3.png")
    assert data["documents"][0]["fields"][0]["value"] == "姓名 李四"
    assert "Exported 4 documents" in window.statusBar().currentMessage()

    _export_to(monkeypatch, tmp_path / "out" / "batch.xlsx")
    with qtbot.waitSignal(window.documents.batch.exported, timeout=10_000):
        window.documents.actions.export_all.trigger()
    sheet = openpyxl.load_workbook(tmp_path / "out" / "batch.xlsx")["Fields"]
    header = [cell.value for cell in sheet[1]]
    rows = [dict(zip(header, (c.value for c in row), strict=False)) for row in sheet.iter_rows(min_row=2)]
    assert [Path(r["source"]).name for r in rows if r["key"] in ("line_1", None)] == order
    broken = next(r for r in rows if Path(r["source"]).name == "3.png")
    assert broken["status"] == "error" and broken["error"].startswith("3.png")

    _export_to(monkeypatch, tmp_path / "out" / "batch.csv")
    with qtbot.waitSignal(window.documents.batch.exported, timeout=10_000):
        window.documents.actions.export_all.trigger()
    raw = (tmp_path / "out" / "batch.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # utf-8-sig: Excel on a Chinese Windows reads it as UTF-8
    table = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert table[0]["value"] == "姓名 李四"
    assert [Path(r["source"]).name for r in table if r["key"] in ("line_1", "")] == order


def test_closing_the_window_during_a_batch_never_hangs(qtbot: Any, queue_window: MainWindow, tmp_path: Path) -> None:
    window = queue_window
    select_provider(window, "gated")
    make_images(tmp_path / "q", ["1.png", "2.png", "3.png"])
    open_paths(qtbot, window, [tmp_path / "q"])
    with qtbot.waitSignal(window.documents.batch.started, timeout=10_000):
        window.documents.batch.recognize_all()
    qtbot.waitUntil(lambda: GatedProvider.started == ["1.png"])
    safety = threading.Timer(60, GatedProvider.gate.set)  # a close that waited would end here, and fail below
    safety.start()
    window.close()  # the running page is cancelled; nothing waits for the gate
    safety.cancel()
    assert not GatedProvider.gate.is_set()  # closed without the page's gate ever opening
    assert not window.isVisible()
    assert GatedProvider.started == ["1.png"]


class StubbornProvider(LinesProvider):
    """Two at a time. On screen (F5) a page waits until it is cancelled; in the batch, a page cannot be
    interrupted (like an engine call) and runs until F5's recognition was told to stop, or 3 s pass."""

    id = "stubborn"
    name = "Stubborn OCR"
    max_concurrency: ClassVar[int] = 2
    f5_token: ClassVar[CancelToken | None] = None
    batch_running: ClassVar[threading.Event] = threading.Event()
    f5_stopped_first: ClassVar[list[bool]] = []

    def recognize(self, image: SourceImage, doc_type: DocType, cancel: CancelToken | None = None) -> Recognition:
        token = cancel or CancelToken()
        if Path(image.source).name == "1.png":
            type(self).f5_token = token
            token.wait(30)
            raise Cancelled()
        type(self).batch_running.set()
        f5 = type(self).f5_token
        stopped = f5 is not None and f5.wait(3)
        type(self).f5_stopped_first.append(stopped)
        return super().recognize(image, doc_type, cancel)


def test_closing_the_window_cancels_every_worker_at_once(
    qtbot: Any, queue_window: MainWindow, ui_registry: dict[str, str], tmp_path: Path
) -> None:
    ui_registry["stubborn"] = f"{__name__}:StubbornProvider"
    StubbornProvider.f5_token, StubbornProvider.f5_stopped_first = None, []
    StubbornProvider.batch_running = threading.Event()
    window = queue_window
    window.picker.populate()
    select_provider(window, "stubborn")
    make_images(tmp_path / "q", ["1.png", "2.png"])
    open_paths(qtbot, window, [tmp_path / "q"])
    qtbot.keyClick(window, Qt.Key.Key_F5)  # 1.png, on screen
    qtbot.waitUntil(lambda: StubbornProvider.f5_token is not None)
    with qtbot.waitSignal(window.documents.batch.started, timeout=10_000):
        window.documents.actions.recognize_all.trigger()  # 2.png
    qtbot.waitUntil(StubbornProvider.batch_running.is_set)
    batch_token = window.documents.batch.runner.cancel_token
    window.close()
    assert not window.isVisible()
    f5_token = StubbornProvider.f5_token
    assert f5_token is not None and f5_token.cancelled and batch_token.cancelled
    # F5's recognition was told to stop while the batch's page was still running, not after it
    assert StubbornProvider.f5_stopped_first == [True]
