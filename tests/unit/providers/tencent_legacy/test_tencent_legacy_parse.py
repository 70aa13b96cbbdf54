"""Normalisation of legacy Tencent replies beyond the seed samples: the doc pages' own variants and odd values."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from ocrdesk.doctypes import DocType
from ocrdesk.model import Box
from ocrdesk.providers.tencent_legacy.parse import float_confidence, parse_reply


def parse(doc_type: DocType, payload: dict[str, Any]):
    return parse_reply("Tencent", payload, doc_type)


def item(name: str, text: str, conf: Any = 0.9, coord: Any = None, **extra: Any) -> dict[str, Any]:
    entry = {"item": name, "itemstring": text, "itemconf": conf, **extra}
    if coord is not None:
        entry["itemcoord"] = dict(zip(("x", "y", "width", "height"), coord, strict=True))
    return entry


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0.5, 0.5),
        (1, 1.0),
        (0.0, 0.0),
        (90.9, 0.909),
        (150, 1.0),
        (-1, None),
        ("0.25", 0.25),
        ("x", None),
        (None, None),
    ],
)
def test_float_confidence(value: Any, expected: float | None) -> None:
    result = float_confidence(value)
    assert result == (None if expected is None else pytest.approx(expected))


def test_plate_doc_sample_has_items_at_top_level() -> None:
    payload = {
        "code": 0,
        "message": "OK",
        "items": [item("车牌", "京NC32A1", 0.99, (0, 1, 2, 3))],
    }
    [field] = parse(DocType.LICENSE_PLATE, payload).fields
    assert (field.key, field.label, field.ocr_value, field.confidence) == ("plate_number", "车牌", "京NC32A1", 0.99)
    assert field.box == Box(0, 1, 2, 4)


def test_general_doc_sample_with_percent_confidences() -> None:
    # the general doc's own example: confidence 90.9 / 93.9 (the real service sends 0–1)
    line = {
        "itemstring": "手机",
        "itemcoord": {"x": 0, "y": 100, "width": 40, "height": 20},
        "words": [{"character": "手", "confidence": 90.9}, {"character": "机", "confidence": 93.9}],
    }
    [field] = parse(DocType.GENERAL, {"code": 0, "data": {"items": [line], "session_id": ""}}).fields
    assert field.key == "line_1" and field.confidence == pytest.approx(0.909)
    assert field.box == Box(0, 100, 40, 120)


def test_handwriting_doc_sample_without_itemconf_or_coordpoint() -> None:
    line = {
        "itemcoord": {"x": 37, "y": 22, "width": 221, "height": 40},
        "itemstring": "只要有百分之一的希些",
        "coords": [],
        "words": [{"character": "只", "confidence": 0.9995}, {"character": "些", "confidence": 0.3066}],
        "candword": [],
    }
    [field] = parse(DocType.HANDWRITING, {"code": 0, "data": {"items": [line]}}).fields
    assert field.confidence == pytest.approx(0.3066) and field.polygon is None
    assert field.box == Box(37, 22, 258, 62)


def test_line_box_from_polygon_when_itemcoord_is_missing_and_bad_polygons_ignored() -> None:
    lines = [
        {"itemstring": "a", "itemconf": 0.5, "coordpoint": {"x": [10, 10, 50, 10, 50, 30, 10, 30]}},
        {"itemstring": "b", "itemconf": 0.5, "itemcoord": {"x": 10, "y": 40, "width": 5, "height": 5},
         "coordpoint": {"x": [1, 2, 3]}},
        {"itemstring": "", "itemconf": 0.5, "itemcoord": {"x": 1, "y": 1, "width": 5, "height": 5}},
    ]  # fmt: skip
    first, second = parse(DocType.HANDWRITING, {"code": 0, "data": {"items": lines}}).fields
    assert first.box == Box(10, 10, 50, 30) and first.polygon == [(10, 10), (50, 10), (50, 30), (10, 30)]
    assert second.polygon is None and second.box == Box(10, 40, 15, 45)


def test_reading_order_rows_then_columns() -> None:
    def line(text: str, x: int, y: int, h: int = 20) -> dict[str, Any]:
        return {"itemstring": text, "itemconf": 0.9, "itemcoord": {"x": x, "y": y, "width": 50, "height": h}}

    # "tall" starts highest but spans three rows: it is a row of its own and does not swallow the others
    lines = [line("right", 300, 12), line("below", 10, 60), line("left", 10, 10), line("tall", 600, 0, 200)]
    fields = parse(DocType.GENERAL, {"code": 0, "data": {"items": lines}}).fields
    assert [f.ocr_value for f in fields] == ["tall", "left", "right", "below"]
    assert [f.key for f in fields] == ["line_1", "line_2", "line_3", "line_4"]
    # without a box for every line, the vendor's order is kept
    lines.pop()
    lines[0].pop("itemcoord")
    assert [f.ocr_value for f in parse(DocType.GENERAL, {"data": {"items": lines}}).fields][:2] == ["right", "below"]


def test_idcard_unrecognized_field_and_photo() -> None:
    photo = b"\x89PNG\r\n\x1a\nphoto"
    data = {
        "name": "",
        "name_confidence_all": -1,  # "如未识别出某字段…则该字段对应的置信度为-1"
        "sex": "男",
        "sex_confidence_all": [28],
        "id": "123456200001011234",
        "id_confidence_all": [-1, 50, 90],
        "frontimage": base64.b64encode(photo).decode(),
        "frontimage_confidence_all": [99],
        "backimage": "%%% not base64",
        "valid_date": "2012.01.01-2022.01.01",  # a back-side key in a front reply: kept under its own name
    }
    recognition = parse(DocType.IDCARD_FRONT, {"result_list": [{"code": 0, "message": "OK", "data": data}]})
    assert [(f.key, f.ocr_value, f.confidence) for f in recognition.fields] == [
        ("name", "", None),
        ("sex", "男", 0.28),
        ("id_number", "123456200001011234", 0.5),
        ("valid_date", "2012.01.01-2022.01.01", None),
    ]
    assert recognition.artifacts == {"frontimage": photo}


def test_business_card_v2_sample_repeats_phone() -> None:
    data = [
        {"item": "姓名", "value": "温星涛", "confidence": 0.9994000196456908},
        {"item": "职位", "value": "解决方案高级架构师", "confidence": 0.9758999943733216},
        {"item": "部门", "value": "云产品部", "confidence": 0.9998999834060668},
        {"item": "邮箱", "value": "timwen@tencent.com", "confidence": 0.9995999932289124},
        {"item": "电话", "value": "9761758", "confidence": 0.9998999834060668},
        {"item": "电话", "value": "+86-28-85225111转51468", "confidence": 0.9078999757766724},
        {"item": "qq", "value": "12345", "confidence": 0.9},
        {"item": "", "value": "", "confidence": 0.0},
        {"item": "星座", "value": "天秤", "confidence": None},
    ]
    fields = parse(DocType.BUSINESS_CARD, {"result_list": [{"code": 0, "filename": "名片2.jpg", "data": data}]}).fields
    assert [(f.key, f.label) for f in fields] == [
        ("name", "姓名"),
        ("title", "职位"),
        ("department", "部门"),
        ("email", "邮箱"),
        ("phone", "电话"),
        ("phone_2", "电话"),
        ("qq", "qq"),
        ("field_1", "星座"),  # not a documented item: a key of its own, the vendor's name as label
    ]
    assert fields[-1].confidence is None and fields[5].ocr_value == "+86-28-85225111转51468"


def test_license_items_with_odd_values() -> None:
    items = [
        item("车牌号码", "粤B12345", "0.75", (10, 10, 100, 20)),
        item("车辆类型", "小型轿车", None),  # no confidence, no box
        item("车辆颜色", "白", 0.8, (0, 0, 0, 0)),  # unknown item, zero-size box
        item("", "", 0.0, (0, 0, 0, 0)),
        item("红章", "深圳市公安局交通警察支队", 0.9, (52, 186, 110, 100)),
        item("发动机号码", "ＷＢＳＧ１６１８", 0.9, (1, 2, 3, 4)),  # full-width → NFKC
    ]
    fields = parse(DocType.VEHICLE_LICENSE, {"code": "0", "data": {"items": items}}).fields
    assert [(f.key, f.ocr_value, f.confidence, f.box) for f in fields] == [
        ("plate_number", "粤B12345", 0.75, Box(10, 10, 110, 30)),
        ("vehicle_type", "小型轿车", None, None),
        ("field_1", "白", 0.8, None),
        ("seal", "深圳市公安局交通警察支队", 0.9, Box(52, 186, 162, 286)),
        ("engine_number", "WBSG1618", 0.9, Box(1, 2, 4, 6)),
    ]


def test_driver_license_doc_sample_with_only_the_stamp() -> None:
    items = [item("证号", "342221199005033256", 0.99, (226, 66, 194, 30)), item("红章", "深圳市公安局交通管理局")]
    fields = parse(DocType.DRIVER_LICENSE, {"code": 0, "data": {"items": items}}).fields
    assert [f.key for f in fields] == ["license_number", "seal"]


def test_bank_card_doc_sample_placeholders() -> None:
    items = [
        item("卡号", "514958888888888", 0.954, (28, 101, 244, 22)),
        item("卡类型", "贷记卡", 0.954, (10, 10, 10, 10)),
        item("卡名字", "中银万事达信用卡", 0.954, (10, 30, 10, 10)),
        item("银行信息", "中国银行(01040000)", 0.954, (10, 50, 10, 10)),
        item("有效期", "08/2008", 0.9288, (117, 137, 55, 14)),
        item("其他", "x", 0.5, (10, 70, 10, 10)),  # only the documented synthetic positions are dropped
    ]
    fields = parse(DocType.BANK_CARD, {"code": 0, "data": {"items": items}}).fields
    assert [(f.key, f.box) for f in fields] == [
        ("card_number", Box(28, 101, 272, 123)),
        ("card_type", None),
        ("card_name", None),
        ("bank_name", None),
        ("valid_date", Box(117, 137, 172, 151)),
        ("field_1", Box(10, 70, 20, 80)),
    ]


def test_business_license_doc_sample_names() -> None:
    items = [
        item("注册号", "913709027242123456"),
        item("法定代表人", "腾小云"),
        item("公司名字", "腾讯科技（深圳）有限公司"),
        item("统一社会信用代码", "91440300708461136T"),
        item("成立日期", "1998年11月11日"),
    ]
    fields = parse(DocType.BUSINESS_LICENSE, {"code": 0, "data": {"items": items}}).fields
    assert [f.key for f in fields] == [
        "registration_number",
        "legal_representative",
        "name",
        "credit_code",
        "established_date",
    ]
    assert fields[2].ocr_value == "腾讯科技(深圳)有限公司"  # NFKC folds the full-width brackets


def test_bank_card_warnings_are_known_by_their_words_and_keep_code_and_words() -> None:
    payload = {
        "code": 0,
        "message": "OK",
        "data": {
            "recognize_warn_code": [-9113, -9114, -7],
            "recognize_warn_msg": ["WARN_BANK_CARD_COPY_CARD", "银行卡翻拍件告警", "新的告警"],
            "items": [item("卡号", "6217003810026896707", coord=(53, 153, 329, 27))],
        },
    }
    recognition = parse(DocType.BANK_CARD, payload)
    found = [(w.code, w.vendor_code, w.vendor_message) for w in recognition.document_warnings]
    assert found == [
        ("copy", "-9113", "WARN_BANK_CARD_COPY_CARD"),
        ("reshoot", "-9114", "银行卡翻拍件告警"),
        ("other", "-7", "新的告警"),  # nothing a vendor says is dropped
    ]
    assert [f.key for f in recognition.fields] == ["card_number"]
    payload["data"]["recognize_warn_code"] = "not a list"
    assert parse(DocType.BANK_CARD, payload).document_warnings[0].vendor_code is None  # words alone still count
