"""The offline provider: RapidOCR (PP-OCRv6 models shipped in its wheel) on onnxruntime.

Importing this module is cheap on purpose: the registry imports it to read the class attributes,
so rapidocr/onnxruntime (~1 s) are imported only when the engine is first needed. The engine is
built once per process and shared by every LocalProvider, so the GUI can warm it up in the
background while the operator is still choosing files.

It never touches the network: the model files are passed to RapidOCR by path, so a missing
model is an error instead of a silent download, and onnxruntime's telemetry is switched off.
"""

from __future__ import annotations

import logging
import math
import os
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from ocrdesk.doctypes import DocType, line_key, line_label
from ocrdesk.errors import ErrorKind, ProviderError
from ocrdesk.model import Box, Field, Point
from ocrdesk.providers.base import CancelToken, Provider, Recognition

if TYPE_CHECKING:
    import numpy as np

    from ocrdesk.imaging import SourceImage

log = logging.getLogger(__name__)

# RapidOCR's settings (keys as in rapidocr/config.yaml, applied by ParseParams.update_batch).
# Measured with benchmarks/bench_recognize.py and on A4 pages at 150 and 300 dpi down to 7 pt:
# - Det.limit_type/limit_side_len: the default ("min", 736) *enlarges* every image whose short
#   side is under 736 px and detects large ones at up to 2000 px: detection took 0.3-2.4 s.
#   Capping the long side at 960 px made detection 3-7× faster and read every line at least as
#   well (172/172 test lines, and 178/180 on 7-8 pt A4 where the default got 177/180); the
#   recogniser still reads its crops from the <=2000 px image, so small print keeps its detail.
# - Global.log_level: RapidOCR logs every model path at "info" and "detection result is empty"
#   at "warning" (every blank page) straight to stderr; we report results ourselves.
# - EngineConfig.onnxruntime.intra_op_num_threads stays at onnxruntime's default (one thread per
#   physical core): on our 2-CPU machines an explicit os.cpu_count() measured the same, and on
#   CPUs with SMT os.cpu_count() also counts the hyperthreads, which slow onnxruntime down.
# - The angle classifier stays on, but as PageOrientation below (RapidOCR's own misreads pages).
ENGINE_PARAMS: dict[str, Any] = {
    "Global.log_level": "error",
    "Det.limit_type": "max",
    "Det.limit_side_len": 960,
}

# The models shipped inside the rapidocr 3.x wheel (see rapidocr/default_models.yaml). Passing
# them by path skips RapidOCR's "download if missing or checksum differs" step: offline means
# offline, and it saves hashing 31 MB at every start.
MODEL_FILES: dict[str, str] = {
    "Det": "PP-OCRv6_det_small.onnx",
    "Cls": "ch_ppocr_mobile_v2.0_cls_mobile.onnx",
    "Rec": "PP-OCRv6_rec_small.onnx",
}

_ENGINE: Any = None
_ENGINE_LOCK = threading.Lock()  # guards creation of _ENGINE
_RUN_LOCK = threading.Lock()  # one recognition at a time: onnxruntime already uses every core


