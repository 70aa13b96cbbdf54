"""Offline recognition speed: OCRDesk's local provider against RapidOCR used naively.

Renders test images with known text (cards and pages, English and, when a CJK font is installed,
Chinese) into a temporary folder, then in one process and with both engines warm:
  (a) ours:  load_image(path) + recognize_image(LocalProvider, ...), the path the app takes;
  (b) bare:  RapidOCR() with default settings, given the file path, as a naive user would.
Prints per-image mean times, the ratio ours/bare (target <= 1.0 on every image), whether both
read the same lines ("order": same lines in another order; "spaces": differ only in spaces),
and how many lines each got right against the rendered text (spaces ignored).

Run: .venv/bin/python benchmarks/bench_recognize.py [--reps 3] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

os.environ["ORT_DISABLE_TELEMETRY"] = "1"  # before anything imports onnxruntime

from ocrdesk.doctypes import DocType  # noqa: E402
from ocrdesk.imaging import load_image  # noqa: E402
from ocrdesk.providers.local import LocalProvider  # noqa: E402
from ocrdesk.recognition import recognize_image  # noqa: E402
from tests.images import PAGE_LINES_EN, cjk_font_path, render_text_image, rotate_image  # noqa: E402

CARD_EN = ["INVOICE 2024", "Total 1234.50", "OCRDesk test", "Due date 2024-12-31"]
CARD_ZH = ["姓名 张三", "性别 男 民族 汉", "出生 1990年1月2日", "住址 北京市朝阳区建国路88号"]
A4_EN = [f"Line {n}: The quick brown fox jumps over {n * 37} lazy dogs near the river bank." for n in range(1, 26)]
PAGE_ZH = [
    f"第{n}行 发票号码 {10000 + n * 97} 金额 {n * 12.5:.2f} 元 北京市海淀区中关村大街{n}号" for n in range(1, 16)
]


@dataclass
class Sample:
    name: str
    path: Path
    size: tuple[int, int]
    truth: list[str]


def make_samples(folder: Path) -> tuple[list[Sample], list[str]]:
    samples: list[Sample] = []
    notes: list[str] = []

    def add(name: str, lines: list[str], size: tuple[int, int], font_size: int, turn: int = 0, **kw: object) -> None:
        image, drawn = render_text_image(lines, size=size, font_size=font_size, **kw)  # type: ignore[arg-type]
        if turn:
            image, drawn = rotate_image(image, drawn, turn)
        path = folder / name
        if path.suffix == ".jpg":
            image.save(path, quality=90)
        else:
            image.save(path)
        samples.append(Sample(name, path, image.size, lines))

    add("card_en.png", CARD_EN, (1000, 630), 44)
    add("card_small.png", CARD_EN[:3], (640, 400), 30)
    add("card_en_upside_down.png", CARD_EN, (1000, 630), 44, turn=180)
    add("page_en.png", PAGE_LINES_EN, (1600, 2000), 36, margin=120)
    add("a4_300dpi_10pt.jpg", A4_EN, (2480, 3508), 42, margin=200, line_spacing=1.8)
    add("a4_150dpi_10pt.png", A4_EN, (1240, 1754), 21, margin=100, line_spacing=1.8)
    if cjk_font_path():
        add("card_zh.png", CARD_ZH, (1000, 630), 44)
        add("page_zh.jpg", PAGE_ZH, (1600, 2200), 40, line_spacing=1.9)
    else:
        notes.append("no CJK font installed: Chinese samples skipped (apt-get install fonts-noto-cjk)")
    return samples, notes


def squash(text: str) -> str:
    return "".join(text.split())  # RapidOCR's spacing between Chinese words varies


def right_lines(texts: list[str], truth: list[str]) -> int:
    found = {squash(t) for t in texts}
    return sum(1 for line in truth if squash(line) in found)


def _compare(ours: list[str], bare: list[str]) -> str:
    """yes, or how the two differ: only in line order, only in spaces, or in the text itself."""
    if ours == bare:
        return "yes"
    if sorted(ours) == sorted(bare):
        return "order"
    if [squash(t) for t in ours] == [squash(t) for t in bare]:
        return "spaces"
    return "NO"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=3, help="timed runs per image and engine (default 3)")
    parser.add_argument("--keep", type=Path, help="write the images here instead of a temporary folder")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="ocrdesk-bench-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        samples, notes = make_samples(folder)
        print(f"{len(samples)} images in {folder}; {args.reps} timed runs each; {os.cpu_count()} CPUs")
        for note in notes:
            print(f"note: {note}")

        started = time.perf_counter()
        from rapidocr import RapidOCR  # the import both engines pay once

        import_s = time.perf_counter() - started
        provider = LocalProvider()
        started = time.perf_counter()
        provider.warm_up()
        ours_load_s = time.perf_counter() - started
        started = time.perf_counter()
        bare = RapidOCR()
        bare_init_s = time.perf_counter() - started
        started = time.perf_counter()
        bare(str(samples[0].path))  # loads det/cls/rec models lazily
        bare_first_s = time.perf_counter() - started
        print(f"import rapidocr: {import_s:.2f} s")
        print(f"engine load, ours (3 models + warm-up run): {ours_load_s:.2f} s")
        print(f"engine load, bare: RapidOCR() {bare_init_s:.2f} s + first call {bare_first_s:.2f} s (models load here)")

        def ours(sample: Sample) -> list[str]:
            document, _ = recognize_image(provider, load_image(sample.path), DocType.GENERAL)
            return [f.ocr_value for f in document.fields]

        def naive(sample: Sample) -> list[str]:
            result = bare(str(sample.path))
            return [] if result.txts is None else list(result.txts)

        ours(samples[0])  # one warm call each before timing
        times: dict[tuple[str, str], list[float]] = {}
        texts: dict[tuple[str, str], list[str]] = {}
        for _ in range(args.reps):
            for sample in samples:  # interleaved, so a busy machine hurts both alike
                for label, run in (("ours", ours), ("bare", naive)):
                    started = time.perf_counter()
                    texts[(label, sample.name)] = run(sample)
                    times.setdefault((label, sample.name), []).append(time.perf_counter() - started)

    print()
    header = (
        f"{'image':26s} {'size':>10s} {'ours s':>7s} {'bare s':>7s} {'ratio':>6s}  {'same text':9s} "
        "right lines ours/bare"
    )
    print(header)
    print("-" * len(header))
    ratios = []
    differences = []
    for sample in samples:
        ours_s = statistics.mean(times[("ours", sample.name)])
        bare_s = statistics.mean(times[("bare", sample.name)])
        ratios.append(ours_s / bare_s)
        ours_t, bare_t = texts[("ours", sample.name)], texts[("bare", sample.name)]
        same = _compare(ours_t, bare_t)
        if same != "yes":
            differences.append((sample.name, ours_t, bare_t))
        size = f"{sample.size[0]}x{sample.size[1]}"
        right = f"{right_lines(ours_t, sample.truth)}/{right_lines(bare_t, sample.truth)} of {len(sample.truth)}"
        print(f"{sample.name:26s} {size:>10s} {ours_s:7.2f} {bare_s:7.2f} {ours_s / bare_s:6.2f}  {same:9s} {right}")
    total_ours = sum(statistics.mean(times[("ours", s.name)]) for s in samples)
    total_bare = sum(statistics.mean(times[("bare", s.name)]) for s in samples)
    print("-" * len(header))
    print(
        f"{'all images':26s} {'':>10s} {total_ours:7.2f} {total_bare:7.2f} {total_ours / total_bare:6.2f}"
        f"  worst ratio {max(ratios):.2f} (target <= 1.0)"
    )
    for name, ours_t, bare_t in differences:
        print(f"\n{name}: texts differ")
        for index in range(max(len(ours_t), len(bare_t))):
            a = ours_t[index] if index < len(ours_t) else "—"
            b = bare_t[index] if index < len(bare_t) else "—"
            if a != b:
                print(f"  line {index + 1}: ours {a!r}\n  {'':>{len(str(index + 1)) + 5}} bare {b!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
