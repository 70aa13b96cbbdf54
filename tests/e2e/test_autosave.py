"""Never lose work: the session file after edits, recognition and status changes; a clean exit
removes it; after a crash (a real SIGKILL of the real app) the next start restores everything."""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from ocrdesk import app
from ocrdesk.model import Box, DocStatus, Document, Field
from ocrdesk.session import SessionState, SessionStore
from ocrdesk.ui.main_window import MainWindow
from ocrdesk.ui.review import autosave
from tests.e2e.conftest import DialogRecorder, load, new_window, recognize
from tests.e2e.review_helpers import (
    BAD_ID,
    GOOD_ID,
    REGISTRY,
    KeyCounter,
    choose,
    row_of,
    value_index,
    write_image,
)

ROOT = Path(__file__).resolve().parents[2]
ctrl = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def registry(ui_registry: dict[str, str], message_boxes: DialogRecorder) -> dict[str, str]:
    ui_registry.update(REGISTRY)
    return ui_registry


@pytest.fixture
def window(qtbot: Any, registry: dict[str, str]) -> MainWindow:
    return new_window(qtbot)


@pytest.fixture
def card(qtbot: Any, window: MainWindow, tmp_path: Path) -> MainWindow:
    choose(window, "idcards", "idcard_front")
    load(qtbot, window, write_image(tmp_path / "card.png"))
    recognize(qtbot, window)
    return window


def saved(window: MainWindow) -> dict[str, Any]:
    return json.loads(window.review.autosave.path.read_text(encoding="utf-8"))


def wait_saved(qtbot: Any, window: MainWindow) -> dict[str, Any]:
    qtbot.waitUntil(lambda: not window.review.autosave.pending and window.review.autosave.path.is_file())
    return saved(window)


def test_the_session_file_follows_every_committed_edit(qtbot: Any, card: MainWindow) -> None:
    path = card.review.autosave.path
    assert path.parent == Path(os.environ["OCRDESK_DATA_DIR"]) / "sessions"
    data = wait_saved(qtbot, card)  # saved on recognition already
    assert data["format"] == "ocrdesk.session/1" and data["owner_pid"] == os.getpid() and data["clean"] is False
    assert data["documents"][0]["status"] == "ok" and data["current"] == 0
    KeyCounter(qtbot).type(GOOD_ID)  # typing into the invalid ID number...
    assert next(f for f in saved(card)["documents"][0]["fields"] if f["key"] == "id_number")["value"] == BAD_ID
    qtbot.keyClick(card.review.editor(), Qt.Key.Key_Return)  # ...is saved only once committed
    fields = {f["key"]: f for f in wait_saved(qtbot, card)["documents"][0]["fields"]}
    assert (fields["id_number"]["value"], fields["id_number"]["ocr_value"], fields["id_number"]["edited"]) == (
        GOOD_ID,
        BAD_ID,
        True,
    )
    assert fields["name"]["edited"] is False
    assert not list(path.parent.glob("*.tmp"))  # written atomically: no temporary left behind


def test_status_changes_box_edits_and_undo_are_saved(qtbot: Any, card: MainWindow) -> None:
    card.model.setData(value_index(card, row_of(card, "id_number")), GOOD_ID)
    qtbot.keyClick(card.table, Qt.Key.Key_Return, ctrl)
    assert wait_saved(qtbot, card)["documents"][0]["status"] == "reviewed"
    card.review.go_to(0)
    card.view.set_zoom(2.0)
    box = card.model.field(0).box
    qtbot.keyClick(card.table, Qt.Key.Key_Right, ctrl)
    assert wait_saved(qtbot, card)["documents"][0]["fields"][0]["box"]["left"] == box.left + 1
    qtbot.keyClick(card.table, Qt.Key.Key_Z, ctrl)
    qtbot.keyClick(card.table, Qt.Key.Key_Z, ctrl)
    data = wait_saved(qtbot, card)
    assert data["documents"][0]["status"] == "ok"
    assert data["documents"][0]["fields"][0]["box"] == box.to_dict()


def test_batch_results_and_new_pages_are_saved_too(qtbot: Any, card: MainWindow, tmp_path: Path) -> None:
    wait_saved(qtbot, card)
    with qtbot.waitSignal(card.review.autosave.saved, timeout=10_000):
        card.state.document_changed(1)  # what the queue says when a batch result lands
    with qtbot.waitSignal(card.review.autosave.saved, timeout=10_000):
        card.open_paths([str(write_image(tmp_path / "second.png"))])
    qtbot.waitUntil(lambda: len(saved(card)["documents"]) == 2)


