"""Edits lost to kill -9: the real window in a child process, edited with real key events, killed
with SIGKILL at random moments (often right after an Enter), started again and its restored
session compared with every edit the child had reported committed.

Each child runs OCRDesk (`ocrdesk.app.main`, offscreen) with a fake provider. The first one opens
IMAGES pictures and recognises them all; every later one accepts the restore offer. A child prints
the values it restored (`STATE`), then edits: it selects a random field of the page on screen (or
presses PgDn), types a new value and presses Enter, and only then prints `COMMITTED` with the value.
Values carry (run, sequence), so a restored value older than the last one reported committed is a
lost edit. Target (issue 10): 0 lost.

Run: .venv/bin/python benchmarks/bench_kill_edits.py [--runs 20] [--images 4] [--seed 1]
     (figures vary with the machine's load; the kill moments are random, --seed repeats them)
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import random
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
VALUE = re.compile(r"R(\d+)E(\d+)$")


# -- the child: the real window, driven by key events ------------------------------------------
def child(run: int, images: list[str], seed: int) -> int:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ocrdesk import app, providers
    from ocrdesk.ui.review import autosave

    providers._REGISTRY["lines"] = "tests.fake_providers:LinesProvider"
    autosave.RestoreDialog.exec = lambda _dialog: autosave.RESTORE  # type: ignore[method-assign,assignment]
    rng = random.Random(seed)
    real_create = app.create_window
    sequence = [0]

    def say(*words: object) -> None:
        print(*words, flush=True)

    def drive(window: Any) -> None:
        documents, state = window.documents, window.state
        say("STATE", json.dumps({d.source: {f.key: f.value for f in d.fields} for d in documents.all_documents()}))
        switching = [False]
        state.pageShown.connect(lambda *_: switching.__setitem__(0, False))

        def step() -> None:
            document = state.document
            if switching[0] or document is None or not document.fields or window.controller.loading:
                QTimer.singleShot(5, step)
                return
            if rng.random() < 0.15 and len(documents.workspace) > 1:
                switching[0] = True
                QTest.keyClick(window, Qt.Key.Key_PageDown if rng.random() < 0.7 else Qt.Key.Key_PageUp)
                QTimer.singleShot(rng.randint(0, 20), step)
                return
            row = rng.randrange(len(document.fields))
            window.review.go_to(row)
            sequence[0] += 1
            value = f"R{run}E{sequence[0]}"
            for char in value:  # the first key opens the editor (typing replaces the value), which takes focus
                QTest.keyClicks(QApplication.focusWidget(), char)
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
            item = document.fields[row]
            if item.value == value:  # the model holds it: Enter committed it
                say("COMMITTED", document.source, item.key, value)
            QTimer.singleShot(rng.randint(0, 30), step)

        say("EDITING")
        step()

    def create(options: Any) -> Any:
        window = real_create(options)
        if images:  # the first run: recognise everything, then edit
            batch = window.documents.batch
            batch.finished.connect(lambda _cancelled: QTimer.singleShot(0, lambda: drive(window)))
            window.documents.inputs.opened.connect(lambda *_: QTimer.singleShot(100, batch.recognize_all))
        else:  # later runs: the restore offer was accepted while the window was made
            QTimer.singleShot(300, lambda: drive(window))
        return window

    app.create_window = create
    args = [*images, "--provider", "lines", "--doc-type", "general"] if images else []
    return app.main(args)


# -- the parent: start, kill, compare ----------------------------------------------------------
def make_images(folder: Path, count: int) -> list[str]:
    from PIL import Image, ImageDraw

    paths = []
    for index in range(count):
        image = Image.new("RGB", (640, 480), "white")
        draw = ImageDraw.Draw(image)
        for line in range(3):
            top = 480 * (2 * line + 1) // 8
            draw.rectangle((64, top, 384, top + 30), fill=(40, 40, 40))
        path = folder / f"page{index}.png"
        image.save(path)
        paths.append(str(path))
    return paths


def _reader(stream: Any, lines: queue.Queue[str | None]) -> None:
    for line in stream:
        lines.put(line.rstrip("\n"))
    lines.put(None)


def one_run(
    run: int, images: list[str], env: dict[str, str], rng: random.Random, max_seconds: float
) -> tuple[dict[str, dict[str, str]] | None, list[tuple[str, str, str]], str]:
    """Start a child, let it edit, kill it; its restored state, the edits it reported, how it ended."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", str(run), "--seed", str(rng.random())]
    child_process = subprocess.Popen(
        [*command, *images], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    lines: queue.Queue[str | None] = queue.Queue()
    threading.Thread(target=_reader, args=(child_process.stdout, lines), daemon=True).start()
    restored: dict[str, dict[str, str]] | None = None
    committed: list[tuple[str, str, str]] = []
    started = time.monotonic()
    kill_at: float | None = None
    after_enter = rng.random() < 0.5  # half the runs are killed right after an Enter's report
    how = "timeout"
    while True:
        now = time.monotonic()
        if now - started > max_seconds or (kill_at is not None and now >= kill_at):
            how = "timer" if kill_at is not None else "timeout"
            break
        try:
            line = lines.get(timeout=0.005)
        except queue.Empty:
            continue
        if line is None:
            how = f"exited ({child_process.wait()})"
            break
        words = line.split(" ", 1)
        if words[0] == "STATE":
            restored = json.loads(words[1])
        elif words[0] == "EDITING":
            kill_at = time.monotonic() + rng.uniform(0.05, 1.5)
        elif words[0] == "COMMITTED":
            source, key, value = words[1].rsplit(" ", 2)
            committed.append((source, key, value))
            if after_enter and kill_at is not None and rng.random() < 0.2:
                how = "right after Enter"
                break
    os.kill(child_process.pid, signal.SIGKILL)
    child_process.wait(10)
    while True:  # reports already written before the kill still count
        try:
            line = lines.get(timeout=0.5)
        except queue.Empty:
            break
        if line is None:
            break
        if line.startswith("COMMITTED "):
            source, key, value = line.split(" ", 1)[1].rsplit(" ", 2)
            committed.append((source, key, value))
    return restored, committed, how


def _order(value: str | None) -> tuple[int, int]:
    match = VALUE.match(value or "")
    return (int(match.group(1)), int(match.group(2))) if match else (-1, -1)


def lost_edits(expected: dict[tuple[str, str], str], restored: dict[str, dict[str, str]]) -> list[str]:
    """Fields whose restored value is older than the newest edit reported committed."""
    lost = []
    for (source, key), value in expected.items():
        got = restored.get(source, {}).get(key)
        if _order(got) < _order(value):
            lost.append(f"{Path(source).name}:{key} expected {value}, restored {got}")
    return lost


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="children killed (one more restores at the end)")
    parser.add_argument("--images", type=int, default=4)
    parser.add_argument("--seed", type=float, default=1)
    parser.add_argument("--max-seconds", type=float, default=90.0, help="per child, start included")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args, rest = parser.parse_known_args()
    if args.child is not None:
        sys.path[:0] = [str(ROOT)]
        sys.exit(child(args.child, rest, int(args.seed * 1e9)))

    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="ocrdesk-bench-kill-"))
    (work / "images").mkdir()
    images = make_images(work / "images", args.images)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "OCRDESK_CONFIG_DIR": str(work / "config"),
        "OCRDESK_DATA_DIR": str(work / "data"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }
    expected: dict[tuple[str, str], str] = {}
    made = lost = checked = 0
    ends: dict[str, int] = {}
    began = time.monotonic()
    for run in range(1, args.runs + 2):
        last = run == args.runs + 1
        limit = 20.0 if last else args.max_seconds
        restored, committed, how = one_run(run, images if run == 1 else [], env, rng, limit)
        if run > 1:
            if restored is None:
                print(f"run {run}: no state printed ({how}); nothing restored")
                lost += len(expected)
                continue
            missing = lost_edits(expected, restored)
            checked += len(expected)
            lost += len(missing)
            for text in missing:
                print(f"run {run}: LOST {text}")
        if last:
            break
        made += len(committed)
        ends[how] = ends.get(how, 0) + 1
        for source, key, value in committed:
            if _order(value) > _order(expected.get((source, key))):
                expected[(source, key)] = value
        print(f"run {run}: {len(committed)} edits committed, killed ({how})", flush=True)
    print()
    print(f"runs (killed with SIGKILL)  {args.runs}   ({', '.join(f'{n} {how}' for how, n in ends.items())})")
    print(f"edits committed             {made}")
    print(f"fields checked on restore   {checked}")
    print(f"edits lost                  {lost}   (target 0)")
    print(f"took                        {time.monotonic() - began:.0f} s")


if __name__ == "__main__":
    main()
