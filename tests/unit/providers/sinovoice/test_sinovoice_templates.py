"""Every SinoVoice template / capkey of seed 004, sent over HTTP to the fake, normalised field by field."""

from __future__ import annotations

import pytest

from ocrdesk.doctypes import CANONICAL_KEYS, DocType
from ocrdesk.providers.sinovoice.parse import combine_date
from tests.fakes.server import FakeServer
from tests.fakes.sinovoice_helpers import (  # noqa: F401 - fixtures
    Row,
    blank_image,
    c100,
    c65280,
    fake_fixture,
    make_provider,
    rows,
    server_fixture,
    sinovoice_slot_fixture,
)
from tests.fakes.sinovoice_samples import VSI_TAX_CODE
from tests.fakes.sinovoice_server import SinoVoiceFake

EXPECTED: dict[DocType, list[Row]] = {
    DocType.IDCARD_FRONT: [
        ("id_number", "身份证号码", "200825199103112345", None, (367, 564, 891, 601)),
        ("ethnicity", "民族", "蒙古", None, (407, 182, 475, 214)),
        ("name", "姓名", "陈丹阳", None, (210, 85, 336, 127)),
        ("sex", "性别", "女", None, (207, 179, 238, 213)),
        # 年/月/日 sub-cells combined; the parent's all-zero box is no box, so the union of the parts
        ("birth_date", "出生日期", "1991-03-16", None, (209, 265, 485, 293)),
        ("address", "地址", "某某省某某市某某县***************", None, (207, 406, 525, 442)),
        # 头像 (the portrait, a blank "result") is not a text field
    ],
    DocType.IDCARD_BACK: [
        ("valid_period", "有效期限", "20080820-20180820", None, (425, 573, 825, 600)),
        ("authority", "签发机关", "**县公安局", None, (425, 484, 646, 519)),
    ],
    DocType.VEHICLE_LICENSE: [  # no coordinates in this template; full-width letters/digits → NFKC
        ("plate_number", "号牌号码", "UE******", None, None),
        ("vin", "车辆识别代号", "LSVAA***********", None, None),
        ("engine_number", "发动机号码", "*********", None, None),
        ("register_date", "注册日期", "2", None, None),
        ("issue_date", "发证日期", "2", None, None),
    ],
    DocType.DRIVER_LICENSE: [
        ("name", "姓名", "**", None, None),
        ("sex", "性别", "男", None, None),
        ("field_1", "**", "中", None, None),  # the seed masks this cell's name
        ("address", "地址", "***", None, None),
        ("license_number", "身份证号码", "*****", None, None),
        ("vehicle_class", "准驾车型", "C1", None, None),
        ("valid_from", "有效起始日期", "20121115", None, None),
        ("valid_period", "有效期限", "1", None, None),
    ],
    DocType.VAT_INVOICE: [
        ("invoice_code", "序号", "*", None, None),
        ("invoice_number", "编号", "*", None, None),
        ("invoice_date", "日期", "2013年 07月 03日", None, None),
        ("cipher_text", "密码区", "*", None, None),
        ("tax_rate", "税率", "17%", None, None),
        ("amount", "金额", "¥67628.00", None, None),
        ("tax", "税额", "¥11496.76", None, None),
        ("total", "总额", "¥79124.76", None, None),
        ("buyer_name", "购货单位名称", "*", None, None),
        ("buyer_tax_id", "购货单位纳税人识别号", "*", None, None),
        ("buyer_bank_account", "购货单位开户行及帐号", "*", None, None),
        ("seller_name", "销货单位名称", "*", None, None),
        ("seller_tax_id", "销货单位纳税人识别号", "*", None, None),
        ("seller_bank_account", "销货单位开户行及帐号", "*", None, None),
    ],
    DocType.BUSINESS_LICENSE: [  # 保留/名称/类型/住所 come without a result: no field
        ("registration_number", "号码", "12345678\\12345678", 1.0, (419, 421, 711, 449)),
        ("legal_representative", "姓名", "王**", 1.0, (206, 647, 445, 678)),
        ("registered_capital", "注册资本", "壹佰万元整", 1.0, (203, 692, 486, 727)),
        ("established_date", "成立日期", "2015年 12月 25日", 1.0, (201, 738, 569, 777)),
        ("business_term", "营业期限", "2015年 12月 25日至年", 1.0, (202, 784, 675, 828)),
        ("business_scope", "经营范围", "*********", 1.0, (203, 832, 811, 899)),
    ],
    DocType.TRAVEL_PERMIT: [
        ("mrz", "MRZ", "CSC000000004<2404015<8108038<6", c65280(59904), (82, 853, 1459, 921)),
        ("permit_number", "证件号码", "C00000000", c65280(13653), (174, 855, 569, 912)),
        ("name", "姓名", "证件样本", 1.0, (529, 245, 1152, 372)),
        ("name_en", "Name", "ZHENGJIAN,YANGBEN", 1.0, (531, 342, 1148, 389)),
        ("birth_date", "出生日期", "1981.08.03", 1.0, (529, 490, 818, 535)),
        ("sex", "性别", "女", c65280(27472), (957, 493, 1008, 545)),
        ("valid_period", "有效期限", "2014.04.02-2024.04.01", 1.0, (524, 615, 1159, 665)),
        ("authority", "签发机关", "公安部出入境管理局", 1.0, (528, 742, 1048, 799)),
        ("issue_place", "签发地点", "广东", 1.0, (1157, 746, 1271, 802)),
    ],
    DocType.PASSPORT: [
        ("mrz1", "MRZ1", "POCHNZHANG<<YI" + "<" * 29, c65280(43869), (59, 856, 1368, 889)),
        ("mrz2", "MRZ2", "E123456789CHN123456789F1234562NFMFOCPJ<<<<A568", c65280(9821), (60, 928, 1367, 962)),
        ("passport_number", "证件号码", "E123456789", 1.0, (60, 928, 313, 962)),
        ("name", "姓名", "**", 1.0, (467, 236, 587, 274)),
        ("name_pinyin", "Name", "ZHANG,YI", 1.0, (468, 283, 656, 315)),
        ("sex", "性别", "女/F", 1.0, (466, 391, 539, 421)),
        ("birth_place", "出生地点", "江苏/JIANGSU", 1.0, (468, 484, 708, 514)),
        ("issue_place", "签发地点", "江苏/JIANGSU", 1.0, (468, 580, 709, 610)),
        ("birth_date", "出生日期", "09 DEC 1985", 1.0, (924, 388, 1158, 417)),
        ("issue_date", "签发日期", "01 09月/SEP 2014", 1.0, (925, 472, 1238, 511)),
        ("expiry_date", "有效期至", "31 08月/AUG 2024", 1.0, (926, 578, 1229, 607)),
        ("authority", "签发机关", "公安部出入境管理局", 1.0, (467, 716, 820, 739)),
        ("nationality", "国籍代码", "CHN", 1.0, (616, 390, 855, 420)),
    ],
    DocType.HK_IDCARD: [
        ("id_number", "身份证号码", "M12345(1)", 1.0, (663, 577, 941, 612)),
        ("name", "姓名", "XXXX", c100(82), (57, 128, 158, 166)),
        ("name_en", "Name", "LXX,YXX", c100(42), (58, 183, 239, 215)),
        ("sex", "性别", "女", c100(50), (629, 368, 659, 399)),
        ("telecode", "电码", "12345678", c100(30), (318, 242, 518, 270)),
        ("birth_date", "出生日期", "14-06-1990", c100(27), (318, 373, 543, 401)),
        ("issue_date", "签发日期", "15-07-17", c100(62), (319, 577, 543, 614)),
        ("symbols", "代码", "CX", c100(99), (318, 422, 355, 447)),
    ],
    DocType.ACCEPTANCE_BILL: [
        ("serial_number", "序号", "30200053", 1.0, (1077, 58, 1279, 84)),
        ("bill_number", "票号", "00002163", 1.0, (1085, 99, 1255, 124)),
        # 贰零壹伍 / 壹拾 / 零叁拾 parts → an ISO date; box = parent ∪ parts
        ("issue_date", "出票日期", "2015-10-30", 1.0, (510, 113, 933, 155)),
        ("payer_name", "付款人全称", ",中信 10209770", c100(88), (222, 176, 410, 204)),
        ("payer_account", "付款人账号", "7381610182200038072", c100(55), (252, 225, 504, 247)),
        ("payer_bank", "付款人开户行", "中值银行武汉分行双务中心", c100(43), (255, 271, 572, 300)),
        ("payee_name", "收款人全称", "背岛啤謵", c100(36), (858, 177, 956, 199)),
        ("payee_account", "收款人账号", "201509160920", c100(40), (853, 224, 1010, 246)),
        ("payee_bank", "收款人开户行", "工行济南高新支行", c100(50), (855, 271, 1065, 299)),
        ("amount_in_words", "出票金额大写", "叁壹陆壹陆", 1.0, (308, 349, 689, 378)),
        ("amount", "出票金额小写", "¥201508.66", 0.0, (1001, 349, 1278, 370)),
        ("due_date", "汇票到期日", "贰零壹陆年零贰月贰拾捌日", 1.0, (254, 400, 568, 424)),
        ("agreement_number", "承兑协议编号|交易合同号码", "wWJ", c100(48), (252, 455, 288, 475)),
        ("bank_number", "行号", "302521638005", c100(29), (839, 401, 997, 420)),
        ("bank_address", "地址", "武汉市汉口建设大道 747号中信天厦厂", c100(61), (841, 444, 1282, 471)),
    ],
    DocType.VEHICLE_SALES_INVOICE: [
        ("invoice_code", "发票代码", "144001424660", c100(33), (1102, 120, 1296, 138)),
        ("invoice_number", "发票号码", "02082073", c100(18), (1082, 154, 1231, 173)),
        ("invoice_date", "开票日期", "2014-11-01", c100(71), (243, 166, 388, 183)),
        ("machine_invoice_code", "机打代码", "144001424660", c100(43), (317, 234, 493, 249)),
        ("machine_invoice_number", "机打号码", "02082073", c100(36), (315, 274, 493, 290)),
        ("machine_number", "机器编号", "889900200541", c100(31), (317, 316, 492, 332)),
        ("tax_control_code", "税控码", VSI_TAX_CODE, c100(33), (685, 215, 1302, 344)),
        # a group cell without its own result: one field per sub-cell, labelled parent·child
        ("buyer_name", "购买方名称及身份证号码/组织机构代码·名称", "王含东", c100(99), (299, 387, 358, 406)),
        ("buyer_id_number", "购买方名称及身份证号码/组织机构代码·号码", "513022197512000000", c100(36),
         (314, 422, 580, 439)),
        ("vehicle_type", "车辆类型", "越野车", c100(78), (303, 467, 363, 483)),
        ("model", "厂牌型号", "指南者 COMPASS2359CC", c100(56), (659, 468, 856, 482)),
        ("origin", "产地", "美国", c100(78), (1129, 467, 1171, 483)),
        ("import_certificate_number", "进口证明书号", "XIX3502743", c100(36), (705, 522, 806, 535)),
        ("inspection_number", "商检单号", "AA4929253", c100(24), (1129, 522, 1316, 535)),
        ("engine_number", "发动机号码", "LLZZ", c100(50), (303, 579, 353, 588)),
        ("vin", "车辆识别代号/车架号码", "1C4NJDGB2EDXXXXXX", c100(53), (952, 573, 1203, 590)),
        ("total_in_words", "价税合计大写", "贰拾叁万元整", c100(28), (330, 629, 487, 646)),
        ("total", "价税合计小写", "¥230000.00", c100(32), (1073, 629, 1325, 645)),
        ("seller_name", "销货单位名称", "佛山市鸿粤鸿顺汽车销售有限公司", c100(52), (305, 683, 613, 699)),
        ("seller_phone", "销售方电话", "0757-86250415", c100(35), (979, 680, 1113, 695)),
        ("seller_tax_id", "纳税人识别号(销售方)", "440604586377824", c100(31), (305, 738, 527, 753)),
        ("seller_account", "销售方账号", "2013834709200012662", c100(27), (983, 736, 1181, 750)),
        ("seller_address", "地址", "佛山市南海区 XX", c100(51), (304, 795, 689, 810)),
        ("seller_bank", "开户银行", "中国工商银行佛山南海叠溪支行", c100(68), (874, 793, 1161, 809)),
        ("tax_rate", "增值税税率", "17%", c100(84), (316, 855, 342, 873)),
        ("tax", "增值税税额", "¥33418.80", c100(43), (570, 856, 801, 872)),
        ("tax_authority_name", "主管税务机关及代码·机关名称", "佛山市阁再区国承机分同", c100(47),
         (923, 840, 1149, 854)),
        ("tax_authority_code", "主管税务机关及代码·机关代码", "10", c100(34), (988, 921, 1331, 934)),
        ("amount", "不含税价", "¥196581.20", c100(56), (364, 917, 577, 933)),
        ("passenger_limit", "限乘人数", "", 1.0, (1269, 957, 1299, 961)),  # located but empty: kept to fill in
    ],
    DocType.HOME_RETURN_PERMIT: [
        ("permit_number", "证件号码", "H123456789", c100(80), (601, 64, 831, 94)),
        ("id_number", "身份证号码", "P3546878(6)", c100(55), (423, 305, 567, 335)),
        ("name", "姓名", "陈 XX", c100(70), (423, 120, 538, 148)),
        ("name_en", "Name", "CHAN,XXXXX", c100(29), (421, 153, 602, 174)),
        ("sex", "性别", "女", 1.0, (423, 226, 447, 248)),
        ("birth_date", "出生日期", "1965-04-18", c100(43), (486, 225, 623, 250)),
        ("issue_date", "签发日期", "20020004", 0.0, (393, 395, 565, 426)),
        ("valid_period", "有效期限", "20020004-20190604", c100(32), (424, 474, 566, 500)),
    ],
    DocType.BANK_CARD: [  # 16 per-digit boxes united into one
        ("card_number", "CardNumber", "5184763207804055", None, (156, 446, 1099, 511)),
        ("bank_name", "BankName", "中国银行", None, None),
        ("bank_id", "BankID", "1040000", None, None),
        ("card_name", "CardName", "长城万事达信用卡", None, None),
        ("card_type", "CardType", "准贷记卡", None, None),
        ("holder_name", "UserName", "CHEN GUO", None, None),
        ("valid_date", "ValidDate", "", None, None),
    ],
    DocType.BUSINESS_CARD: [
        ("department", "部门", "厂汇发展战咯部", c100(45), (802, 123, 1032, 167)),
        ("name", "姓名", "王某某", c100(65), (649, 126, 827, 194)),
        ("title", "公司职务", "高级经理", c100(49), (804, 153, 1113, 203)),
        ("address", "地址", "北京市朝阳区北辰西路 x 号北辰世纪中心 A 座 6 层", c100(78), (648, 279, 1098, 313)),
        ("postcode", "邮政编码", "100101", c100(60), (647, 360, 839, 402)),
        ("phone", "电话", "010-12345678", c100(45), (649, 407, 951, 442)),
        ("memo", "备注", "网购上京东省钱又放心", c100(87), (86, 443, 543, 497)),
        ("fax", "传真", "010-12345678", c100(72), (647, 451, 951, 486)),
        ("mobile", "手机", "13800000000", c100(49), (647, 494, 930, 529)),
        ("email", "电子邮件", "support@xxxx.com", c100(48), (626, 537, 1058, 577)),
        ("website", "网址", "www.abc.com", c100(45), (645, 577, 989, 623)),
    ],
}  # fmt: skip


