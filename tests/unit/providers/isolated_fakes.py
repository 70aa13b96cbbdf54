"""Providers the isolation tests run in a child process (importable there by module path)."""

from __future__ import annotations

import os
import threading
import time

from ocrdesk.doctypes import DocType
from ocrdesk.errors import ErrorKind, ProviderError
from ocrdesk.imaging import SourceImage
from ocrdesk.model import Box, Field
from ocrdesk.providers.base import CancelToken, Provider, Recognition

# long enough that returning before it ends can only be the cancel, however busy the machine
SLOW_SECONDS = 4.0


class PixelProvider(Provider):
    """Reports what it received: size, page and the colour of the first pixel, with a box."""

    id = "pixel"
    name = "Pixel"
    doc_types = (DocType.GENERAL, DocType.HANDWRITING)

    def recognize(self, image: SourceImage, doc_type: DocType, cancel: CancelToken | None = None) -> Recognition:
        if image.source.endswith("fail.png"):
            raise ProviderError("no text found", "E42", ErrorKind.NOT_DETECTED)
        if image.source.endswith("crash.png"):
            os._exit(3)  # the engine dies without a word
        if image.source.endswith("slow.png"):
            time.sleep(SLOW_SECONDS)
        r, g, b = image.image.getpixel((0, 0))
        value = f"{image.width}x{image.height} p{image.page} rgb{r},{g},{b} pid{os.getpid()}"
        return Recognition([Field("line_1", "Line 1", value, 0.5, Box(1, 2, 30, 40))], warnings=["from child"])


class MainThreadCheck(Provider):
    id = "main-thread-check"
    name = "Main thread check"
    doc_types = (DocType.GENERAL,)

    def recognize(self, image: SourceImage, doc_type: DocType, cancel: CancelToken | None = None) -> Recognition:
        name = threading.current_thread().name
        return Recognition([Field("line_1", "Line 1", name)])
