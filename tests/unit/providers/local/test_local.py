"""The offline provider, with the real RapidOCR engine on rendered images of known text."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from ocrdesk.doctypes import DocType
from ocrdesk.errors import Cancelled, ErrorKind, ProviderError, UnsupportedDocType
from ocrdesk.imaging import SourceImage, from_rgb_array, load_image
from ocrdesk.model import DocStatus
from ocrdesk.providers import provider_class
from ocrdesk.providers.base import CancelToken
from ocrdesk.providers.local import LocalProvider, engine
from ocrdesk.providers.local.named import NAMED_TYPES
from ocrdesk.providers.local.orientation import PageOrientation
from ocrdesk.recognition import recognize_image
from tests.images import PAGE_LINES_EN, DrawnLine, contains, iou, render_text_image, requires_cjk_font, rotate_image

ROOT = Path(__file__).resolve().parents[4]
CARD_LINES = ["INVOICE 2024", "Total 1234.50", "OCRDesk test"]


@pytest.fixture(scope="module")
def provider() -> Iterator[LocalProvider]:
    engine = LocalProvider()
    engine.warm_up()  # the engine is loaded once per process; every test below reuses it
    yield engine
    engine.close()


def source(image: Image.Image, name: str = "test.png") -> SourceImage:
    return from_rgb_array(np.asarray(image), name)


def norm(text: str) -> str:
    return " ".join(text.split())


def assert_lines(provider: LocalProvider, image: Image.Image, drawn: list[DrawnLine]) -> None:
    """Every drawn line read exactly, in the drawn order, with a box around its ink."""
    document, _ = recognize_image(provider, source(image), DocType.GENERAL)
    assert document.status is DocStatus.OK, document.error
    assert [norm(f.value or "") for f in document.fields] == [line.text for line in drawn]
    for index, (item, line) in enumerate(zip(document.fields, drawn, strict=True)):
        assert item.key == f"line_{index + 1}"
        assert item.label == f"Line {index + 1}"
        assert item.confidence is not None and 0.5 <= item.confidence <= 1.0
        assert item.box is not None and item.polygon is not None
        found = (item.box.left, item.box.top, item.box.right, item.box.bottom)
        assert contains(found, line.box, tolerance=4), (item.value, found, line.box)
        assert iou(found, line.box) > 0.45, (item.value, found, line.box)
        assert len(item.polygon) == 4
        assert all(isinstance(v, int) for point in item.polygon for v in point)
        assert 0 <= found[0] < found[2] <= image.width and 0 <= found[1] < found[3] <= image.height


# --- the class and its import ---------------------------------------------------------------


def test_class_attributes_and_registry() -> None:
    assert LocalProvider.id == "local"
    assert LocalProvider.name == "Local (offline, RapidOCR)"
    assert LocalProvider.doc_types == (DocType.GENERAL, *NAMED_TYPES)
    assert LocalProvider.settings == ()
    assert LocalProvider.default_endpoint is None
    assert LocalProvider.max_concurrency == 1
    assert isinstance(provider_class("local")(), LocalProvider)


def test_import_is_lazy_and_engine_disables_telemetry() -> None:
    # A fresh interpreter: importing the module must not import the engine (the registry does
    # it just to read class attributes), and loading the engine must set ORT_DISABLE_TELEMETRY
    # itself even if someone removed it after `import ocrdesk` set it.
    code = (
        "import os, sys\n"
        "import ocrdesk\n"
        "assert os.environ.get('ORT_DISABLE_TELEMETRY') == '1'\n"
        "from ocrdesk.providers.local import engine\n"
        "assert 'onnxruntime' not in sys.modules and 'rapidocr' not in sys.modules, 'engine imported'\n"
        "del os.environ['ORT_DISABLE_TELEMETRY']\n"
        "engine.shared_engine()\n"
        "assert 'onnxruntime' in sys.modules\n"
        "assert os.environ.get('ORT_DISABLE_TELEMETRY') == '1'\n"
        "print('ok')\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "ORT_DISABLE_TELEMETRY"}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
    assert done.stderr == ""  # RapidOCR's own logging is quiet


def test_telemetry_disabled_after_importing_ocrdesk() -> None:
    import ocrdesk  # noqa: F401

    assert os.environ["ORT_DISABLE_TELEMETRY"] == "1"


def test_engine_is_shared_and_hooked(provider: LocalProvider) -> None:
    assert engine.shared_engine() is engine.shared_engine()
    LocalProvider().warm_up()  # a second instance reuses the loaded engine
    assert isinstance(engine.shared_engine().text_cls, PageOrientation)  # fails loudly if RapidOCR changes


def test_engine_created_once_under_concurrent_first_use(monkeypatch: pytest.MonkeyPatch) -> None:
    created: list[object] = []

    def slow_create() -> object:
        time.sleep(0.05)
        created.append(object())
        return created[-1]

    monkeypatch.setattr(engine, "_ENGINE", None)
    monkeypatch.setattr(engine, "create_engine", slow_create)
    results: list[object] = []
    threads = [threading.Thread(target=lambda: results.append(engine.shared_engine())) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(created) == 1
    assert all(result is created[0] for result in results)


# --- recognition on rendered images ---------------------------------------------------------


def test_card_lines_text_boxes_and_order(provider: LocalProvider) -> None:
    image, drawn = render_text_image(CARD_LINES, size=(1000, 630), font_size=48)
    assert_lines(provider, image, drawn)


def test_loaded_from_a_file(provider: LocalProvider, tmp_path: Path) -> None:
    image, _ = render_text_image(["Receipt 0042", "Paid by card"], size=(800, 500), font_size=44)
    path = tmp_path / "receipt.jpg"
    image.save(path, quality=92)
    document, _ = recognize_image(provider, load_image(path), DocType.GENERAL)
    assert [norm(f.value or "") for f in document.fields] == ["Receipt 0042", "Paid by card"]
    assert document.image is not None and (document.image.width, document.image.height) == (800, 500)


def test_two_columns_read_row_by_row(provider: LocalProvider) -> None:
    # a form: label on the left, value on the right, rows slightly out of line as in a photo
    lines = [
        ("Name", (60, 60)),
        ("Alice Smith", (520, 66)),
        ("Phone", (60, 180)),
        ("555 0100", (520, 174)),
        ("City", (60, 300)),
        ("Springfield", (520, 304)),
    ]
    image, drawn = render_text_image(lines, size=(1000, 420), font_size=44)
    assert_lines(provider, image, drawn)


def test_page_of_long_upright_lines(provider: LocalProvider) -> None:
    # RapidOCR's own per-line angle classifier turned lines 5, 6, 8, 9 and 11 of this very page
    # upside down and read garbage; PageOrientation must leave an upright page upright.
    image, drawn = render_text_image(PAGE_LINES_EN, size=(1600, 2000), font_size=36, margin=120)
    assert_lines(provider, image, drawn)


@pytest.mark.parametrize("degrees", [5, 90, 180, 270])
def test_turned_pictures_read_in_the_texts_own_order(provider: LocalProvider, degrees: int) -> None:
    # pixels turned (no EXIF): upside-down and sideways pages still read right and in order
    image, drawn = render_text_image(CARD_LINES, size=(1000, 630), font_size=48)
    turned, turned_lines = rotate_image(image, drawn, degrees)
    assert_lines(provider, turned, turned_lines)


def test_blank_image_has_no_fields(provider: LocalProvider) -> None:
    blank = Image.new("RGB", (800, 600), (255, 255, 255))
    document, recognition = recognize_image(provider, source(blank), DocType.GENERAL)
    assert document.status is DocStatus.OK
    assert document.fields == []
    assert recognition is not None and recognition.fields == []


@requires_cjk_font
def test_chinese_line(provider: LocalProvider) -> None:
    image, drawn = render_text_image(["姓名 张三", "住址 北京市朝阳区建国路88号"], size=(900, 400), font_size=48)
    document, _ = recognize_image(provider, source(image), DocType.GENERAL)
    # RapidOCR's spacing between Chinese words varies; the characters must not
    assert ["".join((f.value or "").split()) for f in document.fields] == ["姓名张三", "住址北京市朝阳区建国路88号"]
    for item, line in zip(document.fields, drawn, strict=True):
        assert item.box is not None
        assert contains((item.box.left, item.box.top, item.box.right, item.box.bottom), line.box, tolerance=4)


def test_color_order_given_to_the_engine() -> None:
    # RapidOCR treats an ndarray as BGR (it converts only files and PIL images)
    rgb = np.zeros((1, 2, 3), np.uint8)
    rgb[0, 0] = (255, 0, 0)
    rgb[0, 1] = (0, 128, 0)
    bgr = engine.to_bgr(rgb)
    assert bgr[0, 0].tolist() == [0, 0, 255]
    assert bgr[0, 1].tolist() == [0, 128, 0]


# --- doc types, cancelling, engine failures -------------------------------------------------


def test_unsupported_doc_type(provider: LocalProvider) -> None:
    image = source(Image.new("RGB", (64, 64), "white"))
    document, recognition = recognize_image(provider, image, DocType.PASSPORT)
    assert recognition is None
    assert document.status is DocStatus.ERROR
    assert document.error is not None and document.error.code == "unsupported_doc_type"
    with pytest.raises(UnsupportedDocType):
        provider.recognize(image, DocType.PASSPORT)


def test_cancelled_before_the_engine_runs(provider: LocalProvider, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    monkeypatch.setattr(engine, "_ENGINE", lambda image: calls.append(image))
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        recognize_image(provider, source(Image.new("RGB", (64, 64), "white")), DocType.GENERAL, token)
    assert calls == []


def test_cancelled_while_the_engine_runs(provider: LocalProvider, monkeypatch: pytest.MonkeyPatch) -> None:
    token = CancelToken()

    class Engine:
        def __call__(self, image: np.ndarray) -> object:
            token.cancel()  # the operator cancels while RapidOCR is busy
            return type("Out", (), {"boxes": None, "txts": None, "scores": None})()

    monkeypatch.setattr(engine, "_ENGINE", Engine())
    with pytest.raises(Cancelled):
        provider.recognize(source(Image.new("RGB", (64, 64), "white")), DocType.GENERAL, token)


def test_engine_failure_is_a_readable_provider_error(provider: LocalProvider, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(image: np.ndarray) -> object:
        raise RuntimeError("Traceback (most recent call last):\n  ...\nbad_alloc: out of memory")

    monkeypatch.setattr(engine, "_ENGINE", broken)
    with pytest.raises(ProviderError) as caught:
        provider.recognize(source(Image.new("RGB", (64, 64), "white")), DocType.GENERAL)
    assert caught.value.kind is ErrorKind.ENGINE
    assert caught.value.code == "engine"
    assert str(caught.value) == "Local OCR engine failed: RuntimeError: bad_alloc: out of memory"
    document, _ = recognize_image(provider, source(Image.new("RGB", (64, 64), "white")), DocType.GENERAL)
    assert document.status is DocStatus.ERROR and document.error is not None
    assert document.error.code == "engine"


def test_missing_model_file_is_an_error_not_a_download(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(engine.MODEL_FILES, "Det", "no_such_model.onnx")
    with pytest.raises(ProviderError) as caught:
        engine.create_engine()
    assert caught.value.kind is ErrorKind.ENGINE
    assert "no_such_model.onnx" in caught.value.message