@pytest.mark.parametrize("doc_type", list(EXPECTED), ids=str)
def test_template_fields(server: FakeServer, doc_type: DocType) -> None:
    recognition = make_provider(server).recognize(blank_image(), doc_type)
    assert rows(recognition) == EXPECTED[doc_type]
    assert recognition.warnings == []


@pytest.mark.parametrize("doc_type", [t for t in EXPECTED if t in CANONICAL_KEYS], ids=str)
def test_canonical_keys_are_used_where_defined(doc_type: DocType) -> None:
    keys = {row[0] for row in EXPECTED[doc_type]}
    canonical = set(CANONICAL_KEYS[doc_type])
    if doc_type in {DocType.IDCARD_FRONT, DocType.IDCARD_BACK}:
        assert keys == canonical
    else:
        assert keys & canonical, doc_type


def test_exported_card_image_becomes_an_artifact(fake: SinoVoiceFake, server: FakeServer) -> None:
    from ocrdesk.providers.sinovoice import templates as sinovoice_templates

    provider = make_provider(server)
    config = sinovoice_templates.BIZCARD_TASK_CONFIG.replace("exportImage=no", "exportImage=yes,outimagetype=jpg")
    provider.task_config = lambda doc_type: config  # type: ignore[method-assign]
    recognition = provider.recognize(blank_image(), DocType.BUSINESS_CARD)
    assert recognition.artifacts == {"card_image": fake.export_image}


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        ({"年": "1991", "月": "03", "日": "16"}, "1991-03-16"),
        ({"年": "1991", "月": "3", "日": "6"}, "1991-03-06"),
        ({"年": "贰零壹伍", "月": "壹拾", "日": "零叁拾"}, "2015-10-30"),
        ({"年": "贰零壹陆", "月": "零贰", "日": "贰拾捌"}, "2016-02-28"),
        ({"年": "二〇一七", "月": "十二", "日": "拾壹"}, "2017-12-11"),
        ({"年": "2017", "月": "11"}, "2017-11"),
        ({"年": "1991", "月": "13", "日": "01"}, None),
        ({"年": "91", "月": "03", "日": "16"}, None),
        ({"月": "03", "日": "16"}, None),
        ({"年": "1991", "月": "03", "日": "3x"}, None),
    ],
)
def test_combine_date(parts: dict[str, str], expected: str | None) -> None:
    assert combine_date(parts) == expected
