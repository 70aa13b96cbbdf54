"""Business licence (both editions), driver licence (both editions), vehicle licence and VAT invoice layouts."""

from __future__ import annotations

from ocrdesk.doctypes import CANONICAL_KEYS, DocType
from ocrdesk.extraction.extract import extract_fields
from ocrdesk.validation.checks import uscc_check_char, vin_check_char
from tests.unit.extraction.helpers import id_number, lines, values

CODE = "91110105MA01ABCD1" + uscc_check_char("91110105MA01ABCD1")
VIN_BODY = "LSVAU2180N2183294"
VIN = VIN_BODY[:8] + vin_check_char(VIN_BODY) + VIN_BODY[9:]
PAGE = (2000, 1400)
CARD = (1000, 680)


def test_business_licence_2019_two_columns_with_wrapped_scope_and_seal_date() -> None:
    read = lines(
        [
            ("营业执照", 800, 150, 1200, 260, 0.99),
            ("统一社会信用代码", 120, 200, 420, 240, 0.98),
            (CODE.replace("0", "O", 1), 120, 250, 520, 290, 0.95),
            ("名 称 北京星河科技有限公司", 150, 520, 900, 560, 0.97),
            ("注册资本 壹佰万元整", 1100, 520, 1600, 560, 0.97),
            ("类 型 有限责任公司（自然人投资或控股）", 150, 590, 1000, 630, 0.96),
            ("成立日期 2015年01月06日", 1100, 590, 1700, 630, 0.96),
            ("法定代表人 张伟", 150, 660, 600, 700, 0.98),
            ("营业期限 2015年01月06日至长期", 1100, 660, 1800, 700, 0.95),
            ("经营范围 技术开发、技术咨询、技术服务；", 150, 730, 1000, 770, 0.94),
            ("销售电子产品；软件开发。", 330, 780, 900, 820, 0.93),
            ("住 所 北京市朝阳区建国路88号", 1100, 730, 1800, 770, 0.95),
            ("登记机关", 1200, 1100, 1400, 1140, 0.9),
            ("2020年05月12日", 1250, 1180, 1600, 1220, 0.92),
            ("国家企业信用信息公示系统网址：", 100, 1300, 700, 1330, 0.9),
        ]
    )
    result = extract_fields(DocType.BUSINESS_LICENSE, read, PAGE)
    got = values(result.fields)
    assert [f.key for f in result.fields] == list(CANONICAL_KEYS[DocType.BUSINESS_LICENSE])
    assert got == got | {
        "credit_code": CODE,
        "registration_number": "",
        "name": "北京星河科技有限公司",
        "company_type": "有限责任公司（自然人投资或控股）",
        "address": "北京市朝阳区建国路88号",
        "legal_representative": "张伟",
        "registered_capital": "壹佰万元整",
        "established_date": "2015年01月06日",
        "business_term": "2015年01月06日至长期",
        "business_scope": "技术开发、技术咨询、技术服务；销售电子产品；软件开发。",
        "issue_date": "2020年05月12日",
    }
    assert not any("registration_number" in w for w in result.warnings)  # not printed on this edition
    code = {f.key: f for f in result.fields}["credit_code"]
    assert code.corrections == ["credit code: O→0"] and code.ocr_value != code.value


def test_business_licence_before_2015_has_a_registration_number() -> None:
    read = lines(
        [
            ("营业执照", 800, 150, 1200, 260, 0.99),
            ("注册号 110105012345678", 150, 450, 900, 490, 0.97),
            ("名称 北京老字号商贸有限公司", 150, 520, 900, 560, 0.97),
            ("住所 北京市东城区王府井大街1号", 150, 590, 1000, 630, 0.96),
            ("法定代表人姓名 赵六", 150, 625, 900, 655, 0.96),
            ("公司类型 其他有限责任公司", 150, 660, 900, 690, 0.96),
            ("成立日期 2008年3月1日", 150, 700, 900, 730, 0.96),
        ]
    )
    result = extract_fields(DocType.BUSINESS_LICENSE, read, PAGE)
    got = values(result.fields)
    assert got["registration_number"] == "110105012345678" and got["credit_code"] == ""
    assert not any("credit_code" in w for w in result.warnings)
    assert got["established_date"] == "2008年3月1日"
    assert (got["legal_representative"], got["company_type"]) == ("赵六", "其他有限责任公司")


def test_driver_licence_2021_edition_with_bilingual_labels() -> None:
    number = id_number("11010519900307123")
    read = lines(
        [
            ("中华人民共和国机动车驾驶证", 200, 20, 800, 60, 0.98),
            ("Driving License of the People's Republic of China", 200, 62, 800, 85, 0.9),
            ("证号 " + number, 60, 100, 700, 140, 0.95),
            ("姓名 张三 Name", 60, 160, 380, 200, 0.97),
            ("性别 男 Sex", 420, 160, 600, 200, 0.97),
            ("国籍 中国 Nationality", 640, 160, 960, 200, 0.96),
            ("住址 北京市朝阳区建国路", 60, 220, 700, 260, 0.95),
            ("88号院", 140, 265, 300, 300, 0.94),
            ("Address", 60, 265, 130, 290, 0.9),
            ("出生日期 1990-03-07", 60, 320, 500, 360, 0.95),
            ("初次领证日期 2010-05-20", 60, 380, 560, 420, 0.95),
            ("准驾车型 C1", 60, 440, 400, 480, 0.96),
            ("有效期限 2016-05-20至2026-05-20", 60, 500, 800, 540, 0.94),
        ]
    )
    result = extract_fields(DocType.DRIVER_LICENSE, read, CARD)
    got = values(result.fields)
    assert got == got | {
        "license_number": number,
        "name": "张三",
        "sex": "男",
        "nationality": "中国",
        "address": "北京市朝阳区建国路88号院",
        "birth_date": "1990-03-07",
        "first_issue_date": "2010-05-20",
        "vehicle_class": "C1",
        "valid_period": "",  # printed as a range: given as its two dates
        "valid_from": "2016-05-20",
        "valid_to": "2026-05-20",
    }


