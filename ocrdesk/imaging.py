"""Safe image loading: EXIF orientation applied once, odd modes normalised to 8-bit RGB.

Everything downstream (display, OCR input, boxes) uses the image returned here, so boxes always
refer to the picture as the operator sees it.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from ocrdesk.errors import ImageLoadError
from ocrdesk.model import ImageInfo

# Large scans are fine (an A3 page at 600 dpi is ~70 MP); above this we refuse rather than risk
# a decompression bomb eating the machine's memory.
MAX_PIXELS = 120_000_000
MAX_FILE_BYTES = 200 * 1024 * 1024

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


def load_image(path: str | os.PathLike[str]) -> SourceImage:
    """Read an image file; raise ImageLoadError with a one-line reason for anything unusable."""
    file_path = Path(path)
    name = file_path.name
    try:
        size = file_path.stat().st_size
    except FileNotFoundError:
        raise ImageLoadError(f"{name}: file not found", "image.not_found") from None
    except OSError as exc:
        raise ImageLoadError(f"{name}: cannot read ({exc.strerror})", "image.unreadable") from None
    if file_path.is_dir():
        raise ImageLoadError(f"{name}: is a folder, not an image", "image.not_image")
    if size == 0:
        raise ImageLoadError(f"{name}: file is empty", "image.empty")
    if size > MAX_FILE_BYTES:
        raise ImageLoadError(f"{name}: file is too large ({size // (1024 * 1024)} MB)", "image.too_large")
    try:
        data = file_path.read_bytes()
    except OSError as exc:
        raise ImageLoadError(f"{name}: cannot read ({exc.strerror})", "image.unreadable") from None
    return decode_image(data, source=str(path), name=name)


def decode_image(data: bytes, source: str, name: str | None = None, page: int | None = None) -> SourceImage:
    """Decode image bytes held in memory (files, clipboard, camera frames encoded as PNG)."""
    name = name or source
    image = _open_checked(data, name)
    rgb = _to_rgb(image, name)
    info = ImageInfo(width=rgb.width, height=rgb.height, sha256=hashlib.sha256(data).hexdigest())
    return SourceImage(source=source, image=rgb, info=info, page=page)


def from_rgb_array(array: np.ndarray, source: str, page: int | None = None) -> SourceImage:
    """Wrap an RGB uint8 array (camera frame, rendered PDF page); sha256 is over the pixels."""
    if array.ndim != 3 or array.shape[2] != 3 or array.dtype != np.uint8:
        raise ImageLoadError(f"{source}: expected an RGB 8-bit frame", "image.not_image")
    image = Image.fromarray(np.ascontiguousarray(array), "RGB")
    digest = hashlib.sha256(array.tobytes()).hexdigest()
    return SourceImage(source, image, ImageInfo(image.width, image.height, digest), page)


def _open_checked(data: bytes, name: str) -> Image.Image:
    try:
        with warnings.catch_warnings():
            # Pillow only warns between its limit and twice its limit; we want a hard stop.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise ImageLoadError(
                    f"{name}: image is too large ({width}×{height} pixels; limit {MAX_PIXELS // 1_000_000} MP)",
                    "image.too_large",
                )
            image.load()
    except ImageLoadError:
        raise
    except UnidentifiedImageError:
        raise ImageLoadError(f"{name}: not an image or an unsupported format", "image.not_image") from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageLoadError(f"{name}: image is too large (possible decompression bomb)", "image.too_large") from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        reason = "file is truncated or corrupt" if "truncated" in str(exc).lower() else f"cannot decode ({exc})"
        raise ImageLoadError(f"{name}: {reason}", "image.corrupt") from None
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
            raise ImageLoadError(f"{name}: unsupported colour mode {mode} ({exc})", "image.unsupported") from None
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
    raise ImageLoadError(f"{Path(source.source).name}: cannot fit the image into {max_bytes} bytes", "image.too_large")
