"""The page drawn sharp when zoomed out: a Lanczos-downscaled copy per zoom level, made off the GUI thread.

Qt's smooth pixmap transform is bilinear: zoomed out to a quarter it samples a few source pixels per
screen pixel and thin strokes drop out (第 reads as 笫). Each zoom level below 95 % gets its own copy
resampled with Pillow's Lanczos filter in a worker thread (Pillow releases the GIL while it resamples);
until it arrives the page is drawn the fast way, then repainted once. The last few levels stay cached,
so zooming back and forth costs nothing.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import cast

from PIL import Image
from PySide6.QtCore import QObject, QPointF, QRectF, QThread, QThreadPool
from PySide6.QtGui import QImage, QPainter, QPixmap, QTransform
from PySide6.QtWidgets import QGraphicsPixmapItem, QStyleOptionGraphicsItem, QWidget

from ocrdesk.ui.tasks import GuiCall

SHARP_BELOW = 0.95  # device scale under which the page is resampled (near 1, bilinear is already fine)
CACHED_LEVELS = 6
# Linux niceness of the worker thread: at 10 a machine at load 20 starved it (no sharp copy for 5 s),
# at 0 it took CPU share from the GUI thread of the same process
NICENESS = 4
CACHED_BYTES = 96 * 1024 * 1024  # near 95 % a 12 MP page's copy alone is ~43 MB
Size = tuple[int, int]


def lanczos_scaled(image: QImage, size: Size) -> QImage:
    """`image` resampled to `size` with Lanczos (any thread: QImage is reentrant, the copy is ours).

    Pillow reads the page's own memory in place and releases the GIL while it resamples: a Qt
    conversion of the whole page here would hold the GIL and stall the GUI thread's painting. Four
    channels resampled alike are right for opaque and premultiplied pixels, whatever their order.
    """
    if image.format() not in _IN_PLACE:
        image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)  # rare: other formats
    pixels = cast(bytes, image.constBits())  # a memoryview of the page, not a copy
    source = Image.frombuffer("RGBX", (image.width(), image.height()), pixels, "raw", "RGBX", image.bytesPerLine(), 1)
    # reducing_gap: a box reduction down to twice the size first, then Lanczos: less than half the
    # work at 25 %, and the same image to within a fraction of a grey level
    data = source.resize(size, Image.Resampling.LANCZOS, reducing_gap=2.0).tobytes()
    # copy() owns its pixels: `data` goes when this returns
    return QImage(data, size[0], size[1], size[0] * 4, image.format()).copy()


_IN_PLACE = (QImage.Format.Format_RGB32, QImage.Format.Format_ARGB32_Premultiplied)


def _yield_to_the_gui() -> None:
    """The sharp copy can wait; painting and input cannot. On a busy machine a busy worker thread
    would otherwise halve the GUI thread's share of the process's CPU (measured: stalls of 100+ ms)."""
    QThread.currentThread().setPriority(QThread.Priority.LowestPriority)  # Windows and macOS
    if sys.platform.startswith("linux"):  # Qt's priorities do nothing for Linux's normal scheduling
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), NICENESS)  # this thread only


class Downscaler(QObject):
    """Makes and caches Lanczos copies of one page, one worker job at a time; `ready()` after each."""

    def __init__(self, ready: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ready = ready
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._gui = GuiCall(self)
        self._image: QImage | None = None
        self._generation = 0  # bumped per page: a late copy of the previous page is dropped
        self._cache: OrderedDict[Size, QImage] = OrderedDict()
        self._busy: Size | None = None
        self._wanted: Size | None = None

    def set_image(self, image: QImage | None) -> None:
        self._generation += 1
        self._image = image
        self._cache.clear()
        self._wanted = None

    def has(self, size: Size) -> bool:
        return size in self._cache

    def get(self, size: Size) -> QImage | None:
        """The copy at `size` when made; otherwise asks for it (only the latest wish is made next)."""
        found = self._cache.get(size)
        if found is not None:
            self._cache.move_to_end(size)
            return found
        self._wanted = size
        self._start()
        return None

    def _start(self) -> None:
        image, size = self._image, self._wanted
        if self._busy is not None or image is None or size is None:
            return
        self._busy, self._wanted = size, None
        generation, gui = self._generation, self._gui
        image = QImage(image)  # the worker's own handle: should the page change here, it detaches, not this

        def run() -> None:  # a pool thread: no widget, no QPixmap
            _yield_to_the_gui()
            try:
                scaled: QImage | None = lanczos_scaled(image, size)
            except MemoryError:
                scaled = None  # the fast drawing stays
            gui(self._done, generation, size, scaled)

        self._pool.start(run)

    def _done(self, generation: int, size: Size, scaled: QImage | None) -> None:
        self._busy = None
        if generation == self._generation and scaled is not None:
            self._cache[size] = scaled
            while len(self._cache) > 1 and (
                len(self._cache) > CACHED_LEVELS or sum(i.sizeInBytes() for i in self._cache.values()) > CACHED_BYTES
            ):
                self._cache.popitem(last=False)  # the level used longest ago
            self._ready()
        if self._wanted is not None and self._wanted not in self._cache:
            self._start()

    def wait(self, timeout_ms: int = 5000) -> bool:
        """For shutdown: True when no copy is being made any more."""
        return self._pool.waitForDone(timeout_ms)


class PageItem(QGraphicsPixmapItem):
    """The page at full resolution; zoomed out it draws the sharp copy for the screen's scale, pixel
    for pixel, and the bilinear fast version only until that copy is ready."""

    def __init__(self, image: QImage, downscaler: Downscaler) -> None:
        super().__init__(QPixmap.fromImage(image))
        self._size = (image.width(), image.height())
        self._downscaler = downscaler
        downscaler.set_image(image)

    def sharp_size(self, scale: float) -> Size:
        width, height = self._size
        return max(1, round(width * scale)), max(1, round(height * scale))

    def is_sharp_at(self, scale: float) -> bool:
        """Whether the copy for this device scale is ready (tests and the benchmark wait on it)."""
        return scale >= SHARP_BELOW or self._downscaler.has(self.sharp_size(scale))

    def _pixel_ratio(self, widget: QWidget | None) -> float:
        if widget is not None:
            return widget.devicePixelRatioF()
        # painting into the item's device cache: the ratio of the screen the view is on
        scene = self.scene()
        views = scene.views() if scene is not None else []
        return views[0].devicePixelRatioF() if views else 1.0

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        transform = painter.worldTransform()
        ratio = self._pixel_ratio(widget)
        scale = transform.m11() * ratio
        simple = transform.type().value <= QTransform.TransformationType.TxScale.value
        upright = simple and transform.m11() == transform.m22()
        if upright and 0 < scale < SHARP_BELOW:
            sharp = self._downscaler.get(self.sharp_size(scale))
            if sharp is not None:
                # pixel for pixel on the device grid: any resampling here would blur the copy again
                origin = transform.map(QPointF(0, 0))
                x, y = round(origin.x() * ratio) / ratio, round(origin.y() * ratio) / ratio
                sharp.setDevicePixelRatio(ratio)
                painter.save()
                painter.resetTransform()
                painter.drawImage(QRectF(x, y, sharp.width() / ratio, sharp.height() / ratio), sharp)
                painter.restore()
                return
        super().paint(painter, option, widget)  # type: ignore[arg-type]  # Qt takes a null widget
