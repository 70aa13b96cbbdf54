"""Run one provider on one page and return a Document; the one call the CLI and UI workers share."""

from __future__ import annotations

import logging

from ocrdesk.doc_warnings import unique
from ocrdesk.doctypes import DocType
from ocrdesk.errors import Cancelled, OcrDeskError
from ocrdesk.imaging import SourceImage
from ocrdesk.model import Box, DocStatus, Document, ErrorInfo, Field, Outline
from ocrdesk.providers.base import CancelToken, Provider, Recognition

log = logging.getLogger(__name__)


def recognize_image(
    provider: Provider, image: SourceImage, doc_type: DocType, cancel: CancelToken | None = None
) -> tuple[Document, Recognition | None]:
    """Recognise `image`; failures become a Document with status error (Cancelled propagates)."""
    document = Document(
        source=image.source,
        page=image.page,
        image=image.info,
        provider=provider.id,
        doc_type=doc_type.value,
    )
    try:
        provider.check_doc_type(doc_type)
        recognition = provider.recognize(image, doc_type, cancel)
    except Cancelled:
        raise
    except OcrDeskError as exc:
        log.info("recognition failed for %s: %s", image.source, exc.code)
        document.status = DocStatus.ERROR
        document.error = ErrorInfo(exc.code, exc.message)
        return document, None
    document.fields = [_clip_field(f, image.width, image.height) for f in recognition.fields]
    document.warnings = unique(recognition.document_warnings)
    document.outlines = [o for o in (_clip_outline(o, image.width, image.height) for o in recognition.outlines) if o]
    if recognition.detected_doc_type is not None:
        document.doc_type = recognition.detected_doc_type.value
    document.status = DocStatus.OK
    return document, recognition


def _clip_outline(outline: Outline, width: int, height: int) -> Outline | None:
    """The outline's points kept inside the picture; None when nothing of it is (or it has no area)."""
    points = tuple((min(max(x, 0), width), min(max(y, 0), height)) for x, y in outline.polygon)
    xs, ys = {x for x, _ in points}, {y for _, y in points}
    if len(points) < 3 or len(xs) < 2 or len(ys) < 2:
        return None
    return Outline(outline.key, outline.label, points)


def _clip_field(item: Field, width: int, height: int) -> Field:
    # A box outside the picture cannot be shown or clicked: keep the value, drop the box.
    if item.box is not None:
        clipped: Box | None = item.box.clipped(width, height)
        if clipped != item.box:
            item.box = clipped
            if clipped is None:
                item.polygon = None
    return item
