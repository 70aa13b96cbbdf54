"""A blurred invoice photo: the values are read, the small light labels (名称, 发票代码 …) are not.

The lines are what the local engine read from a defocused invoice photo, rectified to 1600×933
(names put right, as the engine reads them from a sharper photo). Each value is then known by its
shape alone and by where the invoice prints it: buyer above the middle, seller below, the code,
number, date and check code in the upper right, the machine number in the upper left.
"""

from __future__ import annotations

from ocrdesk.doctypes import DocType
from ocrdesk.extraction.extract import extract_fields
from tests.unit.extraction.helpers import lines, values

PAGE = (1600, 933)
UNLABELLED = [
    ("044012285090", 1208, 34, 1363, 63, 1.00),
    ("广东增值税普通发票", 562, 45, 1025, 106, 1.00),
    ("26478648", 1212, 69, 1322, 103, 1.00),
    ("开", 1117, 115, 1178, 139, 0.50),
    ("2022年01月03日", 1205, 108, 1365, 146, 1.00),
    ("96649 11214 57978 72910", 1203, 144, 1475, 173, 0.99),
    ("523440788687", 143, 175, 303, 209, 0.99),
    ("乌鲁木齐云帆广告有限责任公司", 178, 223, 465, 257, 0.80),
    ("17-895+688-56<14+=87>2/7224", 992, 218, 1280, 254, 0.80),
    ("916501022PMG131194", 213, 250, 455, 288, 0.96),
    ("+5045-+->28/957175-25<0821=", 997, 256, 1278, 285, 0.73),
    ("乌鲁木咨市161号027-61687485", 208, 293, 502, 322, 0.89),
    ("中国银行城东支行6556331203077125564", 217, 328, 598, 355, 0.85),
    ("“电子元件“电容器", 47, 403, 217, 442, 0.91),
    ("338.15", 780, 400, 863, 436, 1.00),
    ("2028.90", 964, 397, 1061, 438, 1.00),
    ("121.73", 1273, 400, 1357, 436, 1.00),
    ("¥2028.90", 967, 568, 1072, 602, 0.98),
    ("¥2150.63", 1133, 621, 1240, 657, 0.98),
    ("广州市佳美餐饮管理有限责任公司", 178, 677, 488, 712, 0.80),
    ("91440106088AP5YU6U", 206, 703, 445, 741, 0.89),
    ("广州市54号020-56734295", 203, 748, 450, 777, 0.94),
    ("招商银行城东支行9508326246709435838", 213, 780, 598, 810, 0.84),
    ("余国", 802, 828, 853, 861, 0.66),
]


def _without(*texts: str) -> list[tuple[str, float, float, float, float, float]]:
    return [row for row in UNLABELLED if row[0] not in texts]


def test_values_without_labels_are_known_by_their_shape_and_place() -> None:
    got = values(extract_fields(DocType.VAT_INVOICE, lines(UNLABELLED), PAGE).fields)
    assert got == got | {
        "invoice_code": "044012285090",
        "invoice_number": "26478648",
        "invoice_date": "2022年01月03日",
        "check_code": "96649112145797872910",
        "machine_number": "523440788687",
        "buyer_name": "乌鲁木齐云帆广告有限责任公司",
        "buyer_tax_id": "916501022PMG131194",
        "seller_name": "广州市佳美餐饮管理有限责任公司",
        "amount": "2028.90",
        "total": "2150.63",
    }
    # the seller's ID as read (0 for B) is repaired by its check character, as a labelled one is
    assert got["seller_tax_id"] == "914401060B8AP5YU6U"


def test_found_without_a_label_keeps_the_reading_confidence() -> None:
    fields = {f.key: f for f in extract_fields(DocType.VAT_INVOICE, lines(UNLABELLED), PAGE).fields}
    assert fields["buyer_name"].confidence == 0.80
    assert fields["buyer_name"].box is not None


def test_machine_number_is_not_taken_for_a_missing_invoice_code() -> None:
    # an electronic invoice prints no code: the 12 digits at the upper left stay the machine number's
    got = values(extract_fields(DocType.VAT_INVOICE, lines(_without("044012285090")), PAGE).fields)
    assert got["invoice_code"] == ""
    assert got["machine_number"] == "523440788687"


def test_check_code_and_bank_account_are_not_tax_ids() -> None:
    # both tax IDs unread: neither the 20 digits of the check code nor an account number takes their place
    got = values(
        extract_fields(DocType.VAT_INVOICE, lines(_without("916501022PMG131194", "91440106088AP5YU6U")), PAGE).fields
    )
    assert got["buyer_tax_id"] == ""
    assert got["seller_tax_id"] == ""
    assert got["check_code"] == "96649112145797872910"


def test_seller_values_are_never_the_buyers() -> None:
    # the buyer's block unread: its fields stay empty rather than take the seller's, below the middle
    got = values(
        extract_fields(
            DocType.VAT_INVOICE, lines(_without("乌鲁木齐云帆广告有限责任公司", "916501022PMG131194")), PAGE
        ).fields
    )
    assert got["buyer_name"] == ""
    assert got["buyer_tax_id"] == ""
    assert got["seller_name"] == "广州市佳美餐饮管理有限责任公司"
    assert got["seller_tax_id"] == "914401060B8AP5YU6U"


def test_a_bank_branch_alone_on_its_line_is_not_a_company_name() -> None:
    read = [row for row in UNLABELLED if row[0] != "乌鲁木齐云帆广告有限责任公司"]
    read.append(("中国银行城东支行", 217, 223, 400, 257, 0.9))
    got = values(extract_fields(DocType.VAT_INVOICE, lines(read), PAGE).fields)
    assert got["buyer_name"] == ""


def test_the_end_of_a_name_label_read_with_the_value_is_not_part_of_it() -> None:
    # 名        称： printed wide: the engine left out "名" and joined "称：" to the seller's name
    read = [
        *UNLABELLED[:19],
        ("价税合计（大写）", 62, 628, 195, 657, 0.99),
        ("称：深圳华信商贸股份有限公司", 135, 679, 425, 710, 1.00),
        ("销", 42, 686, 73, 719, 1.00),
        ("914403050H4DQ8PD0P", 217, 708, 440, 736, 1.00),
        ("纳税人识别号：", 85, 715, 207, 744, 1.00),
        ("售", 43, 722, 72, 755, 1.00),
    ]
    seller = next(f for f in extract_fields(DocType.VAT_INVOICE, lines(read), PAGE).fields if f.key == "seller_name")
    assert seller.value == "深圳华信商贸股份有限公司"
    assert seller.ocr_value == "深圳华信商贸股份有限公司"  # a label's end is no reading of the value
