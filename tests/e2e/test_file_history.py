"""File → Recent Files and Folders, and File → Restore Crashed Session… after "Decide Later" (issue 13)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ocrdesk.preferences import RECENT_PATHS
from ocrdesk.ui.main_window import MainWindow
from ocrdesk.ui.queue.recent import remembered
from ocrdesk.ui.review import autosave
from tests.e2e.conftest import new_window, window
from tests.e2e.queue_helpers import make_images, open_paths, queue_window
from tests.e2e.test_autosave import _crashed_session

__all__ = ["queue_window", "window"]  # the fixtures, imported for pytest


def _open_menu(qtbot: Any, window: MainWindow, object_name: str) -> Any:
    menu = window.findChild(type(window._actions.menu("file")), object_name)
    assert menu is not None
    menu.aboutToShow.emit()  # what opening it does (offscreen: no popup needed)
    return menu


def test_recent_keeps_each_path_once_newest_first() -> None:
    assert remembered(["/a", "/b", "/c"], ["/c", "/d"], limit=3) == ["/c", "/d", "/a"]


def test_recent_files_and_folders_are_remembered_and_reopened(
    qtbot: Any, queue_window: MainWindow, tmp_path: Path, message_boxes: Any
) -> None:
    window = queue_window
    folder = tmp_path / "batch"
    make_images(folder, ["1.png", "2.png"])
    single = make_images(tmp_path, ["single.png"])[0]
    open_paths(qtbot, window, [folder])
    open_paths(qtbot, window, [single])
    recent = _open_menu(qtbot, window, "recentMenu")
    entries = [a for a in recent.actions() if a.objectName().startswith("recent_") and a.objectName() != "recent_clear"]
    assert [a.toolTip() for a in entries] == [str(single), str(folder)]
    assert entries[0].text().startswith("&1 ")
    window.settings.sync()
    # remembered across starts, through the preferences schema
    assert window.settings.get(RECENT_PATHS).splitlines() == [str(single), str(folder)]
    second = new_window(qtbot)
    again = _open_menu(qtbot, second, "recentMenu")
    folder_entry = next(a for a in again.actions() if a.toolTip() == str(folder))
    with qtbot.waitSignal(second.documents.inputs.opened, timeout=10_000):
        folder_entry.trigger()
    assert [e.name for e in second.documents.workspace] == ["1.png", "2.png"]
    # a path that is gone is said so and leaves the list
    (folder / "1.png").unlink()
    single.unlink()
    single_entry = next(a for a in _open_menu(qtbot, second, "recentMenu").actions() if a.toolTip() == str(single))
    single_entry.trigger()
    assert "no longer there" in second.message_text()
    assert str(single) not in second.settings.get(RECENT_PATHS)


@pytest.mark.usefixtures("message_boxes")
def test_a_session_put_off_with_decide_later_is_restored_from_the_file_menu(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _state, crashed = _crashed_session(tmp_path)
    monkeypatch.setattr(autosave.RestoreDialog, "exec", lambda self: autosave.LATER)
    assert not window.review.offer_restore()  # at start: Decide Later
    action = window._actions.restore_session
    _open_menu(qtbot, window, "fileMenu")
    assert action.isEnabled()
    monkeypatch.setattr(autosave.RestoreDialog, "exec", lambda self: autosave.RESTORE)
    with qtbot.waitSignal(window.controller.imageLoaded, timeout=10_000):
        action.trigger()
    assert [Path(d.source).name for d in window.documents.all_documents()] == ["a.png", "b.png"]
    assert not crashed.exists()
    _open_menu(qtbot, window, "fileMenu")
    assert not action.isEnabled()  # nothing left to restore
