"""Legacy Tencent OCR end to end over HTTP against the fake: request format and normalised fields per doc type."""

from __future__ import annotations

import numpy as np
import pytest

from ocrdesk.doctypes import DocType
from ocrdesk.imaging import SourceImage, decode_image, from_rgb_array
from ocrdesk.model import Box, Field
from ocrdesk.providers import provider_class
from ocrdesk.providers.tencent_legacy import TencentLegacyProvider
from tests.fakes.tencent_legacy_server import TencentLegacyFake


def card_image(width: int = 1280, height: int = 1280) -> SourceImage:
    """Big enough that every sample box lies inside it (the 副页 sample reaches 942×1161)."""
    ramp = np.linspace(0, 255, width, dtype=np.uint8)
    pixels = np.broadcast_to(ramp[None, :, None], (height, width, 3)).copy()
    return from_rgb_array(pixels, "card.png")


def recognize(fake: TencentLegacyFake, doc_type: DocType, **config: str) -> list[Field]:
    provider = TencentLegacyProvider(fake.provider_config(**config))
    try:
        return provider.recognize(card_image(), doc_type).fields
    finally:
        provider.close()


def rows(fields: list[Field]) -> list[tuple[str, str, str, float | None, tuple[int, int, int, int] | None]]:
    return [
        (
            f.key,
            f.label,
            f.ocr_value,
            None if f.confidence is None else round(f.confidence, 4),
            None if f.box is None else (f.box.left, f.box.top, f.box.right, f.box.bottom),
        )
        for f in fields
    ]


def test_registered_with_the_interface_settings() -> None:
    cls = provider_class("tencent-legacy")
    assert cls is TencentLegacyProvider
    settings = {s.name: s for s in cls.settings}
    assert [s for s in settings][:4] == ["appid", "bucket", "secret_id", "secret_key"]
    assert settings["secret_key"].secret and not settings["secret_id"].secret
    assert not settings["bucket"].required and settings["appid"].required
    assert {"endpoint", "timeout", "rate_limit", "concurrency"} <= set(settings)
    assert cls.default_endpoint == "https://recognition.image.myqcloud.com"
    assert set(cls.doc_types) == {
        DocType.IDCARD_FRONT,
        DocType.IDCARD_BACK,
        DocType.BUSINESS_CARD,
        DocType.VEHICLE_LICENSE,
        DocType.DRIVER_LICENSE,
        DocType.VEHICLE_LICENSE_BACK,
        DocType.LICENSE_PLATE,
        DocType.BANK_CARD,
        DocType.BUSINESS_LICENSE,
        DocType.GENERAL,
        DocType.HANDWRITING,
    }
    provider = provider_class("tencent-legacy")({"appid": "1", "secret_id": "x", "secret_key": "y"})
    assert provider.endpoint == "https://recognition.image.myqcloud.com"


def test_multipart_request_as_documented(fake: TencentLegacyFake) -> None:
    recognize(fake, DocType.DRIVER_LICENSE)
    request = fake.server.requests[-1]  # type: ignore[union-attr]
    assert request.method == "POST" and request.path == "/ocr/drivinglicence"
    assert request.header("Content-Type").startswith("multipart/form-data; boundary=")
    assert not request.header("Authorization").startswith(("Bearer", "Signature", "Basic"))
    form = fake.forms[-1]
    assert list(form) == ["appid", "bucket", "type", "image"]
    assert form["appid"].text == fake.appid and form["appid"].filename is None
    assert form["bucket"].text == fake.bucket
    assert form["type"].text == "1" and form["type"].filename is None  # a plain field, not a file part
    assert form["image"].filename == "image.jpg" and form["image"].content_type == "image/jpeg"
    assert decode_image(form["image"].data, "upload").width == 1280
    signed = fake.signatures[-1]
    assert signed["a"] == fake.appid and signed["b"] == fake.bucket and signed["k"] == fake.secret_id
    # a signature per request, valid for minutes, not days
    assert int(signed["e"]) - int(signed["t"]) == 600 and signed["u"] == "0" and signed["f"] == ""


