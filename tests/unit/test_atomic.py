"""Atomic writes: the target is replaced whole or not at all, and no temporary file is left behind."""

from __future__ import annotations

import errno
import os
import stat
import time
from pathlib import Path

import pytest

from ocrdesk import atomic
from ocrdesk.atomic import atomic_write_bytes, atomic_write_text
from ocrdesk.export import export_documents
from ocrdesk.model import Document


def test_writes_new_and_replaces_old(tmp_path: Path) -> None:
    target = tmp_path / "结果 1.json"
    atomic_write_text(target, "第一\n")
    assert target.read_text(encoding="utf-8") == "第一\n"
    atomic_write_bytes(target, b"second")
    assert target.read_bytes() == b"second"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_text_keeps_newlines_exactly(tmp_path: Path) -> None:
    target = tmp_path / "a.csv"
    atomic_write_text(target, "a\r\nb\n")
    assert target.read_bytes() == b"a\r\nb\n"


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_failure_keeps_old_file_and_removes_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str) -> None:
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"old export")

    def boom(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, failing, boom)
    with pytest.raises(OSError):
        atomic_write_bytes(target, b"new export")
    assert target.read_bytes() == b"old export"
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]


def test_export_failure_keeps_previous_export(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.csv"
    export_documents([Document("a.jpg")], target)
    before = target.read_bytes()
    monkeypatch.setattr(atomic.os, "replace", lambda *a: (_ for _ in ()).throw(PermissionError(13, "locked")))
    with pytest.raises(PermissionError):
        export_documents([Document("b.jpg")], target)
    assert target.read_bytes() == before
    assert len(list(tmp_path.iterdir())) == 1


def test_interrupt_while_writing_removes_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write_bytes(tmp_path / "x.json", b"{}")
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_raises_cleanly(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        atomic_write_bytes(tmp_path / "no such folder" / "x.json", b"{}")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_permissions_like_a_plain_write(tmp_path: Path) -> None:
    tmp_path = tmp_path / "shared"
    tmp_path.mkdir(mode=0o755)
    tmp_path.chmod(0o755)
    fresh = tmp_path / "fresh.json"
    atomic_write_bytes(fresh, b"{}")
    plain = tmp_path / "plain.json"
    plain.write_bytes(b"{}")
    assert stat.S_IMODE(fresh.stat().st_mode) == stat.S_IMODE(plain.stat().st_mode)

    kept = tmp_path / "kept.json"
    kept.write_bytes(b"old")
    kept.chmod(0o640)
    atomic_write_bytes(kept, b"new")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_new_file_in_an_owner_only_folder_stays_owner_only(tmp_path: Path) -> None:
    private = tmp_path / "sessions"
    private.mkdir(mode=0o700)
    atomic_write_bytes(private / "session.json", b"{}")
    assert stat.S_IMODE((private / "session.json").stat().st_mode) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_explicit_mode_wins_over_the_replaced_file(tmp_path: Path) -> None:
    target = tmp_path / "old.json"
    target.write_bytes(b"old")
    target.chmod(0o644)
    atomic_write_bytes(target, b"new", mode=0o600)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_full_disk_is_called_a_full_disk_and_names_the_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.xlsx"

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(OSError) as caught:
        export_documents([Document("a.jpg")], target)
    assert caught.value.errno == errno.ENOSPC
    assert caught.value.filename == str(target)
    assert caught.value.strerror == "the disk is full"
    assert ".tmp" not in str(caught.value) and "report.xlsx" in str(caught.value)


def test_permission_error_stays_a_permission_error_naming_the_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.json"

    def denied(source: str, destination: str) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", source)

    monkeypatch.setattr(atomic.os, "replace", denied)
    with pytest.raises(PermissionError) as caught:
        atomic_write_bytes(target, b"{}")
    assert caught.value.filename == str(target) and caught.value.strerror == "permission denied"


@pytest.mark.skipif(os.name != "posix", reason="chmod cannot make a folder unwritable on Windows")
def test_unwritable_folder_names_the_target_not_a_temp_file(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes anywhere")
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(PermissionError) as caught:
            atomic_write_bytes(folder / "out.csv", b"x")
    finally:
        folder.chmod(0o700)
    assert caught.value.filename == str(folder / "out.csv")


def _age(path: Path, seconds: float) -> None:
    past = time.time() - seconds
    os.utime(path, (past, past))


def test_clean_stale_temp_removes_only_old_temp_files_of_ours(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_replace = os.replace

    def killed(source: str, destination: str) -> None:
        raise KeyboardInterrupt  # a kill between writing and renaming, as far as the folder is concerned

    monkeypatch.setattr(atomic.os, "unlink", lambda path: None)  # the kill also skips the cleanup
    monkeypatch.setattr(atomic.os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        atomic_write_bytes(tmp_path / "export.xlsx", b"half")
    monkeypatch.undo()
    assert os.replace is real_replace
    [left] = [p for p in tmp_path.iterdir()]
    legacy = tmp_path / ".export.csv.ab12cd_9.tmp"  # written by an older version (no mark)
    fresh = tmp_path / ".other.json.ocrdesk-zz99yy88.tmp"  # a write under way in another window
    keep = [tmp_path / "notes.tmp", tmp_path / ".hidden.tmp", tmp_path / "export.xlsx.abcdefgh.tmp"]
    for path in [legacy, fresh, *keep]:
        path.write_bytes(b"x")
    for path in [left, legacy, *keep]:
        _age(path, 3600)
    (tmp_path / ".folder.json.abcdefgh.tmp").mkdir()
    _age(tmp_path / ".folder.json.abcdefgh.tmp", 3600)

    removed = atomic.clean_stale_temp(tmp_path)

    assert sorted(removed) == sorted([left, legacy])
    assert not left.exists() and not legacy.exists()
    assert fresh.exists() and all(path.exists() for path in keep)
    assert (tmp_path / ".folder.json.abcdefgh.tmp").is_dir()


def test_clean_stale_temp_on_a_missing_folder_does_nothing(tmp_path: Path) -> None:
    assert atomic.clean_stale_temp(tmp_path / "gone") == []
