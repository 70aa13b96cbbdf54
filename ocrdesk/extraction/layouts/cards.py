"""Layouts of the cards: resident ID card (both sides) and bank cards."""

from __future__ import annotations

from ocrdesk.doctypes import DocType
from ocrdesk.extraction.layouts.spec import FieldSpec, Layout

DATE_CN = r"\d{4}年\d{1,2}月\d{1,2}日"
ID_NUMBER = r"[0-9OoDQIl|Z2SsBGbgTxX×]{17}[0-9xX×KkOoDQIl|Z2SsBGbgT]"
PERIOD = r"\d{4}[.\-/]?\d{2}[.\-/]?\d{2}[-—–~至一]+(?:\d{4}[.\-/]?\d{2}[.\-/]?\d{2}|长期)"

IDCARD_FRONT = Layout(
    DocType.IDCARD_FRONT,
    (
        FieldSpec("name", "姓名", ("姓名", "娃名", "姓呂", "性名"), kind="name", places=("inline", "right")),
        FieldSpec("sex", "性别", ("性别", "性剐", "牲别", "姓别"), kind="sex", places=("inline", "right")),
        FieldSpec(
            "ethnicity",
            "民族",
            ("民族", "民旅", "民蔟", "民挨"),
            kind="ethnicity",
            mid_line=True,
            places=("inline", "right"),
        ),
        FieldSpec(
            "birth_date",
            "出生",
            ("出生", "出牛", "岀生", "生日"),
            pattern=DATE_CN,
            kind="date_cn",
            places=("inline", "right", "below"),
        ),
        FieldSpec(
            "address",
            "住址",
            ("住址", "佳址", "往址", "住扯", "住垃", "住止", "佳扯", "住趾"),
            multiline=True,
            kind="address",
            places=("inline", "right"),
        ),
        FieldSpec(
            "id_number",
            "公民身份号码",
            ("公民身份号码", "公民身份号", "身份号码", "公民身份证号码", "公民身分号码", "身份证号码", "公民身份"),
            pattern=ID_NUMBER,
            kind="id_number",
            finder="pattern",
            places=("inline", "right", "below"),
        ),
    ),
    stops=("中华人民共和国", "居民身份证"),
)

IDCARD_BACK = Layout(
    DocType.IDCARD_BACK,
    (
        FieldSpec(
            "authority",
            "签发机关",
            ("签发机关", "签发机美", "签发机夫", "鉴发机关", "签友机关", "发机关"),
            kind="authority",
            places=("inline", "right"),
            multiline=True,
        ),
        FieldSpec(
            "valid_period",
            "有效期限",
            ("有效期限", "有效期", "有效明限", "有效期跟", "有效斯限"),
            pattern=PERIOD,
            kind="period",
            finder="pattern",
            places=("inline", "right"),
        ),
    ),
    stops=("中华人民共和国", "居民身份证"),
)

BANK_CARD = Layout(
    DocType.BANK_CARD,
    (
        FieldSpec(
            "card_number", "卡号", ("卡号",), kind="card_number", finder="card_number", places=("inline", "right")
        ),
        FieldSpec("bank_name", "银行", (), kind="bank_name", finder="bank_name"),
        FieldSpec("card_type", "卡种", (), kind="vocabulary", finder="vocabulary", vocabulary="card_types"),
        FieldSpec("card_name", "卡名", (), kind="text"),
        FieldSpec(
            "valid_date",
            "有效期",
            ("有效期", "VALIDTHRU", "VALID THRU", "GOODTHRU", "有效期至", "EXPIRES"),
            pattern=r"(?<!\d)(?:0[1-9]|1[0-2])/\d{2}(?!\d)",
            kind="month_year",
            finder="pattern",
            places=("inline", "right", "below"),
        ),
    ),
    optional=("card_type", "card_name", "valid_date"),
)
