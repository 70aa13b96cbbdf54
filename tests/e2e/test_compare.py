"""Compare with another engine (issue 15), by keyboard: Ctrl+K reads the page with a second
provider off the GUI thread; the field the two read otherwise shows both values and needs a look;
Alt+2 takes the second engine's value, Alt+1 keeps the first; the confirm names the second engine."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox

from ocrdesk.doctypes import DocType
from ocrdesk.imaging import SourceImage
from ocrdesk.model import DocStatus, Field
from ocrdesk.providers.base import CancelToken, Provider, Recognition
from ocrdesk.ui.fields.table import VALUE
from ocrdesk.ui.main_window import MainWindow
from tests.e2e.conftest import DialogRecorder, load, new_window, recognize
from tests.e2e.review_helpers import BAD_ID, GOOD_ID, ID_CARD, REGISTRY, band, choose, row_of, write_image

ctrl, alt = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen, a dialog


class SecondProvider(Provider):
    """Reads the ID card right: only the ID number differs from the first engine's reading."""

    id = "second"
    name = "Second OCR"
    doc_types = (DocType.IDCARD_FRONT,)

    def recognize(self, image: SourceImage, doc_type: DocType, cancel: CancelToken | None = None) -> Recognition:
        return Recognition(
            [
                Field(key, label, GOOD_ID if key == "id_number" else value, 0.9, band(i, 6, image.width, image.height))
                for i, (key, label, value, _) in enumerate(ID_CARD)
            ]
        )


@pytest.fixture
def card(qtbot: Any, ui_registry: dict[str, str], message_boxes: DialogRecorder, tmp_path: Path) -> MainWindow:
    ui_registry.update(REGISTRY)
    ui_registry["second"] = f"{__name__}:SecondProvider"
    window = new_window(qtbot)
    choose(window, "idcards", "idcard_front")
    load(qtbot, window, write_image(tmp_path / "card.png"))
    recognize(qtbot, window)
    return window


def _compare(qtbot: Any, window: MainWindow) -> None:
    offered: list[str] = []

    def choose_second() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None and dialog.objectName() == "compareDialog"
        combo = dialog.findChild(QComboBox, "compareProvider")
        offered.extend(str(combo.itemData(i)) for i in range(combo.count()))
        combo.setCurrentIndex(combo.findData("second"))
        qtbot.keyClick(combo, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose_second)
    with qtbot.waitSignal(window.review.second.compared, timeout=10_000):
        qtbot.keyClick(window.table, Qt.Key.Key_K, ctrl)
    assert "second" in offered and "idcards" not in offered  # not the engine that read it
    window.activateWindow()  # the offscreen platform gives the window back no focus after a dialog
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: window.table.hasFocus())


def _shown(window: MainWindow, key: str, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> Any:
    return window.model.data(window.model.index(row_of(window, key), VALUE), role)


def test_disagreement_shows_both_values_and_alt2_takes_the_second(qtbot: Any, card: MainWindow) -> None:
    document = card.current_document
    _compare(qtbot, card)
    number = next(f for f in document.fields if f.key == "id_number")
    assert number.agreement is not None and not number.agreement.agrees
    assert _shown(card, "id_number") == f"{BAD_ID}  ≠  {GOOD_ID}"
    assert any("Second OCR read" in p for p in card.model.problems["id_number"])
    assert "read the same" in _shown(card, "name", Qt.ItemDataRole.ToolTipRole)
    assert card.review.current_row() == row_of(card, "id_number")

    qtbot.keyClick(card.table, Qt.Key.Key_2, alt)
    assert (number.value, number.edited) == (GOOD_ID, True)
    assert _shown(card, "id_number") == GOOD_ID and "id_number" not in card.model.problems
    qtbot.keyClick(card.table, Qt.Key.Key_Return, ctrl)
    assert document.status == DocStatus.REVIEWED
    assert document.review is not None and document.review.second_provider == "second"
    qtbot.keyClick(card.table, Qt.Key.Key_Z, ctrl)  # the confirm
    qtbot.keyClick(card.table, Qt.Key.Key_Z, ctrl)  # the value taken
    assert number.value == BAD_ID


def test_alt1_keeps_the_first_engines_value(qtbot: Any, card: MainWindow) -> None:
    _compare(qtbot, card)
    number = next(f for f in card.current_document.fields if f.key == "id_number")
    qtbot.keyClick(card.table, Qt.Key.Key_1, alt)
    assert number.value == BAD_ID and not number.edited
    assert _shown(card, "id_number") == BAD_ID
    assert not any("Second OCR" in p for p in card.model.problems.get("id_number", []))
