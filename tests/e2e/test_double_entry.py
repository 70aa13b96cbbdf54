"""Blind double entry driven by keyboard: the ID number is hidden and keyed blind; a typing that
differs from the reading asks for a second one, which decides; the confirm records double_entry;
the keystroke budget of a 6-field card holds (typing apart)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from ocrdesk.doctypes import DocType
from ocrdesk.imaging import SourceImage
from ocrdesk.model import DocStatus, Field, ReviewMethod
from ocrdesk.preferences import DOUBLE_ENTRY
from ocrdesk.providers.base import CancelToken, Provider, Recognition
from ocrdesk.ui.fields.table import VALUE
from ocrdesk.ui.main_window import MainWindow
from tests.e2e.conftest import DialogRecorder, load, new_window, recognize
from tests.e2e.review_helpers import BAD_ID, GOOD_ID, ID_CARD, REGISTRY, KeyCounter, band, choose, row_of, write_image

ctrl = Qt.KeyboardModifier.ControlModifier
CLEAN_CARD = tuple((key, label, GOOD_ID if key == "id_number" else value, 0.99) for key, label, value, _ in ID_CARD)


class CleanCardProvider(Provider):
    """ID card fronts read right, every field confident."""

    id = "cleancards"
    name = "Clean ID card OCR"
    doc_types = (DocType.IDCARD_FRONT,)

    def recognize(self, image: SourceImage, doc_type: DocType, cancel: CancelToken | None = None) -> Recognition:
        return Recognition(
            [
                Field(key, label, value, confidence, band(i, len(CLEAN_CARD), image.width, image.height))
                for i, (key, label, value, confidence) in enumerate(CLEAN_CARD)
            ]
        )


@pytest.fixture
def window(qtbot: Any, ui_registry: dict[str, str], message_boxes: DialogRecorder) -> MainWindow:
    ui_registry.update(REGISTRY)
    ui_registry["cleancards"] = f"{__name__}:CleanCardProvider"
    window = new_window(qtbot)
    window.settings.set(DOUBLE_ENTRY, True)
    return window


def _card(qtbot: Any, window: MainWindow, tmp_path: Path, provider: str) -> MainWindow:
    choose(window, provider, "idcard_front")
    load(qtbot, window, write_image(tmp_path / "card.png"))
    recognize(qtbot, window)
    return window


def _shown(window: MainWindow, key: str, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> Any:
    return window.model.data(window.model.index(row_of(window, key), VALUE), role)


def test_the_id_number_is_hidden_typed_twice_when_it_differs_and_recorded(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    card = _card(qtbot, window, tmp_path, "idcards")
    document = card.current_document
    assert card.review.current_row() == row_of(card, "id_number")  # review starts on the blind field
    assert BAD_ID not in str(_shown(card, "id_number"))
    assert _shown(card, "id_number", Qt.ItemDataRole.EditRole) == ""
    assert BAD_ID not in str(_shown(card, "id_number", Qt.ItemDataRole.ToolTipRole))
    assert _shown(card, "name") == "张三"  # other fields show as usual

    keys = KeyCounter(qtbot)
    keys.type(GOOD_ID)
    keys.press(Qt.Key.Key_Return)  # differs from the reading: a second typing decides
    item = next(f for f in document.fields if f.key == "id_number")
    assert item.value == BAD_ID and BAD_ID not in str(_shown(card, "id_number"))
    keys.type(GOOD_ID)
    keys.press(Qt.Key.Key_Return)
    assert (item.value, item.ocr_value, item.edited) == (GOOD_ID, BAD_ID, True)
    assert _shown(card, "id_number") == GOOD_ID
    keys.press(Qt.Key.Key_Return, ctrl)

    assert document.status == DocStatus.REVIEWED
    assert document.review is not None and document.review.method == ReviewMethod.DOUBLE_ENTRY
    assert document.review.seconds is not None and document.review.seconds >= 0
    assert keys.keys == ["Key_Return", "Key_Return", "ControlModifier+Key_Return"]
    assert len(keys.keys) <= 6 and keys.typed == 2 * len(GOOD_ID)


def test_a_card_with_nothing_wrong_needs_one_blind_typing(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    card = _card(qtbot, window, tmp_path, "cleancards")
    document = card.current_document
    assert card.review.current_row() == row_of(card, "id_number")
    keys = KeyCounter(qtbot)
    keys.type(GOOD_ID.lower())  # a lower-case x is the same number
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Return, ctrl)
    assert document.status == DocStatus.REVIEWED
    assert document.review is not None and document.review.method == ReviewMethod.DOUBLE_ENTRY
    assert not any(f.edited for f in document.fields)
    assert len(keys.keys) == 2 <= 6 and keys.typed == len(GOOD_ID)


def test_confirming_without_the_blind_typing_asks_twice_and_records_operator(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    card = _card(qtbot, window, tmp_path, "cleancards")
    document = card.current_document
    qtbot.keyClick(card.table, Qt.Key.Key_Return, ctrl)
    assert document.status == DocStatus.OK  # the blind field is still to be typed
    qtbot.keyClick(card.table, Qt.Key.Key_Return, ctrl)
    assert document.status == DocStatus.REVIEWED
    assert document.review is not None and document.review.method == ReviewMethod.OPERATOR
    qtbot.keyClick(card.table, Qt.Key.Key_Z, ctrl)  # undo takes the record back with the confirm
    assert document.status == DocStatus.OK and document.review is None