class LocalProvider(Provider):
    id: ClassVar[str] = "local"
    name: ClassVar[str] = "Local (offline, RapidOCR)"
    # PP-OCRv6 reads some handwriting, but we have not measured it: offer only what we tested.
    doc_types: ClassVar[tuple[DocType, ...]] = (DocType.GENERAL,)
    settings = ()
    default_endpoint: ClassVar[str | None] = None
    max_concurrency: ClassVar[int] = 1
    # onnxruntime's loading and RapidOCR's Python steps hold the GIL: keep them out of the window's process
    run_isolated: ClassVar[bool] = True

    def warm_up(self) -> None:
        """Import and load the engine, then run it once on a tiny picture (primes onnxruntime)."""
        engine = _engine()
        with _RUN_LOCK:
            try:
                engine(_warm_up_image())
            except Exception as exc:
                raise _engine_error("Local OCR engine failed to start", exc) from exc

    def recognize(self, image: SourceImage, doc_type: DocType, cancel: CancelToken | None = None) -> Recognition:
        self.check_doc_type(doc_type)
        if cancel is not None:
            cancel.raise_if_cancelled()
        engine = _engine()
        bgr = _to_bgr(image.rgb_array())
        if cancel is not None:
            cancel.raise_if_cancelled()
        orientation = getattr(engine, "text_cls", None)
        # RapidOCR cannot be interrupted once started; a cancel is honoured right after it.
        with _RUN_LOCK:
            if isinstance(orientation, PageOrientation):
                orientation.upside_down = False
            try:
                result = engine(bgr)
            except Exception as exc:
                raise _engine_error("Local OCR engine failed", exc) from exc
            upside_down = isinstance(orientation, PageOrientation) and orientation.upside_down
        if cancel is not None:
            cancel.raise_if_cancelled()
        fields = fields_from_output(
            result.boxes, result.txts, result.scores, image.width, image.height, upside_down=upside_down
        )
        return Recognition(fields=fields)


def _engine() -> Any:
    """The process-wide RapidOCR instance, created on first use (thread-safe)."""
    global _ENGINE
    if _ENGINE is not None:
        return _ENGINE
    with _ENGINE_LOCK:
        if _ENGINE is None:
            started = time.perf_counter()
            _ENGINE = _create_engine()
            log.info("local OCR engine loaded in %.2f s", time.perf_counter() - started)
    return _ENGINE


def _create_engine() -> Any:
    # onnxruntime >= 1.31 phones home unless this is set before it is imported. ocrdesk/__init__
    # sets it already; setting it again here keeps this module safe to use on its own.
    os.environ["ORT_DISABLE_TELEMETRY"] = "1"
    try:
        import rapidocr
        from rapidocr import RapidOCR
    except Exception as exc:  # ImportError, or a broken onnxruntime/OpenCV binary
        raise _engine_error("Local OCR engine is not installed correctly", exc) from exc

    model_dir = Path(rapidocr.__file__).resolve().parent / "models"
    params = dict(ENGINE_PARAMS)
    for section, file_name in MODEL_FILES.items():
        path = model_dir / file_name
        if not path.is_file():
            raise ProviderError(
                f"Local OCR model file {file_name} is missing from {model_dir}; reinstall OCRDesk",
                code="engine",
                kind=ErrorKind.ENGINE,
            )
        params[f"{section}.model_path"] = str(path)
    try:
        engine = RapidOCR(params=params)
        # Load the three models now rather than inside the first recognition.
        engine._load_det_model()
        engine._load_rec_model()
        engine.text_cls = PageOrientation(engine._load_cls_model())
    except Exception as exc:
        raise _engine_error("Local OCR engine could not be loaded", exc) from exc
    return engine


def _engine_error(prefix: str, exc: BaseException) -> ProviderError:
    detail = str(exc).strip().splitlines()
    # onnxruntime errors carry a traceback in their message: its last line says what happened
    reason = detail[-1].strip() if detail else ""
    message = f"{prefix}: {type(exc).__name__}" + (f": {reason}" if reason else "")
    return ProviderError(message[:500], code="engine", kind=ErrorKind.ENGINE)


def _to_bgr(rgb: np.ndarray) -> np.ndarray:
    # RapidOCR takes an ndarray as BGR (OpenCV order) and converts only PIL images and files.
    import cv2

    return cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR)


def _warm_up_image() -> np.ndarray:
    import cv2
    import numpy as np

    image = np.full((64, 320, 3), 255, np.uint8)
    cv2.putText(image, "OCR 2024", (12, 46), cv2.FONT_HERSHEY_SIMPLEX, 1.4, (0, 0, 0), 3, cv2.LINE_AA)
    return image


