"""Hostile and damaged local files: inputs, session files and folders. Prints how each was handled.

Inputs: FIFOs and devices (named like images and PDFs), truncated, empty, non-image, header bombs,
a 100 MP scan (between Pillow's default guard and our 120 MP limit), multi-page TIFFs, damaged
PDFs. Each is planned and loaded in a thread; "hung" means it did not finish in 20 s.
Sessions: SEEDED random type mutations of a real session file, each read by a fresh store at start.
Target: 0 uncaught, 0 hung, every mutated session either offered back or set aside.

Run: .venv/bin/python benchmarks/bench_hostile_files.py [--sessions 600] [--seed 10]
"""

from __future__ import annotations

import argparse
import copy
import io
import json
import logging
import os
import random
import struct
import sys
import tempfile
import threading
import zlib
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ocrdesk import notices
from ocrdesk.errors import ImageLoadError
from ocrdesk.export import export_documents
from ocrdesk.inputs import expand_inputs, load_page
from ocrdesk.model import Box, DocStatus, Document, Field
from ocrdesk.review import edit_count
from ocrdesk.session import SessionState, SessionStore


def _png_bomb(width: int, height: int) -> bytes:
    def chunk(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")
    )


def make_inputs(folder: Path) -> list[Path]:
    made: list[Path] = []
    if hasattr(os, "mkfifo"):
        for name in ("fifo.pdf", "fifo.jpg", "fifo.tif"):
            os.mkfifo(folder / name)
            made.append(folder / name)
    buffer = io.BytesIO()
    Image.new("RGB", (300, 200), "white").save(buffer, "JPEG")
    files = {
        "empty.png": b"",
        "text.jpg": b"not a picture at all",
        "cut.jpg": buffer.getvalue()[:500],
        "bomb.png": _png_bomb(100_000, 100_000),
        "over-limit.png": _png_bomb(11_000, 11_000),
        "damaged.pdf": b"%PDF-1.4\n garbage",
        "empty.pdf": b"",
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
        made.append(folder / name)
    Image.new("1", (10_000, 10_000), 1).save(folder / "scan-100mp.png")
    pages = [Image.new("RGB", (40 + i, 30), "white") for i in range(5)]
    pages[0].save(folder / "five-pages.tif", save_all=True, append_images=pages[1:])
    made += [folder / "scan-100mp.png", folder / "five-pages.tif"]
    if Path("/dev/zero").exists():
        made.append(Path("/dev/zero"))
    return made


def guarded(work: Callable[[], object], timeout: float = 20.0) -> tuple[str, object]:
    outcome: list[tuple[str, object]] = []

    def run() -> None:
        try:
            outcome.append(("ok", work()))
        except ImageLoadError as exc:
            outcome.append(("refused", exc.message))
        except Exception as exc:  # what we count as a failure
            outcome.append(("UNCAUGHT", f"{type(exc).__name__}: {exc}"))

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout)
    return outcome[0] if outcome else ("HUNG", None)


def try_inputs(folder: Path) -> Counter[str]:
    tally: Counter[str] = Counter()
    for path in make_inputs(folder):
        kind, plan = guarded(lambda path=path: expand_inputs([path]))
        if kind != "ok":
            tally[kind] += 1
            print(f"  {path.name:16} plan: {kind} {plan}")
            continue
        for problem in plan.problems:  # type: ignore[attr-defined]
            tally["refused"] += 1
            print(f"  {path.name:16} refused at planning: {problem.message}")
        for ref in plan.pages:  # type: ignore[attr-defined]
            kind, detail = guarded(lambda ref=ref: load_page(ref))
            tally[kind] += 1
            shown = f"{detail.width}×{detail.height}" if kind == "ok" else detail  # type: ignore[attr-defined]
            print(f"  {ref.display_name:16} load: {kind} {shown}")
    return tally


_VALUES: list[Any] = [None, True, 0, -1, 10**30, 1e308, "x", "", [], {}, [1, 2], {"a": 1}, [[1]], "😀" * 3]


def _mutate(data: Any, rng: random.Random) -> Any:
    """Replace one randomly chosen value anywhere in `data` by a value of a random type."""
    paths: list[tuple[Any, Any]] = []

    def walk(node: Any) -> None:
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else []
        for key, value in list(items):
            paths.append((node, key))
            walk(value)

    mutated = copy.deepcopy(data)
    walk(mutated)
    if not paths or rng.random() < 0.05:
        return rng.choice(_VALUES)
    node, key = rng.choice(paths)
    if isinstance(node, dict) and rng.random() < 0.2:
        del node[key]
    else:
        node[key] = copy.deepcopy(rng.choice(_VALUES))
    return mutated


def try_sessions(folder: Path, count: int, seed: int) -> Counter[str]:
    rng = random.Random(seed)
    fields = [Field("name", "姓名", "张三", 0.9, Box(1, 2, 30, 40), polygon=[(1, 2), (30, 2), (30, 40), (1, 40)])]
    fields[0].corrections = ["check digit: Z→2"]
    document = Document("scans/a.png", page=2, status=DocStatus.REVIEWED, fields=fields)
    good = {**SessionState([document], current=0).to_dict(), "owner_pid": 1, "clean": False}
    tally: Counter[str] = Counter()
    for number in range(count):
        sessions = folder / f"run-{number}"
        sessions.mkdir()
        mutated = _mutate(good, rng)
        for _ in range(rng.randint(0, 2)):
            mutated = _mutate(mutated, rng)
        (sessions / "session-mutated.json").write_text(json.dumps(mutated), encoding="utf-8")
        store = SessionStore(sessions)
        kind, found = guarded(store.recoverable)
        if kind != "ok":
            tally[kind] += 1
            print(f"  session {number}: {kind} {found}")
        elif found:
            tally["offered back"] += 1
            kind, detail = guarded(lambda found=found, sessions=sessions: _use(found[0].state, sessions))
            if kind != "ok":
                tally[f"restored but {kind} when used"] += 1
                print(f"  session {number}: restored, then {kind} {detail}")
        elif store.set_aside:
            tally["set aside"] += 1
        else:
            tally["skipped (not a crashed session)"] += 1
    return tally


def _use(state: SessionState, folder: Path) -> None:
    """What the window and the exports do with a restored session."""
    edit_count(state.documents)
    for document in state.documents:
        _ = document.display_name, [(f.edited, f.value, f.box) for f in document.fields]
    for suffix in (".json", ".csv", ".xlsx"):
        export_documents(state.documents, folder / f"export{suffix}")


def main() -> int:
    logging.disable(logging.WARNING)  # each set-aside session logs a warning: the tally below says it
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=600)
    parser.add_argument("--seed", type=int, default=10)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        base = Path(temp)
        (base / "inputs").mkdir()
        print("inputs:")
        inputs_tally = try_inputs(base / "inputs")
        print("inputs:", dict(inputs_tally))
        sessions_tally = try_sessions(base, options.sessions, options.seed)
        print(f"sessions ({options.sessions} mutated, seed {options.seed}):", dict(sessions_tally))
        print(f"startup notices queued: {len(notices.take_all())}")
    failures = sum(n for t in (inputs_tally, sessions_tally) for k, n in t.items() if "UNCAUGHT" in k or "HUNG" in k)
    print(f"uncaught or hung: {failures}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
