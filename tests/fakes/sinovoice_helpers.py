"""Helpers of the SinoVoice provider tests: a provider pointed at the fake, test images, field rows."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest

from ocrdesk.imaging import SourceImage, from_rgb_array
from ocrdesk.providers.base import Recognition
from ocrdesk.providers.sinovoice import SinoVoiceProvider
from tests.fakes.server import FakeServer, fake_server
from tests.fakes.sinovoice_server import APP_KEY, DEV_KEY, SinoVoiceFake

Row = tuple[str, str, str, float | None, tuple[int, int, int, int] | None]


def make_provider(server: FakeServer, **settings: str) -> SinoVoiceProvider:
    config = {
        "endpoint": server.url,
        "app_key": APP_KEY,
        "dev_key": DEV_KEY,
        "rate_limit": "0",
        "timeout": "5",
        **settings,
    }
    return SinoVoiceProvider(config)


def blank_image(width: int = 1600, height: int = 1000) -> SourceImage:
    return from_rgb_array(np.full((height, width, 3), 255, np.uint8), source="scan.png")


def noisy_image(width: int, height: int) -> SourceImage:
    # noise does not compress: forces the encoder to shrink the picture below a small upload limit
    pixels = np.random.default_rng(4).integers(0, 256, (height, width, 3), dtype=np.uint8)
    return from_rgb_array(pixels, source="big.png")


def rows(recognition: Recognition) -> list[Row]:
    return [
        (
            f.key,
            f.label,
            f.ocr_value,
            None if f.confidence is None else round(f.confidence, 4),
            None if f.box is None else (f.box.left, f.box.top, f.box.right, f.box.bottom),
        )
        for f in recognition.fields
    ]


def c65280(value: int) -> float:
    return round(value / 65280, 4)


def c100(value: int) -> float:
    return round(value / 100, 4)


# One server per test module (stopping one takes serve_forever's 0.5 s poll), a fresh fake per test.
# Test modules import these under their function names; pytest knows them as sinovoice_slot/fake/server.

Slot = tuple[FakeServer, dict[str, SinoVoiceFake]]


@pytest.fixture(scope="module", name="sinovoice_slot")
def sinovoice_slot_fixture() -> Iterator[Slot]:
    slot = {"fake": SinoVoiceFake()}
    with fake_server(lambda request: slot["fake"](request)) as running:
        yield running, slot


@pytest.fixture(name="fake")
def fake_fixture(sinovoice_slot: Slot) -> SinoVoiceFake:
    running, slot = sinovoice_slot
    slot["fake"] = SinoVoiceFake()
    running.requests.clear()
    return slot["fake"]


@pytest.fixture(name="server")
def server_fixture(sinovoice_slot: Slot, fake: SinoVoiceFake) -> FakeServer:
    return sinovoice_slot[0]
