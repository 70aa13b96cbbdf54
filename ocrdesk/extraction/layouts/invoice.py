"""Layout of the VAT invoice (增值税专用/普通发票, paper and electronic); its QR code is read by vat.py."""

from __future__ import annotations

from ocrdesk.doctypes import DocType
from ocrdesk.extraction.layouts.spec import FieldSpec, Layout

MONEY = r"-?\d+\.\d{2}"
# An amount printed with its currency sign (¥, or the Y/V/W a blurred one is read as), found without a label.
YEN_MONEY = r"(?<=[¥￥YVW羊])-?\d+\.\d{2}"
TAX_ID = r"[0-9A-Z]{15,20}"
# Capital numerals from the first to the last unit (圆 角 分 整): a blurred read garbles some between them
# (查 for 壹), and the cross-check with the total (crosscheck.py) writes them right.
CAPITALS = r"[零壹贰叁肆伍陆柒捌玖拾佰仟万亿圆元角分整正](?:.*[圆元角分整正]|[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+)"
NAME = ("名称", "名 称", "名林", "名祢")
# The items table's heading ends the buyer's block; the totals start the part with the seller's.
ITEMS = ("货物或应税劳务", "项目名称", "规格型号")
TOTALS = ("价税合计",)
# A value standing alone on its line with its label unread (blur smears the small labels first):
# a tax ID has a letter in it or is an all-digit 15/18-character one (a 20-digit run is the check code),
# a name is Chinese ending with what names an organisation (a bank branch's 行 is not among them).
LONE_TAX_ID = r"(?=[0-9A-Z]*[A-Z])[0-9A-Z]{15,20}|\d{15}|\d{18}"
LONE_NAME = r"[\u4e00-\u9fff()（）]{2,}(?:公司|厂|店|中心|院|所|社|馆|局|会|站)"
TAX_LABEL = ("纳税人识别号", "纳税人识别", "纳税人识别码", "统一社会信用代码/纳税人识别号", "识别号")

VAT_INVOICE = Layout(
    DocType.VAT_INVOICE,
    (
        FieldSpec(
            "invoice_code",
            "发票代码",
            ("发票代码", "发票代玛", "发栗代码", "发票代"),
            pattern=r"\d{10,12}",
            kind="digits",
            places=("inline", "right", "below"),
            finder="whole_row",
            finder_pattern=r"\d{10}|\d{12}",
            finder_half="upper_right",
        ),
        FieldSpec(
            "invoice_number",
            "发票号码",
            ("发票号码", "发票号", "发栗号码"),
            pattern=r"\d{20}|\d{8}",
            kind="digits",
            places=("inline", "right", "below"),
            finder="whole_row",
            finder_pattern=r"\d{8}",
            finder_half="upper_right",
        ),
        FieldSpec(
            "invoice_date",
            "开票日期",
            ("开票日期", "开票日朝", "开票曰期"),
            pattern=r"\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{2}-\d{2}",
            kind="date",
            places=("inline", "right", "below"),
            finder="pattern",
            finder_half="upper_right",
        ),
        FieldSpec(
            "check_code",
            "校验码",
            ("校验码", "校验玛", "较验码"),
            pattern=r"\d{20}",
            kind="digits",
            places=("inline", "right"),
            finder="whole_row",
            finder_half="upper_right",
        ),
        FieldSpec(
            "buyer_name",
            "购买方名称",
            NAME,
            kind="text",
            places=("inline", "right"),
            above_words=ITEMS,
            above_label_of="buyer_tax_id",
            finder="whole_row",
            finder_pattern=LONE_NAME,
            finder_half="upper",
        ),
        FieldSpec(
            "buyer_tax_id",
            "购买方纳税人识别号",
            TAX_LABEL,
            pattern=TAX_ID,
            kind="tax_id",
            above_words=ITEMS,
            finder="whole_row",
            finder_pattern=LONE_TAX_ID,
            finder_half="upper",
        ),
        FieldSpec(
            "seller_name",
            "销售方名称",
            NAME,
            kind="text",
            places=("inline", "right"),
            occurrence=1,
            below_words=TOTALS,
            above_label_of="seller_tax_id",
            finder="whole_row",
            finder_pattern=LONE_NAME,
            finder_half="lower",
        ),
        FieldSpec(
            "seller_tax_id",
            "销售方纳税人识别号",
            TAX_LABEL,
            pattern=TAX_ID,
            kind="tax_id",
            occurrence=1,
            below_words=TOTALS,
            finder="whole_row",
            finder_pattern=LONE_TAX_ID,
            finder_half="lower",
        ),
        FieldSpec(
            "amount",
            "金额",
            ("合计", "合 计"),
            pattern=MONEY,
            kind="money",
            places=("inline", "right"),
            finder="row_pattern",
            finder_pattern=YEN_MONEY,
            above_words=TOTALS,
        ),
        FieldSpec(
            "tax",
            "税额",
            ("合计", "合 计"),
            pattern=MONEY,
            kind="money",
            places=("inline", "right"),
            match_index=1,
            finder="row_pattern",
            finder_pattern=YEN_MONEY,
            above_words=TOTALS,
        ),
        FieldSpec(
            "total",
            "价税合计",
            ("(小写)", "（小写）", "小写"),
            pattern=MONEY,
            kind="money",
            mid_line=True,
            finder="largest",
            finder_pattern=YEN_MONEY,
            places=("inline", "right"),
        ),
        FieldSpec(
            "total_in_words",
            "价税合计(大写)",
            ("价税合计(大写)", "价税合计（大写）", "价税合计", "(大写)"),
            pattern=CAPITALS,
            kind="text",
            places=("inline", "right"),
        ),
        FieldSpec(
            "machine_number",
            "机器编号",
            ("机器编号", "机器编码", "机器编"),
            pattern=r"\d{12}",
            kind="digits",
            places=("inline", "right"),
            finder="whole_row",
            finder_half="upper_left",
        ),
    ),
    stops=("购买方", "销售方", "密码区", "货物或应税劳务", "项目名称"),
    optional=("machine_number", "invoice_code", "check_code"),
)
