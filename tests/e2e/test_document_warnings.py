"""A photocopied ID card in the window: the warning on its list row and above the page, Confirm asks to
accept it anyway with a reason, and the reason is exported; a quality warning only informs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit, QPushButton

from ocrdesk import doc_warnings, preferences
from ocrdesk.doc_warnings import WarningCode
from ocrdesk.doctypes import DocType
from ocrdesk.imaging import SourceImage
from ocrdesk.model import DocStatus
from ocrdesk.providers.base import CancelToken, Recognition
from ocrdesk.ui.main_window import MainWindow
from ocrdesk.ui.queue.list_view import DETAIL_ROLE
from ocrdesk.ui.review.accept_dialog import AcceptAnywayDialog
from tests.e2e.conftest import drop_files, new_window
from tests.e2e.review_helpers import GOOD_ID, REGISTRY, IdCardProvider, choose, write_image

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
ctrl = Qt.KeyboardModifier.ControlModifier


class WarningIdCardProvider(IdCardProvider):
    """The review helpers' ID card (its ID number corrected to a valid one), said to be a photocopy with glare."""

    id = "warned"
    name = "Warned ID card OCR"
    codes: tuple[WarningCode, ...] = (WarningCode.COPY, WarningCode.GLARE)

    def recognize(self, image: SourceImage, doc_type: DocType, cancel: CancelToken | None = None) -> Recognition:
        recognition = super().recognize(image, doc_type, cancel)
        for item in recognition.fields:
            if item.key == "id_number":
                item.ocr_value = item.value = GOOD_ID
        recognition.document_warnings = [doc_warnings.make(code, f"-91{i:02d}") for i, code in enumerate(self.codes)]
        return recognition


class BlurredIdCardProvider(WarningIdCardProvider):
    id = "blurred"
    name = "Blurred ID card OCR"
    codes = (WarningCode.BLURRED,)


@pytest.fixture
def window(qtbot: Any, ui_registry: dict[str, str], message_boxes: Any, tmp_path: Path) -> MainWindow:
    ui_registry.update(REGISTRY)
    ui_registry["warned"] = f"{__name__}:WarningIdCardProvider"
    ui_registry["blurred"] = f"{__name__}:BlurredIdCardProvider"
    return new_window(qtbot)


def _recognize(qtbot: Any, window: MainWindow, provider: str, tmp_path: Path) -> None:
    choose(window, provider, "idcard_front")
    with qtbot.waitSignal(window.controller.imageLoaded, timeout=10_000):
        drop_files(window, [write_image(tmp_path / "card.png")])
    with qtbot.waitSignal(window.controller.recognitionFinished, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_F5)


def _answer_accept_dialog(qtbot: Any, reason: str | None) -> list[str]:
    """Type `reason` into the accept-anyway dialog and press Enter (None: press Escape), like the operator."""
    seen: list[str] = []

    def act(tries: int = 300) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AcceptAnywayDialog):
            if tries:
                QTimer.singleShot(10, lambda: act(tries - 1))
            return
        warnings = dialog.findChild(QLabel, "acceptWarnings")
        seen.append(warnings.text() if warnings is not None else "")
        field = dialog.findChild(QLineEdit, "acceptReason")
        button = dialog.findChild(QPushButton, "acceptAnywayButton")
        seen.append(f"enabled before typing: {button.isEnabled()}")
        if reason is None:
            qtbot.keyClick(field, Qt.Key.Key_Escape)
            return
        qtbot.keyClicks(field, reason)
        seen.append(f"enabled after typing: {button.isEnabled()}")
        qtbot.keyClick(field, Qt.Key.Key_Return)

    QTimer.singleShot(0, act)
    return seen


