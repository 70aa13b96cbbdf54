"""The main window driven like an operator: drop, F5, click, type, export, cancel."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from ocrdesk.model import DocStatus
from ocrdesk.ui.actions.registry import find_action
from ocrdesk.ui.fields.table import CONFIDENCE, LABEL, VALUE
from ocrdesk.ui.main_window import MainWindow
from tests.e2e.conftest import drop_files, load, make_image, recognize, select_provider
from tests.fake_providers import LINES, line_box


def test_dropping_an_image_loads_it(qtbot: Any, window: MainWindow, image_path: Path) -> None:
    with qtbot.waitSignal(window.controller.imageLoaded, timeout=10_000):
        entered, dropped = drop_files(window, [image_path])
    assert entered and dropped
    item = window.view.pixmap_item
    assert item is not None
    assert (item.pixmap().width(), item.pixmap().height()) == (640, 480)
    assert window.windowTitle().startswith("scan.png")
    assert find_action(window, "recognize").isEnabled()
    assert not find_action(window, "export").isEnabled()  # nothing recognised yet
    assert window.model.rowCount() == 0


def test_drag_without_files_is_refused(window: MainWindow) -> None:
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QDragEnterEvent

    mime = QMimeData()
    mime.setText("just text")
    event = QDragEnterEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, event)
    assert not event.isAccepted()


def test_f5_recognises_and_draws_boxes(qtbot: Any, window: MainWindow, image_path: Path) -> None:
    load(qtbot, window, image_path)
    recognize(qtbot, window)
    assert window.model.rowCount() == len(LINES)
    boxes = window.view.box_items()
    assert len(boxes) == len(LINES)
    for row, box in enumerate(boxes):
        expected = line_box(row, 640, 480)
        rect = box.rect()
        assert (rect.left(), rect.top(), rect.width(), rect.height()) == (
            expected.left,
            expected.top,
            expected.width,
            expected.height,
        )
        assert box.pos() == QPointF(0, 0)
    assert window.model.index(0, VALUE).data() == "姓名 张三"
    assert window.model.index(2, CONFIDENCE).data() == "55 %"
    assert window.model.index(2, LABEL).data(Qt.ItemDataRole.BackgroundRole) is not None  # low confidence
    assert window.model.index(0, LABEL).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "Recognised 3 fields" in window.statusBar().currentMessage()
    assert find_action(window, "export").isEnabled()
    assert not window.status.progress.isVisible()


def test_clicking_a_row_selects_its_box_and_back(qtbot: Any, window: MainWindow, image_path: Path) -> None:
    load(qtbot, window, image_path)
    recognize(qtbot, window)
    table, view = window.table, window.view

    rect = table.visualRect(window.model.index(1, LABEL))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.box_item(1).isSelected()
    assert not view.box_item(0).isSelected()

    box = view.box_item(2)
    point = view.mapFromScene(box.sceneBoundingRect().center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert box.isSelected()
    assert table.selected_row() == 2
    assert not view.box_item(1).isSelected()

    # a click on the page outside any box clears both
    blank = view.mapFromScene(QPointF(5, 5))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=blank)
    assert view.selected_row() == -1
    assert table.selected_row() == -1


def test_editing_a_value_with_the_keyboard(qtbot: Any, window: MainWindow, image_path: Path) -> None:
    load(qtbot, window, image_path)
    recognize(qtbot, window)
    table, model = window.table, window.model
    index = model.index(2, VALUE)
    table.setCurrentIndex(index)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.indexWidget(index)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "Lyon")
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    field = model.field(2)
    qtbot.waitUntil(lambda: field.value == "Lyon")  # the delegate commits on Return, queued
    assert table.indexWidget(index) is None  # editor closed
    assert field.value == "Lyon"
    assert field.ocr_value == "Paris"
    assert field.edited
    assert index.data(Qt.ItemDataRole.FontRole).bold()
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "OCR read: Paris" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert "edited" in window.view.box_item(2).toolTip()
    assert window.isWindowModified()
    assert "1 edited" in window.fields.summary.text()
    # unedited rows stay plain
    assert model.index(1, VALUE).data(Qt.ItemDataRole.FontRole) is None


def _export_to(monkeypatch: pytest.MonkeyPatch, target: Path, chosen: str = "") -> list[tuple[Any, ...]]:
    calls: list[tuple[Any, ...]] = []

    def fake_dialog(*args: Any, **kwargs: Any) -> tuple[str, str]:
        calls.append(args)
        return str(target), chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    return calls


def test_export_json_and_excel(
    qtbot: Any, window: MainWindow, image_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load(qtbot, window, image_path)
    recognize(qtbot, window)
    assert window.model.setData(window.model.index(1, VALUE), "Total 24.00")
    assert window.isWindowModified()

    target = tmp_path / "out" / "result.json"
    target.parent.mkdir()
    calls = _export_to(monkeypatch, target)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert calls and calls[0][2].endswith("scan.json")  # default name from the source
    data = json.loads(target.read_text(encoding="utf-8"))
    fields = data["documents"][0]["fields"]
    assert [f["ocr_value"] for f in fields] == [text for text, _ in LINES]
    assert fields[1]["value"] == "Total 24.00"
    assert fields[1]["ocr_value"] == "Total 42.00"
    assert fields[1]["edited"] is True
    assert fields[0]["edited"] is False
    assert fields[0]["box"] == line_box(0, 640, 480).to_dict()
    assert str(target) in window.statusBar().currentMessage()
    assert not window.isWindowModified()

    workbook_path = tmp_path / "out" / "result"  # no suffix: taken from the chosen filter
    calls = _export_to(monkeypatch, workbook_path, "Excel workbook (*.xlsx)")
    find_action(window, "export").trigger()
    assert Path(calls[0][2]).parent == target.parent  # remembers the last export folder
    workbook = openpyxl.load_workbook(tmp_path / "out" / "result.xlsx")
    sheet = workbook["Fields"]
    header = [cell.value for cell in sheet[1]]
    rows = [dict(zip(header, (cell.value for cell in row), strict=False)) for row in sheet.iter_rows(min_row=2)]
    edited = next(row for row in rows if row["key"] == "line_2")
    assert edited["value"] == "Total 24.00"
    assert edited["ocr_value"] == "Total 42.00"


def test_export_failure_is_shown(
    qtbot: Any, window: MainWindow, image_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load(qtbot, window, image_path)
    recognize(qtbot, window)
    _export_to(monkeypatch, tmp_path / "missing-folder" / "x.json")
    find_action(window, "export").trigger()
    assert "Export failed" in window.message_text()


def test_escape_cancels_a_slow_recognition(qtbot: Any, window: MainWindow, image_path: Path) -> None:
    select_provider(window, "slow")
    load(qtbot, window, image_path)
    with qtbot.waitSignal(window.controller.recognitionStarted):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert find_action(window, "cancel").isEnabled()
    assert not find_action(window, "recognize").isEnabled()
    assert window.status.progress.isVisible()
    with qtbot.waitSignal(window.controller.recognitionCancelled):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.statusBar().currentMessage() == "Cancelled"
    assert find_action(window, "recognize").isEnabled()
    assert not find_action(window, "cancel").isEnabled()
    assert not window.status.progress.isVisible()
    qtbot.waitUntil(lambda: window.controller.runner.active_count == 0)
    assert window.model.rowCount() == 0
    assert window.view.box_items() == []


def test_a_corrupt_file_shows_a_message_and_keeps_the_page(
    qtbot: Any, window: MainWindow, image_path: Path, tmp_path: Path
) -> None:
    load(qtbot, window, image_path)
    recognize(qtbot, window)
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\nthis is not really a png")
    with qtbot.waitSignal(window.controller.imageFailed):
        drop_files(window, [bad])
    assert "bad.png" in window.message_text()
    assert "Traceback" not in window.message_text()
    assert window.page.banner_box.isVisible()
    assert window.view.pixmap_item is not None
    assert window.model.rowCount() == len(LINES)
    assert window.windowTitle().startswith("scan.png")


def test_a_failing_provider_shows_its_message(qtbot: Any, window: MainWindow, image_path: Path) -> None:
    select_provider(window, "failing")
    load(qtbot, window, image_path)
    with qtbot.waitSignal(window.controller.recognitionFinished):  # a vendor's error is a result too
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert "Quota exhausted for this month" in window.message_text()
    assert find_action(window, "recognize").isEnabled()
    assert window.model.rowCount() == 0


def test_a_missing_credential_is_explained(qtbot: Any, window: MainWindow, image_path: Path) -> None:
    select_provider(window, "keyed")
    load(qtbot, window, image_path)
    with qtbot.waitSignal(window.controller.recognitionFailed):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert "token" in window.message_text()
    assert "Settings → Providers" in window.message_text()


def test_zoom_keys_and_fit(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    load(qtbot, window, make_image(tmp_path / "big.png", (2400, 1800)))
    view = window.view
    fitted = view.zoom
    assert view.fitted and fitted < 1
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == pytest.approx(fitted * 1.25)
    assert not view.fitted
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == pytest.approx(fitted / 1.25)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == pytest.approx(1.0)
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.fitted
    assert view.zoom == pytest.approx(fitted)
    assert window.status.zoom.text() == f"{fitted:.0%}"

    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(view.viewport().mapToGlobal(centre.toPoint())),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom == pytest.approx(fitted * 1.25)


def test_provider_combo_offers_only_its_document_types(window: MainWindow) -> None:
    combo, types = window.provider_combo, window.doc_type_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["lines", "slow", "failing", "cards", "keyed"]
    assert combo.currentText() == "Fake OCR"
    assert [types.itemData(i) for i in range(types.count())] == ["general", "handwriting"]
    assert types.itemText(0) == "General text — 通用文字"

    select_provider(window, "cards")
    assert [types.itemData(i) for i in range(types.count())] == ["idcard_front", "idcard_back", "bank_card"]
    assert types.itemText(1) == "ID card (back) — 身份证国徽面"
    types.setCurrentIndex(2)
    assert window.settings.provider == "cards"
    assert window.settings.doc_type("cards") == "bank_card"

    select_provider(window, "lines")
    assert [types.itemData(i) for i in range(types.count())] == ["general", "handwriting"]
    select_provider(window, "cards")
    assert window.doc_type == "bank_card"  # remembered per provider


def test_provider_and_layout_persist_across_windows(qtbot: Any, window: MainWindow) -> None:
    from tests.e2e.conftest import new_window

    select_provider(window, "cards")
    window.resize(780, 560)  # the offscreen screen is 800×600; restoreGeometry keeps windows on it
    window.splitter.setSizes([430, 350])
    sizes = window.splitter.sizes()
    window.close()

    second = new_window(qtbot)
    assert (second.width(), second.height()) == (780, 560)
    assert second.splitter.sizes() == sizes
    assert second.provider_id == "cards"
    assert (second.settings.path.parent / "ui.ini").is_file()


def test_default_size_without_settings(window: MainWindow) -> None:
    # 1280×800, shrunk to the screen's free area (the offscreen screen is 800×800)
    free = window.screen().availableGeometry()
    expected = (min(1280, free.width() - 40), min(800, free.height() - 60))
    assert (window.width(), window.height()) == expected


def test_open_dialog_remembers_the_folder(
    qtbot: Any, window: MainWindow, image_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    starts: list[str] = []

    def fake_open(_parent: Any, _title: str, start: str, _filters: str) -> tuple[list[str], str]:
        starts.append(start)
        return [str(image_path)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(fake_open))  # several files at once
    with qtbot.waitSignal(window.controller.imageLoaded):
        qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(window.controller.imageLoaded):
        find_action(window, "open").trigger()
    assert starts[1] == str(image_path.parent)
    assert window.settings.last_open_dir == str(image_path.parent)


def test_open_sample(qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ocrdesk.paths.resources_dir", lambda: tmp_path / "resources")
    find_action(window, "open_sample").trigger()
    assert "sample document is missing" in window.message_text()

    (tmp_path / "resources" / "samples").mkdir(parents=True)
    make_image(tmp_path / "resources" / "samples" / "sample_document.png")
    with qtbot.waitSignal(window.controller.imageLoaded):
        find_action(window, "open_sample").trigger()
    assert window.message_text() == ""


def test_reopening_with_unexported_edits_asks_first(
    qtbot: Any, window: MainWindow, image_path: Path, message_boxes: Any
) -> None:
    load(qtbot, window, image_path)
    recognize(qtbot, window)
    window.model.setData(window.model.index(0, VALUE), "edited")
    from PySide6.QtWidgets import QMessageBox

    message_boxes.answer = QMessageBox.StandardButton.Cancel
    drop_files(window, [image_path])
    assert message_boxes.calls and message_boxes.calls[-1][0] == "question"
    assert not window.controller.loading  # the operator kept the edits
    assert window.model.field(0).value == "edited"
    message_boxes.answer = QMessageBox.StandardButton.Discard


def test_recognition_replaces_the_pending_document(qtbot: Any, window: MainWindow, image_path: Path) -> None:
    load(qtbot, window, image_path)
    assert window.fields.summary.text() == "Not recognised yet"
    recognize(qtbot, window)
    document = window.model.document
    assert document is not None
    assert document.status == DocStatus.OK
    assert document.provider == "lines"
    assert document.source == str(image_path)
    assert window.fields.summary.text() == "3 fields · 1 low confidence"


def test_providers_dialog_saves_rebuild_the_provider(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Signal
    from PySide6.QtWidgets import QDialog

    from ocrdesk.ui.settings import providers_dialog
    from tests.fake_providers import LinesProvider

    class SavingDialog(QDialog):
        saved = Signal(list)

        def exec(self) -> int:
            self.saved.emit(["lines"])
            return 1

    monkeypatch.setattr(providers_dialog, "ProviderSettingsDialog", SavingDialog)
    qtbot.waitUntil(lambda: window.status.engine.text().endswith("ready"))
    warmed = LinesProvider.warmed_up
    with qtbot.waitSignal(window.controller.warmUpFinished):
        find_action(window, "providers").trigger()  # settings changed: the provider is built and warmed again
    assert LinesProvider.warmed_up == warmed + 1
    assert window.provider_id == "lines"
