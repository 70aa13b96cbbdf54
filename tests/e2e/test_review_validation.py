"""Every validator shows in the window: a mark and a tint on the row, the problems in its tooltip
and on its box, a count in the fields summary; fixed values clear them. Dates can be shown
normalised (YYYY-MM-DD) while the raw value is kept."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QFileDialog, QMenu

from ocrdesk.doctypes import DocType
from ocrdesk.ui import style
from ocrdesk.ui.actions.registry import find_action
from ocrdesk.ui.fields.table import LABEL
from ocrdesk.ui.main_window import MainWindow
from ocrdesk.ui.review.box_editing import EditableBoxItem
from tests.e2e.conftest import DialogRecorder, load, new_window, recognize
from tests.e2e.review_helpers import (
    GOOD_ID,
    REGISTRY,
    VALIDATOR_CASES,
    choose,
    row_of,
    value_index,
    write_image,
)

Role = Qt.ItemDataRole


@pytest.fixture
def window(qtbot: Any, ui_registry: dict[str, str], message_boxes: DialogRecorder) -> MainWindow:
    ui_registry.update(REGISTRY)
    return new_window(qtbot)


@pytest.mark.parametrize("doc_type", list(VALIDATOR_CASES), ids=lambda t: t.value)
def test_every_validator_is_visible_and_clears_when_fixed(
    qtbot: Any, window: MainWindow, tmp_path: Path, doc_type: DocType
) -> None:
    key, _label, wrong, words, good = VALIDATOR_CASES[doc_type]
    choose(window, "validators", doc_type.value)
    load(qtbot, window, write_image(tmp_path / "doc.png"))
    recognize(qtbot, window)
    model, row = window.model, row_of(window, key)
    index = value_index(window, row)
    assert model.field(row).value == wrong

    assert words in index.data(Role.ToolTipRole)
    assert index.data(Role.DecorationRole) is not None  # the warning mark
    tint = model.index(row, LABEL).data(Role.BackgroundRole)
    assert isinstance(tint, QBrush) and tint.color() == style.INVALID_ROW
    assert "invalid" in index.data(Role.AccessibleDescriptionRole)
    assert model.index(0, LABEL).data(Role.BackgroundRole) is None  # the plain field beside it
    box = window.view.box_item(row)
    assert isinstance(box, EditableBoxItem) and any(words in p for p in box.problems)
    assert words in box.toolTip()
    assert "1 problem" in window.fields.summary.text()
    assert words in window.fields.summary.toolTip()
    assert current_row(window) == row  # review starts on it

    assert model.setData(index, good)  # as an Enter-committed edit does
    assert index.data(Role.ToolTipRole).count("⚠") == 0
    assert model.index(row, LABEL).data(Role.BackgroundRole) is None
    assert box.problems == [] and words not in box.toolTip()
    assert "problem" not in window.fields.summary.text()


def current_row(window: MainWindow) -> int:
    return window.table.currentIndex().row()


def test_the_id_number_is_checked_against_birth_date_and_sex(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    choose(window, "idcards", "idcard_front")
    load(qtbot, window, write_image(tmp_path / "card.png"))
    recognize(qtbot, window)
    model = window.model
    model.setData(value_index(window, row_of(window, "id_number")), GOOD_ID)
    assert model.problems == {}
    model.setData(value_index(window, row_of(window, "sex")), "女")
    model.setData(value_index(window, row_of(window, "birth_date")), "1991年3月7日")
    assert set(model.problems) == {"sex", "birth_date"}
    assert "2 problems" in window.fields.summary.text()
    for key in ("sex", "birth_date"):
        assert "ID number" in value_index(window, row_of(window, key)).data(Role.ToolTipRole)
    assert "X" not in GOOD_ID  # (the X check digit itself is covered by tests/unit/test_validation.py)


def test_dates_shown_normalised_keep_the_raw_value_and_the_choice_is_remembered(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose(window, "idcards", "idcard_front")
    load(qtbot, window, write_image(tmp_path / "card.png"))
    recognize(qtbot, window)
    index = value_index(window, row_of(window, "birth_date"))
    assert index.data() == "1990年3月7日"
    action = window.review.actions.normalise_dates
    assert action in _menu_actions(window, "view")
    action.trigger()
    assert index.data() == "1990-03-07"
    assert index.data(Role.EditRole) == "1990年3月7日"  # what the editor and the exports get
    assert "Shown as 1990-03-07" in index.data(Role.ToolTipRole)
    assert value_index(window, row_of(window, "name")).data() == "张三"  # not a date: unchanged
    target = tmp_path / "out.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), "")))
    find_action(window, "export").trigger()
    fields = json.loads(target.read_text(encoding="utf-8"))["documents"][0]["fields"]
    assert next(f for f in fields if f["key"] == "birth_date")["value"] == "1990年3月7日"
    window.close()

    second = new_window(qtbot)
    assert second.review.actions.normalise_dates.isChecked()
    assert second.model.normalise_dates


def _menu_actions(window: MainWindow, menu_id: str) -> list[Any]:
    menu = window.menuBar().findChild(QMenu, f"{menu_id}Menu")
    return menu.actions() if menu is not None else []
