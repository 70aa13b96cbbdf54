"""Named fields in the window: a photographed ID card read by the real offline engine, and what the window
does with a detected type, a rule's correction, a field not found and an "unsure" warning.

The operator picks the provider with the keyboard and the document type with the mouse, presses F5 and
reads the table: every field of the card under its canonical key, with the printed value and a box.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog

from ocrdesk.doctypes import CANONICAL_KEYS, DocType
from ocrdesk.imaging import SourceImage
from ocrdesk.model import Box, Field
from ocrdesk.providers.base import CancelToken, Recognition
from ocrdesk.ui import style
from ocrdesk.ui.actions.registry import find_action
from ocrdesk.ui.fields.table import VALUE
from ocrdesk.ui.main_window import MainWindow
from tests.docgen import RENDERERS, variant_for
from tests.docgen.capture import capture
from tests.docgen.fonts import fonts_available
from tests.e2e.conftest import DialogRecorder, load, make_image, new_window
from tests.fake_providers import LinesProvider

# the offscreen platform cannot raise a combo's popup nor let it grab the keyboard; the list still works
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")

ID_CARD_KEYS = ["name", "sex", "ethnicity", "birth_date", "address", "id_number"]


def _photo(tmp_path: Path, seed: int) -> tuple[Path, dict[str, str]]:
    rng = random.Random(seed)
    rendered = RENDERERS["idcard_front"](rng, variant_for("dev"))
    captured = capture(rendered, "perspective", rng, "dev")
    path = tmp_path / "idcard_front.jpg"
    path.write_bytes(captured.encode())
    return path, rendered.fields


def _type_to_choose(qtbot: Any, combo: QComboBox, text: str, wanted: str) -> None:
    """Focus the combo and type the start of an entry, as a user picks from a closed combo."""
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    qtbot.keyClicks(combo, text)
    assert combo.currentData() == wanted, combo.currentText()


def _click_to_choose(qtbot: Any, combo: QComboBox, wanted: str) -> None:
    """Open the combo's list with the mouse and click the entry."""
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # a release right after the popup opens is ignored
    index = view.model().index(combo.findData(wanted), 0)
    assert index.isValid(), wanted
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentData() == wanted, combo.currentText()


def _read(qtbot: Any, window: MainWindow) -> dict[str, str]:
    with qtbot.waitSignal(window.controller.recognitionFinished, timeout=240_000):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    model = window.model
    shown = {}
    for row, item in enumerate(model.fields):
        assert window.view.box_item(row) is not None, f"{item.key} has no box"
        shown[item.key] = model.index(row, VALUE).data()
    return shown


def _check(shown: dict[str, str], truth: dict[str, str]) -> None:
    assert list(shown) == ID_CARD_KEYS == list(CANONICAL_KEYS[DocType.IDCARD_FRONT])
    assert shown["id_number"] == truth["id_number"]
    assert shown["name"] == truth["name"]
    for key in ("sex", "ethnicity", "birth_date"):
        assert shown[key] == truth[key], key
    assert shown["address"].replace(" ", "") == truth["address"].replace(" ", "")


@pytest.mark.slow
@pytest.mark.skipif(not fonts_available(), reason="the document renderers need the CJK fonts")
def test_an_id_card_photo_in_the_window_gives_its_named_fields(
    qtbot: Any, tmp_path: Path, message_boxes: DialogRecorder
) -> None:
    pytest.importorskip("rapidocr")
    path, truth = _photo(tmp_path, seed=3)
    window = new_window(qtbot)  # the real registry
    window.provider_combo.setCurrentIndex(window.provider_combo.findData("aliyun-market"))
    load(qtbot, window, path)

    _type_to_choose(qtbot, window.provider_combo, "Local", "local")
    _click_to_choose(qtbot, window.doc_type_combo, DocType.IDCARD_FRONT.value)
    _check(_read(qtbot, window), truth)
    assert window.fields.title.text() == "Fields — ID card (front)"
    assert window.state.document is not None and window.state.document.doc_type == "idcard_front"

    auto = window.doc_type_combo.findData(DocType.AUTO.value)
    assert window.doc_type_combo.itemText(auto).startswith("Detect automatically")
    _click_to_choose(qtbot, window.doc_type_combo, DocType.AUTO.value)
    _check(_read(qtbot, window), truth)
    # the document is what was detected, not "auto": the heading, the export and the autosave say so
    assert window.state.document is not None and window.state.document.doc_type == "idcard_front"
    assert window.fields.title.text() == "Fields — ID card (front)"
    assert not message_boxes.calls


UNSURE = "Document type uncertain: read as ID card (back) (62% sure); check it"


class DetectingProvider(LinesProvider):
    """Decides the type itself, as the local pipeline does for "Detect automatically"."""

    id = "detecting"
    name = "Detecting (tests)"
    doc_types = (DocType.GENERAL, DocType.IDCARD_BACK, DocType.AUTO)  # type: ignore[assignment]

    def recognize(self, image: SourceImage, doc_type: DocType, cancel: CancelToken | None = None) -> Recognition:
        period = Field(
            "valid_period",
            "有效期限",
            "2026.03.01-2O36.03.01",
            0.91,
            Box(10, 60, 200, 80),
            value="2026.03.01-2036.03.01",
            corrections=["date: O→0"],
            corrected_value="2026.03.01-2036.03.01",
        )
        fields = [Field("authority", "签发机关", "", None, None), period]
        return Recognition(fields, warnings=[UNSURE], detected_doc_type=DocType.IDCARD_BACK)


def test_a_detected_type_is_shown_and_exported_and_an_unsure_warning_reaches_the_banner(
    qtbot: Any,
    tmp_path: Path,
    ui_registry: dict[str, str],
    message_boxes: DialogRecorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ui_registry["detecting"] = f"{__name__}:DetectingProvider"
    window = new_window(qtbot)
    load(qtbot, window, make_image(tmp_path / "card.png"))
    _type_to_choose(qtbot, window.provider_combo, "Detecting", "detecting")
    _click_to_choose(qtbot, window.doc_type_combo, DocType.AUTO.value)
    assert window.doc_type_combo.currentText().startswith("Detect automatically")

    with qtbot.waitSignal(window.controller.recognitionFinished, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.banner.text() == UNSURE
    assert window.fields.title.text() == "Fields — ID card (back)"
    assert "1 not found" in window.fields.summary.text() and "1 corrected" in window.fields.summary.text()
    missing, corrected = window.model.index(0, VALUE), window.model.index(1, VALUE)
    assert missing.data() == style.missing_text()
    assert corrected.data(Qt.ItemDataRole.BackgroundRole).color() == style.CORRECTED_ROW
    box = window.view.box_item(1)
    assert box is not None and "Corrected: date: O→0" in box.toolTip()

    target = tmp_path / "card.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), "")))
    find_action(window, "export").trigger()
    (document,) = json.loads(target.read_text(encoding="utf-8"))["documents"]
    assert document["doc_type"] == "idcard_back"
    by_key = {f["key"]: f for f in document["fields"]}
    assert by_key["authority"]["value"] == "" and by_key["authority"]["box"] is None
    assert by_key["valid_period"]["corrections"] == ["date: O→0"]
    assert by_key["valid_period"]["edited"] is False
    assert window.doc_type_combo.currentData() == DocType.AUTO.value  # the next page is detected too
