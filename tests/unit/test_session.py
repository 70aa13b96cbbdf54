"""Autosave and crash recovery, including a real process killed with SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ocrdesk.model import Box, DocStatus, Document, Field
from ocrdesk.session import SessionState, SessionStore


def _state() -> SessionState:
    field = Field("name", "姓名", "张三", 0.9, Box(1, 2, 30, 40))
    field.value = "张叁"
    return SessionState([Document("scans/a.png", status=DocStatus.REVIEWED, fields=[field])], current=0)


def test_save_then_recover_from_a_dead_owner(tmp_path: Path) -> None:
    dead = SessionStore(tmp_path, pid=2**22 + 12345)  # no such process
    dead.save(_state())
    store = SessionStore(tmp_path)
    [found] = store.recoverable()
    assert found.state.documents[0].fields[0].value == "张叁"
    assert found.state.documents[0].fields[0].edited
    assert found.state.documents[0].status is DocStatus.REVIEWED
    restored = store.adopt(found)
    assert restored.current == 0
    assert not found.path.exists() and store.path.exists()
    assert store.recoverable() == []


def test_live_owner_and_clean_close_are_not_offered(tmp_path: Path) -> None:
    SessionStore(tmp_path, pid=os.getppid()).save(_state())  # our parent is alive
    closed = SessionStore(tmp_path, pid=2**22 + 7)
    closed.save(_state())
    closed.close()
    assert SessionStore(tmp_path).recoverable() == []


def test_unreadable_session_is_set_aside(tmp_path: Path) -> None:
    (tmp_path / "session-999999.json").write_text("{not json", encoding="utf-8")
    assert SessionStore(tmp_path).recoverable() == []
    assert (tmp_path / "session-999999.bad").exists()


def test_file_is_plain_json_with_chinese_intact(tmp_path: Path) -> None:
    store = SessionStore(tmp_path)
    store.save(_state())
    data = json.loads(store.path.read_text(encoding="utf-8"))
    assert data["format"] == "ocrdesk.session/1" and data["documents"][0]["fields"][0]["value"] == "张叁"
    assert not list(tmp_path.glob("*.tmp"))


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_edits_survive_sigkill(tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import os, signal, sys
        sys.path.insert(0, {str(Path(__file__).resolve().parents[2])!r})
        from ocrdesk.model import Document, Field
        from ocrdesk.session import SessionState, SessionStore
        from pathlib import Path
        field = Field("id_number", "公民身份号码", "110105194912310021")
        store = SessionStore(Path({str(tmp_path)!r}))
        store.save(SessionState([Document("id.jpg", fields=[field])], current=0))
        field.value = "11010519491231002X"
        store.save(SessionState([Document("id.jpg", fields=[field])], current=0))
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    process = subprocess.run([sys.executable, "-c", script], timeout=60)
    assert process.returncode == -signal.SIGKILL
    [found] = SessionStore(tmp_path).recoverable()
    recovered = found.state.documents[0].fields[0]
    assert recovered.value == "11010519491231002X" and recovered.ocr_value == "110105194912310021"


def test_snapshot_is_independent_of_later_edits(tmp_path: Path) -> None:
    from ocrdesk.session import snapshot

    state = _state()
    copy_ = snapshot(state)
    state.documents[0].fields[0].value = "李四"
    state.documents[0].status = DocStatus.ERROR
    assert copy_.documents[0].fields[0].value == "张叁"
    assert copy_.documents[0].status is DocStatus.REVIEWED


def test_background_saver_writes_the_newest_state_and_flushes_on_close(tmp_path: Path) -> None:
    import threading

    from ocrdesk.session import BackgroundSaver

    store = SessionStore(tmp_path)
    saved: list[str] = []
    failures: list[OSError] = []
    gate = threading.Event()
    real_save = store.save

    def slow_save(state: SessionState) -> None:
        gate.wait(5)
        real_save(state)
        saved.append(threading.current_thread().name)

    store.save = slow_save  # type: ignore[method-assign]
    saver = BackgroundSaver(store, on_saved=lambda: None, on_failed=failures.append)
    for value in ("一", "二", "三", "四"):
        state = _state()
        state.documents[0].fields[0].value = value
        saver.submit(state)
    assert saver.busy
    gate.set()
    saver.close()
    assert not saver.busy and failures == []
    assert len(saved) <= 2 and set(saved) == {"ocrdesk-autosave"}  # a burst collapses; never the GUI thread
    data = json.loads(store.path.read_text(encoding="utf-8"))
    assert data["documents"][0]["fields"][0]["value"] == "四"


def test_background_saver_reports_write_failures(tmp_path: Path) -> None:
    from ocrdesk.session import BackgroundSaver

    store = SessionStore(tmp_path)

    def full_disk(state: SessionState) -> None:
        raise OSError(28, "No space left on device")

    store.save = full_disk  # type: ignore[method-assign]
    failures: list[OSError] = []
    saver = BackgroundSaver(store, on_saved=lambda: None, on_failed=failures.append)
    saver.submit(_state())
    assert saver.flush(5)
    saver.close()
    assert [f.errno for f in failures] == [28]