def test_a_clean_exit_leaves_nothing_to_recover(qtbot: Any, card: MainWindow) -> None:
    path = card.review.autosave.path
    wait_saved(qtbot, card)
    card.close()
    assert not path.exists()
    assert SessionStore().recoverable() == []


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _crashed_session(tmp_path: Path) -> tuple[SessionState, Path]:
    first, second = write_image(tmp_path / "a.png"), write_image(tmp_path / "b.png")
    fields = [
        Field("name", "姓名", "张三", 0.99, Box(80, 35, 640, 82), value="李四"),
        Field("id_number", "公民身份号码", BAD_ID, 0.95, Box(80, 390, 640, 437), value=GOOD_ID),
    ]
    reviewed = Document(
        str(first), provider="idcards", doc_type="idcard_front", status=DocStatus.REVIEWED, fields=fields
    )
    pending = Document(str(second), provider="idcards", doc_type="idcard_front")
    state = SessionState([reviewed, pending], current=0)
    store = SessionStore(pid=_dead_pid())
    store.save(state)
    return state, store.path


def test_the_restore_dialog_lists_the_documents_and_edits(qtbot: Any, tmp_path: Path, registry: Any) -> None:
    _crashed_session(tmp_path)
    [session] = SessionStore().recoverable()
    dialog = autosave.RestoreDialog(session)
    qtbot.addWidget(dialog)
    assert "2 documents and 2 edits" in dialog.summary.text()
    rows = [[dialog.table.item(r, c).text() for c in range(4)] for r in range(dialog.table.rowCount())]
    assert rows == [["a.png", "reviewed", "2", "2"], ["b.png", "not recognised", "0", "0"]]


