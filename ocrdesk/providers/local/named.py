"""Named fields offline: the extraction pipeline (ocrdesk.extraction) reading with the shared engine.

The pipeline finds and rectifies the document itself and hands this module's callback the image
to read. The callback runs the same process-wide RapidOCR engine as plain recognition (lazy,
offline model paths, one run at a time), so it works alike in the window's child process and in
the CLI, and returns the lines with each polygon starting at the TEXT's own top-left corner: the
page orientation vote says whether the page was upside down, the lines' shape whether it stood
sideways, and the pipeline turns the coordinates upright from that.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ocrdesk.doctypes import DocType
from ocrdesk.extraction.lines import TextLine
from ocrdesk.providers.base import CancelToken, Recognition
from ocrdesk.providers.local import engine
from ocrdesk.providers.local.lines import _Line, text_rotation

if TYPE_CHECKING:
    import numpy as np

# In the priority order of issue 9; AUTO lets the pipeline decide between them.
NAMED_TYPES: tuple[DocType, ...] = (
    DocType.IDCARD_FRONT,
    DocType.IDCARD_BACK,
    DocType.BANK_CARD,
    DocType.BUSINESS_LICENSE,
    DocType.DRIVER_LICENSE,
    DocType.VEHICLE_LICENSE,
    DocType.VAT_INVOICE,
    DocType.AUTO,
)

# How many quarter turns to roll RapidOCR's corner order (top-left as the box lies in the image) so
# that it starts at the text's own top-left, for text turned 0/90/180/270° clockwise.
_ROLL = {0: 0, 90: 1, 180: 2, 270: 3}


def recognize_named(rgb: np.ndarray, doc_type: DocType, cancel: CancelToken | None = None) -> Recognition:
    """The fields of `doc_type` (or of the type detected for AUTO), boxes in `rgb`'s pixels."""
    # imported here: the registry imports this package for its class attributes, and OpenCV is slow to load
    from ocrdesk.extraction.pipeline import read_document

    return read_document(rgb, doc_type, read_lines, cancel)


def read_lines(rgb: np.ndarray) -> list[TextLine]:
    """Read `rgb` with the shared engine: lines with polygons from the text's own top-left corner."""
    result, upside_down = engine.read_page(rgb)
    return text_lines(result.boxes, result.txts, result.scores, upside_down=upside_down)


def text_lines(
    boxes: Any, texts: Sequence[str] | None, scores: Sequence[float] | None, *, upside_down: bool
) -> list[TextLine]:
    """RapidOCR's boxes (N×4×2), texts and scores as TextLines in the text's own corner order."""
    if boxes is None or texts is None:
        return []
    read: list[_Line] = []
    for index, text in enumerate(texts):
        clean = str(text).strip()
        if not clean or index >= len(boxes):
            continue
        points = [(float(p[0]), float(p[1])) for p in boxes[index]]
        if len(points) != 4 or not all(math.isfinite(v) for p in points for v in p):
            continue
        read.append(_Line(clean, _score(scores, index), points))
    shift = _ROLL[text_rotation(read, upside_down)]
    return [
        TextLine(line.text, tuple(line.points[shift:] + line.points[:shift]), line.confidence or 0.0) for line in read
    ]


def _score(scores: Sequence[float] | None, index: int) -> float:
    try:
        value = float(scores[index]) if scores is not None and index < len(scores) else 0.0
    except (TypeError, ValueError):
        return 0.0
    return min(1.0, max(0.0, value)) if math.isfinite(value) else 0.0
