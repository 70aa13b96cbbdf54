"""The process-wide RapidOCR engine: built on first use from the model files in rapidocr's wheel."""

from __future__ import annotations

import logging
import os
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ocrdesk.errors import ErrorKind, ProviderError
from ocrdesk.i18n import QT_TRANSLATE_NOOP, Text
from ocrdesk.providers.local.orientation import PageOrientation
from ocrdesk.providers.local.sizing import SizedDetector

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)

# RapidOCR's settings (keys as in rapidocr/config.yaml, applied by ParseParams.update_batch).
# Measured with benchmarks/bench_recognize.py and on A4 pages at 150 and 300 dpi down to 7 pt:
# - Det.limit_type/limit_side_len: the default ("min", 736) *enlarges* every image whose short
#   side is under 736 px and detects large ones at up to 2000 px: detection took 0.3-2.4 s.
#   Capping the long side at 960 px made detection 3-7× faster and read every line at least as
#   well (172/172 test lines, and 178/180 on 7-8 pt A4 where the default got 177/180); the
#   recogniser still reads its crops from the <=2000 px image, so small print keeps its detail.
#   That cap is now only the first pass: SizedDetector (sizing.py) detects newspaper-size print
#   and long receipts again at the size their print needs.
# - Global.log_level: RapidOCR logs every model path at "info" and "detection result is empty"
#   at "warning" (every blank page) straight to stderr; we report results ourselves.
# - EngineConfig.onnxruntime.intra_op_num_threads stays at onnxruntime's default (one thread per
#   physical core): on our 2-CPU machines an explicit os.cpu_count() measured the same, and on
#   CPUs with SMT os.cpu_count() also counts the hyperthreads, which slow onnxruntime down.
# - The angle classifier stays on, but as PageOrientation (orientation.py) (RapidOCR's own misreads pages).
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

MAX_SIDE = 2000  # RapidOCR's Global.max_side_len
MAX_PIXELS = MAX_SIDE * MAX_SIDE

_ENGINE: Any = None
_ENGINE_LOCK = threading.Lock()  # guards creation of _ENGINE
RUN_LOCK = threading.Lock()  # one recognition at a time: onnxruntime already uses every core


def shared_engine() -> Any:
    """The process-wide RapidOCR instance, created on first use (thread-safe)."""
    global _ENGINE
    if _ENGINE is not None:
        return _ENGINE
    with _ENGINE_LOCK:
        if _ENGINE is None:
            started = time.perf_counter()
            _ENGINE = create_engine()
            log.info("local OCR engine loaded in %.2f s", time.perf_counter() - started)
    return _ENGINE


def create_engine() -> Any:
    # onnxruntime >= 1.31 phones home unless this is set before it is imported. ocrdesk/__init__
    # sets it already; setting it again here keeps this module safe to use on its own.
    os.environ["ORT_DISABLE_TELEMETRY"] = "1"
    try:
        import rapidocr
        from rapidocr import RapidOCR
    except Exception as exc:  # ImportError, or a broken onnxruntime/OpenCV binary
        raise engine_error(
            QT_TRANSLATE_NOOP("EngineErrors", "Local OCR engine is not installed correctly"), exc
        ) from exc

    model_dir = Path(rapidocr.__file__).resolve().parent / "models"
    params = dict(ENGINE_PARAMS)
    for section, file_name in MODEL_FILES.items():
        path = model_dir / file_name
        if not path.is_file():
            template = QT_TRANSLATE_NOOP(
                "EngineErrors", "Local OCR model file {name} is missing from {folder}; reinstall OCRDesk"
            )
            message = Text("EngineErrors", template, -1, name=file_name, folder=str(model_dir))
            raise ProviderError(message, code="engine", kind=ErrorKind.ENGINE)
        params[f"{section}.model_path"] = str(path)
    try:
        engine = RapidOCR(params=params)
        # Load the three models now rather than inside the first recognition.
        engine._load_det_model()
        engine._load_rec_model()
        # RapidOCR declares text_cls as its own classifier (None until loaded); ours stands in for it
        engine.text_cls = PageOrientation(engine._load_cls_model())  # type: ignore[assignment]
        # and detection sized by the print (sizing.py) for RapidOCR's one cap for every page
        engine.text_det = SizedDetector(engine._load_det_model())  # type: ignore[assignment]
    except Exception as exc:
        raise engine_error(QT_TRANSLATE_NOOP("EngineErrors", "Local OCR engine could not be loaded"), exc) from exc
    return engine


def engine_error(prefix: str, exc: BaseException) -> ProviderError:
    detail = str(exc).strip().splitlines()
    # onnxruntime errors carry a traceback in their message: its last line says what happened
    reason = detail[-1].strip() if detail else ""
    error = f"{type(exc).__name__}: {reason}" if reason else type(exc).__name__
    # `prefix` is marked for translation where it is written ("EngineErrors")
    template = QT_TRANSLATE_NOOP("EngineErrors", "{what}: {error}")
    message = Text("EngineErrors", template, -1, what=Text("EngineErrors", prefix), error=error[:400])
    return ProviderError(message, code="engine", kind=ErrorKind.ENGINE)


def to_bgr(rgb: np.ndarray) -> np.ndarray:
    # RapidOCR takes an ndarray as BGR (OpenCV order) and converts only PIL images and files.
    import cv2

    return cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR)


def read_page(rgb: np.ndarray) -> tuple[Any, bool]:
    """Run the shared engine on `rgb`: RapidOCR's output, and whether the page vote found the page
    upside down (its boxes then start at the image's top-left, not the text's)."""
    loaded = shared_engine()
    bgr = to_bgr(rgb)
    orientation = getattr(loaded, "text_cls", None)
    # RapidOCR cannot be interrupted once started: callers honour a cancel before and after.
    with RUN_LOCK:
        if isinstance(orientation, PageOrientation):
            orientation.upside_down = False
        loaded.max_side_len = working_side(bgr.shape[1], bgr.shape[0])
        try:
            result = loaded(bgr)
        except Exception as exc:
            raise engine_error(QT_TRANSLATE_NOOP("EngineErrors", "Local OCR engine failed"), exc) from exc
        return result, isinstance(orientation, PageOrientation) and orientation.upside_down


def working_side(width: int, height: int) -> int:
    """The long side RapidOCR reduces a picture to before anything else (its Global.max_side_len).

    Its default, 2000 px, suits pages and photos, but would shrink a till receipt 600×4000 to
    300×2000 and halve its print before the recogniser sees it: a long strip keeps the long side
    that the pixel budget of a 2000×2000 picture allows it.
    """
    short, long = sorted((max(1, width), max(1, height)))
    return max(MAX_SIDE, min(long, MAX_PIXELS // short))


def warm_up_image() -> np.ndarray:
    import cv2
    import numpy as np

    image = np.full((64, 320, 3), 255, np.uint8)
    cv2.putText(image, "OCR 2024", (12, 46), cv2.FONT_HERSHEY_SIMPLEX, 1.4, (0, 0, 0), 3, cv2.LINE_AA)
    return image
