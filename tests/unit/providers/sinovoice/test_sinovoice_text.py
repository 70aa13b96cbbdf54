"""SinoVoice text OCR (ocr.cloud / ocr.cloud.english), with and without withPosition=1, over HTTP."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from ocrdesk.doctypes import DocType
from ocrdesk.errors import ErrorKind, ProviderError
from ocrdesk.model import Box
from ocrdesk.providers.sinovoice import SinoVoiceProvider
from ocrdesk.providers.sinovoice.parse import split_reply
from tests.fakes.server import FakeServer
from tests.fakes.sinovoice_helpers import (  # noqa: F401 - fixtures
    blank_image,
    fake_fixture,
    make_provider,
    noisy_image,
    rows,
    server_fixture,
    sinovoice_slot_fixture,
)
from tests.fakes.sinovoice_server import SinoVoiceFake

CN_LINE_1 = ("line_1", "Line 1", "北京捷通华声图像云技冠中华", round((12 + (1 - 102 / 255)) / 13, 4), (40, 40, 454, 80))
CN_LINE_2 = ("line_2", "Line 2", "灵云 OCR 5.2", 1.0, (40, 100, 230, 140))


def test_chinese_lines_with_positions(server: FakeServer) -> None:
    recognition = make_provider(server).recognize(blank_image(), DocType.GENERAL)
    assert rows(recognition) == [CN_LINE_1, CN_LINE_2]
    assert recognition.fields[0].polygon == [(40, 40), (454, 40), (454, 80), (40, 80)]
    # 冠 came back with bSuspect and distance 102: noted for the operator
    assert recognition.warnings == ["Line 1: SinoVoice marks 冠 as uncertain"]
    assert server.requests[-1].header("x-task-config") == "capkey=ocr.cloud,lang=chinese_cn,withPosition=1"


def test_english_lines_with_positions(server: FakeServer) -> None:
    recognition = make_provider(server, text_language="english").recognize(blank_image(), DocType.GENERAL)
    assert rows(recognition) == [
        ("line_1", "Line 1", "SinoVoice Image Cloud", 1.0, (40, 40, 400, 80)),
        ("line_2", "Line 2", "HTTP API  v5.2", 1.0, (40, 100, 266, 140)),  # nSpaceBefore=2 kept
    ]
    assert server.requests[-1].header("x-task-config") == "capkey=ocr.cloud.english,lang=english,withPosition=1"


@pytest.mark.parametrize("language", ["chinese_cn", "english"])
def test_text_without_positions(server: FakeServer, language: str) -> None:
    provider = make_provider(server, text_language=language, with_position="off")
    recognition = provider.recognize(blank_image(), DocType.GENERAL)
    expected = (
        ["北京捷通华声图像云技冠中华", "灵云 OCR 5.2"]
        if language == "chinese_cn"
        else ["SinoVoice Image Cloud", "HTTP API  v5.2"]
    )
    assert rows(recognition) == [(f"line_{i}", f"Line {i}", text, None, None) for i, text in enumerate(expected, 1)]
    assert "withPosition" not in (server.requests[-1].header("x-task-config") or "")


@pytest.mark.parametrize(
    "setup",
    [
        {"json_length_unit": "chars"},  # json-length counted in characters, not bytes
        {"json_length_unit": "none"},  # no json-length header at all
        {"node_pack": 1},  # a server built with pack(1): 46-byte records
        {"node_prefix": True},  # a uint32 record count before the array
        {"node_pack": 1, "node_prefix": True, "json_length_unit": "chars"},
    ],
    ids=lambda s: ",".join(f"{k}={v}" for k, v in s.items()),
)
def test_position_block_framing_variants(fake: SinoVoiceFake, server: FakeServer, setup: dict[str, object]) -> None:
    for name, value in setup.items():
        setattr(fake, name, value)
    assert rows(make_provider(server).recognize(blank_image(), DocType.GENERAL)) == [CN_LINE_1, CN_LINE_2]


def test_skew_is_reported(fake: SinoVoiceFake, server: FakeServer) -> None:
    fake.skew = -150
    recognition = make_provider(server).recognize(blank_image(), DocType.GENERAL)
    assert "SinoVoice straightened the page by -1.5°: boxes may be slightly off" in recognition.warnings


def test_page_size_mismatch_is_reported(fake: SinoVoiceFake, server: FakeServer) -> None:
    fake.page_size = (800, 500)
    recognition = make_provider(server).recognize(blank_image(), DocType.GENERAL)
    assert "SinoVoice measured the page as 800×500, not 1600×1000" in recognition.warnings


def test_positions_requested_but_not_sent(fake: SinoVoiceFake, server: FakeServer) -> None:
    fake.send_nodes = False
    recognition = make_provider(server).recognize(blank_image(), DocType.GENERAL)
    assert [r[2:] for r in rows(recognition)] == [
        ("北京捷通华声图像云技冠中华", None, None),
        ("灵云 OCR 5.2", None, None),
    ]
    assert recognition.warnings == ["SinoVoice sent no position data: the lines have no boxes"]


@pytest.mark.parametrize("fault", ["garbled_blob", "cut_blob"])
def test_unreadable_position_block_is_malformed(fake: SinoVoiceFake, server: FakeServer, fault: str) -> None:
    fake.faults = [fault]
    with pytest.raises(ProviderError) as caught:
        make_provider(server).recognize(blank_image(), DocType.GENERAL)
    assert caught.value.kind == ErrorKind.MALFORMED
    assert caught.value.code == "malformed_reply"
    assert "position data" in caught.value.message


def test_boxes_come_back_in_source_pixels(server: FakeServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(SinoVoiceProvider, "upload_limit_bytes", 60_000)
    source = noisy_image(2000, 1250)
    recognition = make_provider(server).recognize(source, DocType.GENERAL)
    uploaded = Image.open(io.BytesIO(server.requests[-1].body)).size
    assert len(server.requests[-1].body) <= 60_000 and uploaded[0] < 2000
    sx, sy = 2000 / uploaded[0], 1250 / uploaded[1]
    assert recognition.fields[0].box == Box.from_ltrb(40 * sx, 40 * sy, 454 * sx, 80 * sy)
    assert recognition.fields[1].box == Box.from_ltrb(40 * sx, 100 * sy, 230 * sx, 140 * sy)
    assert recognition.fields[0].polygon == [
        (round(40 * sx), round(40 * sy)),
        (round(454 * sx), round(40 * sy)),
        (round(454 * sx), round(80 * sy)),
        (round(40 * sx), round(80 * sy)),
    ]
    assert recognition.warnings == ["Line 1: SinoVoice marks 冠 as uncertain"]  # page size matched the upload


# ------------------------------------------------------------------------------- split_reply


JSON = '{"error": 0, "text": "请求成功", "data": {"forms": {"form": "中文"}}}'


@pytest.mark.parametrize(
    "header",
    [str(len(JSON.encode())), str(len(JSON)), None, "junk", str(len(JSON.encode()) + 3)],
    ids=["bytes", "chars", "absent", "junk", "wrong"],
)
def test_split_reply_finds_the_json_whatever_the_header(header: str | None) -> None:
    blob = bytes(range(48)) + b"{"  # binary that even contains a brace
    value, tail = split_reply(JSON.encode() + blob, header)
    assert value["data"]["forms"]["form"] == "中文"
    assert tail == blob


def test_split_reply_without_json_raises() -> None:
    with pytest.raises(ValueError):
        split_reply(b"\x00\x01binary only", "5")