@pytest.mark.parametrize(
    ("doc_type", "path", "param"),
    [
        (DocType.IDCARD_FRONT, "/ocr/idcard", ("card_type", "0")),
        (DocType.IDCARD_BACK, "/ocr/idcard", ("card_type", "1")),
        (DocType.BUSINESS_CARD, "/ocr/businesscard", None),
        (DocType.VEHICLE_LICENSE, "/ocr/drivinglicence", ("type", "0")),
        (DocType.VEHICLE_LICENSE_BACK, "/ocr/drivinglicence", ("type", "2")),
        (DocType.LICENSE_PLATE, "/ocr/plate", None),
        (DocType.BANK_CARD, "/ocr/bankcard", None),
        (DocType.BUSINESS_LICENSE, "/ocr/bizlicense", None),
        (DocType.GENERAL, "/ocr/general", None),
        (DocType.HANDWRITING, "/ocr/handwriting", None),
    ],
)
def test_endpoint_and_parameter_per_doc_type(
    fake: TencentLegacyFake, doc_type: DocType, path: str, param: tuple[str, str] | None
) -> None:
    recognize(fake, doc_type)
    assert fake.server.requests[-1].path == path  # type: ignore[union-attr]
    extra = {name: part.text for name, part in fake.forms[-1].items() if name in ("card_type", "type")}
    assert extra == (dict([param]) if param else {})


def test_empty_bucket_is_signed_empty_and_not_sent(fake: TencentLegacyFake) -> None:
    recognize(fake, DocType.LICENSE_PLATE, bucket="")
    assert "bucket" not in fake.forms[-1] and fake.signatures[-1]["b"] == ""


def test_idcard_front(fake: TencentLegacyFake) -> None:
    # confidence = min(*_confidence_all) / 100; the idcard API gives no boxes
    assert rows(recognize(fake, DocType.IDCARD_FRONT)) == [
        ("name", "name", "小文博客", 1.0, None),
        ("sex", "sex", "男", 0.69, None),
        ("ethnicity", "nation", "汉", 0.64, None),
        ("birth_date", "birth", "2018/9/13", 1.0, None),
        ("address", "address", "安徽省安庆市大观区", 0.31, None),
        ("id_number", "id", "3408032018091366666", 1.0, None),
    ]


def test_idcard_back(fake: TencentLegacyFake) -> None:
    assert rows(recognize(fake, DocType.IDCARD_BACK)) == [
        ("authority", "authority", "中国公安局", 1.0, None),
        ("valid_period", "valid_date", "2018.9.13-2118.9.13", 0.34, None),
    ]


def test_business_card(fake: TencentLegacyFake) -> None:
    assert rows(recognize(fake, DocType.BUSINESS_CARD)) == [
        ("company", "公司", "小文博客", 0.9868, None),
        ("address", "地址", "中国", 0.9982, None),
        ("mobile", "手机", "13000000000", 0.9984, None),
        ("phone", "电话", "010-1234567", 0.9968, None),
        ("fax", "传真", "010-1234567", 0.6805, None),
        ("company_account", "公司账号", "9559900000000000000", 1.0, None),
    ]


def test_vehicle_license(fake: TencentLegacyFake) -> None:
    assert rows(recognize(fake, DocType.VEHICLE_LICENSE)) == [
        ("owner", "所有人", "入徐峥", 0.5838, (111, 142, 195, 178)),
        ("address", "住址", "广东省深圳市福田南路9号皇御苑4栋302室", 0.4141, (107, 195, 497, 225)),
        ("model", "品牌型号", "宝马WBSG1618", 0.4374, (303, 235, 530, 270)),
        ("use_character", "使用性质", "非营运", 1.0, (126, 240, 198, 268)),
        ("vin", "识别代码", "12312321", 0.9991, (274, 285, 410, 325)),
        ("engine_number", "发动机号", "WBSG1618", 0.8826, (301, 327, 482, 367)),
        ("register_date", "注册日期", "", 0.4258, (258, 377, 414, 415)),  # itemstring " ": kept, to be filled in
        ("issue_date", "发证日期", "2014-10-29", 0.7899, (461, 379, 604, 409)),
    ]


