"""What the core found before the window existed is said once; leftovers of interrupted saves go."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from ocrdesk import notices
from ocrdesk.session import SessionStore
from tests.e2e.conftest import DialogRecorder, new_window


def test_startup_notices_are_shown_once_in_the_banner(
    qtbot: Any, ui_registry: dict[str, str], message_boxes: DialogRecorder
) -> None:
    notices.add("The settings file was damaged and has been set aside")
    window = new_window(qtbot)
    qtbot.waitUntil(lambda: "settings file was damaged" in window.message_text())
    assert notices.pending() == []  # taken: the next window does not repeat it


def test_stale_temporary_files_are_removed_at_start(
    qtbot: Any, ui_registry: dict[str, str], message_boxes: DialogRecorder
) -> None:
    sessions = SessionStore().folder
    stale = sessions / ".session-x.json.ocrdesk-abcd1234.tmp"
    fresh = sessions / ".session-y.json.ocrdesk-efgh5678.tmp"
    foreign = sessions / "notes.tmp"
    for path in (stale, fresh, foreign):
        path.write_text("{")
    hour_ago = time.time() - 3600
    os.utime(stale, (hour_ago, hour_ago))
    os.utime(foreign, (hour_ago, hour_ago))
    window = new_window(qtbot)
    qtbot.waitUntil(lambda: not stale.exists())
    assert fresh.exists() and foreign.exists()  # a write under way, and a file that is not ours
    assert window.isVisible()


def test_the_sessions_folder_is_where_the_window_saves(qtbot: Any, ui_registry: dict[str, str]) -> None:
    window = new_window(qtbot)
    assert window.review.autosave.path.parent == Path(SessionStore().folder)
