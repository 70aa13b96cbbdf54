"""Tencent Cloud OCR API 3.0: the vendor's field names → our keys, and its warning codes.

Keys are canonical (doctypes.CANONICAL_KEYS) where one exists; the others are this module's own
snake_case English keys, documented next to each table. The vendor's name stays the field's label.
"""

from __future__ import annotations

from collections.abc import Mapping

FieldMap = tuple[tuple[str, str], ...]

IDCARD_FRONT_FIELDS: FieldMap = (
    ("Name", "name"),
    ("Sex", "sex"),
    ("Nation", "ethnicity"),
    ("Birth", "birth_date"),
    ("Address", "address"),
    ("IdNum", "id_number"),
)
IDCARD_BACK_FIELDS: FieldMap = (("Authority", "authority"), ("ValidDate", "valid_period"))

VEHICLE_FRONT_FIELDS: FieldMap = (
    ("PlateNo", "plate_number"),
    ("VehicleType", "vehicle_type"),
    ("Owner", "owner"),
    ("Address", "address"),
    ("UseCharacter", "use_character"),
    ("Model", "model"),
    ("Vin", "vin"),
    ("EngineNo", "engine_number"),
    ("RegisterDate", "register_date"),
    ("IssueDate", "issue_date"),
    ("Seal", "seal"),
)
VEHICLE_BACK_FIELDS: FieldMap = (
    ("PlateNo", "plate_number"),
    ("FileNo", "file_number"),
    ("AllowNum", "passengers"),
    ("TotalMass", "total_mass"),
    ("CurbWeight", "curb_mass"),
    ("LoadQuality", "load_mass"),
    ("ExternalSize", "dimensions"),
    ("Marks", "remarks"),
    ("Record", "inspection_record"),
    ("TotalQuasiMass", "traction_mass"),
)

# `Record` (记录, the back-page record) has no canonical key: `record` is ours.
DRIVER_FIELDS: FieldMap = (
    ("CardCode", "license_number"),
    ("Name", "name"),
    ("Sex", "sex"),
    ("Nationality", "nationality"),
    ("Address", "address"),
    ("DateOfBirth", "birth_date"),
    ("DateOfFirstIssue", "first_issue_date"),
    ("Class", "vehicle_class"),
    ("StartDate", "valid_from"),
    ("EndDate", "valid_to"),
    ("IssuingAuthority", "authority"),
    ("ArchivesCode", "file_number"),
    ("Record", "record"),
)

BANK_FIELDS: FieldMap = (
    ("CardNo", "card_number"),
    ("BankInfo", "bank_name"),
    ("CardType", "card_type"),
    ("CardName", "card_name"),
    ("ValidDate", "valid_date"),
)

# `RegNum` is the 18-character unified credit code on current licences and the 15-digit
# registration number on pre-2016 ones: the key is chosen by its shape (see _biz_license).
# `composing_form` (组成形式) and `serial_number` (编号) are our keys.
BIZ_FIELDS: FieldMap = (
    ("RegNum", "credit_code"),
    ("Name", "name"),
    ("Type", "company_type"),
    ("Address", "address"),
    ("Person", "legal_representative"),
    ("Capital", "registered_capital"),
    ("SetDate", "established_date"),
    ("Period", "business_term"),
    ("Business", "business_scope"),
    ("RegistrationDate", "issue_date"),
    ("RegistrationAuthority", "authority"),
    ("ComposingForm", "composing_form"),
    ("SerialNumber", "serial_number"),
)

# `family_name` (姓) and `given_name` (名) are our keys; CodeSet/CodeCrc are the two MRZ lines.
PASSPORT_FIELDS: FieldMap = (
    ("PassportNo", "passport_number"),
    ("Name", "name"),
    ("FamilyName", "family_name"),
    ("FirstName", "given_name"),
    ("Sex", "sex"),
    ("Nationality", "nationality"),
    ("BirthDate", "birth_date"),
    ("BirthPlace", "birth_place"),
    ("IssueDate", "issue_date"),
    ("IssuePlace", "issue_place"),
    ("ExpiryDate", "expiry_date"),
    ("Country", "country_code"),
    ("CodeSet", "mrz1"),
    ("CodeCrc", "mrz2"),
)

# BusinessCardInfos[].Name values; the English-side and other keys are ours.
BUSINESS_CARD_NAMES: Mapping[str, str] = {
    "姓名": "name",
    "职位": "title",
    "公司": "company",
    "部门": "department",
    "地址": "address",
    "电话": "phone",
    "手机": "mobile",
    "传真": "fax",
    "邮箱": "email",
    "网址": "website",
    "邮编": "postcode",
    "QQ": "qq",
    "微信": "wechat",
    "英文姓名": "name_en",
    "英文职位": "title_en",
    "英文公司": "company_en",
    "英文部门": "department_en",
    "英文地址": "address_en",
    "MSN": "msn",
    "微博": "weibo",
    "其他": "other",
}

# VatInvoiceInfos[].Name values; those after `机器编号` are our keys.
VAT_INVOICE_NAMES: Mapping[str, str] = {
    "发票代码": "invoice_code",
    "发票号码": "invoice_number",
    "开票日期": "invoice_date",
    "校验码": "check_code",
    "购买方名称": "buyer_name",
    "购买方识别号": "buyer_tax_id",
    "销售方名称": "seller_name",
    "销售方识别号": "seller_tax_id",
    "合计金额": "amount",
    "合计税额": "tax",
    "小写金额": "total",
    "价税合计(大写)": "total_in_words",
    "机器编号": "machine_number",
    "发票类型": "invoice_type",
    "发票名称": "invoice_title",
    "购买方地址电话": "buyer_address_phone",
    "购买方开户行及账号": "buyer_bank_account",
    "销售方地址电话": "seller_address_phone",
    "销售方开户行及账号": "seller_bank_account",
    "密码区": "cipher_area",
    "备注": "remarks",
    "收款人": "payee",
    "复核": "reviewer",
    "开票人": "drawer",
    "省": "province",
    "服务类型": "service_type",
    "打印发票代码": "printed_invoice_code",
    "打印发票号码": "printed_invoice_number",
    "发票联次": "copy_type",
}

# IDCardOCR AdvancedInfo.WarnInfos codes.
IDCARD_WARNINGS: Mapping[int, str] = {
    -9100: "ID card validity date is not valid (身份证有效日期不合法)",
    -9101: "ID card border incomplete (身份证边框不完整)",
    -9102: "ID card is a photocopy (身份证复印件)",
    -9103: "ID card is a re-photographed screen or print (身份证翻拍)",
    -9104: "temporary ID card (临时身份证)",
    -9105: "ID card partly covered (身份证框内遮挡)",
    -9106: "ID card may have been retouched (身份证疑似存在PS痕迹)",
    -9107: "glare on the ID card (身份证反光)",
    -9108: "ID card is a black-and-white photocopy (身份证黑白复印件)",
    -9110: "electronic ID card (电子身份证)",
    -9111: "watermark on the ID card (水印)",
}

# BankCardOCR WarningCode codes.
BANK_CARD_WARNINGS: Mapping[int, str] = {
    -9110: "bank card date is not valid (银行卡日期无效)",
    -9111: "bank card border incomplete (银行卡边框不完整)",
    -9112: "glare on the bank card (银行卡图片反光)",
    -9113: "bank card is a photocopy (银行卡复印件)",
    -9114: "bank card is a re-photographed screen or print (银行卡翻拍件)",
}
