"""Document types and their canonical field keys (INTERFACE.md). Providers map to these keys."""

from __future__ import annotations

from enum import StrEnum


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


DOC_TYPE_LABELS: dict[DocType, tuple[str, str]] = {
    DocType.GENERAL: ("General text", "通用文字"),
    DocType.HANDWRITING: ("Handwriting", "手写体"),
    DocType.IDCARD_FRONT: ("ID card (front)", "身份证人像面"),
    DocType.IDCARD_BACK: ("ID card (back)", "身份证国徽面"),
    DocType.BUSINESS_CARD: ("Business card", "名片"),
    DocType.VEHICLE_LICENSE: ("Vehicle licence", "行驶证"),
    DocType.VEHICLE_LICENSE_BACK: ("Vehicle licence (back page)", "行驶证副页"),
    DocType.DRIVER_LICENSE: ("Driver licence", "驾驶证"),
    DocType.LICENSE_PLATE: ("Licence plate", "车牌"),
    DocType.BANK_CARD: ("Bank card", "银行卡"),
    DocType.BUSINESS_LICENSE: ("Business licence", "营业执照"),
    DocType.VAT_INVOICE: ("VAT invoice", "增值税发票"),
    DocType.PASSPORT: ("Passport", "护照"),
    DocType.HK_IDCARD: ("Hong Kong ID card", "香港身份证"),
    DocType.ACCEPTANCE_BILL: ("Acceptance bill", "承兑汇票"),
    DocType.VEHICLE_SALES_INVOICE: ("Vehicle sales invoice", "机动车销售发票"),
    DocType.HOME_RETURN_PERMIT: ("Home return permit", "回乡证"),
    DocType.TRAVEL_PERMIT: ("Travel permit (HK/Macau)", "港澳通行证"),
    DocType.AUTO: ("Detect automatically", "自动识别"),
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

LINE_KEYED_TYPES = frozenset({DocType.GENERAL, DocType.HANDWRITING})


def line_key(index: int) -> str:
    """Key of the index-th text line, 0-based in, 1-based out."""
    return f"line_{index + 1}"


def line_label(index: int) -> str:
    return f"Line {index + 1}"


def parse_doc_type(value: str) -> DocType:
    try:
        return DocType(value)
    except ValueError:
        known = ", ".join(t.value for t in DocType)
        raise ValueError(f"unknown document type '{value}' (known: {known})") from None