def test_driver_license_keeps_both_authority_and_stamp(fake: TencentLegacyFake) -> None:
    assert rows(recognize(fake, DocType.DRIVER_LICENSE)) == [
        ("license_number", "证号", "440204199104284722", 0.6306, (165, 49, 311, 72)),
        ("sex", "性别", "女", 0.9997, (216, 74, 235, 95)),
        ("name", "姓名", "叶真志", 0.986, (63, 76, 162, 97)),
        ("nationality", "国籍", "中国", 1.0, (284, 75, 318, 95)),
        ("address", "住址", "广东省江门市新会汉会城帝临南路6号403", 0.3658, (64, 96, 351, 118)),
        ("birth_date", "出生日期", "1991-04-28", 0.9913, (167, 141, 248, 161)),
        ("first_issue_date", "领证日期", "2014-04-17", 0.6987, (187, 163, 268, 184)),
        ("vehicle_class", "准驾车型", "A1", 0.4786, (196, 187, 239, 210)),
        ("valid_from", "起始日期", "2014-04-17", 0.7346, (93, 212, 183, 234)),
        ("valid_to", "有效日期", "2020-04-17", 0.8567, (198, 212, 283, 233)),
        ("authority", "发证单位", "广东省江门市公安局交通警察支队", 0.9712, (36, 142, 119, 217)),
        ("seal", "红章", "广东省江门市公安局交通警察支队", 0.9712, (36, 142, 119, 217)),
    ]


def test_vehicle_license_back_drops_padding_and_placeholder_boxes(fake: TencentLegacyFake) -> None:
    assert rows(recognize(fake, DocType.VEHICLE_LICENSE_BACK)) == [
        ("plate_number", "号牌号码", "鲁AY883", 0.6521, (174, 133, 347, 182)),
        ("traction_mass", "准牵引总质量", "--", 1.0, (445, 501, 624, 542)),
        ("file_number", "档案编号", "370101037339", 0.021, (587, 658, 835, 707)),
        ("total_mass", "总质量", "2025kg", 0.5431, (754, 728, 879, 775)),
        ("passengers", "核定载人数", "5人", 0.9934, (201, 747, 272, 791)),
        ("curb_mass", "整备质量", "1615kg", 1.0, (210, 819, 330, 866)),
        ("dimensions", "外廓尺寸", "4760×1811×1455mm", 0.9943, (218, 881, 568, 940)),
        ("inspection_record", "检验记录", "检验有效期至2018-09-07汽油", 0.0, (155, 253, 942, 1161)),
        ("load_mass", "核定载质量", "--", 1.0, None),  # synthetic 10×10 box at (10,10)
    ]


def test_license_plate(fake: TencentLegacyFake) -> None:
    assert rows(recognize(fake, DocType.LICENSE_PLATE)) == [
        ("plate_number", "车牌", "鄂B74110", 0.9997, (242, 253, 440, 317)),
    ]


def test_bank_card(fake: TencentLegacyFake) -> None:
    assert rows(recognize(fake, DocType.BANK_CARD)) == [
        ("card_number", "卡号", "6217003810026896707", 0.9792, (53, 153, 382, 180)),
        ("card_type", "卡类型", "借记卡", 0.9792, None),
        ("card_name", "卡名字", "龙卡通", 0.9792, None),
        ("bank_name", "银行信息", "建设银行(01050000)", 0.9792, None),
        ("valid_date", "有效期", "07/2024", 1.0, (201, 186, 259, 207)),  # item " 有效期": label stripped
    ]


