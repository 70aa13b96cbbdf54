"""Image loading: orientation, odd colour modes, file names, damaged and hostile files, upload encoding."""

from __future__ import annotations

import base64
import io
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from ocrdesk import imaging
from ocrdesk.errors import ImageLoadError
from ocrdesk.imaging import decode_image, encode_for_upload, load_image


def _noise(width: int, height: int, seed: int = 0) -> Image.Image:
    rng = np.random.default_rng(seed)
    return Image.fromarray(rng.integers(0, 256, (height, width, 3), dtype=np.uint8), "RGB")


def _load_code(path: Path) -> str:
    with pytest.raises(ImageLoadError) as caught:
        load_image(path)
    return caught.value.code


def test_exif_orientation_applied(tmp_path: Path) -> None:
    # Stored 60×30 with a red marker in the top-left corner; Orientation 6 = "rotate 90° clockwise to view".
    stored = Image.new("RGB", (60, 30), "white")
    stored.paste((255, 0, 0), (0, 0, 10, 10))
    exif = Image.Exif()
    exif[0x0112] = 6
    path = tmp_path / "rotated.jpg"
    stored.save(path, "JPEG", exif=exif, quality=95)

    loaded = load_image(path)
    assert (loaded.width, loaded.height) == (30, 60)
    pixels = loaded.rgb_array()
    # after a clockwise quarter turn the stored top-left corner is the top-right corner
    r, g, b = (int(v) for v in pixels[4, 25])
    assert r > 200 and g < 60 and b < 60
    r, g, b = (int(v) for v in pixels[4, 4])
    assert r > 200 and g > 200 and b > 200
    assert (loaded.info.width, loaded.info.height) == (30, 60)


def test_cmyk_jpeg_becomes_rgb(tmp_path: Path) -> None:
    path = tmp_path / "cmyk.jpg"
    Image.new("CMYK", (20, 20), (0, 255, 255, 0)).save(path, "JPEG")
    loaded = load_image(path)
    assert loaded.image.mode == "RGB"
    r, g, b = (int(v) for v in loaded.rgb_array()[10, 10])
    assert r > 200 and g < 60 and b < 60


def test_sixteen_bit_grey_keeps_its_tones(tmp_path: Path) -> None:
    values = np.array([[0, 32768, 65535]], dtype=np.uint16).repeat(4, axis=0)
    image = Image.fromarray(values)
    assert image.mode.startswith("I;16")
    path = tmp_path / "grey16.png"
    image.save(path)
    row = load_image(path).rgb_array()[0]
    assert row[0].tolist() == [0, 0, 0]
    assert 120 <= int(row[1][0]) <= 135  # mid-grey stays mid-grey, not clipped to white
    assert row[2].tolist() == [255, 255, 255]


def test_palette_transparency_and_rgba_composite_on_white(tmp_path: Path) -> None:
    palette = Image.new("P", (10, 10), 0)
    palette.putpalette([0, 0, 0, 255, 0, 0] + [0] * 762)
    palette.paste(1, (5, 0, 10, 10))
    palette.info["transparency"] = 0
    palette.save(tmp_path / "p.png", transparency=0)
    pixels = load_image(tmp_path / "p.png").rgb_array()
    assert pixels[5, 1].tolist() == [255, 255, 255]  # transparent black -> white paper
    assert pixels[5, 8].tolist() == [255, 0, 0]

    rgba = Image.new("RGBA", (10, 10), (0, 0, 255, 0))
    rgba.paste((0, 0, 255, 255), (0, 0, 5, 10))
    rgba.save(tmp_path / "rgba.png")
    pixels = load_image(tmp_path / "rgba.png").rgb_array()
    assert pixels[5, 1].tolist() == [0, 0, 255]
    assert pixels[5, 8].tolist() == [255, 255, 255]


@pytest.mark.parametrize("name", ["身份证 正面.jpg", "scan with spaces.png", "发票（2024）#1.PNG"])
def test_unicode_and_space_file_names(tmp_path: Path, name: str) -> None:
    path = tmp_path / "子 文件夹" / name
    path.parent.mkdir()
    Image.new("RGB", (8, 6), "white").save(path, "JPEG" if name.endswith(".jpg") else "PNG")
    loaded = load_image(path)
    assert (loaded.width, loaded.height) == (8, 6)
    assert loaded.source == str(path)


def test_sha256_is_of_the_file(tmp_path: Path) -> None:
    import hashlib

    path = tmp_path / "a.png"
    Image.new("RGB", (3, 3), "white").save(path)
    assert load_image(path).info.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_text_file_is_not_an_image(tmp_path: Path) -> None:
    path = tmp_path / "notes.jpg"
    path.write_text("this is not a picture", encoding="utf-8")
    assert _load_code(path) == "image.not_image"


