"""Normalised fields per Tencent Cloud action, through the provider over HTTP to the fake gateway."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from ocrdesk.doctypes import CANONICAL_KEYS, DocType
from ocrdesk.errors import ErrorKind, ProviderError
from ocrdesk.model import Box, Field
from tests.fakes.server import FakeServer
from tests.fakes.tencent_cloud_server import TencentCloudFake, provider_config
from tests.fakes.tencent_cloud_server import recognize as run_recognition

Running = tuple[FakeServer, TencentCloudFake]


@pytest.fixture
def fake(tencent_cloud_running: Running) -> Iterator[TencentCloudFake]:
    _server, fake = tencent_cloud_running
    fake.reset()
    yield fake
    assert fake.rejections == []  # every request of these tests passed the gateway's checks


@pytest.fixture
def recognize(tencent_cloud_running: Running, fake: TencentCloudFake):
    server, _fake = tencent_cloud_running
    return lambda doc_type: run_recognition(provider_config(server), doc_type)


def _rows(fields: list[Field]) -> list[tuple[Any, ...]]:
    return [(f.key, f.label, f.value, f.confidence, f.box, f.polygon) for f in fields]


def _values(fields: list[Field]) -> dict[str, str]:
    return {f.key: f.value for f in fields}


def _no_positions(fields: list[Field]) -> bool:
    return all(f.box is None and f.polygon is None and f.confidence is None for f in fields)


def test_general_lines_with_exact_boxes_polygons_and_confidences(recognize) -> None:
    recognition = recognize(DocType.GENERAL)
    assert _rows(recognition.fields) == [
        # the first polygon starts 2 px left of the image: clamped to it
        (
            "line_1",
            "Line 1",
            "中华人民共和国居民身份证",
            0.99,
            Box(0, 20, 560, 70),
            [(0, 20), (560, 22), (560, 70), (0, 68)],
        ),
        ("line_2", "Line 2", "姓名 张三", 0.97, Box(40, 100, 250, 140), [(40, 100), (250, 100), (250, 140), (40, 140)]),
        # a tilted line: the box bounds all four points
        (
            "line_3",
            "Line 3",
            "OCRDesk 2026",
            0.86,
            Box(300, 200, 601, 258),
            [(300, 210), (598, 200), (601, 248), (302, 258)],
        ),
        # the empty fourth detection is dropped
    ]
    assert recognition.warnings == []


def test_general_falls_back_on_the_deskewed_item_polygon(recognize, fake: TencentCloudFake) -> None:
    fake.samples["GeneralBasicOCR"]["TextDetections"] = [
        {"DetectedText": "第一行", "Confidence": 64, "ItemPolygon": {"X": 12, "Y": 8, "Width": 100, "Height": 20}},
        {"DetectedText": "第二行", "Confidence": None, "Polygon": [], "ItemPolygon": {"X": 0, "Y": 0}},
    ]
    recognition = recognize(DocType.GENERAL)
    assert _rows(recognition.fields) == [
        ("line_1", "Line 1", "第一行", 0.64, Box(12, 8, 112, 28), None),
        ("line_2", "Line 2", "第二行", None, None, None),
    ]
    assert recognition.warnings == [
        "Some line boxes refer to the rotation-corrected image (ItemPolygon), not the original."
    ]


def test_handwriting_lines(recognize) -> None:
    recognition = recognize(DocType.HANDWRITING)
    assert _rows(recognition.fields) == [
        ("line_1", "Line 1", "今天天气很好", 0.93, Box(30, 40, 330, 96), [(30, 40), (330, 40), (330, 96), (30, 96)]),
        (
            "line_2",
            "Line 2",
            "我们去公园散步",
            0.78,
            Box(30, 118, 381, 172),
            [(30, 120), (380, 118), (381, 170), (31, 172)],
        ),
    ]


def test_idcard_front(recognize) -> None:
    recognition = recognize(DocType.IDCARD_FRONT)
    assert [(f.key, f.label, f.value) for f in recognition.fields] == [
        ("name", "Name", "李明"),
        ("sex", "Sex", "男"),
        ("ethnicity", "Nation", "汉"),
        ("birth_date", "Birth", "1987/1/1"),
        ("address", "Address", "北京市石景山区高新技术园腾讯大楼"),
        ("id_number", "IdNum", "440524198701010014"),
    ]
    assert tuple(f.key for f in recognition.fields) == CANONICAL_KEYS[DocType.IDCARD_FRONT]
    assert _no_positions(recognition.fields)  # IDCardOCR gives neither boxes nor confidences
    assert recognition.warnings == []


def test_idcard_back_with_an_advanced_info_warning(recognize) -> None:
    recognition = recognize(DocType.IDCARD_BACK)
    assert [(f.key, f.label, f.value) for f in recognition.fields] == [
        ("authority", "Authority", "赣州市公安局"),
        ("valid_period", "ValidDate", "2010.07.21-2020.07.21"),
    ]
    assert _no_positions(recognition.fields)
    assert recognition.warnings == [] and recognition.document_warnings == []  # a clean picture


def test_idcard_warnings_become_our_codes_with_the_vendor_code_kept(recognize, fake: TencentCloudFake) -> None:
    fake.conditions["IDCardOCR"] = [-9109, -9102, -9108]
    fake.quality = 31
    recognition = recognize(DocType.IDCARD_BACK)
    assert [(w.code, w.vendor_code) for w in recognition.document_warnings] == [
        ("invalid_date", "-9109"),  # the SDK's code for an invalid validity date (-9100 is another action's)
        ("copy", "-9102"),
        ("copy", "-9108"),
        ("blurred", "Quality"),
    ]
    assert recognition.document_warnings[0].message_zh == "有效日期不合法"
    assert recognition.document_warnings[3].vendor_message == "Quality 31 < 50"
    assert recognition.warnings == []


@pytest.mark.parametrize("advanced", ["{not json", "[1, 2]", '"text"'])
def test_a_broken_advanced_info_does_not_lose_the_fields(recognize, fake: TencentCloudFake, advanced: str) -> None:
    fake.samples["IDCardOCR/FRONT"]["AdvancedInfo"] = advanced
    recognition = recognize(DocType.IDCARD_FRONT)
    assert len(recognition.fields) == 6
    assert len(recognition.warnings) == 1 and "AdvancedInfo" in recognition.warnings[0]
    assert recognition.document_warnings == []


def test_advanced_info_warning_codes_as_objects_and_unknown_codes(recognize, fake: TencentCloudFake) -> None:
    fake.samples["IDCardOCR/FRONT"]["AdvancedInfo"] = '{"WarnInfos": [{"Code": -9103}, -9999], "Quality": 88}'
    recognition = recognize(DocType.IDCARD_FRONT)
    assert [(w.code, w.vendor_code) for w in recognition.document_warnings] == [
        ("reshoot", "-9103"),
        ("other", "-9999"),  # unknown to us: kept as `other` with its code, never dropped
    ]


def test_business_card_keeps_item_coord_boxes_and_repeated_names(recognize, fake: TencentCloudFake) -> None:
    recognition = recognize(DocType.BUSINESS_CARD)
    assert _rows(recognition.fields) == [
        ("name", "姓名", "王小明", None, Box(40, 30, 160, 70), None),
        ("title", "职位", "产品经理", None, Box(40, 80, 150, 110), None),
        ("company", "公司", "腾讯科技(深圳)有限公司", None, Box(40, 130, 370, 162), None),  # NFKC brackets
        ("mobile", "手机", "13800138000", None, Box(40, 200, 240, 228), None),
        ("mobile_2", "手机", "13900139000", None, Box(40, 236, 240, 264), None),
        ("email", "邮箱", "xiaoming@example.com", None, Box(40, 272, 300, 300), None),
        ("qq", "QQ", "10001", None, Box(40, 308, 130, 336), None),
    ]
    assert recognition.warnings == []
    fake.samples["BusinessCardOCR"]["Angle"] = 90.0
    rotated = recognize(DocType.BUSINESS_CARD)
    assert [f.box for f in rotated.fields] == [f.box for f in recognition.fields]
    assert len(rotated.warnings) == 1 and "rotation-corrected" in rotated.warnings[0]


def test_vehicle_license_front(recognize) -> None:
    recognition = recognize(DocType.VEHICLE_LICENSE)
    assert _values(recognition.fields) == {
        "plate_number": "粤B12345",
        "vehicle_type": "小型普通客车",
        "owner": "张三",
        "address": "广东省深圳市南山区科技中一路腾讯大厦",
        "use_character": "非营运",
        "model": "大众汽车牌SVW71612BM",
        "vin": "LSVNV2182E2100000",
        "engine_number": "123456",
        "register_date": "2014-03-14",
        "issue_date": "2014-03-14",
        "seal": "深圳市公安局交通警察支队",
    }
    assert tuple(f.key for f in recognition.fields) == CANONICAL_KEYS[DocType.VEHICLE_LICENSE]
    assert recognition.fields[0].label == "PlateNo"
    assert _no_positions(recognition.fields)


def test_vehicle_license_back_page(recognize) -> None:
    recognition = recognize(DocType.VEHICLE_LICENSE_BACK)
    assert _values(recognition.fields) == {
        "plate_number": "粤B12345",
        "file_number": "440300123456",
        "passengers": "5人",
        "total_mass": "1930kg",
        "curb_mass": "1430kg",
        "dimensions": "4597×1765×1460mm",
        "inspection_record": "检验有效期至2020年03月粤B(00)",
    }  # LoadQuality, Marks, TotalQuasiMass came back empty
    assert {f.key for f in recognition.fields} <= set(CANONICAL_KEYS[DocType.VEHICLE_LICENSE_BACK])
    assert recognition.document_warnings == []


def test_licence_warnings_keep_the_vendor_constant_beside_our_code(recognize, fake: TencentCloudFake) -> None:
    fake.conditions["VehicleLicenseOCR"] = [-9102, -9105]
    fake.samples["VehicleLicenseOCR/BACK"]["VehicleLicenseType"] = "Electronic"
    recognition = recognize(DocType.VEHICLE_LICENSE_BACK)
    assert [(w.code, w.vendor_code, w.vendor_message) for w in recognition.document_warnings] == [
        ("copy", "-9102", "WARN_DRIVER_LICENSE_COPY_CARD"),
        ("blurred", "-9105", "WARN_DRIVER_LICENSE_BLUR"),
        ("electronic", "VehicleLicenseType", "Electronic"),
    ]
    assert ("license_type", "Electronic") in [(f.key, f.value) for f in recognition.fields]


def test_vehicle_license_without_the_requested_side_is_malformed(recognize, fake: TencentCloudFake) -> None:
    fake.samples["VehicleLicenseOCR/FRONT"]["FrontInfo"] = None
    with pytest.raises(ProviderError) as caught:
        recognize(DocType.VEHICLE_LICENSE)
    assert caught.value.kind is ErrorKind.MALFORMED and "FrontInfo" in caught.value.message


def test_driver_license(recognize) -> None:
    recognition = recognize(DocType.DRIVER_LICENSE)
    assert _values(recognition.fields) == {
        "license_number": "440301199001010011",
        "name": "张三",
        "sex": "男",
        "nationality": "中国",
        "address": "广东省深圳市南山区科技中一路腾讯大厦",
        "birth_date": "1990-01-01",
        "first_issue_date": "2012-06-01",
        "vehicle_class": "C1",
        "valid_from": "2018-06-01",
        "valid_to": "2028-06-01",
        "authority": "广东省深圳市公安局交通警察支队",
    }
    assert {f.key for f in recognition.fields} <= set(CANONICAL_KEYS[DocType.DRIVER_LICENSE])
    assert _no_positions(recognition.fields)


def test_license_plates_with_rect_boxes_and_confidences(recognize) -> None:
    recognition = recognize(DocType.LICENSE_PLATE)
    assert _rows(recognition.fields) == [
        ("plate_number", "Number", "京N0L9U8", 0.99, Box(150, 200, 330, 260), None),
        ("plate_color", "Color", "蓝", None, Box(150, 200, 330, 260), None),
        # the second Rect runs past the 640-pixel edge: clipped
        ("plate_number_2", "Number", "粤B12345", 0.87, Box(420, 300, 640, 370), None),
        ("plate_color_2", "Color", "绿", None, Box(420, 300, 640, 370), None),
    ]


def test_license_plate_without_plate_list_uses_the_top_level_plate(recognize, fake: TencentCloudFake) -> None:
    del fake.samples["LicensePlateOCR"]["LicensePlateInfos"]
    recognition = recognize(DocType.LICENSE_PLATE)
    assert [(f.key, f.value, f.confidence) for f in recognition.fields] == [
        ("plate_number", "京N0L9U8", 0.99),
        ("plate_color", "蓝", None),
    ]


def test_bank_card(recognize) -> None:
    recognition = recognize(DocType.BANK_CARD)
    assert [(f.key, f.label, f.value) for f in recognition.fields] == [
        ("card_number", "CardNo", "6225768888888888"),
        ("bank_name", "BankInfo", "招商银行(03080000)"),
        ("card_type", "CardType", "贷记卡"),
        ("card_name", "CardName", "招商银行信用卡"),
        ("valid_date", "ValidDate", "08/2025"),
        ("card_category", "CardCategory", "标准实体银行卡"),
        ("quality_value", "QualityValue", "90"),
    ]
    assert _no_positions(recognition.fields)  # QualityValue is image quality, not a confidence
    assert recognition.document_warnings == []


def test_business_license(recognize, fake: TencentCloudFake) -> None:
    recognition = recognize(DocType.BUSINESS_LICENSE)
    assert _values(recognition.fields) == {
        "credit_code": "91440300708461136T",
        "name": "腾讯科技(深圳)有限公司",
        "company_type": "有限责任公司(台港澳法人独资)",
        "address": "深圳市南山区高新区高新南一路飞亚达大厦5-10楼",
        "legal_representative": "马化腾",
        "registered_capital": "人民币6500万元",
        "established_date": "1998年11月11日",
        "business_term": "1998年11月11日至2028年11月11日",
        "business_scope": "计算机软、硬件的设计、技术开发、销售(不含专营、专控、专卖商品及限制项目)",
        "issue_date": "2019年01月15日",
        # documented members without a canonical key: our snake_case keys (fields.py)
        "license_title": "营业执照",
        "original_or_duplicate": "副本",
        "electronic": "否",
        "has_national_emblem": "是",
        "has_qr_code": "是",
        "has_seal": "是",
    }
    extra = {"license_title", "original_or_duplicate", "electronic", "has_national_emblem", "has_qr_code", "has_seal"}
    assert {f.key for f in recognition.fields} - extra <= set(CANONICAL_KEYS[DocType.BUSINESS_LICENSE])
    # a pre-2016 licence: RegNum is the 15-digit registration number
    fake.samples["BizLicenseOCR"]["RegNum"] = "440301103456789"
    old = recognize(DocType.BUSINESS_LICENSE)
    assert (old.fields[0].key, old.fields[0].label) == ("registration_number", "RegNum")


def test_vat_invoice_named_polygons(recognize) -> None:
    recognition = recognize(DocType.VAT_INVOICE)
    rows = _rows(recognition.fields)
    assert rows[0] == (
        "invoice_code",
        "发票代码",
        "044031900111",
        None,
        Box(470, 20, 600, 40),
        [(470, 20), (600, 20), (600, 40), (470, 40)],
    )
    assert _values(recognition.fields) == {
        "invoice_code": "044031900111",
        "invoice_number": "12345678",
        "invoice_date": "2020年01月01日",
        "check_code": "12345 67890 12345 67890",
        "buyer_name": "腾讯科技(深圳)有限公司",
        "buyer_tax_id": "91440300708461136T",
        "amount": "¥100.00",
        "tax": "¥6.00",
        "total_in_words": "壹佰零陆圆整",
        "total": "¥106.00",
        "seller_name": "深圳市示例科技有限公司",
        "consumption_type": "服务",  # 发票消费类型: every documented name has a key, never field_N
        "buyer_address_phone": "深圳市南山区 0755-86013388",  # the SDK's spelling, （…、…）
        "copy_name": "发票联",
        "item_1_name": "*信息技术服务*软件服务费",
        "item_1_quantity": "1",
        "item_1_unit_price": "100.00",
        "item_1_amount": "100.00",
        "item_1_tax_rate": "6%",
        "item_1_tax": "6.00",
        "item_2_name": "*现代服务*咨询费",
        "item_2_amount": "0.00",
    }
    by_key = {f.key: f for f in recognition.fields}
    assert by_key["consumption_type"].label == "发票消费类型"
    assert by_key["item_1_name"].label == "Items[1].Name"
    assert not any(f.key.startswith("field_") for f in recognition.fields)
    # all-zero polygon = no box
    assert by_key["consumption_type"].box is None and by_key["consumption_type"].polygon is None
    assert by_key["total_in_words"].box == Box(150, 290, 330, 310)
    assert all(f.confidence is None for f in recognition.fields)


def test_passport(recognize) -> None:
    recognition = recognize(DocType.PASSPORT)
    assert _values(recognition.fields) == {
        "passport_number": "E12345678",
        "name": "ZHANG SAN",
        "family_name": "ZHANG",
        "given_name": "SAN",
        "sex": "男/M",
        "nationality": "中国/CHINESE",
        "birth_date": "01 JAN 1990",
        "birth_place": "广东/GUANGDONG",
        "issue_date": "01 JAN 2018",
        "issue_place": "广东/GUANGDONG",
        "expiry_date": "31 DEC 2027",
        "country_code": "CHN",
        "mrz1": "POCHNZHANG<<SAN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
        "mrz2": "E123456784CHN9001011M2712315NGKELNOA<<<<A942",
    }
    assert _no_positions(recognition.fields)


def test_card_values_of_the_wrong_type_are_malformed(recognize, fake: TencentCloudFake) -> None:
    fake.samples["IDCardOCR/FRONT"]["Name"] = {"text": "李明"}
    with pytest.raises(ProviderError) as caught:
        recognize(DocType.IDCARD_FRONT)
    assert caught.value.kind is ErrorKind.MALFORMED and "Name" in caught.value.message


def test_every_documented_licence_member_is_kept(recognize, fake: TencentCloudFake) -> None:
    fake.samples["VehicleLicenseOCR/FRONT"]["FrontInfo"].update(
        {"StateElectronic": "正常", "InspectionValidityTimeElectronic": "2026-03", "GenerationTimeElectronic": "x"}
    )
    fake.samples["VehicleLicenseOCR/BACK"]["BackInfo"].update({"FuelType": "汽油", "CarBodyColor": "白"})
    front = _values(recognize(DocType.VEHICLE_LICENSE).fields)
    assert (front["state"], front["inspection_valid_until"], front["generate_time"]) == ("正常", "2026-03", "x")
    back = _values(recognize(DocType.VEHICLE_LICENSE_BACK).fields)
    assert (back["fuel_type"], back["body_color"]) == ("汽油", "白")
    fake.samples["DriverLicenseOCR"].update({"State": "正常", "CumulativeScore": "0", "DriverLicenseType": "Normal"})
    driver = _values(recognize(DocType.DRIVER_LICENSE).fields)
    assert (driver["state"], driver["cumulative_score"], driver["license_type"]) == ("正常", "0", "Normal")
    fake.samples["PassportOCR"]["Signature"] = "张三"
    assert _values(recognize(DocType.PASSPORT).fields)["signature"] == "张三"
