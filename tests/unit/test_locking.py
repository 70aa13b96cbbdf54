"""File locks: held by a handle, released by the system when the holder dies."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from ocrdesk.locking import FileLock, is_held_elsewhere


def test_a_held_lock_excludes_another_handle_until_released(tmp_path: Path) -> None:
    path = tmp_path / "x.lock"
    first, second = FileLock(path), FileLock(path)
    assert not is_held_elsewhere(path)
    assert first.acquire() and first.held
    assert not second.acquire() and not second.held
    assert is_held_elsewhere(path)
    first.release()
    assert second.acquire()
    second.release()


def test_a_forgotten_lock_object_releases_its_lock(tmp_path: Path) -> None:
    path = tmp_path / "x.lock"
    holder = FileLock(path)
    assert holder.acquire()
    del holder
    assert not is_held_elsewhere(path)


def test_a_killed_process_leaves_its_lock_free(tmp_path: Path) -> None:
    path = tmp_path / "x.lock"
    script = textwrap.dedent(
        f"""
        import os, sys
        sys.path.insert(0, {str(Path(__file__).resolve().parents[2])!r})
        from pathlib import Path
        from ocrdesk.locking import FileLock
        lock = FileLock(Path({str(path)!r}))
        assert lock.acquire()
        print("held", flush=True)
        sys.stdin.readline()
        os._exit(9)
        """
    )
    child = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "held"
        assert is_held_elsewhere(path)
        assert not FileLock(path).acquire()
    finally:
        child.kill()
        child.wait(30)
    assert not is_held_elsewhere(path)