def test_business_license(fake: TencentLegacyFake) -> None:
    fields = recognize(fake, DocType.BUSINESS_LICENSE)
    assert [(f.key, f.label) for f in fields] == [
        ("registration_number", "注册号"),
        ("legal_representative", "法定代表人"),
        ("registered_capital", "注册资本"),
        ("name", "公司名称"),
        ("address", "地址"),
        ("business_term", "营业期限"),
        ("business_scope", "经营范围"),
        ("company_type", "主体类型"),
    ]
    by_key = {f.key: f for f in fields}
    assert by_key["name"].ocr_value == "山东高仕过滤技术有限公司"
    assert by_key["name"].box == Box(184, 360, 367, 379)
    assert by_key["business_scope"].ocr_value.startswith("提供过滤技术交流")
    assert by_key["business_scope"].ocr_value.endswith("经相关部门批准后方可开展经营活动)")
    assert by_key["registration_number"].confidence == pytest.approx(0.9978125095367432)


def test_general_lines_in_reading_order(fake: TencentLegacyFake) -> None:
    # no line confidence in /ocr/general: the weakest character's (the blank "" characters are ignored)
    assert rows(recognize(fake, DocType.GENERAL)) == [
        ("line_1", "Line 1", "图片来自小文’", 0.6718, (8, 8, 303, 63)),
        ("line_2", "Line 2", "s blog", 0.6072, (326, 17, 442, 64)),
        ("line_3", "Line 3", "转载请注明出处", 0.9988, (57, 70, 353, 110)),
    ]
    assert all(f.polygon is None for f in recognize(fake, DocType.GENERAL))


def test_handwriting_lines_with_polygons(fake: TencentLegacyFake) -> None:
    fields = recognize(fake, DocType.HANDWRITING)
    assert rows(fields) == [
        ("line_1", "Line 1", "图片来自小文", 0.9999, (0, 8, 309, 60)),
        ("line_2", "Line 2", "; blog", 0.7774, (345, 16, 442, 61)),
        ("line_3", "Line 3", "转载请注明出处", 0.9999, (58, 70, 353, 110)),
    ]
    assert [f.polygon for f in fields] == [
        [(0, 8), (308, 8), (308, 59), (0, 59)],
        [(345, 16), (441, 16), (441, 60), (345, 60)],
        [(58, 70), (352, 70), (352, 109), (58, 109)],
    ]


def test_shrunk_upload_maps_boxes_back_to_source_pixels(
    fake: TencentLegacyFake, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(TencentLegacyProvider, "upload_limit_bytes", 250_000)
    rng = np.random.default_rng(7)
    source = from_rgb_array(rng.integers(0, 255, (1200, 1600, 3), dtype=np.uint8), "noise.png")
    provider = TencentLegacyProvider(fake.provider_config())
    fields = provider.recognize(source, DocType.LICENSE_PLATE).fields
    uploaded = decode_image(fake.forms[-1]["image"].data, "upload")
    assert len(fake.forms[-1]["image"].data) <= 250_000
    assert 440 < uploaded.width < 1600 and 317 < uploaded.height < 1200
    sx, sy = 1600 / uploaded.width, 1200 / uploaded.height
    assert fields[0].box == Box.from_ltrb(242 * sx, 253 * sy, 440 * sx, 317 * sy)


def test_idcard_upload_is_kept_under_one_megabyte(fake: TencentLegacyFake) -> None:
    rng = np.random.default_rng(3)
    source = from_rgb_array(rng.integers(0, 255, (1000, 1400, 3), dtype=np.uint8), "id.png")
    provider = TencentLegacyProvider(fake.provider_config())
    assert provider.recognize(source, DocType.IDCARD_FRONT).fields[0].key == "name"
    assert len(fake.forms[-1]["image"].data) <= 1024 * 1024  # the fake answers code 20 above that


def test_boxes_outside_the_upload_are_cut_or_dropped(fake: TencentLegacyFake) -> None:
    provider = TencentLegacyProvider(fake.provider_config())
    fields = provider.recognize(card_image(500, 300), DocType.VEHICLE_LICENSE).fields
    boxes = {f.key: f.box for f in fields}
    assert boxes["owner"] == Box(111, 142, 195, 178)
    assert boxes["address"] == Box(107, 195, 497, 225)
    assert boxes["vin"] == Box(274, 285, 410, 300)  # cut at the bottom edge
    assert boxes["issue_date"] is None  # wholly below the image
