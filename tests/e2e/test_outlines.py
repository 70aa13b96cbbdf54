"""The card's outline and the portrait a provider located are drawn on the page as outlines, not listed
as fields with no value (issue 13 item 3)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from ocrdesk.doctypes import DocType
from ocrdesk.imaging import SourceImage
from ocrdesk.model import Outline
from ocrdesk.providers.base import CancelToken, Recognition
from ocrdesk.ui.main_window import MainWindow
from ocrdesk.ui.page.outlines import OUTLINE_COLOR
from tests.e2e.conftest import drop_files, new_window
from tests.e2e.review_helpers import REGISTRY, IdCardProvider, choose, write_image

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class OutliningProvider(IdCardProvider):
    id = "outlining"
    name = "Outlining ID card OCR"

    def recognize(self, image: SourceImage, doc_type: DocType, cancel: CancelToken | None = None) -> Recognition:
        recognition = super().recognize(image, doc_type, cancel)
        recognition.outlines = [
            Outline("card_region", "card_region", ((10, 10), (300, 12), (298, 200), (8, 198))),
            Outline("portrait", "face_rect", ((220, 40), (290, 40), (290, 120), (220, 120))),
        ]
        return recognition


def test_outlines_are_drawn_and_are_no_fields(
    qtbot: Any, ui_registry: dict[str, str], message_boxes: Any, tmp_path: Path
) -> None:
    ui_registry.update(REGISTRY)
    ui_registry["outlining"] = f"{__name__}:OutliningProvider"
    window: MainWindow = new_window(qtbot)
    choose(window, "outlining", "idcard_front")
    with qtbot.waitSignal(window.controller.imageLoaded, timeout=10_000):
        drop_files(window, [write_image(tmp_path / "card.png")])
    with qtbot.waitSignal(window.controller.recognitionFinished, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    document = window.current_document
    assert document is not None and [o.key for o in document.outlines] == ["card_region", "portrait"]
    assert "card_region" not in [f.key for f in document.fields]
    items = window.page.outlines.items
    assert [item.data(0) for item in items] == ["card_region", "portrait"]
    assert all(item.scene() is window.view.scene() and item.pen().color() == OUTLINE_COLOR for item in items)
    assert items[1].toolTip() == "Portrait (found by face_rect)"
    assert not any(item.flags() & item.GraphicsItemFlag.ItemIsSelectable for item in items)
    # another page: its own outlines (none), the old ones gone
    with qtbot.waitSignal(window.controller.imageLoaded, timeout=10_000):
        drop_files(window, [write_image(tmp_path / "second.png")])
    qtbot.waitUntil(lambda: window.current_document is not document)
    assert window.page.outlines.items == []
