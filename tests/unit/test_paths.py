"""Folders that cannot be created are reported once, readably, and never stop a start."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from ocrdesk import notices, paths
from ocrdesk.paths import FolderError


@pytest.fixture(autouse=True)
def _no_notices() -> None:
    notices.reset()


def test_a_file_in_the_way_is_a_readable_folder_error(tmp_path: Path) -> None:
    (tmp_path / "blocked").write_text("x")
    with pytest.raises(FolderError) as caught:
        paths.ensure_folder(tmp_path / "blocked" / "sessions", "data")
    text = str(caught.value)
    assert text.startswith("Cannot create the data folder ") and str(tmp_path / "blocked") in text
    assert "Traceback" not in text and "Errno" not in text


def test_uncreatable_data_and_config_folders_return_a_path_and_one_notice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "file").write_text("x")
    monkeypatch.setenv("OCRDESK_DATA_DIR", str(tmp_path / "file" / "data"))
    monkeypatch.setenv("OCRDESK_CONFIG_DIR", str(tmp_path / "file" / "config"))
    assert paths.data_dir() == tmp_path / "file" / "data"
    assert paths.data_dir() == tmp_path / "file" / "data"  # asked again: still one notice
    assert paths.config_dir() == tmp_path / "file" / "config"
    taken = notices.take_all()
    assert len(taken) == 2
    assert taken[0].startswith("Cannot create the data folder") and "settings folder" in taken[1]
    assert notices.take_all() == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_private_folders_are_owner_only_even_when_they_existed(tmp_path: Path) -> None:
    existing = tmp_path / "sessions"
    existing.mkdir(mode=0o755)
    existing.chmod(0o755)
    paths.ensure_folder(existing, "sessions", private=True)
    fresh = paths.ensure_folder(tmp_path / "a" / "frames", "frames", private=True)
    assert stat.S_IMODE(existing.stat().st_mode) == 0o700
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o700


def test_notices_are_taken_once_and_keys_are_added_once() -> None:
    notices.add("The settings file was damaged.", key="settings")
    notices.add("The settings file was damaged, again.", key="settings")
    notices.add("A session was set aside.")
    notices.add("A session was set aside.")
    assert notices.pending() == ["The settings file was damaged.", "A session was set aside."]
    assert notices.take_all() == ["The settings file was damaged.", "A session was set aside."]
    assert notices.take_all() == []
