"""Layouts of the motor vehicle documents: driver licence (old and new editions) and vehicle licence front."""

from __future__ import annotations

from ocrdesk.doctypes import DocType
from ocrdesk.extraction.layouts.cards import ID_NUMBER
from ocrdesk.extraction.layouts.spec import FieldSpec, Layout, Version

DATE = r"\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?"
DATE_PERIOD = DATE + r"[-—–~至一]+(?:" + DATE + r"|长期)"
# The English halves of the bilingual labels, read into the same lines as the values.
BILINGUAL = (
    "Driving License of the People's Republic of China",
    "Driving Licence of the People's Republic of China",
    "Vehicle License of the People's Republic of China",
    "Date of First Issue",
    "Date of Birth",
    "Valid Period",
    "Valid From",
    "Nationality",
    "Address",
    "Register Date",
    "Issue Date",
    "Engine No.",
    "Plate No.",
    "Vehicle Type",
    "Use Character",
    "Owner",
    "Model",
    "Class",
    "Name",
    "Sex",
    "VIN",
    "No.",
)

DRIVER_LICENSE = Layout(
    DocType.DRIVER_LICENSE,
    (
        FieldSpec(
            "license_number",
            "证号",
            ("证号", "正号", "证考", "讧号"),
            pattern=ID_NUMBER,
            kind="id_number",
            finder="pattern",
            places=("inline", "right"),
        ),
        FieldSpec("name", "姓名", ("姓名", "娃名", "性名"), kind="name", places=("inline", "right")),
        FieldSpec("sex", "性别", ("性别", "性剐", "牲别"), kind="sex", mid_line=True, places=("inline", "right")),
        FieldSpec(
            "nationality", "国籍", ("国籍", "国藉", "国箱"), kind="text", mid_line=True, places=("inline", "right")
        ),
        FieldSpec("address", "住址", ("住址", "佳址", "往址", "住扯"), kind="address", multiline=True),
        FieldSpec(
            "birth_date",
            "出生日期",
            ("出生日期", "出生日朝", "出生曰期", "出生"),
            pattern=DATE,
            kind="date",
            places=("inline", "right", "below"),
        ),
        FieldSpec(
            "first_issue_date",
            "初次领证日期",
            ("初次领证日期", "初次领证日", "初次领证", "初次领让日期", "领证日期"),
            pattern=DATE,
            kind="date",
            places=("inline", "right", "below"),
        ),
        FieldSpec(
            "vehicle_class",
            "准驾车型",
            ("准驾车型", "准驾车", "准驾丰型", "准驾军型"),
            pattern=r"(?:[A-DMNP][1-6lIZS]?|[EF])+",
            kind="vehicle_class",
            places=("inline", "right", "below"),
        ),
        FieldSpec(
            "valid_from",
            "有效起始日期",
            ("有效起始日期", "有效起始日", "起始日期"),
            pattern=DATE,
            kind="date",
            places=("inline", "right", "below"),
        ),
        FieldSpec("valid_to", "有效截止日期", ("有效截止日期", "截止日期"), pattern=DATE, kind="date"),
        FieldSpec(
            "valid_period",
            "有效期限",
            ("有效期限", "有效期", "有效明限"),
            pattern=DATE_PERIOD + r"|\d{1,2}年|长期",
            kind="period",
            places=("inline", "right", "below"),
        ),
        FieldSpec("authority", "发证机关", ("发证机关",), kind="authority"),
        FieldSpec("file_number", "档案编号", ("档案编号", "档案编"), pattern=r"\d{12}", kind="text"),
    ),
    versions=(
        Version("2008 edition: start date and a period in years", ("valid_from",), ("valid_to",)),
        Version("2021 edition: a period from-to", ("valid_period",), ()),
    ),
    stops=("中华人民共和国机动车驾驶证", "机动车驾驶证"),
    optional=("authority", "file_number", "valid_to", "valid_from", "nationality"),
    noise=BILINGUAL,
    splits=(("valid_period", "valid_from", "valid_to"),),
)

VEHICLE_LICENSE = Layout(
    DocType.VEHICLE_LICENSE,
    (
        FieldSpec(
            "plate_number",
            "号牌号码",
            ("号牌号码", "号牌号", "号脾号码", "牌号码"),
            pattern=r"[\u4e00-\u9fff][A-Z0-9·•.]{5,8}",
            kind="plate",
            places=("inline", "right"),
        ),
        FieldSpec(
            "vehicle_type",
            "车辆类型",
            ("车辆类型", "车辆类", "车辆美型"),
            kind="vocabulary",
            vocabulary="vehicle_types",
            mid_line=True,
            places=("inline", "right"),
        ),
        FieldSpec("owner", "所有人", ("所有人", "所有入", "所有"), kind="name", places=("inline", "right")),
        FieldSpec("address", "住址", ("住址", "佳址", "往址", "住扯"), kind="address", multiline=True),
        FieldSpec(
            "use_character",
            "使用性质",
            ("使用性质", "使用性贡", "使用姓质"),
            kind="vocabulary",
            vocabulary="use_characters",
            places=("inline", "right"),
        ),
        FieldSpec(
            "model",
            "品牌型号",
            ("品牌型号", "品牌型", "品脾型号"),
            kind="text",
            mid_line=True,
            places=("inline", "right"),
        ),
        FieldSpec(
            "vin",
            "车辆识别代号",
            ("车辆识别代号", "车辆识别代码", "识别代号", "车辆识别"),
            pattern=r"[A-Z0-9]{17}(?![A-Z0-9])",  # the end of the run: "VIN" before it is a label
            kind="vin",
            finder="pattern",
            places=("inline", "right", "below"),
        ),
        FieldSpec(
            "engine_number",
            "发动机号码",
            ("发动机号码", "发动机号", "发动机编号"),
            pattern=r"[A-Z0-9\-]{4,20}",
            kind="text",
            places=("inline", "right", "below"),
        ),
        FieldSpec(
            "register_date",
            "注册日期",
            ("注册日期", "注册日朝", "注册曰期"),
            pattern=DATE,
            kind="date",
            places=("inline", "right", "below"),
        ),
        FieldSpec(
            "issue_date",
            "发证日期",
            ("发证日期", "发证日朝", "发证曰期"),
            pattern=DATE,
            kind="date",
            mid_line=True,
            places=("inline", "right", "below"),
        ),
        FieldSpec("seal", "印章", (), kind="text"),
    ),
    stops=("中华人民共和国机动车行驶证", "机动车行驶证"),
    optional=("seal",),
    noise=BILINGUAL,
)
