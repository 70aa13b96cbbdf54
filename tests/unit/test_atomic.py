"""Atomic writes: the target is replaced whole or not at all, and no temporary file is left behind."""

from __future__ import annotations

import os
import stat
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
