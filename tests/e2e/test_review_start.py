"""Keyboard review starts on a field wherever a recognised page is shown: after Recognise All, after
PgDn to a recognised page and after opening one from the list, the first field (or the first that
needs a look) is current and the field table has the keyboard, so typing corrects it without a Tab."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ocrdesk.doctypes import DocType, line_key, line_label
from ocrdesk.imaging import SourceImage
from ocrdesk.model import Field
from ocrdesk.providers.base import CancelToken, Recognition
from ocrdesk.ui.main_window import MainWindow
from tests.e2e.conftest import new_window
from tests.e2e.queue_helpers import make_images, open_paths, recognise_all, select_provider
from tests.fake_providers import LinesProvider, line_box


class ConfidentProvider(LinesProvider):
    """Three confident lines: no field needs a look, so review starts on the first."""

    id = "confident"
    name = "Confident OCR"

    def recognize(self, image: SourceImage, doc_type: DocType, cancel: CancelToken | None = None) -> Recognition:
        texts = (Path(image.source).stem, "Total 42.00", "Paris")
        size = (image.width, image.height)
        return Recognition(
            [Field(line_key(i), line_label(i), text, 0.99, line_box(i, *size)) for i, text in enumerate(texts)]
        )


class DoubtfulProvider(ConfidentProvider):
    """The second line is read with low confidence: review starts there."""

    id = "doubtful"
    name = "Doubtful OCR"

    def recognize(self, image: SourceImage, doc_type: DocType, cancel: CancelToken | None = None) -> Recognition:
        recognition = super().recognize(image, doc_type, cancel)
        recognition.fields[1].confidence = 0.4
        return recognition


@pytest.fixture
def window(qtbot: Any, ui_registry: dict[str, str], message_boxes: Any) -> MainWindow:
    ui_registry.update({"confident": f"{__name__}:ConfidentProvider", "doubtful": f"{__name__}:DoubtfulProvider"})
    return new_window(qtbot)


def _current_row(window: MainWindow) -> int:
    index = window.table.currentIndex()
    return index.row() if index.isValid() else -1


def _types_into_the_current_field(qtbot: Any, window: MainWindow, text: str) -> str:
    """What a keystroke does right away: it starts editing the current field's value."""
    QTest.keyClicks(window.focusWidget(), text)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    item = window.model.field(_current_row(window))
    assert item is not None
    return item.value or ""


@pytest.mark.parametrize(("provider", "start_row"), [("confident", 0), ("doubtful", 1)])
def test_recognise_all_then_pgdn_start_review_on_a_field(
    qtbot: Any, window: MainWindow, tmp_path: Path, provider: str, start_row: int
) -> None:
    select_provider(window, provider)
    open_paths(qtbot, window, make_images(tmp_path / "pile", ["a.png", "b.png", "c.png"]))
    window.documents.list_view.setFocus()  # the operator was looking at the list
    recognise_all(qtbot, window)
    qtbot.waitUntil(lambda: _current_row(window) == start_row, timeout=10_000)
    assert window.table.hasFocus()
    assert window.view.selected_row() == start_row  # its box is selected on the page too
    # PgDn to the next recognised page: review starts there as well
    window.documents.list_view.setFocus()
    with qtbot.waitSignal(window.state.pageShown, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.current_document.display_name == "b.png"
    qtbot.waitUntil(lambda: _current_row(window) == start_row, timeout=10_000)
    assert window.table.hasFocus()
    # no Tab needed: typing goes straight into the field
    assert _types_into_the_current_field(qtbot, window, "7") == "7"


def test_opening_a_recognised_page_from_the_list_starts_review(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    select_provider(window, "confident")
    open_paths(qtbot, window, make_images(tmp_path / "pile", ["a.png", "b.png"]))
    recognise_all(qtbot, window)
    view = window.documents.list_view
    second = view.model().index(1, 0)
    view.scrollTo(second)
    with qtbot.waitSignal(window.state.pageShown, timeout=10_000):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(second).center())
    qtbot.waitUntil(lambda: _current_row(window) == 0, timeout=10_000)
    assert window.table.hasFocus()
    assert _types_into_the_current_field(qtbot, window, "x") == "x"


def test_a_page_not_yet_recognised_selects_nothing(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    select_provider(window, "confident")
    open_paths(qtbot, window, make_images(tmp_path / "pile", ["a.png"]))
    assert window.model.rowCount() == 0
    assert _current_row(window) == -1
