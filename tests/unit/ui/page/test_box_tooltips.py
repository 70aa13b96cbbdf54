"""A box's tooltip says what a rule repaired, as the table row does."""

from __future__ import annotations

from typing import Any

from ocrdesk.model import Box, Field
from ocrdesk.ui import style
from ocrdesk.ui.page.image_view import BoxItem


def test_a_corrected_box_tells_the_note_and_what_was_read(qapp: Any) -> None:
    item = Field(
        "card_number",
        "Card number",
        "6222 0202 0000 0O14",
        0.9,
        Box(5, 5, 200, 30),
        value="6222 0202 0000 0014",
        corrections=["Luhn: O→0"],
        corrected_value="6222 0202 0000 0014",
    )
    box = BoxItem(0, item)
    tip = box.toolTip()
    assert "Corrected: Luhn: O→0" in tip
    assert "read: 6222 0202 0000 0O14" in tip
    assert style.box_color(item) == style.CORRECTED_COLOR
    item.value = "6222 0202 0000 0015"  # the operator's value now: the edit is what the box says
    box.refresh()
    assert "Corrected" not in box.toolTip()
    assert "edited" in box.toolTip()
    assert style.box_color(item) == style.EDITED_COLOR


def test_a_plain_box_has_no_correction_note(qapp: Any) -> None:
    box = BoxItem(0, Field("name", "姓名", "<张三>", 0.99, Box(1, 1, 40, 20)))
    assert "Corrected" not in box.toolTip()
    assert "&lt;张三&gt;" in box.toolTip()
