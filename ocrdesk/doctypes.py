"""Document types and their canonical field keys (INTERFACE.md). Providers map to these keys.

Names of types and canonical fields are shown in the UI's language (`doc_type_name`, `field_name`);
what is stored and exported keeps the canonical key and the provider's own label.
"""

from __future__ import annotations

from enum import StrEnum

from ocrdesk.i18n import QT_TRANSLATE_NOOP, translate


class DocType(StrEnum):
    GENERAL = "general"
    HANDWRITING = "handwriting"
    IDCARD_FRONT = "idcard_front"
    IDCARD_BACK = "idcard_back"
    BUSINESS_CARD = "business_card"
    VEHICLE_LICENSE = "vehicle_license"
    VEHICLE_LICENSE_BACK = "vehicle_license_back"
    DRIVER_LICENSE = "driver_license"
    LICENSE_PLATE = "license_plate"
    BANK_CARD = "bank_card"
    BUSINESS_LICENSE = "business_license"
    VAT_INVOICE = "vat_invoice"
    PASSPORT = "passport"
    HK_IDCARD = "hk_idcard"
    ACCEPTANCE_BILL = "acceptance_bill"
    VEHICLE_SALES_INVOICE = "vehicle_sales_invoice"
    HOME_RETURN_PERMIT = "home_return_permit"
    TRAVEL_PERMIT = "travel_permit"
    # Not a kind of document: asks a provider that can tell the types apart to decide (it reports
    # the type it chose as Recognition.detected_doc_type).
    AUTO = "auto"


# (English, Chinese) name of each type. The English name is what the command line and exports say and the
# source text of the UI's translation; the Chinese one is its zh_CN translation (tests keep the .ts equal).
DOC_TYPE_LABELS: dict[DocType, tuple[str, str]] = {
    DocType.GENERAL: (QT_TRANSLATE_NOOP("DocTypes", "General text"), "通用文字"),
    DocType.HANDWRITING: (QT_TRANSLATE_NOOP("DocTypes", "Handwriting"), "手写体"),
    DocType.IDCARD_FRONT: (QT_TRANSLATE_NOOP("DocTypes", "ID card (front)"), "身份证人像面"),
    DocType.IDCARD_BACK: (QT_TRANSLATE_NOOP("DocTypes", "ID card (back)"), "身份证国徽面"),
    DocType.BUSINESS_CARD: (QT_TRANSLATE_NOOP("DocTypes", "Business card"), "名片"),
    DocType.VEHICLE_LICENSE: (QT_TRANSLATE_NOOP("DocTypes", "Vehicle licence"), "行驶证"),
    DocType.VEHICLE_LICENSE_BACK: (QT_TRANSLATE_NOOP("DocTypes", "Vehicle licence (back page)"), "行驶证副页"),
    DocType.DRIVER_LICENSE: (QT_TRANSLATE_NOOP("DocTypes", "Driver licence"), "驾驶证"),
    DocType.LICENSE_PLATE: (QT_TRANSLATE_NOOP("DocTypes", "Licence plate"), "车牌"),
    DocType.BANK_CARD: (QT_TRANSLATE_NOOP("DocTypes", "Bank card"), "银行卡"),
    DocType.BUSINESS_LICENSE: (QT_TRANSLATE_NOOP("DocTypes", "Business licence"), "营业执照"),
    DocType.VAT_INVOICE: (QT_TRANSLATE_NOOP("DocTypes", "VAT invoice"), "增值税发票"),
    DocType.PASSPORT: (QT_TRANSLATE_NOOP("DocTypes", "Passport"), "护照"),
    DocType.HK_IDCARD: (QT_TRANSLATE_NOOP("DocTypes", "Hong Kong ID card"), "香港身份证"),
    DocType.ACCEPTANCE_BILL: (QT_TRANSLATE_NOOP("DocTypes", "Acceptance bill"), "承兑汇票"),
    DocType.VEHICLE_SALES_INVOICE: (QT_TRANSLATE_NOOP("DocTypes", "Vehicle sales invoice"), "机动车销售发票"),
    DocType.HOME_RETURN_PERMIT: (QT_TRANSLATE_NOOP("DocTypes", "Home return permit"), "回乡证"),
    DocType.TRAVEL_PERMIT: (QT_TRANSLATE_NOOP("DocTypes", "Travel permit (HK/Macau)"), "港澳通行证"),
    DocType.AUTO: (QT_TRANSLATE_NOOP("DocTypes", "Detect automatically"), "自动识别"),
}