def test_missing_empty_and_folder(tmp_path: Path) -> None:
    assert _load_code(tmp_path / "nothing.png") == "image.not_found"
    (tmp_path / "zero.png").write_bytes(b"")
    assert _load_code(tmp_path / "zero.png") == "image.empty"
    assert _load_code(tmp_path) == "image.not_image"


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
def test_truncated_file_is_corrupt(tmp_path: Path, fmt: str) -> None:
    buffer = io.BytesIO()
    _noise(200, 150).save(buffer, fmt)
    data = buffer.getvalue()
    path = tmp_path / f"cut.{fmt.lower()}"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ImageLoadError) as caught:
        load_image(path)
    assert caught.value.code == "image.corrupt"
    assert "\n" not in caught.value.message and path.name in caught.value.message


def test_pixel_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.png"
    Image.new("RGB", (100, 100), "white").save(path)
    monkeypatch.setattr(imaging, "MAX_PIXELS", 5_000)
    assert _load_code(path) == "image.too_large"


def _png_chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def test_decompression_bomb_header_refused_without_decoding(tmp_path: Path) -> None:
    # a tiny file whose header claims 100000×100000 pixels (10 gigapixels)
    header = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    data = b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header) + _png_chunk(b"IDAT", idat) + _png_chunk(b"IEND", b"")
    path = tmp_path / "bomb.png"
    path.write_bytes(data)
    assert _load_code(path) == "image.too_large"


def test_decode_image_from_memory() -> None:
    buffer = io.BytesIO()
    Image.new("L", (7, 5), 128).save(buffer, "PNG")
    loaded = decode_image(buffer.getvalue(), source="clipboard")
    assert loaded.image.mode == "RGB" and (loaded.width, loaded.height) == (7, 5)


def test_from_rgb_array_checks_shape() -> None:
    frame = np.zeros((4, 6, 3), dtype=np.uint8)
    wrapped = imaging.from_rgb_array(frame, source="camera", page=2)
    assert (wrapped.width, wrapped.height, wrapped.page) == (6, 4, 2)
    with pytest.raises(ImageLoadError):
        imaging.from_rgb_array(np.zeros((4, 6), dtype=np.uint8), source="camera")


def test_encode_for_upload_fits_budget_and_maps_back() -> None:
    source = decode_image(_png_bytes(_noise(1200, 900)), source="noise.png")
    budget = 60_000
    encoded = encode_for_upload(source, budget)
    assert len(encoded.data) <= budget
    uploaded = Image.open(io.BytesIO(encoded.data))
    assert encoded.scale_x > 1 and encoded.scale_y > 1  # noise does not fit without shrinking
    assert uploaded.width * encoded.scale_x == pytest.approx(source.width, abs=1e-6)
    assert uploaded.height * encoded.scale_y == pytest.approx(source.height, abs=1e-6)

    inflated = encode_for_upload(source, budget, base64_inflation=True)
    assert len(base64.b64encode(inflated.data)) <= budget


def test_encode_for_upload_small_image_unscaled_and_max_side() -> None:
    source = decode_image(_png_bytes(Image.new("RGB", (300, 200), "white")), source="white.png")
    encoded = encode_for_upload(source, 1_000_000)
    # a PNG within the limit goes as it is (test_an_upload_within_the_limit_is_the_file_itself)
    assert (encoded.mime, encoded.scale_x, encoded.scale_y) == ("image/png", 1.0, 1.0)
    limited = encode_for_upload(source, 1_000_000, max_side=150)
    assert Image.open(io.BytesIO(limited.data)).size == (150, 100)
    assert limited.scale_x == pytest.approx(2.0) and limited.scale_y == pytest.approx(2.0)


def test_an_upload_within_the_limit_is_the_file_itself(tmp_path: Path) -> None:
    png = _png_bytes(_noise(200, 120))
    source = decode_image(png, source="scan.png")
    encoded = encode_for_upload(source, len(png))
    assert (encoded.data, encoded.mime, encoded.size) == (png, "image/png", (200, 120))  # no JPEG loss
    assert encode_for_upload(source, len(png), base64_inflation=True).mime == "image/jpeg"  # base64 too big

    buffer = io.BytesIO()
    _noise(200, 120).save(buffer, "JPEG", quality=90)
    photo = decode_image(buffer.getvalue(), source="photo.jpg")
    assert encode_for_upload(photo, 10**6).data == buffer.getvalue()

    # pixels that differ from the file's own: re-encoded
    exif = Image.Exif()
    exif[0x0112] = 6
    turned = tmp_path / "turned.jpg"
    _noise(60, 30).save(turned, "JPEG", exif=exif)
    assert load_image(turned).original is None
    rgba = io.BytesIO()
    Image.new("RGBA", (20, 10), (0, 0, 0, 0)).save(rgba, "PNG")
    assert decode_image(rgba.getvalue(), source="alpha.png").original is None
    pages = decode_image(png, source="scan.png", page=1)
    assert pages.original is None


def _png_bytes(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()
