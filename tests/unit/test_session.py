"""Autosave and crash recovery, including a real process killed with SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from ocrdesk import notices
from ocrdesk.model import Box, DocStatus, Document, Field
from ocrdesk.session import RecoverableSession, SessionBusy, SessionState, SessionStore


def _state() -> SessionState:
    field = Field("name", "姓名", "张三", 0.9, Box(1, 2, 30, 40))
    field.value = "张叁"
    return SessionState([Document("scans/a.png", status=DocStatus.REVIEWED, fields=[field])], current=0)


def _forget(store: SessionStore) -> None:
    """What a crash does to a store: its process (here: its lock handle) is gone, its file stays."""
    store._lock.release()


def test_save_then_recover_after_the_owner_is_gone(tmp_path: Path) -> None:
    dead = SessionStore(tmp_path)
    dead.save(_state())
    _forget(dead)
    store = SessionStore(tmp_path)
    [found] = store.recoverable()
    assert found.state.documents[0].fields[0].value == "张叁"
    assert found.state.documents[0].fields[0].edited
    assert found.state.documents[0].status is DocStatus.REVIEWED
    restored = store.adopt(found)
    assert restored.current == 0
    assert not found.path.exists() and not found.lock_path.exists() and store.path.exists()
    assert store.recoverable() == []


def test_a_new_run_with_the_same_pid_still_gets_the_crashed_session_back(tmp_path: Path) -> None:
    crashed = SessionStore(tmp_path, pid=os.getpid())
    crashed.save(_state())
    _forget(crashed)
    again = SessionStore(tmp_path, pid=os.getpid())  # containers hand the same pid out again
    again.save(SessionState([], None))
    assert again.path != crashed.path and crashed.path.exists()
    [found] = again.recoverable()
    assert found.path == crashed.path


def test_a_dropped_store_object_releases_its_session(tmp_path: Path) -> None:
    def crash() -> None:
        SessionStore(tmp_path).save(_state())

    crash()
    assert len(SessionStore(tmp_path).recoverable()) == 1


def test_live_owner_and_clean_close_are_not_offered(tmp_path: Path) -> None:
    live = SessionStore(tmp_path)
    live.save(_state())
    closed = SessionStore(tmp_path)
    closed.save(_state())
    closed.close()
    assert not closed.path.exists() and not closed.lock_path.exists()
    other = SessionStore(tmp_path)
    assert other.recoverable() == []
    assert not other.discard(RecoverableSession(live.path, _state()))  # never deletes a live one
    assert live.path.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_running_instance_in_another_process_is_left_alone_until_it_dies(tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(Path(__file__).resolve().parents[2])!r})
        from pathlib import Path
        from ocrdesk.model import Document
        from ocrdesk.session import SessionState, SessionStore
        store = SessionStore(Path({str(tmp_path)!r}))
        store.save(SessionState([Document("a.png")], current=0))
        print(store.path, flush=True)
        sys.stdin.readline()
        """
    )
    child = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        owned = Path(child.stdout.readline().strip())
        assert owned.exists()
        assert SessionStore(tmp_path).recoverable() == []
    finally:
        child.kill()
        child.wait(30)
    [found] = SessionStore(tmp_path).recoverable()
    assert found.path == owned


def test_a_claimed_session_is_taken_by_one_instance_only(tmp_path: Path) -> None:
    crashed = SessionStore(tmp_path)
    crashed.save(_state())
    _forget(crashed)
    first, second = SessionStore(tmp_path), SessionStore(tmp_path)
    [seen_by_first] = first.recoverable()
    [seen_by_second] = second.recoverable()
    assert first.claim(seen_by_first)
    assert not second.claim(seen_by_second)
    assert not second.discard(seen_by_second)
    with pytest.raises(SessionBusy):
        second.adopt(seen_by_second)
    assert second.recoverable() == []  # claimed: not offered twice
    first.release(seen_by_first)  # "decide later"
    assert second.adopt(seen_by_second).documents[0].fields[0].value == "张叁"
    assert first.recoverable() == []


def test_unreadable_session_is_set_aside(tmp_path: Path) -> None:
    notices.reset()
    (tmp_path / "session-999999.json").write_text("{not json", encoding="utf-8")
    store = SessionStore(tmp_path)
    assert store.recoverable() == []
    [moved] = tmp_path.glob("session-999999.json.corrupt-*")
    [aside] = store.set_aside
    assert aside.moved_to == moved and moved.name in aside.message
    assert notices.take_all() == [aside.message]


def _box(right: int) -> dict[str, int]:
    return {"left": 0, "top": 0, "right": right, "bottom": 10}