def test_driver_licence_2008_edition_start_date_and_years() -> None:
    read = lines(
        [
            ("证号 " + id_number("32010619861111617"), 60, 100, 700, 140, 0.95),
            ("姓名 李四", 60, 160, 380, 200, 0.97),
            ("准驾车型 Cl", 60, 440, 400, 480, 0.96),
            ("有效起始日期 2012-08-01", 60, 500, 600, 540, 0.94),
            ("有效期限 6年", 620, 500, 900, 540, 0.94),
        ]
    )
    result = extract_fields(DocType.DRIVER_LICENSE, read, CARD)
    got = values(result.fields)
    assert (got["valid_from"], got["valid_period"], got["valid_to"]) == ("2012-08-01", "6年", "")
    assert {f.key: f for f in result.fields}["vehicle_class"].corrections == ["licence class: Cl→C1"]
    assert not any("valid_to" in w for w in result.warnings)


def test_vehicle_licence_front_two_fields_per_row() -> None:
    read = lines(
        [
            ("中华人民共和国机动车行驶证", 200, 20, 800, 60, 0.98),
            ("号牌号码 京A12345 车辆类型 小型轿车", 40, 100, 960, 140, 0.95),
            ("所有人 王晓明", 40, 160, 500, 200, 0.97),
            ("住址 北京市朝阳区建国路88号", 40, 220, 900, 260, 0.95),
            ("使用性质 非营运", 40, 280, 400, 320, 0.96),
            ("品牌型号 大众汽车牌SVW71612BM", 450, 280, 960, 320, 0.94),
            ("车辆识别代号 " + VIN.replace("0", "O", 1), 40, 340, 900, 380, 0.93),
            ("发动机号码 CSS123456", 40, 400, 700, 440, 0.95),
            ("注册日期 2018-05-20 发证日期 2018-06-01", 40, 460, 960, 500, 0.95),
        ]
    )
    result = extract_fields(DocType.VEHICLE_LICENSE, read, CARD)
    got = values(result.fields)
    assert got == got | {
        "plate_number": "京A12345",
        "vehicle_type": "小型轿车",
        "owner": "王晓明",
        "address": "北京市朝阳区建国路88号",
        "use_character": "非营运",
        "model": "大众汽车牌SVW71612BM",
        "vin": VIN,
        "engine_number": "CSS123456",
        "register_date": "2018-05-20",
        "issue_date": "2018-06-01",
    }


def test_vat_invoice_buyer_and_seller_share_labels() -> None:
    read = lines(
        [
            ("北京增值税专用发票", 700, 40, 1300, 100, 0.98),
            ("发票代码 1100201130", 1450, 40, 1900, 80, 0.96),
            ("发票号码 12345678", 1450, 90, 1900, 130, 0.96),
            ("开票日期：2021年03月15日", 1450, 140, 1950, 180, 0.95),
            ("校验码 12345 67890 12345 67890", 1450, 190, 1990, 230, 0.94),
            ("名 称：北京买方科技有限公司", 120, 260, 900, 300, 0.96),
            ("纳税人识别号：" + CODE, 120, 310, 900, 350, 0.95),
            ("合 计 ¥1000.00 ¥130.00", 100, 800, 1900, 840, 0.94),
            ("价税合计（大写） 壹仟壹佰叁拾圆整 （小写）¥1130.00", 100, 860, 1900, 900, 0.93),
            ("名 称：上海卖方贸易有限公司", 120, 940, 900, 980, 0.96),
            ("纳税人识别号：91310000123456789X", 120, 990, 900, 1030, 0.95),
        ]
    )
    got = values(extract_fields(DocType.VAT_INVOICE, read, PAGE).fields)
    assert got == got | {
        "invoice_code": "1100201130",
        "invoice_number": "12345678",
        "invoice_date": "2021年03月15日",
        "check_code": "12345678901234567890",
        "buyer_name": "北京买方科技有限公司",
        "buyer_tax_id": CODE,
        "seller_name": "上海卖方贸易有限公司",
        "seller_tax_id": "91310000123456789X",
        "amount": "1000.00",
        "tax": "130.00",
        "total": "1130.00",
        "total_in_words": "壹仟壹佰叁拾圆整",
    }


def test_stray_lower_case_letters_before_a_chinese_value_are_blur_noise() -> None:
    # a blurred licence: the frame line beside the value column read as "d" / "od"
    read = lines(
        [
            ("中华人民共和国机动车行驶证", 200, 20, 800, 60, 0.98),
            ("号牌号码 京A12345 车辆类型 小型轿车", 40, 100, 960, 140, 0.95),
            ("所有人 王晓明", 40, 160, 500, 200, 0.97),
            ("住址 d北京市朝阳区建国路88号", 40, 220, 900, 260, 0.85),
            ("使用性质 非营运", 40, 280, 400, 320, 0.96),
            ("品牌型号 od大众汽车牌SVW71612BM", 450, 280, 960, 320, 0.84),
            ("发动机号码 CSS123456", 40, 400, 700, 440, 0.95),
        ]
    )
    got = values(extract_fields(DocType.VEHICLE_LICENSE, read, CARD).fields)
    assert got["address"] == "北京市朝阳区建国路88号"
    assert got["model"] == "大众汽车牌SVW71612BM"
    assert got["engine_number"] == "CSS123456"
