"""Offline recognition on realistic pages: OCRDesk's local provider against its offline peers.

Reads the page corpus (benchmarks/corpus/pages/, made by make_page_corpus.py: newspaper-size small
print, dense tables, faded receipts, small-print forms, long receipts, card photos) and, engines
alternated image by image so a busy machine hurts all alike, runs:
  app:       load_image(path) + recognize_image(LocalProvider, ..., general), the path the app takes;
  rapidocr:  RapidOCR() with its default settings (quiet log), given the file path, as a naive user would;
  tesseract: the `tesseract` command with chi_sim+eng (only when installed; else said so).
Prints per group the accuracy (1 − CER: every read line assigned to the truth line under its
centre, the pieces of a line joined left to right, NFKC and whitespace ignored, lines read where
there is no text counted as errors) and the median warm time per image, then the totals and the
targets: app accuracy ≥ every peer in every group, app/rapidocr time ≤ 0.6, a card ≤ 0.25 s.

Run: .venv/bin/python benchmarks/bench_recognize.py [--reps 3] [--groups G ...] [--engines app rapidocr tesseract]
     [--corpus DIR] [--show-errors]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

os.environ["ORT_DISABLE_TELEMETRY"] = "1"  # before anything imports onnxruntime

from ocrdesk.doctypes import DocType  # noqa: E402
from ocrdesk.imaging import load_image  # noqa: E402
from ocrdesk.providers.local import LocalProvider  # noqa: E402
from ocrdesk.recognition import recognize_image  # noqa: E402

CORPUS = ROOT / "benchmarks" / "corpus" / "pages"
Ltrb = tuple[float, float, float, float]
Read = list[tuple[str, Ltrb]]  # lines read: text and bounding box


@dataclass
class Page:
    name: str
    group: str
    path: Path
    truth: list[tuple[str, Ltrb]]


def load_corpus(folder: Path, groups: Sequence[str] | None) -> list[Page]:
    data = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    pages = []
    for name, entry in data.items():
        if groups and entry["group"] not in groups:
            continue
        truth = [(line["text"], tuple(line["box"])) for line in entry["lines"]]
        pages.append(Page(name, entry["group"], folder / name, truth))  # type: ignore[arg-type]
    return pages


# ---- scoring ----


def norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def edit_distance(a: str, b: str) -> int:
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def score(read: Read, truth: Sequence[tuple[str, Ltrb]]) -> tuple[int, int, list[tuple[str, str]]]:
    """(errors, truth characters, [(expected, read) for lines read wrong])."""
    pieces: list[list[tuple[float, str]]] = [[] for _ in truth]
    errors = 0
    for text, (left, top, right, bottom) in read:
        cx, cy = (left + right) / 2, (top + bottom) / 2
        best, best_dy = -1, float("inf")
        for index, (_, (tl, tt, tr, tb)) in enumerate(truth):
            pad = 0.35 * (tb - tt)
            if tl - pad <= cx <= tr + pad and tt - pad <= cy <= tb + pad:
                dy = abs(cy - (tt + tb) / 2)
                if dy < best_dy:
                    best, best_dy = index, dy
        if best < 0:
            errors += len(norm(text))  # text where the page has none (or lines merged across columns)
        else:
            pieces[best].append((left, text))
    wrong = []
    total = 0
    for (expected, _), found in zip(truth, pieces, strict=True):
        got = "".join(text for _, text in sorted(found))
        distance = edit_distance(norm(expected), norm(got))
        errors += distance
        total += len(norm(expected))
        if distance:
            wrong.append((expected, got))
    return errors, total, wrong


# ---- engines ----


def app_engine() -> Callable[[Page], Read]:
    provider = LocalProvider()
    provider.warm_up()

    def run(page: Page) -> Read:
        document, _ = recognize_image(provider, load_image(page.path), DocType.GENERAL)
        return [
            (f.ocr_value, (f.box.left, f.box.top, f.box.right, f.box.bottom))
            for f in document.fields
            if f.box is not None
        ]

    return run


def rapidocr_engine() -> Callable[[Page], Read]:
    from rapidocr import RapidOCR

    engine = RapidOCR(params={"Global.log_level": "error"})  # its defaults, less a log line per model

    def run(page: Page) -> Read:
        result = engine(str(page.path))
        if result.boxes is None or result.txts is None:
            return []
        return [
            (text, (float(box[:, 0].min()), float(box[:, 1].min()), float(box[:, 0].max()), float(box[:, 1].max())))
            for text, box in zip(result.txts, result.boxes, strict=False)
        ]

    return run


def tesseract_engine() -> Callable[[Page], Read] | None:
    if shutil.which("tesseract") is None:
        return None
    langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, check=False).stdout.split()
    if "chi_sim" not in langs:
        return None

    def run(page: Page) -> Read:
        tsv = subprocess.run(
            ["tesseract", str(page.path), "-", "-l", "chi_sim+eng", "tsv"],
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "OMP_THREAD_LIMIT": "2"},
        ).stdout
        lines: dict[tuple[str, str, str, str], list[tuple[str, int, int, int, int]]] = {}
        for row in tsv.splitlines()[1:]:
            cells = row.split("\t")
            if len(cells) < 12 or cells[0] != "5" or not cells[11].strip():
                continue
            left, top, width, height = (int(v) for v in cells[6:10])
            lines.setdefault((cells[1], cells[2], cells[3], cells[4]), []).append(
                (cells[11], left, top, left + width, top + height)
            )
        return [
            (
                "".join(w[0] for w in words),
                (
                    min(w[1] for w in words),
                    min(w[2] for w in words),
                    max(w[3] for w in words),
                    max(w[4] for w in words),
                ),
            )
            for words in lines.values()
        ]

    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=3, help="timed runs per image and engine (default 3)")
    parser.add_argument("--groups", nargs="*", help="only these groups")
    parser.add_argument("--engines", nargs="*", default=["app", "rapidocr", "tesseract"])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--show-errors", action="store_true", help="print the app's wrong lines")
    args = parser.parse_args()

    pages = load_corpus(args.corpus, args.groups)
    print(f"{len(pages)} pages from {args.corpus}; {args.reps} timed runs each; {os.cpu_count()} CPUs")
    print(f"load average at start: {os.getloadavg()[0]:.2f}")
    makers = {"app": app_engine, "rapidocr": rapidocr_engine, "tesseract": tesseract_engine}
    engines: dict[str, Callable[[Page], Read]] = {}
    for name in args.engines:
        started = time.perf_counter()
        made = makers[name]()
        if made is None:
            print(f"note: {name} is not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim): skipped")
            continue
        engines[name] = made
        made(pages[0])  # warm: models loaded, first-run allocations done
        print(f"{name}: loaded and warmed in {time.perf_counter() - started:.2f} s")

    times: dict[tuple[str, str], list[float]] = {}
    reads: dict[tuple[str, str], Read] = {}
    for rep in range(args.reps):
        for page in pages:
            order = list(engines.items())
            if (rep + pages.index(page)) % 2:  # alternate who goes first
                order.reverse()
            for name, run in order:
                started = time.perf_counter()
                reads[(name, page.name)] = run(page)
                times.setdefault((name, page.name), []).append(time.perf_counter() - started)
    print(f"load average at end: {os.getloadavg()[0]:.2f}")
    report(pages, list(engines), times, reads, args.show_errors)
    return 0


def report(
    pages: list[Page],
    names: list[str],
    times: dict[tuple[str, str], list[float]],
    reads: dict[tuple[str, str], Read],
    show_errors: bool,
) -> None:
    groups = list(dict.fromkeys(page.group for page in pages))
    header = f"{'group':14s} {'pages':>5s} " + " ".join(f"{n + ' acc':>14s} {n + ' s':>12s}" for n in names)
    print()
    print(header)
    print("-" * len(header))
    totals: dict[str, list[float]] = {name: [0, 0, 0.0] for name in names}
    verdicts = []
    for group in groups:
        members = [page for page in pages if page.group == group]
        cells = []
        accuracy: dict[str, float] = {}
        for name in names:
            errors = chars = 0
            seconds = 0.0
            for page in members:
                e, c, _ = score(reads[(name, page.name)], page.truth)
                errors, chars = errors + e, chars + c
                seconds += statistics.median(times[(name, page.name)])
            totals[name][0] += errors
            totals[name][1] += chars
            totals[name][2] += seconds
            accuracy[name] = max(0.0, 1 - errors / max(chars, 1))
            cells.append(f"{accuracy[name]:14.3f} {seconds / len(members):12.2f}")
        print(f"{group:14s} {len(members):5d} " + " ".join(cells))
        if "app" in accuracy:
            beaten = [n for n in names if n != "app" and accuracy[n] > accuracy["app"]]
            if beaten:
                verdicts.append(f"{group}: app accuracy below {', '.join(beaten)}")
    print("-" * len(header))
    cells = [f"{max(0.0, 1 - e / max(c, 1)):14.3f} {s / len(pages):12.2f}" for e, c, s in totals.values()]
    print(f"{'all':14s} {len(pages):5d} " + " ".join(cells))
    if "app" in totals and "rapidocr" in totals:
        ratio = totals["app"][2] / max(totals["rapidocr"][2], 1e-9)
        print(f"\ntime app/rapidocr overall: {ratio:.2f} (target <= 0.6)")
    cards = [statistics.median(times[("app", p.name)]) for p in pages if p.group == "card" and "app" in names]
    if cards:
        print(f"card photo, app warm median: {statistics.median(cards):.2f} s (target <= 0.25)")
    print("accuracy: app >= every peer in every group" if not verdicts else "\n".join(verdicts))
    if show_errors and "app" in names:
        for page in pages:
            _, _, wrong = score(reads[("app", page.name)], page.truth)
            for expected, got in wrong[:8]:
                print(f"  {page.name}: expected {expected!r}\n  {'':{len(page.name)}}      read {got!r}")


if __name__ == "__main__":
    sys.exit(main())
