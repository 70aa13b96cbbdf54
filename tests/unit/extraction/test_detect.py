"""Document type detection from printed words."""

from __future__ import annotations

from ocrdesk.doctypes import DocType
from ocrdesk.extraction.detect import detect_doc_type
from tests.unit.extraction.helpers import id_number, lines


def _read(*texts: str) -> list:
    return lines([(text, 10, 40 * i, 400, 40 * i + 30, 0.9) for i, text in enumerate(texts)])


def test_idcard_front() -> None:
    doc_type, certainty = detect_doc_type(
        _read(
            "姓名王晓明",
            "性别男民族汉",
            "出生1990年3月7日",
            "住址北京市朝阳区",
            "公民身份号码" + id_number("11010519900307123"),
        )
    )
    assert doc_type is DocType.IDCARD_FRONT and certainty > 0.8


def test_idcard_back() -> None:
    doc_type, certainty = detect_doc_type(
        _read("中华人民共和国", "居民身份证", "签发机关北京市公安局", "有效期限2015.03.01-2035.03.01")
    )
    assert doc_type is DocType.IDCARD_BACK and certainty > 0.8


def test_business_license_driver_and_vehicle_license_and_invoice() -> None:
    assert detect_doc_type(_read("营业执照", "统一社会信用代码91110000MA01ABCD1X", "名称某某有限公司"))[0] is (
        DocType.BUSINESS_LICENSE
    )
    assert detect_doc_type(_read("中华人民共和国机动车驾驶证", "姓名张三", "准驾车型C1"))[0] is DocType.DRIVER_LICENSE
    assert detect_doc_type(_read("中华人民共和国机动车行驶证", "品牌型号大众", "车辆识别代号"))[0] is (
        DocType.VEHICLE_LICENSE
    )
    assert detect_doc_type(_read("北京增值税专用发票", "价税合计", "开票日期"))[0] is DocType.VAT_INVOICE


def test_bank_card_from_a_luhn_run_and_a_bank_name() -> None:
    doc_type, certainty = detect_doc_type(_read("中国建设银行", "6222 0212 3456 7894", "12/28"))
    assert doc_type is DocType.BANK_CARD and certainty > 0.5


def test_nothing_fits_and_unsure_cases() -> None:
    assert detect_doc_type(_read("Hello world", "some text")) == (None, 0.0)
    assert detect_doc_type([]) == (None, 0.0)
    _doc_type, certainty = detect_doc_type(_read("姓名张三"))  # one shared label: a guess, not a decision
    assert certainty < 0.5