# Canonical keys per type (snake_case English). Providers translate their own field names into
# these; a field a provider returns that is not listed keeps a snake_case key of its own.
CANONICAL_KEYS: dict[DocType, tuple[str, ...]] = {
    DocType.IDCARD_FRONT: ("name", "sex", "ethnicity", "birth_date", "address", "id_number"),
    DocType.IDCARD_BACK: ("authority", "valid_period"),
    DocType.BANK_CARD: ("card_number", "bank_name", "card_type", "card_name", "valid_date"),
    DocType.BUSINESS_CARD: (
        "name",
        "title",
        "company",
        "department",
        "address",
        "phone",
        "mobile",
        "fax",
        "email",
        "website",
        "postcode",
        "qq",
        "wechat",
    ),
    DocType.VEHICLE_LICENSE: (
        "plate_number",
        "vehicle_type",
        "owner",
        "address",
        "use_character",
        "model",
        "vin",
        "engine_number",
        "register_date",
        "issue_date",
        "seal",
    ),
    DocType.VEHICLE_LICENSE_BACK: (
        "plate_number",
        "file_number",
        "passengers",
        "total_mass",
        "curb_mass",
        "dimensions",
        "inspection_record",
        "load_mass",
        "traction_mass",
        "remarks",
    ),
    DocType.DRIVER_LICENSE: (
        "license_number",
        "name",
        "sex",
        "nationality",
        "address",
        "birth_date",
        "first_issue_date",
        "vehicle_class",
        "valid_from",
        "valid_to",
        "valid_period",
        "authority",
        "file_number",
    ),
    DocType.LICENSE_PLATE: ("plate_number", "plate_color"),
    DocType.BUSINESS_LICENSE: (
        "credit_code",
        "registration_number",
        "name",
        "company_type",
        "address",
        "legal_representative",
        "registered_capital",
        "established_date",
        "business_term",
        "business_scope",
        "issue_date",
        "authority",
    ),
    DocType.VAT_INVOICE: (
        "invoice_code",
        "invoice_number",
        "invoice_date",
        "check_code",
        "buyer_name",
        "buyer_tax_id",
        "seller_name",
        "seller_tax_id",
        "amount",
        "tax",
        "total",
        "total_in_words",
        "machine_number",
    ),
    DocType.PASSPORT: (
        "passport_number",
        "name",
        "name_pinyin",
        "sex",
        "nationality",
        "birth_date",
        "birth_place",
        "issue_date",
        "issue_place",
        "expiry_date",
        "country_code",
        "mrz1",
        "mrz2",
    ),
    DocType.HK_IDCARD: ("name", "name_en", "telecode", "sex", "birth_date", "issue_date", "id_number"),
    DocType.HOME_RETURN_PERMIT: (
        "name",
        "name_en",
        "sex",
        "birth_date",
        "permit_number",
        "valid_period",
        "authority",
        "issue_count",
    ),
    DocType.TRAVEL_PERMIT: (
        "name",
        "name_en",
        "sex",
        "birth_date",
        "birth_place",
        "permit_number",
        "valid_period",
        "issue_place",
    ),
}


