"""The offline provider: RapidOCR (PP-OCRv6 models shipped in its wheel) on onnxruntime.

Importing this package is cheap on purpose: the registry imports it to read the class attributes,
so rapidocr/onnxruntime (~1 s) are imported only when the engine is first needed (engine.py). The
engine is built once per process and shared by every LocalProvider, so the GUI can warm it up in
the background while the operator is still choosing files.

It never touches the network: the model files are passed to RapidOCR by path, so a missing
model is an error instead of a silent download, and onnxruntime's telemetry is switched off.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ocrdesk.doctypes import DocType
from ocrdesk.i18n import QT_TRANSLATE_NOOP
from ocrdesk.providers.base import CancelToken, Provider, Recognition
from ocrdesk.providers.local import engine
from ocrdesk.providers.local.lines import fields_from_output
from ocrdesk.providers.local.named import NAMED_TYPES, recognize_named
from ocrdesk.providers.local.quality import quality_warnings

if TYPE_CHECKING:
    from ocrdesk.imaging import SourceImage


class LocalProvider(Provider):
    id: ClassVar[str] = "local"
    name: ClassVar[str] = QT_TRANSLATE_NOOP("ProviderNames", "Local (offline, RapidOCR)")
    # PP-OCRv6 reads some handwriting, but we have not measured it: offer only what we tested.
    # Named fields come from ocrdesk.extraction's layout rules (named.py).
    doc_types: ClassVar[tuple[DocType, ...]] = (DocType.GENERAL, *NAMED_TYPES)
    settings = ()
    default_endpoint: ClassVar[str | None] = None
    max_concurrency: ClassVar[int] = 1
    # onnxruntime's loading and RapidOCR's Python steps hold the GIL: keep them out of the window's process
    run_isolated: ClassVar[bool] = True

    def warm_up(self) -> None:
        """Import and load the engine, then run it once on a tiny picture (primes onnxruntime)."""
        loaded = engine.shared_engine()
        with engine.RUN_LOCK:
            try:
                loaded(engine.warm_up_image())
            except Exception as exc:
                raise engine.engine_error(
                    QT_TRANSLATE_NOOP("EngineErrors", "Local OCR engine failed to start"), exc
                ) from exc

    def recognize(self, image: SourceImage, doc_type: DocType, cancel: CancelToken | None = None) -> Recognition:
        doc_type = self.check_doc_type(doc_type)
        if cancel is not None:
            cancel.raise_if_cancelled()
        if doc_type in NAMED_TYPES:
            rgb = image.rgb_array()
            recognition = recognize_named(rgb, doc_type, cancel)
            # what can be told offline about the picture itself: blur, glare, too small, cut off, two cards
            recognition.document_warnings += quality_warnings(rgb, recognition.detected_doc_type or doc_type)
            return recognition
        result, upside_down = engine.read_page(image.rgb_array())
        if cancel is not None:
            cancel.raise_if_cancelled()
        fields = fields_from_output(
            result.boxes, result.txts, result.scores, image.width, image.height, upside_down=upside_down
        )
        return Recognition(fields=fields)
