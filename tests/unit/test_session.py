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
