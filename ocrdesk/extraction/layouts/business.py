"""Layouts of company papers: the business licence (营业执照) before and after its 2019 edition."""

from __future__ import annotations

from ocrdesk.doctypes import DocType
from ocrdesk.extraction.layouts.spec import FieldSpec, Layout, Version

DATE_CN = r"\d{4}年\d{1,2}月\d{1,2}日"

BUSINESS_LICENSE = Layout(
    DocType.BUSINESS_LICENSE,
    (
        FieldSpec(
            "credit_code",
            "统一社会信用代码",
            ("统一社会信用代码", "统一社会信用代", "社会信用代码", "统一社会信用", "信用代码"),
            pattern=r"[0-9A-Z]{18}",
            kind="credit_code",
            finder="pattern",
            places=("inline", "right", "below"),
        ),
        FieldSpec(
            "registration_number",
            "注册号",
            ("注册号", "注册码", "注册号码"),
            pattern=r"\d{13,15}",
            kind="text",
            places=("inline", "right", "below"),
        ),
        FieldSpec(
            "name",
            "名称",
            ("名称", "名 称", "名林", "名祢", "企业名称"),
            kind="text",
            multiline=True,
            places=("inline", "right"),
        ),
        FieldSpec(
            "company_type",
            "类型",
            ("类型", "类 型", "美型", "公司类型", "企业类型", "组成形式", "主体类型"),
            kind="vocabulary",
            vocabulary="company_types",
            multiline=True,
            places=("inline", "right"),
        ),
        FieldSpec(
            "address",
            "住所",
            ("住所", "住 所", "佳所", "往所", "经营场所", "营业场所", "主要经营场所"),
            kind="address",
            multiline=True,
            places=("inline", "right"),
        ),
        FieldSpec(
            "legal_representative",
            "法定代表人",
            ("法定代表人姓名", "法定代表人", "法定代表", "法定代衣人", "负责人", "经营者", "执行事务合伙人", "投资人"),
            kind="name",
            places=("inline", "right"),
        ),
        FieldSpec(
            "registered_capital",
            "注册资本",
            ("注册资本", "注册資本", "注删资本", "出资额", "注册资金"),
            kind="text",
            places=("inline", "right"),
        ),
        FieldSpec(
            "established_date",
            "成立日期",
            ("成立日期", "成立日朝", "成立曰期", "注册日期"),
            pattern=DATE_CN,
            kind="date_cn",
            places=("inline", "right", "below"),
        ),
        FieldSpec(
            "business_term",
            "营业期限",
            ("营业期限", "营业期", "经营期限", "合伙期限"),
            kind="period",
            multiline=True,
            places=("inline", "right", "below"),
        ),
        FieldSpec(
            "business_scope",
            "经营范围",
            ("经营范围", "经营范", "经营苑围", "经菅范围"),
            kind="text",
            multiline=True,
            places=("inline", "right"),
        ),
        # printed under 登记机关 and the seal, without a label of its own
        FieldSpec(
            "issue_date",
            "发照日期",
            (),
            pattern=DATE_CN,
            kind="date_cn",
            finder="last_pattern",
            below_words=("登记机关",),
        ),
        FieldSpec(
            "authority",
            "登记机关",
            ("登记机关", "登记机美"),
            pattern=r"[\u4e00-\u9fff]{4,}局",  # the authority's name, never the date printed under the seal
            kind="authority",
            places=("right", "below"),
        ),
    ),
    versions=(
        Version("2019 edition and 三证合一 (credit code)", ("credit_code",), ("registration_number",)),
        Version("before 2015 (registration number)", ("registration_number",), ("credit_code",)),
    ),
    sequences=(
        # 2019 edition: two columns
        ("name", "company_type", "legal_representative", "business_scope"),
        ("registered_capital", "established_date", "business_term", "address"),
        # earlier editions: one column
        (
            "name",
            "address",
            "legal_representative",
            "registered_capital",
            "company_type",
            "established_date",
            "business_term",
            "business_scope",
        ),
    ),
    stops=("营业执照", "国家企业信用信息公示系统", "国家市场监督管理总局监制", "登记机关"),
    optional=("authority", "registered_capital"),
)
