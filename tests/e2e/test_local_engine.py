"""End to end with the real offline engine: drop a rendered page, F5, read the line and its box."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.e2e.conftest import DialogRecorder, load, new_window
from tests.images import contains, iou, render_text_image

pytestmark = pytest.mark.slow


def test_local_engine_in_the_window(qtbot: Any, tmp_path: Path, message_boxes: DialogRecorder) -> None:
    pytest.importorskip("rapidocr")
    pytest.importorskip("onnxruntime")
    image, drawn = render_text_image(["Invoice 2024-0117", "Total due 1280.00"], size=(900, 320), font_size=48)
    path = tmp_path / "invoice.png"
    image.save(path)

    window = new_window(qtbot)  # the real registry: "local" is the default provider
    assert window.provider_id == "local"
    assert window.doc_type == "general"

    load(qtbot, window, path)
    with qtbot.waitSignal(window.controller.recognitionFinished, timeout=120_000):
        qtbot.keyClick(window, Qt.Key.Key_F5)

    fields = window.model.fields
    assert len(fields) == len(drawn)
    for line in drawn:
        row = next(i for i, f in enumerate(fields) if f.value.replace(" ", "") == line.text.replace(" ", ""))
        box = window.view.box_item(row)
        assert box is not None
        rect = box.rect()
        found = (round(rect.left()), round(rect.top()), round(rect.right()), round(rect.bottom()))
        assert contains(found, line.box, tolerance=4), (found, line.box)
        assert iou(found, line.box) > 0.5, (found, line.box)
        assert window.model.index(row, 1).data() == fields[row].value
    assert window.status.engine.text().endswith("ready")
