"""Clean documents confirm themselves (issue 15): with auto-confirm on, Recognise All leaves clean
cards `reviewed` by rule (review.method auto), PgDn and Ctrl+Enter pass them by, and the operator's
keys go only to the card that needs a look; a sampling rate sends clean cards to an operator."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from ocrdesk.doctypes import DocType
from ocrdesk.imaging import SourceImage
from ocrdesk.model import DocStatus, Field, ReviewMethod
from ocrdesk.preferences import AUTO_CONFIRM, AUTO_CONFIRM_SAMPLE
from ocrdesk.providers.base import CancelToken, Provider, Recognition
from ocrdesk.ui.main_window import MainWindow
from tests.e2e.conftest import DialogRecorder, new_window
from tests.e2e.queue_helpers import make_images, open_paths, page_name, recognise_all, statuses, wait_idle
from tests.e2e.review_helpers import BAD_ID, GOOD_ID, ID_CARD, KeyCounter, band, choose

ctrl = Qt.KeyboardModifier.ControlModifier


class CardsProvider(Provider):
    """Every ID card read right and confidently, except a page whose name says "bad"."""

    id = "cards"
    name = "Cards OCR"
    doc_types = (DocType.IDCARD_FRONT,)

    def recognize(self, image: SourceImage, doc_type: DocType, cancel: CancelToken | None = None) -> Recognition:
        bad = "bad" in page_name(image)
        values = [(k, label, (BAD_ID if bad else GOOD_ID) if k == "id_number" else v) for k, label, v, _ in ID_CARD]
        return Recognition(
            [
                Field(key, label, value, 0.99, band(i, len(values), image.width, image.height))
                for i, (key, label, value) in enumerate(values)
            ]
        )


@pytest.fixture
def window(qtbot: Any, ui_registry: dict[str, str], message_boxes: DialogRecorder) -> MainWindow:
    ui_registry["cards"] = f"{__name__}:CardsProvider"
    window = new_window(qtbot)
    window.settings.set(AUTO_CONFIRM, True)
    return window


def test_clean_cards_confirm_themselves_and_review_goes_to_the_one_left(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    window.settings.set(AUTO_CONFIRM_SAMPLE, 0)
    choose(window, "cards", "idcard_front")
    make_images(tmp_path / "q", ["1.png", "2.png", "3_bad.png", "4.png"])
    open_paths(qtbot, window, [tmp_path / "q"])
    recognise_all(qtbot, window)
    assert statuses(window) == ["reviewed", "reviewed", "ok", "reviewed"]
    documents = [entry.document for entry in window.documents.workspace]
    assert [d.review.method if d.review else None for d in documents] == [
        ReviewMethod.AUTO,
        ReviewMethod.AUTO,
        None,
        ReviewMethod.AUTO,
    ]

    window.table.setFocus()
    keys = KeyCounter(qtbot)
    keys.press(Qt.Key.Key_PageDown)  # past 2.png, confirmed by rule
    qtbot.waitUntil(lambda: window.current_document is documents[2] and window.model.rowCount() == 6)
    wait_idle(qtbot, window)
    keys.press(Qt.Key.Key_PageDown)  # 4.png too: this is the last one to look at
    wait_idle(qtbot, window)
    assert window.current_document is documents[2]
    assert "last document" in window.statusBar().currentMessage()
    keys.type(GOOD_ID)
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Return, ctrl)
    assert documents[2].status == DocStatus.REVIEWED
    assert documents[2].review is not None and documents[2].review.method == ReviewMethod.OPERATOR
    assert not documents[2].review.sampled
    assert len(keys.keys) == 4 and keys.typed == len(GOOD_ID)


def test_sampled_cards_stay_for_an_operator_and_say_so(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    window.settings.set(AUTO_CONFIRM_SAMPLE, 100)
    choose(window, "cards", "idcard_front")
    make_images(tmp_path / "q", ["1.png", "2.png"])
    open_paths(qtbot, window, [tmp_path / "q"])
    recognise_all(qtbot, window)
    assert statuses(window) == ["ok", "ok"]
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return, ctrl)
    first = window.documents.workspace.at(0).document
    assert first.status == DocStatus.REVIEWED
    assert first.review is not None and first.review.sampled and first.review.method == ReviewMethod.OPERATOR


def test_off_by_default(qtbot: Any, ui_registry: dict[str, str], message_boxes: DialogRecorder, tmp_path: Path) -> None:
    ui_registry["cards"] = f"{__name__}:CardsProvider"
    window = new_window(qtbot)
    choose(window, "cards", "idcard_front")
    make_images(tmp_path / "q", ["1.png"])
    open_paths(qtbot, window, [tmp_path / "q"])
    recognise_all(qtbot, window)
    assert statuses(window) == ["ok"]
