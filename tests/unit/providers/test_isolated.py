"""IsolatedProvider: the work happens in a child process; errors, crashes and cancels are handled."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import numpy as np
import pytest

from ocrdesk.doctypes import DocType
from ocrdesk.errors import Cancelled, ErrorKind, ProviderError
from ocrdesk.imaging import from_rgb_array
from ocrdesk.providers.base import CancelToken
from ocrdesk.providers.isolated import IsolatedProvider
from tests.unit.providers.isolated_fakes import SLOW_SECONDS, PixelProvider


def _image(name: str, page: int | None = None):
    pixels = np.zeros((30, 40, 3), np.uint8)
    pixels[0, 0] = (10, 20, 30)
    return from_rgb_array(pixels, name, page)


@pytest.fixture(scope="module")
def isolated() -> Iterator[IsolatedProvider]:
    provider = IsolatedProvider.wrapping(PixelProvider)()
    provider.warm_up()
    yield provider
    provider.close()


def test_looks_like_the_wrapped_provider(isolated: IsolatedProvider) -> None:
    assert (isolated.id, isolated.name, isolated.doc_types) == ("pixel", "Pixel", PixelProvider.doc_types)
    assert isolated.supports(DocType.HANDWRITING) and not type(isolated).supports(DocType.BANK_CARD)
    assert IsolatedProvider.wrapping(PixelProvider).max_concurrency == PixelProvider.max_concurrency


def test_recognizes_in_another_process_with_the_exact_pixels(isolated: IsolatedProvider) -> None:
    recognition = isolated.recognize(_image("scan.png", page=2), DocType.GENERAL)
    [field] = recognition.fields
    assert field.value.startswith("40x30 p2 rgb10,20,30 pid")
    assert int(field.value.rsplit("pid", 1)[1]) != os.getpid()
    assert field.box is not None and field.box.right == 30
    assert recognition.warnings == ["from child"]


def test_vendor_errors_keep_code_and_kind(isolated: IsolatedProvider) -> None:
    with pytest.raises(ProviderError) as caught:
        isolated.recognize(_image("fail.png"), DocType.GENERAL)
    assert (caught.value.code, caught.value.kind, caught.value.message) == (
        "E42",
        ErrorKind.NOT_DETECTED,
        "no text found",
    )


def test_cancel_returns_at_once_and_the_late_reply_is_dropped(isolated: IsolatedProvider) -> None:
    cancel = CancelToken()
    started = time.monotonic()
    import threading

    threading.Timer(0.1, cancel.cancel).start()
    with pytest.raises(Cancelled):
        isolated.recognize(_image("slow.png"), DocType.GENERAL, cancel)
    assert time.monotonic() - started < SLOW_SECONDS - 1  # did not wait for the engine's reply
    # the next call gets its own answer, not the cancelled one's
    assert isolated.recognize(_image("next.png", page=7), DocType.GENERAL).fields[0].value.startswith("40x30 p7")


def test_a_crashed_engine_is_reported_and_restarted() -> None:
    provider = IsolatedProvider.wrapping(PixelProvider)()
    try:
        with pytest.raises(ProviderError) as caught:
            provider.recognize(_image("crash.png"), DocType.GENERAL)
        assert caught.value.kind is ErrorKind.ENGINE and "restarts on the next try" in caught.value.message
        assert provider.recognize(_image("after.png"), DocType.GENERAL).fields[0].value.startswith("40x30")
    finally:
        provider.close()


def test_the_local_engine_is_not_loaded_in_this_process() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from ocrdesk.providers import provider_class; "
        "from ocrdesk.providers.isolated import IsolatedProvider; "
        "p = IsolatedProvider.wrapping(provider_class('local'))(); "
        "assert p.id == 'local' and 'onnxruntime' not in sys.modules and 'rapidocr' not in sys.modules; "
        "print('ok')"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "ok", result.stderr
