"""The provider and document-type combos on their own, with the real registry's classes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from ocrdesk.doctypes import DocType
from ocrdesk.ui.settings.pickers import ProviderPicker
from ocrdesk.ui.settings.store import SettingsStore


@pytest.fixture
def parent(qtbot: Any) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _picker(parent: QWidget, tmp_path: Path) -> ProviderPicker:
    picker = ProviderPicker(SettingsStore(tmp_path / "ui.ini"), parent)
    picker.populate()
    return picker


def _types(picker: ProviderPicker) -> list[str]:
    combo = picker.doc_type_combo
    return [combo.itemData(i) for i in range(combo.count())]


def test_detect_automatically_only_for_providers_that_decide_the_type(parent: QWidget, tmp_path: Path) -> None:
    picker = _picker(parent, tmp_path)
    combo = picker.provider_combo
    combo.setCurrentIndex(combo.findData("local"))
    assert DocType.AUTO.value in _types(picker)
    auto = picker.doc_type_combo.findData(DocType.AUTO.value)
    assert picker.doc_type_combo.itemText(auto) == "Detect automatically — 自动识别"
    picker.doc_type_combo.setCurrentIndex(auto)
    assert picker.doc_type == "auto"
    combo.setCurrentIndex(combo.findData("tencent-legacy"))
    assert DocType.AUTO.value not in _types(picker)
    combo.setCurrentIndex(combo.findData("local"))
    assert picker.doc_type == "auto"  # remembered per provider


def test_no_provider_selected_leaves_the_type_list_empty(parent: QWidget, tmp_path: Path) -> None:
    picker = _picker(parent, tmp_path)
    picker.provider_combo.setCurrentIndex(-1)
    assert picker.provider_id is None
    assert _types(picker) == []


def test_type_combo_keeps_its_width_and_shows_long_labels_whole(parent: QWidget, tmp_path: Path) -> None:
    picker = _picker(parent, tmp_path)
    combo, types = picker.provider_combo, picker.doc_type_combo
    combo.setCurrentIndex(combo.findData("tencent-legacy"))
    width_few = types.sizeHint().width()
    combo.setCurrentIndex(combo.findData("local"))
    assert types.sizeHint().width() == width_few  # a longer list does not widen the toolbar
    longest = max(types.fontMetrics().horizontalAdvance(types.itemText(i)) for i in range(types.count()))
    assert types.view().minimumWidth() >= longest  # the popup shows every label whole
    types.setCurrentIndex(types.findData(DocType.AUTO.value))
    assert "Detect automatically — 自动识别" in types.toolTip()
