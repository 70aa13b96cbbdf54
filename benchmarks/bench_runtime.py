"""Which runtime settings read the page corpus fastest at equal accuracy: the local engine built with each.

Builds the local engine (engine.create_engine: our models, detection sizing and orientation vote)
once per configuration, then reads pages of benchmarks/corpus/pages/ with each in turn, configurations
alternated page by page, and prints per configuration the median wall and CPU seconds per page (summed
over the pages), the accuracy (1 − CER, as bench_recognize.py scores it) and whether every page read
the same text as the first configuration (today's default).

Configurations: onnxruntime with its default threads (one per physical core), 1 and 2 intra-op
threads, thread spinning off (idle threads sleep instead of polling: kinder to a busy machine and to
the window's own threads), recognition batches of 1, 6 (RapidOCR's default), 12 and 24 crops, and
OpenVINO when the `openvino` package can be imported (pip install openvino; it reads the same ONNX
files; its character list is taken from the ONNX model's own metadata, so nothing is downloaded).

Run: .venv/bin/python benchmarks/bench_runtime.py [--reps 3] [--groups G ...] [--configs NAME ...]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

os.environ["ORT_DISABLE_TELEMETRY"] = "1"  # before anything imports onnxruntime

from bench_recognize import CORPUS, Page, load_corpus, score  # noqa: E402

from ocrdesk.imaging import load_image  # noqa: E402
from ocrdesk.providers.local import engine  # noqa: E402

ORT = "EngineConfig.onnxruntime."
CONFIGS: dict[str, dict[str, Any]] = {
    "ort-default": {},
    "ort-1-thread": {ORT + "intra_op_num_threads": 1},
    "ort-2-threads": {ORT + "intra_op_num_threads": 2},
    "ort-no-spin": {"spin": False},
    "rec-batch-1": {"Rec.rec_batch_num": 1},
    "rec-batch-12": {"Rec.rec_batch_num": 12},
    "rec-batch-24": {"Rec.rec_batch_num": 24},
    "openvino": {"Det.engine_type": "openvino", "Cls.engine_type": "openvino", "Rec.engine_type": "openvino"},
}


def build(name: str, keys_file: Path) -> Any:
    overrides = dict(CONFIGS[name])
    spin = overrides.pop("spin", True)
    if overrides.get("Rec.engine_type") == "openvino":
        from rapidocr import EngineType

        overrides["Rec.rec_keys_path"] = str(keys_file)
        for key in ("Det.engine_type", "Cls.engine_type", "Rec.engine_type"):
            overrides[key] = EngineType.OPENVINO
    saved = dict(engine.ENGINE_PARAMS)
    engine.ENGINE_PARAMS.update(overrides)
    try:
        built = engine.create_engine()
    finally:
        engine.ENGINE_PARAMS.clear()
        engine.ENGINE_PARAMS.update(saved)
    if not spin:
        _no_spinning(built)
    return built


def _no_spinning(built: Any) -> None:
    """Recreate the three onnxruntime sessions with intra-op spinning off (RapidOCR has no setting)."""
    import onnxruntime as ort

    detector = built.text_det.detector
    for holder in (detector, built.text_cls.classifier, built.text_rec):
        old = holder.session.session
        options = ort.SessionOptions()
        options.log_severity_level = 4
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.add_session_config_entry("session.inter_op.allow_spinning", "0")
        options.enable_cpu_mem_arena = False
        holder.session.session = ort.InferenceSession(old._model_path, options, providers=["CPUExecutionProvider"])


def character_list_file(folder: Path) -> Path:
    """The recogniser's characters from its ONNX metadata, for runtimes that cannot read them there."""
    import onnxruntime as ort
    import rapidocr

    model = Path(rapidocr.__file__).resolve().parent / "models" / engine.MODEL_FILES["Rec"]
    session = ort.InferenceSession(str(model), providers=["CPUExecutionProvider"])
    characters = session.get_modelmeta().custom_metadata_map["character"]
    path = folder / "rec_keys.txt"
    path.write_text(characters, encoding="utf-8")
    return path


def read(built: Any, page: Page) -> tuple[list[tuple[str, tuple[float, float, float, float]]], float, float]:
    rgb = load_image(page.path).rgb_array()
    bgr = engine.to_bgr(rgb)
    wall, cpu = time.perf_counter(), time.process_time()
    built.max_side_len = engine.working_side(bgr.shape[1], bgr.shape[0])
    result = built(bgr)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    if result.boxes is None or result.txts is None:
        return [], wall, cpu
    lines = [
        (str(text), (float(b[:, 0].min()), float(b[:, 1].min()), float(b[:, 0].max()), float(b[:, 1].max())))
        for text, b in zip(result.txts, result.boxes, strict=False)
    ]
    return lines, wall, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--groups", nargs="*")
    parser.add_argument("--configs", nargs="*", default=list(CONFIGS))
    args = parser.parse_args()
    pages = load_corpus(CORPUS, args.groups)
    print(f"{len(pages)} pages; {args.reps} runs each; {os.cpu_count()} CPUs; load {os.getloadavg()[0]:.1f}")
    built: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        keys = character_list_file(Path(tmp))
        for name in args.configs:
            try:
                built[name] = build(name, keys)
            except Exception as exc:  # openvino not installed, or a runtime that cannot load our models
                print(f"{name}: not measured ({type(exc).__name__}: {str(exc).strip().splitlines()[-1][:120]})")
                continue
            read(built[name], pages[0])  # warm
    walls: dict[tuple[str, str], list[float]] = {}
    cpus: dict[tuple[str, str], list[float]] = {}
    texts: dict[tuple[str, str], Any] = {}
    for rep in range(args.reps):
        for index, page in enumerate(pages):
            order = list(built.items())
            shift = (rep + index) % len(order)
            for name, runner in order[shift:] + order[:shift]:
                lines, wall, cpu = read(runner, page)
                texts[(name, page.name)] = lines
                walls.setdefault((name, page.name), []).append(wall)
                cpus.setdefault((name, page.name), []).append(cpu)
    print(f"load at end {os.getloadavg()[0]:.1f}\n")
    first = next(iter(built))
    print(f"{'config':14s} {'wall s':>8s} {'cpu s':>8s} {'accuracy':>9s}  same text as {first}")
    for name in built:
        wall = sum(statistics.median(walls[(name, p.name)]) for p in pages)
        cpu = sum(statistics.median(cpus[(name, p.name)]) for p in pages)
        errors = chars = 0
        for page in pages:
            e, c, _ = score(texts[(name, page.name)], page.truth)
            errors, chars = errors + e, chars + c
        same = sum(1 for p in pages if [t for t, _ in texts[(name, p.name)]] == [t for t, _ in texts[(first, p.name)]])
        print(f"{name:14s} {wall:8.2f} {cpu:8.2f} {1 - errors / max(chars, 1):9.4f}  {same}/{len(pages)} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