# Each canonical key's (English, Chinese) name, shown in the UI's language in place of the provider's label;
# exports keep `key` and the provider's `label` (INTERFACE.md). Same English name, same Chinese one.
FIELD_NAMES: dict[str, tuple[str, str]] = {
    "name": (QT_TRANSLATE_NOOP("FieldNames", "Name"), "姓名"),
    "sex": (QT_TRANSLATE_NOOP("FieldNames", "Sex"), "性别"),
    "ethnicity": (QT_TRANSLATE_NOOP("FieldNames", "Ethnicity"), "民族"),
    "birth_date": (QT_TRANSLATE_NOOP("FieldNames", "Date of birth"), "出生日期"),
    "address": (QT_TRANSLATE_NOOP("FieldNames", "Address"), "住址"),
    "id_number": (QT_TRANSLATE_NOOP("FieldNames", "ID number"), "公民身份号码"),
    "authority": (QT_TRANSLATE_NOOP("FieldNames", "Issuing authority"), "签发机关"),
    "valid_period": (QT_TRANSLATE_NOOP("FieldNames", "Validity period"), "有效期限"),
    "card_number": (QT_TRANSLATE_NOOP("FieldNames", "Card number"), "卡号"),
    "bank_name": (QT_TRANSLATE_NOOP("FieldNames", "Bank"), "银行"),
    "card_type": (QT_TRANSLATE_NOOP("FieldNames", "Card type"), "卡种"),
    "card_name": (QT_TRANSLATE_NOOP("FieldNames", "Card name"), "卡名"),
    "valid_date": (QT_TRANSLATE_NOOP("FieldNames", "Valid thru"), "有效期"),
    "title": (QT_TRANSLATE_NOOP("FieldNames", "Job title"), "职位"),
    "company": (QT_TRANSLATE_NOOP("FieldNames", "Company"), "公司"),
    "department": (QT_TRANSLATE_NOOP("FieldNames", "Department"), "部门"),
    "phone": (QT_TRANSLATE_NOOP("FieldNames", "Phone"), "电话"),
    "mobile": (QT_TRANSLATE_NOOP("FieldNames", "Mobile"), "手机"),
    "fax": (QT_TRANSLATE_NOOP("FieldNames", "Fax"), "传真"),
    "email": (QT_TRANSLATE_NOOP("FieldNames", "Email"), "邮箱"),
    "website": (QT_TRANSLATE_NOOP("FieldNames", "Website"), "网址"),
    "postcode": (QT_TRANSLATE_NOOP("FieldNames", "Postcode"), "邮编"),
    "qq": (QT_TRANSLATE_NOOP("FieldNames", "QQ"), "QQ"),
    "wechat": (QT_TRANSLATE_NOOP("FieldNames", "WeChat"), "微信"),
    "plate_number": (QT_TRANSLATE_NOOP("FieldNames", "Plate number"), "号牌号码"),
    "vehicle_type": (QT_TRANSLATE_NOOP("FieldNames", "Vehicle type"), "车辆类型"),
    "owner": (QT_TRANSLATE_NOOP("FieldNames", "Owner"), "所有人"),
    "use_character": (QT_TRANSLATE_NOOP("FieldNames", "Use"), "使用性质"),
    "model": (QT_TRANSLATE_NOOP("FieldNames", "Brand and model"), "品牌型号"),
    "vin": (QT_TRANSLATE_NOOP("FieldNames", "VIN"), "车辆识别代号"),
    "engine_number": (QT_TRANSLATE_NOOP("FieldNames", "Engine number"), "发动机号码"),
    "register_date": (QT_TRANSLATE_NOOP("FieldNames", "Registration date"), "注册日期"),
    "issue_date": (QT_TRANSLATE_NOOP("FieldNames", "Issue date"), "发证日期"),
    "seal": (QT_TRANSLATE_NOOP("FieldNames", "Seal"), "印章"),
    "file_number": (QT_TRANSLATE_NOOP("FieldNames", "File number"), "档案编号"),
    "passengers": (QT_TRANSLATE_NOOP("FieldNames", "Approved passengers"), "核定载人数"),
    "total_mass": (QT_TRANSLATE_NOOP("FieldNames", "Gross mass"), "总质量"),
    "curb_mass": (QT_TRANSLATE_NOOP("FieldNames", "Curb mass"), "整备质量"),
    "dimensions": (QT_TRANSLATE_NOOP("FieldNames", "Overall dimensions"), "外廓尺寸"),
    "inspection_record": (QT_TRANSLATE_NOOP("FieldNames", "Inspection record"), "检验记录"),
    "load_mass": (QT_TRANSLATE_NOOP("FieldNames", "Approved load"), "核定载质量"),
    "traction_mass": (QT_TRANSLATE_NOOP("FieldNames", "Towing mass"), "准牵引总质量"),
    "remarks": (QT_TRANSLATE_NOOP("FieldNames", "Remarks"), "备注"),
    "license_number": (QT_TRANSLATE_NOOP("FieldNames", "Licence number"), "证号"),
    "nationality": (QT_TRANSLATE_NOOP("FieldNames", "Nationality"), "国籍"),
    "first_issue_date": (QT_TRANSLATE_NOOP("FieldNames", "First issue date"), "初次领证日期"),
    "vehicle_class": (QT_TRANSLATE_NOOP("FieldNames", "Vehicle class"), "准驾车型"),
    "valid_from": (QT_TRANSLATE_NOOP("FieldNames", "Valid from"), "有效起始日期"),
    "valid_to": (QT_TRANSLATE_NOOP("FieldNames", "Valid to"), "有效截止日期"),
    "plate_color": (QT_TRANSLATE_NOOP("FieldNames", "Plate colour"), "车牌颜色"),
    "credit_code": (QT_TRANSLATE_NOOP("FieldNames", "Unified social credit code"), "统一社会信用代码"),
    "registration_number": (QT_TRANSLATE_NOOP("FieldNames", "Registration number"), "注册号"),
    "company_type": (QT_TRANSLATE_NOOP("FieldNames", "Company type"), "类型"),
    "legal_representative": (QT_TRANSLATE_NOOP("FieldNames", "Legal representative"), "法定代表人"),
    "registered_capital": (QT_TRANSLATE_NOOP("FieldNames", "Registered capital"), "注册资本"),
    "established_date": (QT_TRANSLATE_NOOP("FieldNames", "Date established"), "成立日期"),
    "business_term": (QT_TRANSLATE_NOOP("FieldNames", "Business term"), "营业期限"),
    "business_scope": (QT_TRANSLATE_NOOP("FieldNames", "Business scope"), "经营范围"),
    "invoice_code": (QT_TRANSLATE_NOOP("FieldNames", "Invoice code"), "发票代码"),
    "invoice_number": (QT_TRANSLATE_NOOP("FieldNames", "Invoice number"), "发票号码"),
    "invoice_date": (QT_TRANSLATE_NOOP("FieldNames", "Invoice date"), "开票日期"),
    "check_code": (QT_TRANSLATE_NOOP("FieldNames", "Check code"), "校验码"),
    "buyer_name": (QT_TRANSLATE_NOOP("FieldNames", "Buyer"), "购买方名称"),
    "buyer_tax_id": (QT_TRANSLATE_NOOP("FieldNames", "Buyer's tax ID"), "购买方纳税人识别号"),
    "seller_name": (QT_TRANSLATE_NOOP("FieldNames", "Seller"), "销售方名称"),
    "seller_tax_id": (QT_TRANSLATE_NOOP("FieldNames", "Seller's tax ID"), "销售方纳税人识别号"),
    "amount": (QT_TRANSLATE_NOOP("FieldNames", "Amount"), "金额"),
    "tax": (QT_TRANSLATE_NOOP("FieldNames", "Tax"), "税额"),
    "total": (QT_TRANSLATE_NOOP("FieldNames", "Total"), "价税合计"),
    "total_in_words": (QT_TRANSLATE_NOOP("FieldNames", "Total in words"), "价税合计（大写）"),
    "machine_number": (QT_TRANSLATE_NOOP("FieldNames", "Machine number"), "机器编号"),
    "passport_number": (QT_TRANSLATE_NOOP("FieldNames", "Passport number"), "护照号码"),
    "name_pinyin": (QT_TRANSLATE_NOOP("FieldNames", "Name (pinyin)"), "姓名拼音"),
    "birth_place": (QT_TRANSLATE_NOOP("FieldNames", "Place of birth"), "出生地点"),
    "issue_place": (QT_TRANSLATE_NOOP("FieldNames", "Place of issue"), "签发地点"),
    "expiry_date": (QT_TRANSLATE_NOOP("FieldNames", "Expiry date"), "有效期至"),
    "country_code": (QT_TRANSLATE_NOOP("FieldNames", "Country code"), "国家码"),
    "mrz1": (QT_TRANSLATE_NOOP("FieldNames", "MRZ line 1"), "机读码第一行"),
    "mrz2": (QT_TRANSLATE_NOOP("FieldNames", "MRZ line 2"), "机读码第二行"),
    "name_en": (QT_TRANSLATE_NOOP("FieldNames", "Name (English)"), "英文姓名"),
    "telecode": (QT_TRANSLATE_NOOP("FieldNames", "Telegraph code"), "电码"),
    "permit_number": (QT_TRANSLATE_NOOP("FieldNames", "Permit number"), "证件号码"),
    "issue_count": (QT_TRANSLATE_NOOP("FieldNames", "Times issued"), "换证次数"),
}
# Where a type prints a different thing under a shared key (a business licence's `name` is the company).
FIELD_NAMES_BY_TYPE: dict[tuple[DocType, str], tuple[str, str]] = {
    (DocType.BUSINESS_LICENSE, "name"): (QT_TRANSLATE_NOOP("FieldNames", "Company name"), "名称"),
    (DocType.BUSINESS_LICENSE, "address"): (QT_TRANSLATE_NOOP("FieldNames", "Registered address"), "住所"),
    (DocType.BUSINESS_LICENSE, "authority"): (QT_TRANSLATE_NOOP("FieldNames", "Registration authority"), "登记机关"),
    (DocType.BUSINESS_LICENSE, "issue_date"): (QT_TRANSLATE_NOOP("FieldNames", "Licence issue date"), "发照日期"),
    (DocType.BUSINESS_CARD, "address"): (QT_TRANSLATE_NOOP("FieldNames", "Business address"), "地址"),
    (DocType.DRIVER_LICENSE, "authority"): (QT_TRANSLATE_NOOP("FieldNames", "Licensing authority"), "发证机关"),
    (DocType.HK_IDCARD, "id_number"): (QT_TRANSLATE_NOOP("FieldNames", "Hong Kong ID number"), "香港身份证号码"),
    (DocType.PASSPORT, "issue_date"): (QT_TRANSLATE_NOOP("FieldNames", "Date of issue"), "签发日期"),
    (DocType.HOME_RETURN_PERMIT, "issue_date"): (QT_TRANSLATE_NOOP("FieldNames", "Date of issue"), "签发日期"),
}

