"""The log file is owner-only, before and after rotation."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from ocrdesk.logfile import private_rotating_handler

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_log_folder_and_files_are_owner_only_across_rotation(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    (folder / "ocrdesk.log").write_text("old line\n")
    (folder / "ocrdesk.log").chmod(0o644)  # as earlier versions left it
    handler = private_rotating_handler(folder / "ocrdesk.log", max_bytes=200, backup_count=2)
    logger = logging.getLogger("test_logfile")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for number in range(20):
            logger.warning("line %d with a file name 身份证.jpg", number)
    finally:
        logger.removeHandler(handler)
        handler.close()
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["ocrdesk.log", "ocrdesk.log.1", "ocrdesk.log.2"]
    assert _mode(folder) == 0o700
    assert [_mode(folder / name) for name in names] == [0o600, 0o600, 0o600]
    assert "line 19" in (folder / "ocrdesk.log").read_text(encoding="utf-8")