def test_restore_brings_back_documents_results_edits_and_statuses(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    state, crashed = _crashed_session(tmp_path)
    monkeypatch.setattr(autosave.RestoreDialog, "exec", lambda self: autosave.RESTORE)
    with qtbot.waitSignal(window.controller.imageLoaded, timeout=10_000):
        assert window.review.offer_restore()

    def essence(document: Document) -> tuple[Any, ...]:
        return document.source, document.status, [f.to_dict() for f in document.fields]

    assert [essence(d) for d in window.documents.all_documents()] == [essence(d) for d in state.documents]
    assert window.current_document.source == state.documents[0].source
    assert window.view.pixmap_item is not None  # the image is read again from its source
    assert [f.value for f in window.model.fields] == ["李四", GOOD_ID]
    assert window.model.field(0).edited
    assert not crashed.exists()  # adopted: it is this window's session now
    assert wait_saved(qtbot, window)["documents"][0]["status"] == "reviewed"
    assert SessionStore().recoverable() == []


def test_discard_deletes_and_later_keeps(qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: Any) -> None:
    _state, crashed = _crashed_session(tmp_path)
    monkeypatch.setattr(autosave.RestoreDialog, "exec", lambda self: autosave.LATER)
    assert not window.review.offer_restore()
    assert crashed.exists() and window.documents.all_documents() == []
    monkeypatch.setattr(autosave.RestoreDialog, "exec", lambda self: autosave.DISCARD)
    assert not window.review.offer_restore()
    assert not crashed.exists()


def test_the_offered_session_is_claimed_while_the_dialog_shows_and_released_for_later(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: Any
) -> None:
    _crashed_session(tmp_path)
    other = SessionStore()  # a second window started at the same time
    claims: list[bool] = []

    def answer(dialog: autosave.RestoreDialog) -> int:
        [session] = other.recoverable() or [None]  # held by this window: not even listed
        claims.append(session is None)
        return autosave.LATER

    monkeypatch.setattr(autosave.RestoreDialog, "exec", answer)
    assert not window.review.offer_restore()
    assert claims == [True]
    [session] = other.recoverable()  # decided later: free again for the next start
    assert other.claim(session)
    other.release(session)


def test_a_session_another_window_claims_first_is_skipped(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: Any
) -> None:
    first, _ = _crashed_session(tmp_path)
    (tmp_path / "newer").mkdir()
    _crashed_session(tmp_path / "newer")
    other = SessionStore()
    store = window.review.autosave.store
    listed = store.recoverable

    def racing() -> list[Any]:
        sessions = listed()
        assert other.claim(sessions[0])  # the other window wins the newest between listing and asking
        return sessions

    offered: list[str] = []

    def answer(dialog: autosave.RestoreDialog) -> int:
        offered.append(dialog.table.item(0, 0).toolTip())
        return autosave.RESTORE

    monkeypatch.setattr(store, "recoverable", racing)
    monkeypatch.setattr(autosave.RestoreDialog, "exec", answer)
    with qtbot.waitSignal(window.controller.imageLoaded, timeout=10_000):
        assert window.review.offer_restore()
    assert offered == [first.documents[0].source]
    other.close()


def _read_line(process: subprocess.Popen[str], timeout: float) -> str:
    selector = selectors.DefaultSelector()
    assert process.stdout is not None
    selector.register(process.stdout, selectors.EVENT_READ)
    try:
        if not selector.select(timeout):
            return ""
        return process.stdout.readline()
    finally:
        selector.close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_crash_recovery_after_sigkill(qtbot: Any, tmp_path: Path, registry: Any, monkeypatch: Any) -> None:
    image = write_image(tmp_path / "身份证.png")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.e2e.crash_driver", str(image)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        line = _read_line(child, 60)
        assert line.startswith("SAVED "), f"the app did not save its session (exit {child.poll()})"
        session = Path(line.split(" ", 1)[1].strip())
        # named by its start time and a random id (a reused PID never hides a crashed session)
        assert session.name.startswith("session-") and session.suffix == ".json"
        assert session.parent == Path(os.environ["OCRDESK_DATA_DIR"]) / "sessions"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    assert child.returncode == -signal.SIGKILL
    assert session.exists()  # no clean exit: the session stays for the next start

    # the next start: the real window, the restore offered and accepted
    offered: list[str] = []

    def answer(dialog: autosave.RestoreDialog) -> int:
        offered.append(dialog.summary.text())
        return autosave.RESTORE

    monkeypatch.setattr(autosave.RestoreDialog, "exec", answer)
    options = app.build_parser().parse_args([])
    window = app.create_window(options)
    qtbot.addWidget(window)
    assert offered and "1 document and 1 edit" in offered[0]
    qtbot.waitUntil(lambda: window.view.pixmap_item is not None and window.model.rowCount() == 6, timeout=10_000)
    document = window.current_document
    assert document.source == str(image)
    assert document.status == DocStatus.REVIEWED
    item = next(f for f in document.fields if f.key == "id_number")
    assert (item.value, item.ocr_value, item.edited) == (GOOD_ID, BAD_ID, True)
    assert window.model.problems == {}
    assert not session.exists()


def test_the_edit_enter_commits_is_on_disk_before_the_next_event(qtbot: Any, card: MainWindow) -> None:
    wait_saved(qtbot, card)
    delegate, on_disk = card.review.delegate, list[str]()
    commit = delegate.commit
    assert commit is not None

    def commit_then_look(row: int, text: str) -> None:
        commit(row, text)  # no event is processed between this and the check below
        fields = {f["key"]: f["value"] for f in saved(card)["documents"][0]["fields"]}
        on_disk.append(fields["id_number"])

    delegate.commit = commit_then_look
    KeyCounter(qtbot).type(GOOD_ID)
    qtbot.keyClick(card.review.editor(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(on_disk))
    assert on_disk == [GOOD_ID]


def test_a_failed_autosave_stays_on_show_until_a_save_works(
    qtbot: Any, card: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wait_saved(qtbot, card)
    store = card.review.autosave.store
    real_save = store.save

    def disk_full(_state: SessionState) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store, "save", disk_full)
    card.model.setData(value_index(card, row_of(card, "name")), "王五")
    qtbot.waitUntil(lambda: "Autosave failed" in card.message_text())
    assert "No space left on device" in card.message_text()
    assert not card.status.problem.isHidden() and card.status.problem.text() == "Autosave failed"
    with qtbot.waitSignal(card.controller.imageLoaded, timeout=10_000):
        card.open_paths([str(write_image(tmp_path / "second.png"))])
    assert "Autosave failed" in card.message_text()  # the next page load does not erase it
    assert not card.status.problem.isHidden()
    monkeypatch.setattr(store, "save", real_save)  # the disk has room again
    card.review.autosave.request()
    qtbot.waitUntil(lambda: card.status.problem.isHidden())
    assert "Autosave failed" not in card.message_text()