LINE_KEYED_TYPES = frozenset({DocType.GENERAL, DocType.HANDWRITING})


def line_key(index: int) -> str:
    """Key of the index-th text line, 0-based in, 1-based out."""
    return f"line_{index + 1}"


def line_label(index: int) -> str:
    """The stored label of the index-th line (English, as exports give it); `field_name` shows it translated."""
    return f"Line {index + 1}"


def doc_type_name(doc_type: str) -> str:
    """The type's name in the UI's language ("ID card (front)", "身份证人像面"); an unknown type by its id."""
    try:
        english = DOC_TYPE_LABELS[DocType(doc_type)][0]
    except (ValueError, KeyError):
        return doc_type
    return translate("DocTypes", english)


def doc_type_choice(doc_type: str) -> str:
    """A type as a picker lists it: the name in a Chinese UI; English with the Chinese name otherwise
    (the documents are Chinese whatever the UI's language)."""
    try:
        english, chinese = DOC_TYPE_LABELS[DocType(doc_type)]
    except (ValueError, KeyError):
        return doc_type
    shown = translate("DocTypes", english)
    return shown if shown != english or not chinese else f"{english} — {chinese}"


def field_name(key: str, doc_type: str | None = None, label: str = "") -> str:
    """What the window calls a field: the canonical key's name in the UI's language ("姓名" for `name`),
    "Line 3" for a text line still labelled so; else the provider's or operator's `label` (or the key)."""
    try:
        typed = FIELD_NAMES_BY_TYPE.get((DocType(doc_type), key)) if doc_type else None
    except ValueError:
        typed = None
    names = typed or FIELD_NAMES.get(key)
    if names is not None:
        return translate("FieldNames", names[0])
    if key.startswith("line_") and key[5:].isdigit() and label in ("", line_label(int(key[5:]) - 1)):
        return translate("FieldNames", "Line {number}").format(number=int(key[5:]))
    return label or key


def parse_doc_type(value: str) -> DocType:
    try:
        return DocType(value)
    except ValueError:
        known = ", ".join(t.value for t in DocType)
        raise ValueError(f"unknown document type '{value}' (known: {known})") from None
