"""Aliyun API market (APPCODE) end to end over HTTP against the fake gateway: requests and normalised fields."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ocrdesk.doctypes import DocType
from ocrdesk.errors import ConfigError, ErrorKind
from ocrdesk.model import Box, Field
from ocrdesk.providers import provider_class
from ocrdesk.providers.aliyun_market import AliyunMarketProvider, build_request_body, fields_from_result, outlines
from tests.fakes.aliyun_market_server import (
    IDCARD_PATH,
    TEST_APPCODE,
    VEHICLE_PATH,
    AliyunMarketFake,
    card_image,
)


def rows(fields: list[Field]) -> list[tuple[str, str, str]]:
    return [(f.key, f.label, f.ocr_value) for f in fields]


def ltrb(field: Field) -> tuple[int, int, int, int] | None:
    return None if field.box is None else (field.box.left, field.box.top, field.box.right, field.box.bottom)


# ------------------------------------------------------------------------------------------ metadata


def test_registered_with_the_interface_settings() -> None:
    cls = provider_class("aliyun-market")
    assert cls is AliyunMarketProvider
    settings = {s.name: s for s in cls.settings}
    assert next(iter(settings)) == "appcode" and settings["appcode"].secret and settings["appcode"].required
    assert not settings["request_format"].secret and settings["request_format"].default == "new"
    assert {"endpoint", "timeout", "rate_limit", "concurrency"} <= set(settings)
    assert cls.default_endpoint == "https://dm-51.data.aliyun.com"
    assert cls.doc_types == (
        DocType.IDCARD_FRONT,
        DocType.IDCARD_BACK,
        DocType.VEHICLE_LICENSE,
        DocType.VEHICLE_LICENSE_BACK,
    )


def test_each_api_has_its_documented_host_unless_an_endpoint_is_given() -> None:
    provider = provider_class("aliyun-market")({"appcode": "x"})
    assert provider.api_url(DocType.IDCARD_FRONT) == "https://dm-51.data.aliyun.com/rest/160601/ocr/ocr_idcard.json"
    assert provider.api_url(DocType.VEHICLE_LICENSE) == "https://dm-53.data.aliyun.com/rest/160601/ocr/ocr_vehicle.json"
    custom = provider_class("aliyun-market")({"appcode": "x", "endpoint": "http://10.0.0.9:8080/"})
    assert custom.api_url(DocType.VEHICLE_LICENSE_BACK) == "http://10.0.0.9:8080/rest/160601/ocr/ocr_vehicle.json"
    # a full API URL pasted into the endpoint setting is reduced to its base
    pasted = provider_class("aliyun-market")(
        {"appcode": "x", "endpoint": "https://h.example/rest/160601/ocr/ocr_idcard.json"}
    )
    assert pasted.api_url(DocType.VEHICLE_LICENSE) == "https://h.example/rest/160601/ocr/ocr_vehicle.json"


def test_bad_settings_are_config_errors(fake: AliyunMarketFake) -> None:
    with pytest.raises(ConfigError, match="request_format"):
        fake.provider(request_format="json")
    provider = fake.provider(appcode="")
    with pytest.raises(ConfigError, match="appcode") as info:
        provider.recognize(card_image(), DocType.IDCARD_FRONT)
    assert info.value.kind is ErrorKind.CONFIG
    with pytest.raises(ConfigError, match="AppCode contains") as info:
        fake.provider(appcode="码 0cdesk").recognize(card_image(), DocType.IDCARD_FRONT)
    assert "码" not in str(info.value)
    assert fake.server.requests == []


# ------------------------------------------------------------------------------------------ requests


def test_request_is_the_documented_new_format(fake: AliyunMarketFake) -> None:
    fake.recognize(DocType.IDCARD_FRONT)
    request = fake.server.requests[-1]
    assert request.method == "POST" and request.path == IDCARD_PATH
    assert request.header("Authorization") == f"APPCODE {TEST_APPCODE}"
    assert request.header("Content-Type") == "application/json; charset=UTF-8"
    body = json.loads(request.body)
    assert set(body) == {"image", "configure"}
    assert body["configure"] == '{"side":"face"}'  # a JSON string, not an object
    assert body["image"].startswith("/9j/")  # base64 of a JPEG
    assert fake.violations == []


def test_old_format_request_and_reply(fake: AliyunMarketFake) -> None:
    new = fake.recognize(DocType.IDCARD_BACK)
    old = fake.recognize(DocType.IDCARD_BACK, request_format="old")
    body = json.loads(fake.server.requests[-1].body)
    item = body["inputs"][0]
    assert item["image"]["dataType"] == 50 and isinstance(item["image"]["dataValue"], str)
    assert item["configure"] == {"dataType": 50, "dataValue": '{"side":"back"}'}
    assert fake.violations == []
    assert rows(old) == rows(new)


def test_build_request_body_is_compact_json() -> None:
    assert build_request_body("QUJD", "face") == b'{"image":"QUJD","configure":"{\\"side\\":\\"face\\"}"}'


# ------------------------------------------------------------------------------------------ fields


def test_idcard_front_fields_and_card_outline(fake: AliyunMarketFake) -> None:
    recognition = fake.recognition(DocType.IDCARD_FRONT)
    fields = recognition.fields
    assert rows(fields) == [
        ("name", "name", "张三"),
        ("sex", "sex", "男"),
        ("ethnicity", "nationality", "汉"),
        ("birth_date", "birth", "20000101"),
        ("address", "address", "浙江省杭州市余杭区文一西路969号"),
        ("id_number", "num", "1234567890"),
    ]  # the card's outline and the portrait are outlines, not fields with no value (issue 13)
    assert all(f.box is None and f.polygon is None and f.confidence is None for f in fields)
    card, portrait = recognition.outlines
    # card_region as sent: min/max for the box, the vendor's point order kept in the polygon
    assert (card.key, card.label) == ("card_region", "card_region")
    assert card.polygon == ((165, 657), (534, 658), (535, 31), (165, 30))
    assert card.box == Box(165, 30, 535, 658)
    # face_rect: centre (952, 325.5), 164.99×181.99, turned -90° (clockwise angle)
    assert (portrait.key, portrait.label) == ("portrait", "face_rect")
    assert portrait.polygon == ((861, 408), (861, 243), (1043, 243), (1043, 408))
    assert portrait.box == Box(861, 243, 1043, 408)


def test_idcard_back_combines_the_validity_dates(fake: AliyunMarketFake) -> None:
    fields = fake.recognize(DocType.IDCARD_BACK)
    assert rows(fields) == [
        ("authority", "issue", "杭州市公安局"),
        ("valid_period", "start_date/end_date", "19700101-19800101"),
    ]
    assert fake.server.requests[-1].path == IDCARD_PATH
    assert json.loads(fake.server.requests[-1].body)["configure"] == '{"side":"back"}'


def test_vehicle_license_face(fake: AliyunMarketFake) -> None:
    fields = fake.recognize(DocType.VEHICLE_LICENSE)
    assert fake.server.requests[-1].path == VEHICLE_PATH
    assert rows(fields) == [
        ("plate_number", "plate_num", "蒙E****8"),
        ("vehicle_type", "vehicle_type", "重型半挂牵引车"),
        ("owner", "owner", "呼伦贝尔市晓明运输有限公司"),
        ("address", "addr", "内蒙古自****2单元4层2号"),
        ("use_character", "use_character", "货运"),
        ("model", "model", "解放牌CA4****EA80"),
        ("vin", "vin", "LFWS****754"),
        ("engine_number", "engine_num", "51***80"),
        ("register_date", "register_date", "20101207"),
        ("issue_date", "issue_date", "20130722"),
    ]
    assert all(f.box is None and f.confidence is None for f in fields)


def test_vehicle_license_back_keeps_empty_fields(fake: AliyunMarketFake) -> None:
    fields = fake.recognize(DocType.VEHICLE_LICENSE_BACK)
    assert json.loads(fake.server.requests[-1].body)["configure"] == '{"side":"back"}'
    assert rows(fields) == [
        ("plate_number", "plate_num", "云AD8V02"),
        ("file_number", "file_no", "530100001466"),
        ("passengers", "appproved_passenger_capacity", "5人"),
        ("total_mass", "gross_mass", "2000kg"),
        ("curb_mass", "unladen_mass", "1505kg"),
        ("dimensions", "overall_dimension", "4945x1845x1480mm"),
        ("inspection_record", "inspection_record", "检验有效期至2014年09月云A(01)"),
        ("load_mass", "approved_load", ""),
        ("traction_mass", "traction_mass", ""),
    ]


def test_unknown_vendor_fields_keep_their_own_key() -> None:
    result = {"plate_num": "云A12345", "energy_type": "汽油", "is_copy": False, "success": True}
    fields = fields_from_result("vendor", result, DocType.VEHICLE_LICENSE_BACK)
    assert rows(fields) == [("plate_number", "plate_num", "云A12345"), ("energy_type", "energy_type", "汽油")]


def test_outline_outside_the_image_is_dropped_and_face_vertices_are_the_fallback() -> None:
    result = {
        "name": "张三",
        "card_region": [{"x": 5000, "y": 5000}, {"x": 5100, "y": 5000}, {"x": 5100, "y": 5100}],
        "face_rect_vertices": [{"x": 10.4, "y": 20}, {"x": 60, "y": 20}, {"x": 60, "y": 90.6}, {"x": 10.4, "y": 90.6}],
    }
    assert [f.key for f in fields_from_result("vendor", result, DocType.IDCARD_FRONT, (800, 600))] == ["name"]
    [portrait] = outlines(result, (800, 600))
    assert portrait.key == "portrait" and portrait.polygon == ((10, 20), (60, 20), (60, 91), (10, 91))
    # a zero-area outline or portrait is no position at all
    result["card_region"] = [{"x": 5, "y": 5}, {"x": 5, "y": 5}, {"x": 5, "y": 5}]
    result["face_rect"] = {"angle": 0, "center": {"x": 1, "y": 1}, "size": {"width": 0.2, "height": 0.2}}
    assert outlines(result, (800, 600)) == []


def test_boxes_come_back_in_source_pixels_after_shrinking(
    fake: AliyunMarketFake, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(AliyunMarketProvider, "upload_limit_bytes", 120_000)
    card, portrait = fake.recognition(DocType.IDCARD_FRONT, card_image(2400, 1600)).outlines
    body = json.loads(fake.server.requests[-1].body)
    assert len(body["image"]) <= 120_000  # the base64 text fits the (patched) limit
    # the fake answered in the shrunk image's pixels; twice the 1200×800 sample is expected back (±3 px rounding)
    box = card.box
    for got, want in zip((box.left, box.top, box.right, box.bottom), (330, 60, 1070, 1316), strict=True):
        assert abs(got - want) <= 3
    box = portrait.box
    for got, want in zip((box.left, box.top, box.right, box.bottom), (1722, 486, 2086, 816), strict=True):
        assert abs(got - want) <= 3


# ------------------------------------------------------------------------------------------ CLI


def _write_card(tmp_path: Path) -> Path:
    path = tmp_path / "card.jpg"
    card_image().image.save(path, "JPEG", quality=90)
    return path


def test_cli_recognizes_with_the_appcode_from_the_environment(
    fake: AliyunMarketFake, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli = pytest.importorskip("ocrdesk.cli")
    monkeypatch.setenv("OCRDESK_ALIYUN_MARKET_APPCODE", TEST_APPCODE)
    out = tmp_path / "out.json"
    argv = ["recognize", "--provider", "aliyun-market", "--doc-type", "idcard_front"]
    code = cli.main([*argv, "--endpoint", fake.server.url, "-o", str(out), str(_write_card(tmp_path))])
    assert code == 0
    document = json.loads(out.read_text(encoding="utf-8"))["documents"][0]
    assert (document["provider"], document["doc_type"], document["status"]) == ("aliyun-market", "idcard_front", "ok")
    values = {f["key"]: f["value"] for f in document["fields"]}
    assert values["name"] == "张三" and values["id_number"] == "1234567890"
    assert all(f["key"] not in ("card_region", "portrait") for f in document["fields"])
    card = next(o for o in document["outlines"] if o["key"] == "card_region")
    assert card["box"] == {"left": 165, "top": 30, "right": 535, "bottom": 658}
    assert card["polygon"] == [[165, 657], [534, 658], [535, 31], [165, 30]]
    assert fake.server.requests[-1].header("Authorization") == f"APPCODE {TEST_APPCODE}"


def test_cli_exit_1_for_a_vendor_error(
    fake: AliyunMarketFake, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    cli = pytest.importorskip("ocrdesk.cli")
    monkeypatch.setenv("OCRDESK_ALIYUN_MARKET_APPCODE", TEST_APPCODE)
    fake.fault = "quota_exhausted"
    out = tmp_path / "out.json"
    argv = ["recognize", "--provider", "aliyun-market", "--doc-type", "idcard_front"]
    code = cli.main([*argv, "--endpoint", fake.server.url, "-o", str(out), str(_write_card(tmp_path))])
    assert code == 1
    document = json.loads(out.read_text(encoding="utf-8"))["documents"][0]
    assert document["status"] == "error"
    assert document["error"]["code"] == "Quota Exhausted"
    assert "Quota Exhausted" in capsys.readouterr().err


def test_cli_exit_2_without_an_appcode(fake: AliyunMarketFake, tmp_path: Path) -> None:
    cli = pytest.importorskip("ocrdesk.cli")
    argv = ["recognize", "--provider", "aliyun-market", "--doc-type", "idcard_front", "--endpoint"]
    assert cli.main([*argv, fake.server.url, str(_write_card(tmp_path))]) == 2
    assert fake.server.requests == []
