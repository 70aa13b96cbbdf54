"""Operator keystrokes and time for a 6-field ID card (issue 15), driven like the review tests: the
window offscreen, a test provider that reads the card with one wrong value (the ID number's check
digit), keys sent as an operator presses them. Prints, per scenario, the keys pressed (the typing of
values apart), the characters typed, and the median time from the first key to the confirm over R
runs (the harness's time: event handling, validation, undo, autosave; not a human's).

Scenarios: review as before (type the right number, Enter, Ctrl+Enter); blind double entry on with
the machine wrong (the number typed twice); blind double entry on with the machine right (typed once).
Budget (README, "Reviewing"): at most 6 keystrokes besides the typing of values.

Timings on a shared 2-core machine are noisy: compare runs of the same moment, not across days.

Run: .venv/bin/python benchmarks/bench_review_keys.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("OCRDESK_CONFIG_DIR", tempfile.mkdtemp(prefix="ocrdesk-bench-config-"))
os.environ.setdefault("OCRDESK_DATA_DIR", tempfile.mkdtemp(prefix="ocrdesk-bench-data-"))

from PySide6.QtCore import QEventLoop, Qt, QThreadPool, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ocrdesk import providers  # noqa: E402
from ocrdesk.model import DocStatus  # noqa: E402
from ocrdesk.preferences import DOUBLE_ENTRY  # noqa: E402

BUDGET = 6
CTRL = Qt.KeyboardModifier.ControlModifier


def wait(signal: object, timeout_ms: int = 30_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


class Keys:
    def __init__(self) -> None:
        self.pressed = 0
        self.typed = 0

    @staticmethod
    def _focus() -> object:
        widget = QApplication.focusWidget()
        if widget is None:
            raise RuntimeError("nothing has the keyboard focus")
        return widget

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.pressed += 1
        QTest.keyClick(self._focus(), key, modifier)  # type: ignore[call-overload]

    def type(self, text: str) -> None:
        for char in text:
            self.typed += 1
            QTest.keyClicks(self._focus(), char)  # type: ignore[call-overload]


def run(provider_id: str, blind: bool, steps: Callable[[Keys], None], image: Path) -> tuple[Keys, float]:
    from ocrdesk.ui.main_window import MainWindow
    from tests.e2e.conftest import drop_files
    from tests.e2e.review_helpers import choose

    window = MainWindow()
    window.settings.set(DOUBLE_ENTRY, blind)
    window.show()
    window.activateWindow()
    choose(window, provider_id, "idcard_front")
    drop_files(window, [image])
    wait(window.controller.imageLoaded)
    QTest.keyClick(window, Qt.Key.Key_F5)
    wait(window.controller.recognitionFinished)
    QApplication.processEvents()
    document = window.current_document
    keys = Keys()
    started = time.perf_counter()
    steps(keys)
    elapsed = time.perf_counter() - started
    if document is None or document.status != DocStatus.REVIEWED:
        raise RuntimeError(f"{provider_id}: the card was not confirmed")
    window.hide()  # (close would ask about the unexported card)
    window.deleteLater()
    QApplication.processEvents()
    return keys, elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    providers._REGISTRY["idcards"] = "tests.e2e.review_helpers:IdCardProvider"  # a test provider
    providers._REGISTRY["cleancards"] = "tests.e2e.test_double_entry:CleanCardProvider"
    from tests.e2e.conftest import make_image
    from tests.e2e.review_helpers import GOOD_ID

    def correct(keys: Keys) -> None:
        keys.type(GOOD_ID)
        keys.press(Qt.Key.Key_Return)
        keys.press(Qt.Key.Key_Return, CTRL)

    def blind_twice(keys: Keys) -> None:
        for _ in range(2):
            keys.type(GOOD_ID)
            keys.press(Qt.Key.Key_Return)
        keys.press(Qt.Key.Key_Return, CTRL)

    scenarios = (
        ("one wrong field, as before", "idcards", False, correct),
        ("one wrong field, typed blind", "idcards", True, blind_twice),
        ("nothing wrong, typed blind", "cleancards", True, correct),
    )
    with tempfile.TemporaryDirectory(prefix="ocrdesk-bench-keys-") as temp:
        image = make_image(Path(temp) / "card.png", (800, 500))
        print(f"{'scenario':<32} {'keys':>4} {'typed':>5} {'median ms':>9}  budget")
        for title, provider_id, blind, steps in scenarios:
            times = []
            keys = Keys()
            for _ in range(args.runs):
                keys, elapsed = run(provider_id, blind, steps, image)
                times.append(elapsed * 1000)
            verdict = "ok" if keys.pressed <= BUDGET else "OVER"
            print(
                f"{title:<32} {keys.pressed:>4} {keys.typed:>5} {statistics.median(times):>9.0f}  ≤ {BUDGET} {verdict}"
            )
    print(f"load average {os.getloadavg()[0]:.1f}: timings are noisy on a shared machine")
    QThreadPool.globalInstance().waitForDone(10_000)  # the windows' last background tasks end first
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
