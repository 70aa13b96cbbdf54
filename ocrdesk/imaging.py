"""Safe image loading: EXIF orientation applied once, odd modes normalised to 8-bit RGB.

Everything downstream (display, OCR input, boxes) uses the image returned here, so boxes always
refer to the picture as the operator sees it.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import stat
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np
from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

from ocrdesk.errors import ImageLoadError, read_reason
from ocrdesk.i18n import QT_TRANSLATE_NOOP, Text
from ocrdesk.model import ImageInfo

# Large scans are fine (an A3 page at 600 dpi is ~70 MP); above this we refuse rather than risk
# a decompression bomb eating the machine's memory. The ONE limit for every picture: image files,
# each page of a TIFF, PDF pages at the chosen dpi (rendered at a lower dpi to fit, see inputs.py).
MAX_PIXELS = 120_000_000
# Pillow's own guard (89.5 MP by default) would refuse a 100 MP scan we accept: it gets our number.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
MAX_FILE_BYTES = 200 * 1024 * 1024
# a TIFF claiming more pages than this is refused (walking a hostile chain of pages takes long)
MAX_TIFF_PAGES = 2000
TIFF_SUFFIXES = frozenset({".tif", ".tiff"})

IMAGE_SUFFIXES = frozenset(
    {".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff", ".webp", ".gif", ".jp2", ".pbm", ".pgm", ".ppm"}
)


@dataclass
class SourceImage:
    """A decoded page ready for display and recognition (always 8-bit RGB)."""

    source: str
    image: Image.Image
    info: ImageInfo
    page: int | None = None
    # The file's own bytes when they show exactly these pixels (a JPEG or PNG, upright, one page, plain
    # RGB or grey): a cloud provider sends them as they are when they fit its limit (no re-encoding loss).
    original: bytes | None = None
    original_mime: str | None = None

    @property
    def width(self) -> int:
        return self.image.width

    @property
    def height(self) -> int:
        return self.image.height

    def rgb_array(self) -> np.ndarray:
        return np.asarray(self.image)


def is_image_path(path: Path) -> bool:
    return path.suffix.lower() in IMAGE_SUFFIXES


def open_regular_file(path: str | os.PathLike[str]) -> BinaryIO:
    """Open `path` for reading, refusing anything that is not a regular file without blocking.

    Opening a FIFO blocks until someone writes to it, and reading a device may never end. The
    file is opened non-blocking (a FIFO opens at once that way) and checked with fstat on the open
    descriptor, so it cannot be swapped for a FIFO between a check and the open.
    Raises ImageLoadError with a one-line reason.
    """
    name = Path(path).name
    nonblocking = getattr(os, "O_NONBLOCK", 0)  # POSIX; Windows has no FIFOs that open() could wait on
    flags = os.O_RDONLY | nonblocking | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise ImageLoadError(
            _says(QT_TRANSLATE_NOOP("InputErrors", "{name}: file not found"), name=name), "input.not_found"
        ) from None
    except IsADirectoryError:
        raise ImageLoadError(
            _says(QT_TRANSLATE_NOOP("InputErrors", "{name}: is a folder, not a file"), name=name), "input.unreadable"
        ) from None
    except OSError as exc:
        reason = read_reason(exc)
        raise ImageLoadError(
            _says(QT_TRANSLATE_NOOP("InputErrors", "{name}: cannot read ({reason})"), name=name, reason=reason),
            "input.unreadable",
        ) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = special_file_kind(info.st_mode)
            raise ImageLoadError(
                _says(QT_TRANSLATE_NOOP("InputErrors", "{name}: {kind}, not a regular file"), name=name, kind=kind),
                "input.unreadable",
            )
        if nonblocking:
            os.set_blocking(fd, True)  # a regular file: ordinary reads from here on
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def special_file_kind(mode: int) -> Text:
    """What a non-regular file is, in words, for "not a regular file" messages."""
    if stat.S_ISDIR(mode):
        return _says(QT_TRANSLATE_NOOP("InputErrors", "a folder"))
    if stat.S_ISFIFO(mode):
        return _says(QT_TRANSLATE_NOOP("InputErrors", "a named pipe (FIFO)"))
    if stat.S_ISSOCK(mode):
        return _says(QT_TRANSLATE_NOOP("InputErrors", "a socket"))
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return _says(QT_TRANSLATE_NOOP("InputErrors", "a device"))
    return _says(QT_TRANSLATE_NOOP("InputErrors", "a special file"))


def _says(template: str, **params: object) -> Text:
    # input problems are English where kept (logs, the CLI) and shown in the window's language
    return Text("InputErrors", template, -1, **params)


def load_image(path: str | os.PathLike[str], page: int | None = None) -> SourceImage:
    """Read an image file (page `page`, 1-based, of a multi-page TIFF); ImageLoadError with a one-line
    reason for anything unusable."""
    file_path = Path(path)
    name = file_path.name
    if file_path.is_dir():
        raise ImageLoadError(
            _says(QT_TRANSLATE_NOOP("InputErrors", "{name}: is a folder, not an image"), name=name), "image.not_image"
        )
    try:
        handle = open_regular_file(file_path)
    except ImageLoadError as exc:
        code = {"input.not_found": "image.not_found", "input.unreadable": "image.unreadable"}.get(exc.code, exc.code)
        raise ImageLoadError(exc.message, code) from None
    with handle:
        size = os.fstat(handle.fileno()).st_size
        if size == 0:
            raise ImageLoadError(
                _says(QT_TRANSLATE_NOOP("InputErrors", "{name}: file is empty"), name=name), "image.empty"
            )
        if size > MAX_FILE_BYTES:
            megabytes = size // (1024 * 1024)
            raise ImageLoadError(
                _says(
                    QT_TRANSLATE_NOOP("InputErrors", "{name}: file is too large ({megabytes} MB)"),
                    name=name,
                    megabytes=megabytes,
                ),
                "image.too_large",
            )
        try:
            data = handle.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            reason = read_reason(exc)
            raise ImageLoadError(
                _says(QT_TRANSLATE_NOOP("InputErrors", "{name}: cannot read ({reason})"), name=name, reason=reason),
                "image.unreadable",
            ) from None
    return decode_image(data, source=str(path), name=name, page=page)


def decode_image(data: bytes, source: str, name: str | None = None, page: int | None = None) -> SourceImage:
    """Decode image bytes held in memory (files, clipboard, camera frames encoded as PNG).

    `page` (1-based) picks a page of a multi-page TIFF; its sha256 is then over that page's pixels
    (the file's bytes are the same for every page)."""
    name = name or source
    image = _open_checked(data, name, page)
    mime = _sendable_mime(image) if page is None else None
    rgb = _to_rgb(image, name)
    digest = hashlib.sha256(data if page is None else rgb.tobytes()).hexdigest()
    info = ImageInfo(width=rgb.width, height=rgb.height, sha256=digest)
    original = data if mime is not None and rgb.size == image.size else None
    return SourceImage(source, rgb, info, page, original, mime if original is not None else None)


_SENDABLE = {"JPEG": "image/jpeg", "PNG": "image/png"}  # what every cloud vendor takes


def _sendable_mime(image: Image.Image) -> str | None:
    """The MIME type when the file's bytes can be uploaded as they are: a JPEG or PNG already upright
    (no EXIF turn) in plain RGB or grey; None when the decoded pixels differ from what the file shows."""
    mime = _SENDABLE.get(image.format or "")
    if mime is None or image.mode not in {"RGB", "L"}:
        return None
    try:
        orientation = image.getexif().get(0x0112, 1)
    except Exception:  # a broken EXIF block: re-encode rather than guess
        return None
    return mime if orientation in (None, 1) else None


def tiff_page_count(path: Path) -> int:
    """The number of pages of a TIFF file (1 when it cannot tell: loading the page then says why)."""
    try:
        with open_regular_file(path) as handle, _pillow_guard(), Image.open(handle) as image:
            count = 0
            for count, _frame in enumerate(ImageSequence.Iterator(image), start=1):
                if count > MAX_TIFF_PAGES:
                    break
            return max(count, 1)
    except Exception:  # any doubt: one page, whose loading reports the problem properly
        return 1


def from_rgb_array(array: np.ndarray, source: str, page: int | None = None) -> SourceImage:
    """Wrap an RGB uint8 array (camera frame, rendered PDF page); sha256 is over the pixels."""
    if array.ndim != 3 or array.shape[2] != 3 or array.dtype != np.uint8:
        raise ImageLoadError(
            _says(QT_TRANSLATE_NOOP("InputErrors", "{name}: expected an RGB 8-bit frame"), name=source),
            "image.not_image",
        )
    image = Image.fromarray(np.ascontiguousarray(array), "RGB")
    digest = hashlib.sha256(array.tobytes()).hexdigest()
    return SourceImage(source, image, ImageInfo(image.width, image.height, digest), page)


def _too_large(name: str, width: int, height: int) -> ImageLoadError:
    template = QT_TRANSLATE_NOOP(
        "InputErrors", "{name}: image is too large ({width}×{height} pixels; limit {limit} MP)"
    )
    limit = MAX_PIXELS // 1_000_000
    return ImageLoadError(_says(template, name=name, width=width, height=height, limit=limit), "image.too_large")


@contextlib.contextmanager
def _pillow_guard() -> Iterator[None]:
    with warnings.catch_warnings():
        # Pillow only warns between its limit and twice its limit; we want a hard stop.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        yield


def _open_checked(data: bytes, name: str, page: int | None = None) -> Image.Image:
    try:
        with _pillow_guard():
            image = Image.open(io.BytesIO(data))
            if page is not None:
                if page < 1 or page > getattr(image, "n_frames", 1):
                    raise ImageLoadError(
                        _says(QT_TRANSLATE_NOOP("InputErrors", "{name}: has no page {page}"), name=name, page=page),
                        "image.no_page",
                    )
                image.seek(page - 1)
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise _too_large(name, width, height)
            image.load()
    except ImageLoadError:
        raise
    except UnidentifiedImageError:
        raise ImageLoadError(
            _says(QT_TRANSLATE_NOOP("InputErrors", "{name}: not an image or an unsupported format"), name=name),
            "image.not_image",
        ) from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        template = QT_TRANSLATE_NOOP("InputErrors", "{name}: image is too large (above the limit of {limit} MP)")
        raise ImageLoadError(_says(template, name=name, limit=MAX_PIXELS // 1_000_000), "image.too_large") from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        if "truncated" in str(exc).lower():
            message = _says(QT_TRANSLATE_NOOP("InputErrors", "{name}: file is truncated or corrupt"), name=name)
        else:
            message = _says(
                QT_TRANSLATE_NOOP("InputErrors", "{name}: cannot decode ({error})"), name=name, error=str(exc)
            )
        raise ImageLoadError(message, "image.corrupt") from None
    return image


def _to_rgb(image: Image.Image, name: str) -> Image.Image:
    # a broken EXIF block must not lose the picture itself
    with contextlib.suppress(Exception):
        image = ImageOps.exif_transpose(image) or image
    mode = image.mode
    if mode in {"I;16", "I;16L", "I;16B", "I;16N", "I"}:
        image = _sixteen_bit_to_l(image)
    elif mode == "F":
        image = _float_to_l(image)
    if image.mode == "P":
        image = image.convert("RGBA") if "transparency" in image.info else image.convert("RGB")
    if image.mode in {"RGBA", "LA", "PA", "RGBa", "La"}:
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(background, rgba)
    if image.mode != "RGB":
        try:
            image = image.convert("RGB")
        except (ValueError, OSError) as exc:
            message = _says(
                QT_TRANSLATE_NOOP("InputErrors", "{name}: unsupported colour mode {mode} ({error})"),
                name=name,
                mode=mode,
                error=str(exc),
            )
            raise ImageLoadError(message, "image.unsupported") from None
    return image


def _sixteen_bit_to_l(image: Image.Image) -> Image.Image:
    # Pillow's convert("L") clips 16-bit values at 255 (everything turns white): scale instead.
    array = np.asarray(image, dtype=np.uint32)
    peak = int(array.max()) if array.size else 0
    scale = 257.0 if peak > 255 else 1.0
    return Image.fromarray(np.clip(array / scale, 0, 255).astype(np.uint8), "L")


def _float_to_l(image: Image.Image) -> Image.Image:
    array = np.asarray(image, dtype=np.float64)
    low, high = float(array.min()), float(array.max())
    span = high - low or 1.0
    return Image.fromarray(((array - low) * (255.0 / span)).astype(np.uint8), "L")


@dataclass(frozen=True)
class EncodedImage:
    """Bytes to upload, and the factors that turn the uploaded image's pixels back into the source's."""

    data: bytes
    mime: str
    scale_x: float = 1.0
    scale_y: float = 1.0
    size: tuple[int, int] | None = None  # pixel size of the uploaded image, to clip vendor boxes


def encode_for_upload(
    source: SourceImage, max_bytes: int, *, max_side: int | None = None, base64_inflation: bool = False
) -> EncodedImage:
    """JPEG/PNG bytes of the (already oriented) image that fit a vendor's size limit.

    Re-encoding never crops; when shrinking is needed the returned scale maps vendor boxes back.
    `base64_inflation` accounts for vendors whose limit applies to the base64 text.
    """
    budget = max_bytes * 3 // 4 if base64_inflation else max_bytes
    if (
        source.original is not None
        and source.original_mime is not None
        and len(source.original) <= budget
        and (not max_side or max(source.image.size) <= max_side)
    ):
        return EncodedImage(source.original, source.original_mime, size=source.image.size)
    image = source.image
    if max_side and max(image.size) > max_side:
        factor = max_side / max(image.size)
        image = image.resize(
            (max(1, round(image.width * factor)), max(1, round(image.height * factor))), Image.Resampling.LANCZOS
        )
    for attempt in range(12):
        for quality in (92, 85, 75):
            buffer = io.BytesIO()
            image.save(buffer, "JPEG", quality=quality, optimize=True)
            if buffer.tell() <= budget:
                return EncodedImage(
                    buffer.getvalue(),
                    "image/jpeg",
                    scale_x=source.width / image.width,
                    scale_y=source.height / image.height,
                    size=image.size,
                )
        shrink = 0.8 if attempt else min(0.9, (budget / buffer.tell()) ** 0.5)
        image = image.resize(
            (max(1, round(image.width * shrink)), max(1, round(image.height * shrink))), Image.Resampling.LANCZOS
        )
    template = QT_TRANSLATE_NOOP("InputErrors", "{name}: cannot fit the image into {size} bytes")
    raise ImageLoadError(_says(template, name=Path(source.source).name, size=max_bytes), "image.too_large")
