"""Runs the real OCRDesk app (ocrdesk.app.main) in a child process for the crash-recovery test.

    python -m tests.e2e.crash_driver IMAGE

With the repository on PYTHONPATH this registers the fake ID-card provider, starts the app on
IMAGE (recognised at once), then reviews it with real key events (QTest): the wrong ID number is
retyped and committed with Enter, and the document confirmed with Ctrl+Enter. When the autosave
file holds both, it prints `SAVED <path>` and keeps running until the test kills it (SIGKILL).
Everything test-only lives here; the app itself has no test hook.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ocrdesk import app, providers
from tests.e2e.review_helpers import GOOD_ID, REGISTRY


def _saved(path: Path) -> bool:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))["documents"][0]
    except (OSError, ValueError, KeyError, IndexError):
        return False
    values = {f["key"]: f["value"] for f in document["fields"]}
    return values.get("id_number") == GOOD_ID and document["status"] == "reviewed"


def _review(window: Any) -> None:
    focus = QApplication.focusWidget
    for char in GOOD_ID:  # review starts on the invalid ID number: typing replaces it
        QTest.keyClicks(focus(), char)
    QTest.keyClick(focus(), Qt.Key.Key_Return)
    QTest.keyClick(focus(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    path = window.review.autosave.path
    poll = QTimer(window)

    def check() -> None:
        if _saved(path):
            poll.stop()
            print(f"SAVED {path}", flush=True)

    poll.timeout.connect(check)
    poll.start(20)


def main(image: str) -> int:
    providers._REGISTRY.update(REGISTRY)
    real_create = app.create_window

    def create(options: Any) -> Any:
        window = real_create(options)
        started: list[bool] = []

        def recognised(_document: object) -> None:
            if not started:
                started.append(True)
                QTimer.singleShot(0, lambda: _review(window))

        window.controller.recognitionFinished.connect(recognised)
        return window

    app.create_window = create
    return app.main([image, "--provider", "idcards", "--doc-type", "idcard_front", "--auto-recognize"])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
