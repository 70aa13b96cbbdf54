"""SinoVoice provider: signing, request shape and every template/capkey normalised, over HTTP to the fake."""

from __future__ import annotations

import hashlib
import io
import re
from datetime import datetime

import pytest
from PIL import Image

from ocrdesk.doctypes import DocType
from ocrdesk.errors import ConfigError
from ocrdesk.providers import provider_class
from ocrdesk.providers.sinovoice import SinoVoiceProvider, format_request_date, request_headers, session_key
from tests.fakes.server import FakeServer
from tests.fakes.sinovoice_helpers import (  # noqa: F401 - fixtures
    Row,
    blank_image,
    c100,
    c65280,
    fake_fixture,
    make_provider,
    noisy_image,
    rows,
    server_fixture,
    sinovoice_slot_fixture,
)
from tests.fakes.sinovoice_server import APP_KEY, DEV_KEY, SinoVoiceFake

# PROTOCOLS.md §4.1 / test_vectors.json `sinovoice_session_key`
SESSION_VECTORS = [
    ("2017-01-19 23:19:41.990000", "0123456789abcdef0123456789abcdef", "3d1f48a10b15f2d0d01ce98a4e6956d3"),
    ("2017-01-01 10:10:11", "0123456789abcdef0123456789abcdef", "9ea902307b18bd334e41e97af979ddf2"),
]


# ----------------------------------------------------------------------------------- signing


@pytest.mark.parametrize(("date", "dev_key", "expected"), SESSION_VECTORS)
def test_session_key_vectors(date: str, dev_key: str, expected: str) -> None:
    assert session_key(date, dev_key) == expected


def test_request_date_is_the_header_table_format() -> None:
    assert format_request_date(datetime(2017, 1, 1, 10, 10, 11)) == "2017-01-01 10:10:11"
    assert format_request_date(datetime(2017, 1, 19, 23, 19, 41, 990000)) == "2017-01-19 23:19:41"


def test_request_headers() -> None:
    headers = request_headers("ac5d5431", DEV_KEY, "2017-01-01 10:10:11", "capkey=ocr.cloud.bankcard")
    assert headers == {
        "x-app-key": "ac5d5431",
        "x-sdk-version": "5.2",
        "x-request-date": "2017-01-01 10:10:11",
        "x-task-config": "capkey=ocr.cloud.bankcard",
        "x-session-key": "9ea902307b18bd334e41e97af979ddf2",
    }
    assert DEV_KEY not in "".join(headers.values())


TASK_CONFIGS = {
    DocType.IDCARD_FRONT: "capkey=ocr.cloud.template,property=idcard,templateIndex=0,templatePageIndex=0",
    DocType.IDCARD_BACK: "capkey=ocr.cloud.template,property=idcard,templateIndex=0,templatePageIndex=1",
    DocType.VEHICLE_LICENSE: "capkey=ocr.cloud.template,property=vlcard,templateIndex=0,templatePageIndex=0",
    DocType.DRIVER_LICENSE: "capkey=ocr.cloud.template,property=dlcard,templateIndex=0,templatePageIndex=0",
    DocType.VAT_INVOICE: "capkey=ocr.cloud.template,property=vat,templateIndex=0,templatePageIndex=0",
    DocType.BUSINESS_LICENSE: "capkey=ocr.cloud.template,property=bl,templateIndex=0,templatePageIndex=0",
    DocType.TRAVEL_PERMIT: "capkey=ocr.cloud.template,property=pid,templateIndex=0,templatePageIndex=0",
    DocType.PASSPORT: "capkey=ocr.cloud.template,property=pcn,templateIndex=0,templatePageIndex=0",
    DocType.HK_IDCARD: "capkey=ocr.cloud.template,property=hkidcard,templateIndex=0,templatePageIndex=0",
    DocType.ACCEPTANCE_BILL: "capkey=ocr.cloud.template,property=ab,templateIndex=0,templatePageIndex=0",
    DocType.VEHICLE_SALES_INVOICE: "capkey=ocr.cloud.template,property=vsi,templateIndex=0,templatePageIndex=0",
    DocType.HOME_RETURN_PERMIT: "capkey=ocr.cloud.template,property=hm2,templateIndex=0,templatePageIndex=0",
    DocType.GENERAL: "capkey=ocr.cloud,lang=chinese_cn,withPosition=1",
    DocType.BANK_CARD: "capkey=ocr.cloud.bankcard",
    DocType.BUSINESS_CARD: "capkey=ocr.cloud.bizcard,need_score=yes,cutedge=no,exportImage=no",
}