class PageOrientation:
    """Stands in for RapidOCR's angle classifier: one upright/upside-down decision per page.

    RapidOCR classifies every line crop on its own, squashing it to 192×48 px. A long line is
    squashed beyond recognition: on a 15-line English page 10 upright lines came out "180", and
    the 3 of them above the 0.9 threshold were turned and read as garbage ("Lin  g : ogs."),
    on both A4 scans and 2000 px pages. Without any classifier, though, a page scanned or
    photographed upside down, or turned 90° clockwise (RapidOCR stands tall crops up by turning
    them the other way), reads as garbage. So we keep the classifier (~0.01 s on a card, ≤0.1 s
    on a page) but feed it windows of each line at its own 4:1 shape, let all windows vote
    weighted by their scores, and turn every line of the page, or none. Measured: no wrong
    line on upright, 90°, 180°, 270° and 5° test images (RapidOCR's own classifier: 7 of 172).
    A page that mixes orientations is read in its majority orientation.
    """

    WINDOW_RATIO = 4.0  # the classifier's input is 192×48
    MAX_WINDOWS = 36  # spread over the page; more only costs time

    def __init__(self, classifier: Any) -> None:
        self.classifier = classifier
        self.upside_down = False  # the last page's decision (runs are serialised by _RUN_LOCK)

    def __call__(self, crops: Sequence[np.ndarray]) -> Any:
        import cv2
        from rapidocr.ch_ppocr_cls import TextClsOutput

        started = time.perf_counter()
        crops = list(crops)
        windows = self.windows(crops)
        share = 0.0
        if windows:
            votes = self.classifier(windows).cls_res
            upside = sum(score for label, score in votes if "180" in label)
            total = sum(score for _, score in votes) or 1.0
            share = upside / total
        upside_down = self.upside_down = share > 0.5
        if upside_down:
            crops = [cv2.rotate(crop, cv2.ROTATE_180) for crop in crops]
        label, score = ("180", share) if upside_down else ("0", 1.0 - share)
        return TextClsOutput(
            img_list=crops, cls_res=[(label, score)] * len(crops), elapse=time.perf_counter() - started
        )

    @classmethod
    def windows(cls, crops: Sequence[np.ndarray]) -> list[np.ndarray]:
        """Pieces of each line at the classifier's 4:1 shape, evenly spread, at most MAX_WINDOWS."""
        pieces: list[np.ndarray] = []
        for crop in crops:
            height, width = crop.shape[:2]
            if height < 2 or width < 2:
                continue
            step = max(1, round(height * cls.WINDOW_RATIO))
            if width <= step * 1.5:
                pieces.append(crop)
                continue
            count = math.ceil(width / step)
            for index in range(count):
                start = round(index * (width - step) / (count - 1))
                pieces.append(crop[:, start : start + step])
        if len(pieces) > cls.MAX_WINDOWS:
            last = len(pieces) - 1
            pieces = [pieces[round(i * last / (cls.MAX_WINDOWS - 1))] for i in range(cls.MAX_WINDOWS)]
        return pieces


# --- turning RapidOCR's output into fields -------------------------------------------------


def fields_from_output(
    boxes: Any,
    texts: Sequence[str] | None,
    scores: Sequence[float] | None,
    width: int,
    height: int,
    *,
    upside_down: bool = False,
) -> list[Field]:
    """Fields line_1…line_N in reading order from RapidOCR's boxes (N×4×2), texts and scores.

    `upside_down` is the page orientation PageOrientation chose; with the shape of the lines it
    tells how the text lies in the picture, so that line_1 is the first line a reader would read
    even on a page scanned upside down or sideways.
    """
    if boxes is None or texts is None:
        return []
    lines: list[_Line] = []
    for index, text in enumerate(texts):
        clean = str(text).strip()
        if not clean or index >= len(boxes):
            continue
        score = scores[index] if scores is not None and index < len(scores) else None
        points = [(float(p[0]), float(p[1])) for p in boxes[index]]
        if len(points) != 4 or not all(math.isfinite(v) for p in points for v in p):
            continue
        lines.append(_Line(clean, _confidence(score), points))
    fields = []
    for index, line in enumerate(reading_order(lines, text_rotation(lines, upside_down))):
        box, polygon = _geometry(line.points, width, height)
        fields.append(
            Field(
                key=line_key(index),
                label=line_label(index),
                ocr_value=line.text,
                confidence=line.confidence,
                box=box,
                polygon=polygon,
            )
        )
    return fields


