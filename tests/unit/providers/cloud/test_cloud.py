"""CloudProvider: endpoint rules, upload fitting with boxes mapped back, and the connection test."""

from __future__ import annotations

import numpy as np
import pytest
import requests

from ocrdesk.doctypes import DocType
from ocrdesk.errors import ConfigError, ErrorKind, ProviderError
from ocrdesk.imaging import EncodedImage, decode_image, from_rgb_array
from ocrdesk.model import Box
from ocrdesk.providers.base import COMMON_NETWORK_SETTINGS, CancelToken, Recognition, SettingSpec
from ocrdesk.providers.cloud import CloudProvider
from ocrdesk.providers.cloud.http import parse_json
from ocrdesk.providers.cloud.normalize import make_field
from tests.fakes.server import FakeResponse, RecordedRequest, fake_server


class EchoProvider(CloudProvider):
    """Uploads the image; the fake answers with the uploaded size, and we box the whole upload."""

    id = "echo"
    name = "Echo"
    doc_types = (DocType.GENERAL,)
    settings = (SettingSpec("token", "Token", secret=True), *COMMON_NETWORK_SETTINGS)
    default_endpoint = None

    def recognize_encoded(self, encoded: EncodedImage, doc_type: DocType, cancel: CancelToken) -> Recognition:
        response = self.http.send(lambda: requests.Request("POST", self.url("ocr"), data=encoded.data), cancel)
        reply = parse_json(self.name, response)
        if reply.get("error"):
            raise ProviderError(reply["error"], "E1", ErrorKind.NOT_DETECTED)
        width, height = reply["width"], reply["height"]
        return Recognition([make_field("line_1", "Line 1", "x", 0.5, Box(0, 0, width, height))])


def _answer_size(request: RecordedRequest) -> FakeResponse:
    image = decode_image(request.body, "upload")
    return FakeResponse.json(f'{{"width": {image.width}, "height": {image.height}}}')


def _noise_image(width: int, height: int):
    rng = np.random.default_rng(1)
    return from_rgb_array(rng.integers(0, 255, (height, width, 3), dtype=np.uint8), "noise.png")


def test_endpoint_is_required_and_validated() -> None:
    with pytest.raises(ConfigError, match="endpoint URL is required") as caught:
        EchoProvider({"token": "tok-12345"})
    assert "OCRDESK_ECHO_ENDPOINT" in caught.value.message
    with pytest.raises(ConfigError, match="http"):
        EchoProvider({"endpoint": "ftp://x"})


def test_oversized_image_is_shrunk_and_boxes_come_back_in_source_pixels(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(EchoProvider, "upload_limit_bytes", 60_000)
    source = _noise_image(1200, 800)
    with fake_server(_answer_size) as server:
        provider = EchoProvider({"endpoint": server.url, "rate_limit": "0"})
        recognition = provider.recognize(source, DocType.GENERAL)
        uploaded = server.requests[0].body
    assert len(uploaded) <= 60_000
    box = recognition.fields[0].box
    assert box is not None
    assert abs(box.right - 1200) <= 2 and abs(box.bottom - 800) <= 2


def test_connection_test_reports_vendor_answer() -> None:
    with fake_server(lambda r: FakeResponse.json('{"error": "no text found"}')) as server:
        message = EchoProvider({"endpoint": server.url}).test_connection()
    assert "Connected to Echo" in message and "no text found" in message
    with fake_server(lambda r: FakeResponse(401, b"denied")) as server:
        with pytest.raises(ProviderError):
            EchoProvider({"endpoint": server.url, "retries": "0"}).test_connection()