_GOOD = {"format": "ocrdesk.session/1", "saved_at": 1.0, "current": 0}
WRONG_SHAPES = [
    [],
    "session",
    42,
    None,
    {**_GOOD, "documents": {"source": "a.png"}},
    {**_GOOD, "documents": [1, 2]},
    {**_GOOD, "documents": [{"page": 1}]},
    {**_GOOD, "documents": [{"source": "a.png", "page": "2"}]},
    {**_GOOD, "documents": [{"source": "a.png", "page": True}]},
    {**_GOOD, "documents": [{"source": "a.png", "fields": {"name": "x"}}]},
    {**_GOOD, "documents": [{"source": "a.png", "fields": ["name"]}]},
    {**_GOOD, "documents": [{"source": "a.png", "fields": [{"key": "k", "confidence": "high"}]}]},
    {**_GOOD, "documents": [{"source": "a.png", "fields": [{"key": "k", "confidence": 1e400}]}]},
    {**_GOOD, "documents": [{"source": "a.png", "fields": [{"key": "k", "box": [1, 2, 3, 4]}]}]},
    {**_GOOD, "documents": [{"source": "a.png", "fields": [{"key": "k", "box": {"left": 1e400}}]}]},
    {**_GOOD, "documents": [{"source": "a.png", "fields": [{"key": "k", "polygon": [[1], 5]}]}]},
    {**_GOOD, "documents": [{"source": "a.png", "fields": [{"key": "k", "corrections": 5}]}]},
    {**_GOOD, "documents": [{"source": "a.png", "image": [640, 480]}]},
    {**_GOOD, "documents": [{"source": "a.png", "image": {"width": "w", "height": 1, "sha256": "x"}}]},
    {**_GOOD, "documents": [{"source": "a.png", "status": "bogus"}]},
    {**_GOOD, "documents": [{"source": "a.png", "error": "oops"}]},
    {**_GOOD, "documents": [{"source": "a.png", "fields": [{"key": "k", "box": _box(10**30)}]}]},
    {**_GOOD, "documents": [{"source": "a.png", "fields": [{"key": "k", "polygon": [[0, -(10**12)]]}]}]},
    {**_GOOD, "current": "0", "documents": []},
    {**_GOOD, "saved_at": "yesterday", "documents": []},
    {**_GOOD, "saved_at": [], "documents": []},
]


@pytest.mark.parametrize("content", WRONG_SHAPES, ids=range(len(WRONG_SHAPES)))
def test_wrong_json_types_never_crash_and_are_set_aside_with_a_notice(tmp_path: Path, content: object) -> None:
    notices.reset()
    bad = tmp_path / "session-20260101-000000-0123456789abcdef.json"
    bad.write_text(json.dumps(content), encoding="utf-8")
    store = SessionStore(tmp_path)
    assert store.recoverable() == []
    assert not bad.exists() and len(list(tmp_path.glob(bad.name + ".corrupt-*"))) == 1
    [message] = notices.take_all()
    assert message.startswith("A damaged session file") and "Traceback" not in message
    assert len(message) < 400


CUT = b'{"format": "ocrdesk.session/1", "documents": ['


@pytest.mark.parametrize("raw", [b"[" * 200_000 + b"]" * 200_000, b"\xff\xfe\x00garbage", b"", CUT])
def test_deep_binary_empty_or_cut_files_are_set_aside(tmp_path: Path, raw: bytes) -> None:
    (tmp_path / "session-x.json").write_bytes(raw)
    store = SessionStore(tmp_path)
    assert store.recoverable() == []
    assert len(store.set_aside) == 1 and not (tmp_path / "session-x.json").exists()


def test_a_good_session_beside_a_damaged_one_is_still_offered(tmp_path: Path) -> None:
    (tmp_path / "session-bad.json").write_text("[]", encoding="utf-8")
    crashed = SessionStore(tmp_path)
    crashed.save(_state())
    _forget(crashed)
    [found] = SessionStore(tmp_path).recoverable()
    assert found.path == crashed.path


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_sessions_and_frames_are_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "sessions"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)  # as an earlier version left it
    store = SessionStore(folder)
    store.save(_state())
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(store.frames_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.lock_path.stat().st_mode) == 0o600


def test_an_uncreatable_sessions_folder_is_reported_not_raised(tmp_path: Path) -> None:
    notices.reset()
    (tmp_path / "file").write_text("x")
    store = SessionStore(tmp_path / "file" / "sessions")
    assert store.problem is not None and store.recoverable() == []
    [message] = notices.take_all()
    assert message.startswith("Cannot create the sessions folder") and "Autosave" in message
    with pytest.raises(OSError) as caught:
        store.save(_state())
    assert str(caught.value).startswith("Cannot create the sessions folder")


def test_stale_temp_files_and_orphan_locks_are_cleaned_at_the_scan(tmp_path: Path) -> None:
    store = SessionStore(tmp_path)
    temp = tmp_path / ".session-old.json.ocrdesk-abcd1234.tmp"
    frame_temp = store.frames_dir / ".camera-0-1.png.ocrdesk-abcd1234.tmp"
    orphan, young = tmp_path / "session-gone.lock", tmp_path / "session-starting.lock"
    for path in (temp, frame_temp, orphan, young):
        path.write_bytes(b"")
    for path in (temp, frame_temp, orphan):
        os.utime(path, (time.time() - 3600, time.time() - 3600))
    assert store.recoverable() == []
    assert not temp.exists() and not frame_temp.exists() and not orphan.exists()
    assert young.exists()


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


@pytest.mark.parametrize("saved_at", [1e308, -5.0, float("nan")])
def test_an_absurd_save_time_keeps_the_work(tmp_path: Path, saved_at: float) -> None:
    data = {**_state().to_dict(), "saved_at": saved_at}
    (tmp_path / "session-odd.json").write_text(json.dumps(data), encoding="utf-8")
    [found] = SessionStore(tmp_path).recoverable()
    assert found.state.saved_at == 0.0 and found.state.documents[0].fields[0].value == "张叁"
