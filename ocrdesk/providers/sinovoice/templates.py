"""SinoVoice templates (`capkey=ocr.cloud.template`) and how their cells map to canonical keys.

Everything here comes from seed 004 (§4–§7, §11–§17): the property names, the template/page
indexes, the cell names of every sample reply, and the confidence scale each template uses.
Cells are matched by their cleaned name (NFKC, no spaces), so "纳税人识别号（购买方）" with
full-width parentheses finds the entry written here with ASCII ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ocrdesk.doctypes import DocType
from ocrdesk.providers.cloud.normalize import clean_label

# 0xFF00: the largest value in the bl/pcn/pid samples (8.8 fixed point, 255 = certain) — inferred,
# the document never states a range.
SCALE_65280 = 65280.0
SCALE_100 = 100.0

# Cells that are not text: the portrait area (its "result" is a blank with a box).
NON_TEXT_CELLS = frozenset({"头像"})

DATE_PART_NAMES = ("年", "月", "日")


@dataclass(frozen=True)
class Template:
    prop: str  # the x-task-config `property`
    doc_type: DocType
    template_index: int = 0
    page_index: int = 0
    # None: the template sends no confidence (idcard, vlcard, dlcard, vat samples have none)
    confidence_scale: float | None = None
    keys: dict[str, str] = field(default_factory=dict)
    # sub-cells of a group cell: parent name -> {child name -> key}
    sub_keys: dict[str, dict[str, str]] = field(default_factory=dict)

    def task_config(self) -> str:
        return (
            f"capkey=ocr.cloud.template,property={self.prop},"
            f"templateIndex={self.template_index},templatePageIndex={self.page_index}"
        )

    def key_for(self, name: str) -> str | None:
        return self.keys.get(clean_label(name))

    def sub_key_for(self, parent: str, child: str) -> str | None:
        return self.sub_keys.get(clean_label(parent), {}).get(clean_label(child))


def _clean(mapping: dict[str, str]) -> dict[str, str]:
    return {clean_label(k): v for k, v in mapping.items()}


def _template(
    prop: str,
    doc_type: DocType,
    keys: dict[str, str],
    *,
    page_index: int = 0,
    scale: float | None = None,
    sub_keys: dict[str, dict[str, str]] | None = None,
) -> Template:
    return Template(
        prop=prop,
        doc_type=doc_type,
        page_index=page_index,
        confidence_scale=scale,
        keys=_clean(keys),
        sub_keys={clean_label(p): _clean(c) for p, c in (sub_keys or {}).items()},
    )


TEMPLATES: dict[DocType, Template] = {
    t.doc_type: t
    for t in (
        _template(
            "idcard",
            DocType.IDCARD_FRONT,
            {
                "姓名": "name",
                "性别": "sex",
                "民族": "ethnicity",
                "出生日期": "birth_date",
                "出生": "birth_date",
                "地址": "address",
                "住址": "address",
                "身份证号码": "id_number",
                "公民身份号码": "id_number",
            },
        ),
        _template(
            "idcard",
            DocType.IDCARD_BACK,
            {"签发机关": "authority", "有效期限": "valid_period"},
            page_index=1,
        ),
        _template(
            "vlcard",
            DocType.VEHICLE_LICENSE,
            {
                "号牌号码": "plate_number",
                "车辆类型": "vehicle_type",
                "所有人": "owner",
                "住址": "address",
                "地址": "address",
                "使用性质": "use_character",
                "品牌型号": "model",
                "车辆识别代号": "vin",
                "发动机号码": "engine_number",
                "注册日期": "register_date",
                "发证日期": "issue_date",
            },
        ),
        _template(
            "dlcard",
            DocType.DRIVER_LICENSE,
            {
                # the licence number printed on a Chinese driving licence is the holder's ID number
                "身份证号码": "license_number",
                "证号": "license_number",
                "姓名": "name",
                "性别": "sex",
                "国籍": "nationality",
                "地址": "address",
                "住址": "address",
                "出生日期": "birth_date",
                "初次领证日期": "first_issue_date",
                "准驾车型": "vehicle_class",
                "有效起始日期": "valid_from",
                "有效截止日期": "valid_to",
                "有效期限": "valid_period",
                "发证机关": "authority",
                "档案编号": "file_number",
            },
        ),
        _template(
            "vat",
            DocType.VAT_INVOICE,
            {
                # 序号 (top-left code) / 编号 (the "No." number) of the 2015 template
                "序号": "invoice_code",
                "编号": "invoice_number",
                "发票代码": "invoice_code",
                "发票号码": "invoice_number",
                "日期": "invoice_date",
                "开票日期": "invoice_date",
                "密码区": "cipher_text",
                "税率": "tax_rate",
                "金额": "amount",
                "税额": "tax",
                "总额": "total",
                "价税合计": "total",
                "购货单位名称": "buyer_name",
                "购货单位纳税人识别号": "buyer_tax_id",
                "购货单位开户行及帐号": "buyer_bank_account",
                "销货单位名称": "seller_name",
                "销货单位纳税人识别号": "seller_tax_id",
                "销货单位开户行及帐号": "seller_bank_account",
            },
        ),
        _template(
            "bl",
            DocType.BUSINESS_LICENSE,
            {
                "保留": "reserved",
                "号码": "registration_number",
                "注册号": "registration_number",
                "统一社会信用代码": "credit_code",
                "名称": "name",
                "类型": "company_type",
                "住所": "address",
                "姓名": "legal_representative",
                "法定代表人": "legal_representative",
                "注册资本": "registered_capital",
                "成立日期": "established_date",
                "营业期限": "business_term",
                "经营范围": "business_scope",
                "登记机关": "authority",
            },
            scale=SCALE_65280,
        ),
        _template(
            # "旅行证件识别 (已废弃)": the sample is a 往来港澳通行证 (双程证正面)
            "pid",
            DocType.TRAVEL_PERMIT,
            {
                "MRZ": "mrz",
                "证件号码": "permit_number",
                "姓名": "name",
                "Name": "name_en",
                "出生日期": "birth_date",
                "出生地点": "birth_place",
                "性别": "sex",
                "有效期限": "valid_period",
                "签发机关": "authority",
                "签发地点": "issue_place",
            },
            scale=SCALE_65280,
        ),
        _template(
            "pcn",
            DocType.PASSPORT,
            {
                "MRZ1": "mrz1",
                "MRZ2": "mrz2",
                "证件号码": "passport_number",
                "护照号码": "passport_number",
                "姓名": "name",
                "Name": "name_pinyin",
                "性别": "sex",
                "出生地点": "birth_place",
                "签发地点": "issue_place",
                "出生日期": "birth_date",
                "签发日期": "issue_date",
                "有效期至": "expiry_date",
                "签发机关": "authority",
                "国籍代码": "nationality",
            },
            scale=SCALE_65280,
        ),
        _template(
            "hkidcard",
            DocType.HK_IDCARD,
            {
                "身份证号码": "id_number",
                "姓名": "name",
                "Name": "name_en",
                "性别": "sex",
                "电码": "telecode",
                "出生日期": "birth_date",
                "签发日期": "issue_date",
                "代码": "symbols",
            },
            scale=SCALE_100,
        ),
        _template(
            "ab",
            DocType.ACCEPTANCE_BILL,
            {
                "序号": "serial_number",
                "票号": "bill_number",
                "出票日期": "issue_date",
                "付款人全称": "payer_name",
                "付款人账号": "payer_account",
                "付款人开户行": "payer_bank",
                "收款人全称": "payee_name",
                "收款人账号": "payee_account",
                "收款人开户行": "payee_bank",
                "出票金额大写": "amount_in_words",
                "出票金额小写": "amount",
                "汇票到期日": "due_date",
                "承兑协议编号|交易合同号码": "agreement_number",
                "行号": "bank_number",
                "地址": "bank_address",
            },
            scale=SCALE_100,
        ),
        _template(
            "vsi",
            DocType.VEHICLE_SALES_INVOICE,
            {
                "发票代码": "invoice_code",
                "发票号码": "invoice_number",
                "开票日期": "invoice_date",
                "机打代码": "machine_invoice_code",
                "机打号码": "machine_invoice_number",
                "机器编号": "machine_number",
                "税控码": "tax_control_code",
                "纳税人识别号(购买方)": "buyer_tax_id",
                "车辆类型": "vehicle_type",
                "厂牌型号": "model",
                "产地": "origin",
                "合格证号": "certificate_number",
                "进口证明书号": "import_certificate_number",
                "商检单号": "inspection_number",
                "发动机号码": "engine_number",
                "车辆识别代号/车架号码": "vin",
                "价税合计大写": "total_in_words",
                "价税合计小写": "total",
                "销货单位名称": "seller_name",
                "销售方电话": "seller_phone",
                "纳税人识别号(销售方)": "seller_tax_id",
                "销售方账号": "seller_account",
                "地址": "seller_address",
                "开户银行": "seller_bank",
                "增值税税率": "tax_rate",
                "增值税税额": "tax",
                "不含税价": "amount",
                "吨位": "tonnage",
                "限乘人数": "passenger_limit",
            },
            scale=SCALE_100,
            sub_keys={
                "购买方名称及身份证号码/组织机构代码": {"名称": "buyer_name", "号码": "buyer_id_number"},
                "主管税务机关及代码": {"机关名称": "tax_authority_name", "机关代码": "tax_authority_code"},
            },
        ),
        _template(
            "hm2",
            DocType.HOME_RETURN_PERMIT,
            {
                "证件号码": "permit_number",
                "身份证号码": "id_number",
                "姓名": "name",
                "Name": "name_en",
                "性别": "sex",
                "出生日期": "birth_date",
                "签发日期": "issue_date",
                "有效期限": "valid_period",
                "签发机关": "authority",
                "换证次数": "issue_count",
            },
            scale=SCALE_100,
        ),
    )
}

# ------------------------------------------------------------------ the other capkeys (§8–§10)

TEXT_LANGUAGES: dict[str, str] = {  # text_language setting -> capkey
    "chinese_cn": "ocr.cloud",
    "english": "ocr.cloud.english",
}
BANKCARD_TASK_CONFIG = "capkey=ocr.cloud.bankcard"
# cutedge=no: with edge cutting the vendor's boxes would refer to the cropped card, which the
# document never relates to the uploaded picture; no exportImage, we have the picture already.
BIZCARD_TASK_CONFIG = "capkey=ocr.cloud.bizcard,need_score=yes,cutedge=no,exportImage=no"


def text_task_config(language: str, with_position: bool) -> str:
    config = f"capkey={TEXT_LANGUAGES[language]},lang={language}"
    return config + (",withPosition=1" if with_position else "")


BANKCARD_KEYS: dict[str, str] = {
    "CardNumber": "card_number",
    "BankName": "bank_name",
    "BankID": "bank_id",
    "CardName": "card_name",
    "CardType": "card_type",
    "UserName": "holder_name",
    "ValidDate": "valid_date",
}

BIZCARD_KEYS: dict[str, str] = {  # bizcard `item` -> canonical key
    "name": "name",
    "title": "title",
    "department": "department",
    "company": "company",
    "comp": "company",
    "adr": "address",
    "addr": "address",
    "postalcode": "postcode",
    "tel": "phone",
    "tel_cell": "mobile",
    "mobile": "mobile",
    "fax": "fax",
    "email": "email",
    "url": "website",
    "memo": "memo",
    "qq": "qq",
    "wechat": "wechat",
}