def test_provider_declaration() -> None:
    cls = provider_class("sinovoice")
    assert cls is SinoVoiceProvider
    assert cls.default_endpoint is None
    assert set(cls.doc_types) == set(TASK_CONFIGS)
    specs = {s.name: s for s in cls.settings}
    assert {"app_key", "dev_key", "text_language", "with_position", "endpoint", "timeout"} <= set(specs)
    assert [s.name for s in cls.settings if s.secret] == ["dev_key"]
    assert specs["app_key"].required and specs["dev_key"].required
    assert (specs["text_language"].default, specs["with_position"].default) == ("chinese_cn", "on")


def test_every_doc_type_sends_its_documented_task_config(server: FakeServer) -> None:
    provider = make_provider(server)
    for doc_type, expected in TASK_CONFIGS.items():
        assert provider.task_config(doc_type) == expected
        provider.recognize(blank_image(), doc_type)
        assert server.requests[-1].header("x-task-config") == expected
    assert make_provider(server, with_position="off").task_config(DocType.GENERAL) == "capkey=ocr.cloud,lang=chinese_cn"
    english = make_provider(server, text_language="english", with_position="0")
    assert english.task_config(DocType.GENERAL) == "capkey=ocr.cloud.english,lang=english"


def test_request_is_raw_image_bytes_with_signed_headers(server: FakeServer) -> None:
    provider = make_provider(server)
    provider.clock = lambda: datetime(2017, 1, 1, 10, 10, 11)
    provider.recognize(blank_image(), DocType.IDCARD_FRONT)
    request = server.requests[-1]
    assert (request.method, request.path) == ("POST", "/ocr")
    assert request.body.startswith(b"\xff\xd8\xff")  # the JPEG itself: no multipart, no base64
    assert Image.open(io.BytesIO(request.body)).size == (1600, 1000)
    assert "multipart" not in (request.header("content-type") or "")
    assert request.header("x-app-key") == APP_KEY
    assert request.header("x-sdk-version") == "5.2"
    assert request.header("x-request-date") == "2017-01-01 10:10:11"
    assert request.header("x-session-key") == "9ea902307b18bd334e41e97af979ddf2"


def test_live_clock_date_and_lowercase_md5(server: FakeServer) -> None:
    make_provider(server).recognize(blank_image(), DocType.BANK_CARD)
    request = server.requests[-1]
    date = request.header("x-request-date") or ""
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}", date)
    assert abs((datetime.now() - datetime.strptime(date, "%Y-%m-%d %H:%M:%S")).total_seconds()) < 60
    assert request.header("x-session-key") == hashlib.md5((date + DEV_KEY).encode()).hexdigest()


def test_each_retry_is_signed_afresh(fake: SinoVoiceFake, server: FakeServer) -> None:
    fake.faults = ["rate_limit"]
    provider = make_provider(server)
    ticks = iter([datetime(2017, 1, 1, 10, 10, 11), datetime(2017, 1, 1, 10, 10, 13)])
    provider.clock = lambda: next(ticks)
    assert provider.recognize(blank_image(), DocType.BANK_CARD).fields
    first, second = server.requests
    assert first.header("x-request-date") != second.header("x-request-date")
    assert second.header("x-session-key") == session_key("2017-01-01 10:10:13", DEV_KEY)


def test_endpoint_may_already_end_in_ocr(server: FakeServer) -> None:
    provider = make_provider(server, endpoint=server.url + "/ocr/")
    assert provider.recognize(blank_image(), DocType.BANK_CARD).fields
    assert server.requests[-1].path == "/ocr"


@pytest.mark.parametrize(
    ("settings", "code"),
    [
        ({"endpoint": ""}, "missing_endpoint"),
        ({"app_key": ""}, "missing_app_key"),
        ({"dev_key": " "}, "missing_dev_key"),
        ({"app_key": "应用"}, "bad_app_key"),
        ({"text_language": "klingon"}, "bad_text_language"),
        ({"with_position": "maybe"}, "bad_with_position"),
    ],
)
def test_bad_settings_are_config_errors(settings: dict[str, str], code: str) -> None:
    config = {"endpoint": "http://127.0.0.1:9", "app_key": APP_KEY, "dev_key": DEV_KEY, **settings}
    with pytest.raises(ConfigError) as caught:
        SinoVoiceProvider(config)
    assert caught.value.code == code
    assert DEV_KEY not in str(caught.value)