class _Line:
    __slots__ = ("across", "along", "confidence", "points", "text")

    def __init__(self, text: str, confidence: float | None, points: list[tuple[float, float]]) -> None:
        self.text = text
        self.confidence = confidence
        self.points = points  # clockwise from top-left, in image pixels
        # mean lengths of the box's horizontal and vertical edges (a skewed line's own size,
        # not its bounding box's)
        self.along = (math.dist(points[0], points[1]) + math.dist(points[3], points[2])) / 2
        self.across = (math.dist(points[0], points[3]) + math.dist(points[1], points[2])) / 2

    @property
    def tall(self) -> bool:
        # the rule RapidOCR uses to stand a crop up before reading it
        return self.across >= 1.5 * max(self.along, 1.0)

    @property
    def wide(self) -> bool:
        return self.along >= 1.5 * max(self.across, 1.0)


def text_rotation(lines: Sequence[_Line], upside_down: bool) -> int:
    """How far (degrees clockwise) the text is turned in the picture: 0, 90, 180 or 270.

    Most lines tall means the text runs vertically: RapidOCR turns those crops 90° counter-
    clockwise before reading, so text that needed no further turn ran top to bottom (page turned
    90° clockwise, or Chinese set in columns), and text that also needed the 180° turn ran bottom
    to top (page turned 270°).
    """
    tall = sum(1 for line in lines if line.tall)
    wide = sum(1 for line in lines if line.wide)
    if tall > wide:
        return 270 if upside_down else 90
    return 180 if upside_down else 0


def _to_text_frame(x: float, y: float, rotation: int) -> tuple[float, float]:
    """(along the line, down the page) in the text's own frame, for the image point (x, y)."""
    if rotation == 90:
        return y, -x
    if rotation == 180:
        return -x, -y
    if rotation == 270:
        return -y, x
    return x, y


def reading_order(lines: Sequence[_Line], rotation: int = 0) -> list[_Line]:
    """Rows top to bottom (centres within half a line height), each left to right.

    "Top" and "left" are the text's own, so a page turned by `rotation` degrees clockwise is read
    as its reader would read it.
    """
    keyed = []
    for line in lines:
        frame = [_to_text_frame(x, y, rotation) for x, y in line.points]
        start = min(u for u, _ in frame)
        centre = sum(v for _, v in frame) / len(frame)
        thickness = max(1.0, min(line.along, line.across))
        keyed.append((centre, start, thickness, line))
    keyed.sort(key=lambda item: (item[0], item[1]))

    rows: list[list[tuple[float, float, float, _Line]]] = []
    row_centres: list[float] = []
    for item in keyed:
        centre, _, thickness, _ = item
        if rows:
            row = rows[-1]
            row_thickness = sorted(member[2] for member in row)[len(row) // 2]
            if abs(centre - row_centres[-1]) <= 0.5 * min(row_thickness, thickness):
                row.append(item)
                row_centres[-1] = sum(member[0] for member in row) / len(row)
                continue
        rows.append([item])
        row_centres.append(centre)
    return [item[3] for row in rows for item in sorted(row, key=lambda member: member[1])]


def _confidence(score: Any) -> float | None:
    try:
        value = float(score)
    except (TypeError, ValueError):
        return None
    if not math.isfinite(value):
        return None
    return min(1.0, max(0.0, value))


def _geometry(points: list[tuple[float, float]], width: int, height: int) -> tuple[Box | None, list[Point] | None]:
    inside = [(min(max(x, 0.0), float(width)), min(max(y, 0.0), float(height))) for x, y in points]
    try:
        box = Box.from_points(inside).clipped(width, height)
    except ValueError:  # no area: a zero-width or zero-height detection
        return None, None
    if box is None:
        return None, None
    polygon: list[Point] = [(round(x), round(y)) for x, y in inside]
    return box, polygon
