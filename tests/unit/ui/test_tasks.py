"""Background work: results reach the GUI thread, failures are readable, cancelling discards."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest

from ocrdesk.errors import ConfigError, ErrorKind, ImageLoadError, ProviderError
from ocrdesk.i18n import Text
from ocrdesk.imaging import load_image
from ocrdesk.model import DocStatus
from ocrdesk.providers.base import CancelToken
from ocrdesk.session import SessionBusy
from ocrdesk.ui.messages import MessageBridge
from ocrdesk.ui.recognizer import Recognizer
from ocrdesk.ui.tasks import ProviderCache, TaskRunner, readable_error
from tests.e2e.conftest import make_image
from tests.fake_providers import LinesProvider


@pytest.fixture
def runner(qtbot: Any) -> Any:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def test_result_is_delivered_in_the_gui_thread(qtbot: Any, runner: TaskRunner) -> None:
    seen: dict[str, Any] = {}

    def work(a: int, b: int) -> int:
        seen["worker"] = threading.current_thread()
        return a + b

    def done(result: int) -> None:
        seen["result"] = result
        seen["handler"] = threading.current_thread()

    runner.start(work, 2, 3, on_finished=done)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 5
    assert seen["handler"] is threading.main_thread()
    assert seen["worker"] is not threading.main_thread()
    assert runner.active_count == 0


def test_failures_arrive_as_the_exception_itself(qtbot: Any, runner: TaskRunner) -> None:
    failures: list[BaseException] = []

    def known() -> None:
        raise ProviderError("Quota exhausted", "FailedOperation.ArrearsError", ErrorKind.QUOTA)

    def unexpected() -> None:
        raise KeyError("oops")

    runner.start(known, on_failed=failures.append)
    runner.start(unexpected, on_failed=failures.append)
    qtbot.waitUntil(lambda: len(failures) == 2)
    vendor = next(f for f in failures if isinstance(f, ProviderError))
    assert vendor.code == "FailedOperation.ArrearsError"  # the code survives the thread hop
    assert any(isinstance(f, KeyError) for f in failures)


def test_the_default_failure_handler_shows_one_readable_line(qtbot: Any) -> None:
    messages = MessageBridge()
    banner: list[tuple[str, str]] = []
    messages.bannerShown.connect(lambda text, level: banner.append((text, level)))
    runner = TaskRunner(messages=messages)

    def known() -> None:
        raise ImageLoadError("scan.png: file is truncated or corrupt", "image.corrupt")

    def unexpected() -> None:
        raise KeyError("oops")

    runner.start(known)
    runner.start(unexpected)
    qtbot.waitUntil(lambda: len(banner) == 2)
    runner.shutdown()
    texts = [text for text, _level in banner]
    assert "scan.png: file is truncated or corrupt" in texts
    assert any(t.startswith("Unexpected error: KeyError") for t in texts)
    assert not any("Traceback" in t for t in texts)
    assert {level for _text, level in banner} == {"error"}


def test_gui_call_runs_on_the_gui_thread_in_order(qtbot: Any, qapp: Any) -> None:
    from PySide6.QtCore import QObject

    from ocrdesk.ui.tasks import GuiCall

    owner = QObject()
    gui = GuiCall(owner)
    seen: list[tuple[int, threading.Thread]] = []
    record = gui.wrap(lambda n: seen.append((n, threading.current_thread())))
    worker = threading.Thread(target=lambda: [record(n) for n in range(5)])
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(seen) == 5)
    assert [n for n, _thread in seen] == [0, 1, 2, 3, 4]
    assert all(thread is threading.main_thread() for _n, thread in seen)


def test_the_graveyard_keeps_objects_until_exhumed(qapp: Any) -> None:
    from PySide6.QtCore import QObject

    from ocrdesk.ui import tasks

    parent = QObject()
    child = QObject(parent)
    tasks.bury(child)
    assert child.parent() is None and child in tasks._GRAVEYARD
    tasks.exhume(child)
    assert child not in tasks._GRAVEYARD


def test_a_task_cancelled_before_it_runs_reports_cancelled(qtbot: Any, runner: TaskRunner) -> None:
    token = CancelToken()
    token.cancel()
    outcome: list[str] = []
    runner.start(lambda: "ran", cancel=token, on_finished=outcome.append, on_cancelled=lambda: outcome.append("x"))
    qtbot.waitUntil(lambda: bool(outcome))
    assert outcome == ["x"]


def test_shutdown_cancels_and_waits(qtbot: Any) -> None:
    runner = TaskRunner()
    started_event, stopped = threading.Event(), threading.Event()
    woken_by_cancel: list[bool] = []

    def slow(token: CancelToken) -> None:
        started_event.set()
        woken_by_cancel.append(token.wait(60))
        stopped.set()

    token = CancelToken()
    runner.start(slow, token, cancel=token)
    assert started_event.wait(5)
    assert runner.shutdown()
    assert stopped.is_set()
    assert woken_by_cancel == [True]  # ended by shutdown's cancel, not by its own wait running out
    runner.start(lambda: None)  # ignored once shut down
    assert runner.active_count == 0


def test_provider_cache_creates_each_provider_once() -> None:
    created: list[str] = []
    lock = threading.Lock()

    def factory(provider_id: str) -> LinesProvider:
        time.sleep(0.01)
        with lock:
            created.append(provider_id)
        return LinesProvider()

    cache = ProviderCache(factory)
    threads = [threading.Thread(target=cache.get, args=("lines",)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert created == ["lines"]
    cache.forget("lines")
    cache.get("lines")
    assert created == ["lines", "lines"]


def test_waiting_for_a_busy_provider_can_be_cancelled() -> None:
    cache = ProviderCache(lambda _id: object())
    release = threading.Event()
    inside = threading.Event()

    def hold(_provider: object) -> None:
        inside.set()
        release.wait(5)

    holder = threading.Thread(target=cache.run_exclusive, args=("p", CancelToken(), hold))
    holder.start()
    inside.wait(5)
    token = CancelToken()
    threading.Timer(0.1, token.cancel).start()
    with pytest.raises(Exception, match="Cancelled"):
        cache.run_exclusive("p", token, lambda _p: None)
    release.set()
    holder.join()


def test_readable_error() -> None:
    assert readable_error(ConfigError("token is missing")) == "token is missing — set it in Settings → Providers…"
    assert readable_error(ConfigError("set it in Settings → Providers…")) == "set it in Settings → Providers…"
    assert readable_error(FileNotFoundError(2, "No such file or directory", "a.png")) == "a.png: no such file or folder"
    assert readable_error(OSError(1234, "Odd device error", "a.png")) == "a.png: Odd device error"
    busy = SessionBusy(Text("Session", "another OCRDesk window has taken {name}", name="s.json"))
    assert readable_error(busy) == "another OCRDesk window has taken s.json"


def test_controller_discards_a_superseded_recognition(qtbot: Any, tmp_path: Path, ui_registry: dict[str, str]) -> None:
    controller = Recognizer()
    image = load_image(make_image(tmp_path / "p.png"))
    finished: list[Any] = []
    controller.recognitionFinished.connect(finished.append)
    controller.recognize("slow", image, "general")
    controller.recognize("lines", image, "general")  # supersedes the slow one
    qtbot.waitUntil(lambda: bool(finished))
    qtbot.waitUntil(lambda: controller.runner.active_count == 0)
    assert len(finished) == 1
    assert finished[0].provider == "lines"
    assert finished[0].status == DocStatus.OK
    assert not controller.cancel()  # nothing left to cancel
    controller.shutdown()


def test_controller_warms_up_once(qtbot: Any, ui_registry: dict[str, str]) -> None:
    from tests.fake_providers import LinesProvider

    LinesProvider.warmed_up = 0
    controller = Recognizer()
    with qtbot.waitSignal(controller.warmUpFinished) as blocker:
        controller.warm_up("lines")
    controller.warm_up("lines")
    assert blocker.args == ["lines"]
    assert controller.is_warm("lines")
    assert LinesProvider.warmed_up == 1
    with qtbot.waitSignal(controller.warmUpFailed) as failed:
        controller.warm_up("keyed")
    assert failed.args[0] == "keyed"
    assert "token" in failed.args[1]
    assert not controller.is_warm("keyed")  # tried again next time
    controller.shutdown()
