"""Tencent Cloud OCR API 3.0: the vendor's field names → our keys, and its warning codes.

Keys are canonical (doctypes.CANONICAL_KEYS) where one exists; the others are this module's own
snake_case English keys, documented next to each table. The vendor's name stays the field's label.
"""

from __future__ import annotations

import re
import unicodedata
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
    # electronic licences only (仅电子行驶证): our keys
    ("StateElectronic", "state"),
    ("InspectionValidityTimeElectronic", "inspection_valid_until"),
    ("GenerationTimeElectronic", "generate_time"),
)
# VehicleLicenseOCRResponse.VehicleLicenseType (Electronic / Normal), beside FrontInfo/BackInfo: our key.
VEHICLE_TYPE_FIELDS: FieldMap = (("VehicleLicenseType", "license_type"),)
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
    # our keys: 副页编码, 燃料种类, and the electronic licence's 住址/发证机关/车身颜色
    ("SubPageCode", "sub_page_code"),
    ("FuelType", "fuel_type"),
    ("AddressElectronic", "address"),
    ("IssueAuthorityElectronic", "authority"),
    ("CarBodyColor", "body_color"),
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
    # electronic licences only (仅电子驾驶证): our keys
    ("State", "state"),
    ("CumulativeScore", "cumulative_score"),
    ("CurrentTime", "current_time"),
    ("GenerateTime", "generate_time"),
    # the back page (副页) read with CardSide BACK or DOUBLE
    ("BackPageName", "back_page_name"),
    ("BackPageCardCode", "back_page_license_number"),
    ("DriverLicenseType", "license_type"),
)
# `EndDate` is a date on current licences and a duration ("6年") or "长期" on old ones: see parse.py.
DRIVER_END_DATE = "EndDate"

BANK_FIELDS: FieldMap = (
    ("CardNo", "card_number"),
    ("BankInfo", "bank_name"),
    ("CardType", "card_type"),
    ("CardName", "card_name"),
    ("ValidDate", "valid_date"),
    # 卡类别 (标准实体银行卡, 电子银行卡信息截图: a screenshot also gives a warning) and the image quality
    # score 0-100 (returned when EnableQualityValue is asked): our keys
    ("CardCategory", "card_category"),
    ("QualityValue", "quality_value"),
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
    ("Title", "license_title"),
    ("Important", "important_note"),
)
# BizLicenseOCR yes/no members, kept as fields 是/否 (`IsDuplication` 1/-1 as 副本/正本): our keys.
BIZ_FLAGS: FieldMap = (
    ("IsDuplication", "original_or_duplicate"),
    ("Electronic", "electronic"),
    ("NationalEmblem", "has_national_emblem"),
    ("QRCode", "has_qr_code"),
    ("Seal", "has_seal"),
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
    ("Signature", "signature"),
    ("Attention", "attention"),
)

# MLIDPassportOCR (passports of any country, read from the machine-readable zone): our keys as above.
MLID_PASSPORT_FIELDS: FieldMap = (
    ("ID", "passport_number"),
    ("Name", "name"),
    ("Surname", "family_name"),
    ("GivenName", "given_name"),
    ("Sex", "sex"),
    ("DateOfBirth", "birth_date"),
    ("DateOfExpiration", "expiry_date"),
    ("IssuingCountry", "country_code"),
    ("Nationality", "nationality"),
    ("Type", "passport_type"),
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

# VatInvoiceInfos[].Name values, every one the SDK documents (TextVatInvoice.Name), spelled as it does;
# the keys after `machine_number` are ours. Looked up after clean_label (NFKC, no spaces): "（购买方地址、电话）"
# arrives as "(购买方地址、电话)". `tax_amount`, `line_amount`, `unit_price`, … are the line-item columns the
# info list repeats; the items themselves come from `Items` as item_N_* fields (VAT_ITEM_FIELDS).
_VAT_NAMES: Mapping[str, str] = {
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
    "（购买方地址、电话）": "buyer_address_phone",
    "购买方开户行及账号": "buyer_bank_account",
    "（销售方地址、电话）": "seller_address_phone",
    "销售方开户行及账号": "seller_bank_account",
    "密码区": "cipher_area",
    "备注": "remarks",
    "收款人": "payee",
    "复核": "reviewer",
    "开票人": "drawer",
    "省": "province",
    "市": "city",
    "服务类型": "service_type",
    "打印发票代码": "printed_invoice_code",
    "打印发票号码": "printed_invoice_number",
    "联次": "copy_type",
    "联次名称": "copy_name",
    "（货物或应税劳务、服务名称）": "goods_name",
    "规格型号": "specification",
    "单位": "unit",
    "数量": "quantity",
    "单价": "unit_price",
    "金额": "line_amount",
    "税率": "tax_rate",
    "税额": "tax_amount",
    "通行费标志": "toll_flag",
    "是否代开": "issued_by_agent",
    "是否收购": "is_purchase_invoice",
    "是否有公司印章": "has_company_seal",
    "发票消费类型": "consumption_type",
    "车船税": "vehicle_vessel_tax",
    "成品油标志": "refined_oil_flag",
    "校验码备选": "check_code_alternative",
    "校验码后六位备选": "check_code_last6_alternative",
    "发票号码备选": "invoice_number_alternative",
    "车牌号": "plate_number",
    "类型": "vehicle_kind",
    "通行日期起": "toll_date_from",
    "通行日期止": "toll_date_to",
    # spellings of older replies, kept so results from them still file under the same keys
    "购买方地址电话": "buyer_address_phone",
    "销售方地址电话": "seller_address_phone",
    "发票联次": "copy_type",
}
VAT_INVOICE_NAMES: Mapping[str, str] = {
    re.sub(r"\s+", "", unicodedata.normalize("NFKC", k)): v for k, v in _VAT_NAMES.items()
}

# VatInvoiceOCRResponse.Items[] (VatInvoiceItem) members → the * of item_N_* (N: LineNo, else the position).
VAT_ITEM_FIELDS: FieldMap = (
    ("Name", "name"),
    ("Spec", "specification"),
    ("Unit", "unit"),
    ("Quantity", "quantity"),
    ("UnitPrice", "unit_price"),
    ("AmountWithoutTax", "amount"),
    ("TaxRate", "tax_rate"),
    ("TaxAmount", "tax"),
    ("TaxClassifyCode", "tax_classification_code"),
    ("VehicleType", "vehicle_type"),
    ("VehicleBrand", "vehicle_number"),
    ("DeparturePlace", "departure_place"),
    ("ArrivalPlace", "arrival_place"),
    ("TransportItemsName", "transported_goods"),
    ("ConstructionPlace", "construction_place"),
    ("ConstructionName", "construction_project"),
)
