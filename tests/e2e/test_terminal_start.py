"""`ocrdesk` started from a terminal: no display, and Ctrl+C while the window is open.

Real processes: Qt aborts a process it cannot give a platform (no test could survive that in-process),
and Ctrl+C reaches every process of the terminal's process group, the engine's child process included.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ocrdesk.ui.startup import EXIT_INTERRUPTED, InterruptHandler, display_problem

ROOT = Path(__file__).resolve().parents[2]


def _env(tmp_path: Path, **changes: str | None) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        OCRDESK_CONFIG_DIR=str(tmp_path / "config"),
        OCRDESK_DATA_DIR=str(tmp_path / "data"),
        ORT_DISABLE_TELEMETRY="1",
        PYTHONPATH=str(ROOT),
    )
    for name, value in changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


@pytest.mark.parametrize(
    ("args", "environ", "has_display"),
    [
        ([], {"DISPLAY": ":0"}, True),
        ([], {}, False),
        ([], {"QT_QPA_PLATFORM": "xcb"}, False),
        ([], {"QT_QPA_PLATFORM": "offscreen"}, True),
        (["-platform", "offscreen"], {}, True),
        (["-platform", "xcb"], {"QT_QPA_PLATFORM": "offscreen"}, False),
        ([], {"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":1"}, True),
        ([], {"QT_QPA_PLATFORM": "wayland"}, False),
        ([], {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, True),
        ([], {"QT_QPA_PLATFORM": "vnc:size=1280x800"}, True),
    ],
)
def test_display_problem_follows_qts_choice_of_platform(
    args: list[str], environ: dict[str, str], has_display: bool
) -> None:
    problem = display_problem(args, environ, platform="linux")
    assert (problem is None) == has_display
    if problem is not None:
        assert "\n" not in problem and "ocrdesk recognize" in problem


def test_windows_and_macos_always_have_a_display() -> None:
    assert display_problem([], {}, platform="win32") is None
    assert display_problem([], {}, platform="darwin") is None


def test_without_a_display_one_line_says_so_and_points_to_the_cli(tmp_path: Path) -> None:
    env = _env(tmp_path, QT_QPA_PLATFORM="xcb", DISPLAY=None, WAYLAND_DISPLAY=None)
    result = subprocess.run(
        [sys.executable, "-m", "ocrdesk"], env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    assert result.returncode == 2, result.stderr  # not Qt's abort (134)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "no display" in lines[0] and "ocrdesk recognize" in lines[0]
    assert "xcb" not in lines[0] and "Aborted" not in result.stderr


def test_a_second_interrupt_ends_at_once() -> None:
    exits: list[int] = []
    handler = InterruptHandler(hard_exit=exits.append)
    handler(signal.SIGINT, None)
    assert handler.interrupted and exits == []
    handler(signal.SIGINT, None)
    assert exits == [EXIT_INTERRUPTED]


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(child) for child in (task / "children").read_text().split()]
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads child processes from /proc (Linux)")
def test_ctrl_c_in_the_terminal_closes_the_window_without_a_traceback(tmp_path: Path) -> None:
    env = _env(tmp_path, QT_QPA_PLATFORM="offscreen")
    # its own process group, as a terminal's foreground job: os.killpg is the terminal's Ctrl+C
    window = subprocess.Popen(
        [sys.executable, "-m", "ocrdesk"],
        env=env,
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        # the window warms the local engine up in its child process as soon as it is shown
        while not _children(window.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        children = _children(window.pid)
        assert children, "the engine's child process never started"
        time.sleep(1.5)  # let the child get into Python code (imports, models), where SIGINT used to land
        os.killpg(window.pid, signal.SIGINT)
        _out, err = window.communicate(timeout=60)
    finally:
        if window.poll() is None:
            os.killpg(window.pid, signal.SIGKILL)
            window.wait()
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert window.returncode == EXIT_INTERRUPTED, err
    deadline = time.monotonic() + 15
    while any(_alive(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in children), "the engine's child process outlived the window"
