"""Export failures as the operator reads them: the target's name, and what happened in words."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from ocrdesk import atomic
from ocrdesk.export import export_documents
from ocrdesk.model import Document, Field

DOCUMENTS = [Document("scans/a.png", fields=[Field("name", "姓名", "张三", 0.9)])]


@pytest.mark.parametrize("suffix", [".json", ".xlsx", ".csv"])
@pytest.mark.parametrize(
    ("code", "words", "kind"),
    [
        (errno.ENOSPC, "the disk is full", OSError),
        (errno.EACCES, "permission denied", PermissionError),
        (errno.EROFS, "the disk is read-only", OSError),
    ],
)
def test_every_format_names_the_target_and_the_cause(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str, code: int, words: str, kind: type[OSError]
) -> None:
    target = tmp_path / f"结果{suffix}"
    real_fdopen = os.fdopen

    def failing_fdopen(fd: int, *args: object, **kwargs: object) -> object:
        real_fdopen(fd, "wb").close()
        # what the system reports: the temporary file's name
        raise OSError(code, os.strerror(code), str(tmp_path / f".{target.name}.ocrdesk-x1y2z3w4.tmp"))

    monkeypatch.setattr(atomic.os, "fdopen", failing_fdopen)
    with pytest.raises(kind) as caught:
        export_documents(DOCUMENTS, target)
    error = caught.value
    assert error.errno == code and error.filename == str(target) and error.strerror == words
    shown = f"{error.filename}: {error.strerror}"  # how the window and the CLI print it
    assert target.name in shown and ".tmp" not in shown
    assert list(tmp_path.iterdir()) == []  # no temp left, no half target