def _back_to(qtbot: Any, window: MainWindow) -> None:
    """The window active again after a dialog closed (offscreen Qt does not hand activation back)."""
    window.activateWindow()
    window.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_a_copy_is_shown_blocks_confirm_and_is_accepted_with_a_reason_that_is_exported(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: Any
) -> None:
    _recognize(qtbot, window, "warned", tmp_path)
    document = window.current_document
    assert document is not None and [w.code for w in document.warnings] == ["copy", "glare"]
    # the list row and the strip above the page say so
    row = window.documents.model.index(0)
    assert row.data(DETAIL_ROLE).startswith("⚠ The picture is a photocopy, not the original; Glare over the card")
    strip = window.page.warnings
    assert strip.isVisible() and "photocopy" in strip.text()

    # Ctrl+Enter, then Escape in the dialog: not confirmed
    seen = _answer_accept_dialog(qtbot, None)
    qtbot.keyClick(window.table, Qt.Key.Key_Return, ctrl)
    assert seen and "photocopy" in seen[0] and seen[1] == "enabled before typing: False"
    assert document.status == DocStatus.OK and document.acceptance is None

    # Ctrl+Enter, a reason typed, Enter: confirmed, the reason kept
    _back_to(qtbot, window)
    seen = _answer_accept_dialog(qtbot, "original seen at the counter")
    qtbot.keyClick(window.table, Qt.Key.Key_Return, ctrl)
    assert seen[-1] == "enabled after typing: True"
    qtbot.waitUntil(lambda: document.status == DocStatus.REVIEWED)
    assert document.acceptance is not None
    assert (document.acceptance.reason, document.acceptance.codes) == ("original seen at the counter", ("copy",))
    assert "accepted anyway: original seen at the counter" in strip.text()

    # undo takes the confirm and the acceptance back together
    _back_to(qtbot, window)
    qtbot.keyClick(window.table, Qt.Key.Key_Z, ctrl)
    assert document.status == DocStatus.OK and document.acceptance is None
    qtbot.keyClick(window.table, Qt.Key.Key_Z, ctrl | Qt.KeyboardModifier.ShiftModifier)
    assert document.status == DocStatus.REVIEWED and document.acceptance is not None

    target = tmp_path / "card.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), "")))
    window._actions.export.trigger()
    from openpyxl import load_workbook

    sheet = load_workbook(target)["Documents"]
    row_values = dict(zip([c.value for c in sheet[1]], [c.value for c in sheet[2]], strict=True))
    assert row_values["status"] == "reviewed"
    assert row_values["warnings"].startswith("copy: The picture is a photocopy, not the original / 图片为复印件")
    assert row_values["acceptance"].startswith("original seen at the counter (accepted: copy; ")


def test_a_quality_warning_informs_but_does_not_block(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    _recognize(qtbot, window, "blurred", tmp_path)
    document = window.current_document
    assert document is not None and window.page.warnings.text() == "The picture is blurred"
    qtbot.keyClick(window.table, Qt.Key.Key_Return, ctrl)  # no dialog: a modal one would hang here
    qtbot.waitUntil(lambda: document.status == DocStatus.REVIEWED)
    assert document.acceptance is None


def test_which_warnings_block_is_a_preference(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    every = preferences.BLOCKING_WARNINGS.choices[2]  # "Every warning, quality ones too"
    assert "blurred" in every.split(",")
    window.review.settings.blocking_warnings = every
    _recognize(qtbot, window, "blurred", tmp_path)
    document = window.current_document
    assert document is not None
    seen = _answer_accept_dialog(qtbot, "good enough to read")
    qtbot.keyClick(window.table, Qt.Key.Key_Return, ctrl)
    assert seen and "blurred" in seen[0]
    qtbot.waitUntil(lambda: document.status == DocStatus.REVIEWED)
    assert document.acceptance is not None and document.acceptance.codes == ("blurred",)
    window.review.settings.blocking_warnings = ",".join(sorted(doc_warnings.DEFAULT_BLOCKING))
    json.dumps(document.to_dict())  # the acceptance serialises


def test_recognise_all_keeps_every_documents_warnings_and_the_session_saves_them(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    from tests.e2e.queue_helpers import make_images, open_paths, recognise_all

    choose(window, "warned", "idcard_front")
    make_images(tmp_path / "q", ["1.png", "2.png"])
    open_paths(qtbot, window, [tmp_path / "q"])
    recognise_all(qtbot, window)
    documents = [entry.document for entry in window.documents.workspace.entries]
    assert [[w.code for w in d.warnings] for d in documents] == [["copy", "glare"], ["copy", "glare"]]
    details = [window.documents.model.index(row).data(DETAIL_ROLE) for row in range(2)]
    assert all(detail.startswith("⚠ The picture is a photocopy") for detail in details)
    autosave = window.review.autosave
    qtbot.waitUntil(lambda: not autosave.pending and autosave.path.is_file(), timeout=10_000)
    saved = json.loads(autosave.path.read_text(encoding="utf-8"))
    assert [[w["code"] for w in d["warnings"]] for d in saved["documents"]] == [["copy", "glare"], ["copy", "glare"]]
