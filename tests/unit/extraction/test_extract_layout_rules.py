"""The layout engine's generic rules, each on the smallest line set that needs it."""

from __future__ import annotations

from ocrdesk.doctypes import DocType
from ocrdesk.extraction.corrections import repair
from ocrdesk.extraction.extract import extract_fields
from tests.unit.extraction.helpers import lines, values

PAGE = (1131, 1600)
INVOICE = (1600, 933)


def test_wide_spaced_label_read_as_single_characters_is_joined() -> None:
    read = lines(
        [
            ("住", 157, 535, 194, 572, 1.0),
            ("所", 291, 533, 330, 572, 1.0),  # sorts before 住 in some rows: its centre is a pixel higher
            ("甘肃省兰州市城关区白沙镇李家村9组80号", 427, 537, 835, 563, 0.99),
            ("名", 157, 485, 190, 525, 1.0),
            ("称", 291, 487, 328, 522, 1.0),
            ("兰州市瑞丰环保科技有限公司", 427, 485, 715, 517, 0.98),
        ]
    )
    got = values(extract_fields(DocType.BUSINESS_LICENSE, read, PAGE).fields)
    assert (got["name"], got["address"]) == ("兰州市瑞丰环保科技有限公司", "甘肃省兰州市城关区白沙镇李家村9组80号")


def test_a_misread_label_in_the_label_column_still_ends_the_value_above_it() -> None:
    read = lines(
        [
            ("营业期限", 596, 535, 698, 575, 1.0),
            ("2022年10月25日至长期", 742, 538, 960, 572, 1.0),
            ("用", 597, 600, 635, 637, 0.8),  # 住所, unreadable
            ("江苏省南京市鼓楼", 742, 598, 929, 637, 1.0),
        ]
    )
    got = values(extract_fields(DocType.BUSINESS_LICENSE, read, PAGE).fields)
    assert got["business_term"] == "2022年10月25日至长期"


def test_a_value_continues_in_its_own_column_past_the_other_columns_labels() -> None:
    read = lines(
        [
            ("住所", 596, 600, 702, 640, 1.0),
            ("云南省昆明市五华", 744, 603, 922, 632, 1.0),
            ("法定代表人", 113, 617, 234, 652, 1.0),  # the left column's label on the continuation's row
            ("张东", 258, 617, 333, 652, 1.0),
            ("区友谊路919号", 742, 628, 939, 662, 1.0),
            ("经营范围", 111, 665, 212, 700, 1.0),
            ("室", 742, 682, 779, 717, 1.0),
        ]
    )
    got = values(extract_fields(DocType.BUSINESS_LICENSE, read, PAGE).fields)
    assert got["address"] == "云南省昆明市五华区友谊路919号室"
    assert got["legal_representative"] == "张东"


def test_closed_vocabulary_field_passes_over_a_stray_fragment() -> None:
    read = lines([("车辆类型 Vehicle Type 车", 515, 137, 731, 173, 0.94), ("轻型厢式货车", 712, 137, 899, 174, 0.99)])
    assert values(extract_fields(DocType.VEHICLE_LICENSE, read, (1000, 682)).fields)["vehicle_type"] == "轻型厢式货车"


def test_english_label_words_and_their_misreads_are_no_part_of_values() -> None:
    read = lines(
        [
            ("所有人 Owmer 苏婷", 40, 160, 400, 200, 0.97),
            ("使用性质UseCharater非营运", 40, 280, 500, 320, 0.96),
        ]
    )
    got = values(extract_fields(DocType.VEHICLE_LICENSE, read, (1000, 682)).fields)
    assert (got["owner"], got["use_character"]) == ("苏婷", "非营运")


def test_invoice_with_unreadable_name_and_total_labels() -> None:
    read = lines(
        [
            ("兰州海纳餐饮管理有限公司", 182, 223, 432, 257, 1.0),  # 名称 not read
            ("纳税人识别号：91620102A31DQKP462", 90, 257, 450, 292, 0.9),
            ("货物或应税劳务、服务名称", 50, 369, 263, 398, 0.75),
            ("20675.85", 968, 403, 1067, 432, 1.0),  # an item's amount: no currency sign
            ("音t", 85, 569, 165, 605, 0.53),  # 合计
            ("V53579.65", 967, 568, 1080, 602, 0.99),
            ("¥535.80", 1275, 568, 1363, 599, 0.99),
            ("价税合计（大写）", 62, 628, 197, 657, 0.8),
            ("伍万肆仟壹佰壹拾伍圆肆角伍分", 228, 628, 532, 657, 0.94),
            ("(小)", 1075, 626, 1128, 659, 0.93),
            ("¥54115.45", 1137, 621, 1250, 655, 1.0),
            ("称：", 130, 681, 172, 707, 0.59),
            ("长沙远景餐饮管理股份有限公司", 182, 679, 468, 708, 1.0),
            ("纳税人识别号：914301046T9MGLDU9F", 88, 710, 450, 744, 0.89),
            ("备", 950, 686, 978, 720, 1.0),
        ]
    )
    got = values(extract_fields(DocType.VAT_INVOICE, read, INVOICE).fields)
    assert got == got | {
        "buyer_name": "兰州海纳餐饮管理有限公司",
        "buyer_tax_id": "91620102A31DQKP462",
        "seller_name": "长沙远景餐饮管理股份有限公司",
        "seller_tax_id": "914301046T9MGLDU9F",
        "amount": "53579.65",
        "tax": "535.80",
        "total": "54115.45",
        "total_in_words": "伍万肆仟壹佰壹拾伍圆肆角伍分",
    }


def test_a_word_missing_from_a_vocabulary_stays_as_read() -> None:
    unlisted = "有限责任公司（港澳台投资、非独资）"
    result = repair("vocabulary", unlisted, "company_types")
    assert result.value == unlisted and result.notes == [] and result.warnings
    assert repair("vocabulary", "小型轿午", "vehicle_types").value == "小型轿车"  # one misread character


def test_a_label_misread_beyond_recognition_is_known_by_its_place_between_its_neighbours() -> None:
    read = lines(
        [
            ("注册号620102263552889", 650, 413, 909, 447, 1.0),
            ("用", 155, 537, 190, 573, 0.68),  # 住所, sideways page
            ("甘肃省兰州市城关区友谊路258号院4号楼2205号", 426, 537, 916, 575, 1.0),
            ("法定代表人姓名", 155, 583, 320, 623, 1.0),
            ("余伟学", 424, 585, 505, 627, 1.0),
            ("注册资本", 155, 637, 321, 677, 1.0),
            ("人民币5000万元", 426, 637, 599, 675, 1.0),
            ("公司类型", 155, 687, 321, 727, 1.0),
            ("有限责任公司（台港澳法人独资）", 424, 687, 752, 725, 1.0),
        ]
    )
    got = values(extract_fields(DocType.BUSINESS_LICENSE, read, PAGE).fields)
    assert got["address"] == "甘肃省兰州市城关区友谊路258号院4号楼2205号"
    assert got["name"] == ""  # its label was not read at all: nothing to place it by
