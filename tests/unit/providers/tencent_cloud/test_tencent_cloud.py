"""TencentCloudProvider over real HTTP against the fake API 3.0 gateway: settings, requests, signing.

Errors and faults: test_tencent_cloud_errors.py; normalised fields: test_tencent_cloud_parse.py.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import time

import numpy as np
import pytest
from PIL import Image

from ocrdesk.config import resolve_provider_config
from ocrdesk.doctypes import DocType
from ocrdesk.errors import ConfigError, ErrorKind, ProviderError
from ocrdesk.imaging import from_rgb_array
from ocrdesk.model import Box
from ocrdesk.providers import provider_class
from ocrdesk.providers.tencent_cloud import TencentCloudProvider
from tests.fakes.server import FakeServer
from tests.fakes.tencent_cloud_server import (
    TEST_SECRET_ID,
    TEST_SECRET_KEY,
    TencentCloudFake,
    provider_config,
    recognize,
    recognize_failure,
    sample_image,
)

Running = tuple[FakeServer, TencentCloudFake]


# ----- what the provider declares -----


def test_declares_id_settings_doc_types_and_upload_limit() -> None:
    assert provider_class("tencent-cloud") is TencentCloudProvider
    cls = TencentCloudProvider
    assert cls.name == "Tencent Cloud OCR (API 3.0)"
    assert cls.default_endpoint == "https://ocr.tencentcloudapi.com"
    specs = {spec.name: spec for spec in cls.settings}
    assert list(specs)[:3] == ["secret_id", "secret_key", "region"]
    assert {"endpoint", "timeout", "rate_limit", "concurrency"} <= set(specs)
    assert specs["secret_key"].secret and specs["secret_key"].required
    assert not specs["secret_id"].secret and specs["secret_id"].required
    assert not specs["region"].secret and not specs["region"].required and specs["region"].default == "ap-guangzhou"
    assert set(cls.doc_types) == {
        DocType.GENERAL,
        DocType.HANDWRITING,
        DocType.IDCARD_FRONT,
        DocType.IDCARD_BACK,
        DocType.BUSINESS_CARD,
        DocType.VEHICLE_LICENSE,
        DocType.VEHICLE_LICENSE_BACK,
        DocType.DRIVER_LICENSE,
        DocType.LICENSE_PLATE,
        DocType.BANK_CARD,
        DocType.BUSINESS_LICENSE,
        DocType.VAT_INVOICE,
        DocType.PASSPORT,
    }
    # "图片经Base64编码后不超过 7M": the limit applies to the base64 text
    assert cls.upload_limit_bytes == 7_000_000 and cls.upload_is_base64


def test_region_defaults_when_not_configured() -> None:
    environ = {
        "OCRDESK_TENCENT_CLOUD_SECRET_ID": TEST_SECRET_ID,
        "OCRDESK_TENCENT_CLOUD_SECRET_KEY": TEST_SECRET_KEY,
    }
    config = resolve_provider_config(TencentCloudProvider, environ=environ, store=_NoStore(), settings=_NoSettings())
    assert config["region"] == "ap-guangzhou"
    assert "endpoint" not in config  # the vendor's own host is the default


class _NoStore:
    def get(self, provider_id: str, name: str) -> None:
        return None


class _NoSettings:
    def get(self, provider_id: str, name: str) -> None:
        return None


# ----- the request on the wire -----


def test_request_is_signed_json_with_the_exact_bytes_sent(tc: Running) -> None:
    server, fake = tc
    recognition = recognize(provider_config(server))
    assert fake.rejections == []
    request = server.requests[0]
    assert len(recognition.fields) == 3
    assert (request.method, request.path) == ("POST", "/")
    assert request.header("Content-Type") == "application/json; charset=utf-8"
    assert request.header("Host") == server.url.removeprefix("http://")  # 127.0.0.1:<port>
    assert request.header("X-TC-Action") == "GeneralBasicOCR"
    assert request.header("X-TC-Version") == "2018-11-19"
    assert request.header("X-TC-Region") == "ap-guangzhou"
    assert abs(int(request.header("X-TC-Timestamp")) - time.time()) < 60
    authorization = request.header("Authorization")
    assert authorization.startswith(f"TC3-HMAC-SHA256 Credential={TEST_SECRET_ID}/")
    assert "/ocr/tc3_request, SignedHeaders=content-type;host;x-tc-action, Signature=" in authorization
    # compact JSON, nothing but the image for GeneralBasicOCR; the upload is the whole page as JPEG
    body = json.loads(request.body)
    assert list(body) == ["ImageBase64"]
    assert request.body == json.dumps(body, separators=(",", ":")).encode()
    with Image.open(io.BytesIO(base64.b64decode(body["ImageBase64"], validate=True))) as upload:
        assert (upload.format, upload.size) == ("JPEG", (640, 400))


def test_signature_covers_the_received_body_bytes(tc: Running) -> None:
    """The fake recomputes the signature from the received body: one changed byte must fail it."""
    server, fake = tc
    recognize(provider_config(server))
    request = server.requests[0]
    tampered = request.body.replace(b'"ImageBase64":"', b'"ImageBase64": "', 1)
    assert hashlib.sha256(tampered).hexdigest() != hashlib.sha256(request.body).hexdigest()
    request.body = tampered
    reply = fake(request)
    assert json.loads(reply.body)["Response"]["Error"]["Code"] == "AuthFailure.SignatureFailure"


@pytest.mark.parametrize(
    ("doc_type", "action", "params"),
    [
        (DocType.GENERAL, "GeneralBasicOCR", {}),
        (DocType.HANDWRITING, "GeneralHandwritingOCR", {}),
        (DocType.IDCARD_FRONT, "IDCardOCR", {"CardSide": "FRONT"}),
        (DocType.IDCARD_BACK, "IDCardOCR", {"CardSide": "BACK"}),
        (DocType.BUSINESS_CARD, "BusinessCardOCR", {}),
        (DocType.VEHICLE_LICENSE, "VehicleLicenseOCR", {"CardSide": "FRONT"}),
        (DocType.VEHICLE_LICENSE_BACK, "VehicleLicenseOCR", {"CardSide": "BACK"}),
        (DocType.DRIVER_LICENSE, "DriverLicenseOCR", {"CardSide": "FRONT"}),
        (DocType.LICENSE_PLATE, "LicensePlateOCR", {}),
        (DocType.BANK_CARD, "BankCardOCR", {}),
        (DocType.BUSINESS_LICENSE, "BizLicenseOCR", {}),
        (DocType.VAT_INVOICE, "VatInvoiceOCR", {}),
        (DocType.PASSPORT, "PassportOCR", {"Type": "CN"}),
    ],
)
def test_each_doc_type_calls_its_action(doc_type: DocType, action: str, params: dict[str, str], tc: Running) -> None:
    server, fake = tc
    # with checks off, only the action's own parameters (test_tencent_cloud_checks.py: the check flags)
    recognition = recognize(provider_config(server, checks="off"), doc_type)
    assert fake.rejections == []
    [(sent_action, sent_params, size)] = fake.uploads
    assert sent_action == action
    assert {k: v for k, v in sent_params.items() if k != "ImageBase64"} == params
    assert size == (640, 400)
    assert recognition.fields


def test_region_setting_is_sent_and_validated(tc: Running) -> None:
    server, _fake = tc
    recognize(provider_config(server, region="ap-beijing"))
    assert server.requests[0].header("X-TC-Region") == "ap-beijing"
    error = recognize_failure(provider_config(server, region="eu-nowhere-9"))
    assert error.code == "UnsupportedRegion" and error.kind is ErrorKind.BAD_REQUEST
    assert "region" in error.message
    with pytest.raises(ConfigError, match="region"):
        recognize(provider_config(server, region="ap-guangzhou\r\nX-Evil: 1"))


def test_missing_credentials_are_config_errors_without_a_request(tc: Running) -> None:
    server, _fake = tc
    config = provider_config(server)
    del config["secret_key"]
    with pytest.raises(ConfigError, match="secret_key"):
        recognize(config)
    assert server.requests == []


def test_each_attempt_is_signed_anew(tc: Running) -> None:
    stamps = iter([time.time() - 1, time.time()])
    server, fake = tc
    fake.queue("html500")
    provider = TencentCloudProvider(provider_config(server, retries="1"))
    provider.clock = lambda: next(stamps)
    provider.recognize(sample_image(), DocType.GENERAL)
    first, second = server.requests
    assert first.header("X-TC-Timestamp") != second.header("X-TC-Timestamp")
    assert first.header("Authorization") != second.header("Authorization")
    assert fake.rejections == []


# ----- authentication failures, as the fake gateway judges them -----


def test_wrong_secret_key_fails_the_signature_check(tc: Running) -> None:
    server, fake = tc
    error = recognize_failure(provider_config(server, secret_key="not-the-right-key-0000"))
    assert fake.rejections == ["AuthFailure.SignatureFailure"]
    assert error.kind is ErrorKind.AUTH and error.code == "AuthFailure.SignatureFailure"
    assert "签名错误" in error.message and "RequestId fake-" in error.message


def test_unknown_secret_id(tc: Running) -> None:
    server, _fake = tc
    error = recognize_failure(provider_config(server, secret_id="AKIDnobody"))
    assert (error.kind, error.code) == (ErrorKind.AUTH, "AuthFailure.SecretIdNotFound")


def test_clock_skew_is_reported_as_an_expired_signature(tc: Running) -> None:
    server, fake = tc
    provider = TencentCloudProvider(provider_config(server))
    provider.clock = lambda: time.time() - 600
    with pytest.raises(ProviderError) as caught:
        provider.recognize(sample_image(), DocType.GENERAL)
    assert fake.rejections == ["AuthFailure.SignatureExpire"]
    assert caught.value.kind is ErrorKind.EXPIRED and "clock" in caught.value.message


# ----- boxes come back in source pixels when the upload had to shrink -----


def test_shrunk_upload_boxes_are_scaled_back_to_the_source(monkeypatch: pytest.MonkeyPatch, tc: Running) -> None:
    monkeypatch.setattr(TencentCloudProvider, "upload_limit_bytes", 40_000)
    rng = np.random.default_rng(7)
    source = from_rgb_array(rng.integers(0, 255, (800, 1280, 3), dtype=np.uint8), "noisy.png")
    server, fake = tc
    fake.samples["GeneralBasicOCR"]["TextDetections"] = [
        {
            "DetectedText": "张三",
            "Confidence": 90,
            "Polygon": [{"X": 10, "Y": 10}, {"X": 50, "Y": 10}, {"X": 50, "Y": 30}, {"X": 10, "Y": 30}],
        }
    ]
    recognition = recognize(provider_config(server), image=source)
    body = json.loads(server.requests[0].body)
    assert len(body["ImageBase64"]) <= 40_000
    [(_action, _params, (width, height))] = fake.uploads
    assert width < 1280
    scale_x, scale_y = 1280 / width, 800 / height
    [line] = recognition.fields
    assert line.box == Box.from_ltrb(10 * scale_x, 10 * scale_y, 50 * scale_x, 30 * scale_y)
    assert line.polygon == [
        (round(10 * scale_x), round(10 * scale_y)),
        (round(50 * scale_x), round(10 * scale_y)),
        (round(50 * scale_x), round(30 * scale_y)),
        (round(10 * scale_x), round(30 * scale_y)),
    ]


def test_connection_test_reports_success(tc: Running) -> None:
    server, _fake = tc
    provider = TencentCloudProvider(provider_config(server))
    assert "Tencent Cloud OCR (API 3.0)" in provider.test_connection()
