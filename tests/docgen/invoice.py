"""VAT invoice pages (增值税普通/专用发票) with the QR code in the top-left that tax offices print:
`01,<type>,<code>,<number>,<amount excl. tax>,<YYYYMMDD>,<check code>,<crc>`."""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal

import cv2
import numpy as np
from PIL import Image, ImageDraw

from tests.docgen import fonts
from tests.docgen.base import Rendered, Variant
from tests.docgen.company import company_name, credit_code
from tests.docgen.draw import draw_text, guilloche, seal
from tests.docgen.identity import REGIONS, random_date, random_name, split_pool, words

INVOICE_MM = (240.0, 140.0)
_DIGITS = "零壹贰叁肆伍陆柒捌玖"
GOODS = words(
    "*信息技术服务*软件服务费 *现代服务*咨询服务费 *餐饮服务*餐饮费 *办公用品*打印纸 *计算机配套产品*键盘 "
    "*运输服务*国内货物运输 *住宿服务*住宿费 *电子元件*电容器 *纸制品*笔记本 *日用杂品*清洁用品 *服装*工作服 "
    "*建筑服务*工程服务 *广告服务*广告发布费 *医疗器械*医用口罩 *机械设备*电动工具 *食品*饮用水"
)
BANKS = ("中国工商银行", "中国银行", "招商银行")
UNITS = ("个", "件", "台", "次", "箱", "套", "项", "")


def money_in_words(amount: Decimal) -> str:
    """Upper-case Chinese money as invoices print it: 1308.63 -> 壹仟叁佰零捌圆陆角叁分, 200 -> 贰佰圆整."""
    cents = int((amount * 100).to_integral_value(ROUND_HALF_UP))
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    out = ""
    groups = [(yuan // 100_000_000, "亿"), (yuan // 10_000 % 10_000, "万"), (yuan % 10_000, "")]
    pending_zero = False
    for value, suffix in groups:
        if value == 0:
            pending_zero = bool(out)
            continue
        digits = f"{value:04d}"
        for index, ch in enumerate(digits):
            if ch == "0":
                pending_zero = bool(out)
                continue
            if pending_zero:
                out += "零"
                pending_zero = False
            out += _DIGITS[int(ch)] + ("仟", "佰", "拾", "")[index]
        out += suffix
    out = (out or "零") + "圆"
    if jiao == 0 and fen == 0:
        return out + "整"
    if jiao:
        out += _DIGITS[jiao] + "角"
    elif yuan:
        out += "零"
    return out + (_DIGITS[fen] + "分" if fen else "整")


def _qr(payload: str, side: int) -> Image.Image:
    modules = cv2.QRCodeEncoder.create().encode(payload)
    quiet = np.pad(modules, 2, constant_values=255)
    return Image.fromarray(quiet).convert("RGB").resize((side, side), Image.Resampling.NEAREST)


def vat_invoice(rng: random.Random, variant: Variant) -> Rendered:
    j = variant.jitter(rng)
    region = rng.choice(split_pool(REGIONS, variant.split))
    buyer_region, seller_region = rng.choice(REGIONS), region
    special = rng.random() < 0.35
    width = int(rng.uniform(2050, 2300))
    mm = width / INVOICE_MM[0]
    size = (width, int(INVOICE_MM[1] * mm))
    page = guilloche(size, rng, base=j.color((246, 244, 236), 5), ink=j.color((200, 210, 190), 15), strength=0.08)
    draw = ImageDraw.Draw(page)
    frame = j.color((150, 90, 60), 25)  # invoices print their form in brown; the data in black
    ink = (rng.randint(0, 40),) * 3
    form = fonts.cjk("sans", int(j.scale(2.6) * mm))
    data = fonts.cjk(rng.choice(variant.value_faces), int(j.scale(2.9) * mm))
    digits = fonts.latin(rng.choice(("mono", "sans", "mono_bold")), int(j.scale(2.8) * mm))
    day = random_date(rng, dt.date(2019, 1, 1), dt.date(2025, 10, 31))
    place = (region.province or region.city).removesuffix("省").removesuffix("市")
    for suffix in ("壮族自治区", "维吾尔自治区", "回族自治区", "自治区"):
        place = place.removesuffix(suffix)
    code = (
        f"{region.code[:4]}{day:%y}{rng.randint(0, 9999):04d}"
        if special
        else f"0{region.code[:4]}{day:%y}{rng.randint(0, 99999):05d}"
    )
    number = f"{rng.randint(0, 99999999):08d}"
    check = "".join(str(rng.randint(0, 9)) for _ in range(20))
    machine = f"{rng.randint(10**11, 10**12 - 1)}"
    rate = Decimal(rng.choice(("0.13", "0.06", "0.09", "0.03", "0.01")))
    items = []
    for _ in range(rng.randint(1, 3)):
        quantity = rng.randint(1, 50)
        price = Decimal(rng.randint(100, 200000)) / 100
        items.append(
            (rng.choice(GOODS), rng.choice(UNITS), quantity, price, (price * quantity).quantize(Decimal("0.01")))
        )
    amount = sum((item[4] for item in items), Decimal("0.00"))
    tax = (amount * rate).quantize(Decimal("0.01"), ROUND_HALF_UP)
    total = amount + tax
    kind = "01" if special else "04"
    payload = f"01,{kind},{code},{number},{amount},{day:%Y%m%d},{'' if special else check},{rng.randint(0, 0xFFFF):04X}"
    qr = _qr(payload, int(j.scale(21) * mm))
    page.paste(qr, (int(j.shift(8) * mm), int(j.shift(5) * mm)))
    title = f"{place}增值税{'专用' if special else '普通'}发票"
    title_font = fonts.cjk(rng.choice(("serif_bold", "sans_bold")), int(j.scale(6.5) * mm))
    title_x = (size[0] - title_font.getlength(title) - len(title) * 1.2 * mm) / 2
    draw_text(draw, (title_x, j.shift(7) * mm), title, title_font, frame, spacing=1.2 * mm)
    underline_y = 16.5 * mm
    draw.line((title_x, underline_y, size[0] - title_x, underline_y), fill=frame, width=max(2, int(0.3 * mm)))
    draw.line((title_x, underline_y + 0.8 * mm, size[0] - title_x, underline_y + 0.8 * mm), fill=frame, width=1)
    oval = seal(int(22 * mm), f"国家税务总局{place}税务局", rng, centre_text="全国统一发票监制章", star=False)
    oval = oval.resize((int(26 * mm), int(17 * mm)))
    page.paste(oval, (int((size[0] - oval.width) / 2), int(3 * mm)), oval)

    def pair(x_mm: float, y_mm: float, label: str, value: str, font: fonts.ImageFont.FreeTypeFont = data) -> None:
        end = draw_text(draw, (j.shift(x_mm) * mm, j.shift(y_mm) * mm), label, form, frame)
        draw_text(draw, (end + 1.5 * mm, y_mm * mm - 0.3 * mm), value, font, ink)

    pair(168, 6, "发票代码：", code, digits)
    pair(168, 11.5, "发票号码：", number, digits)
    pair(168, 17, "开票日期：", f"{day.year}年{day.month:02d}月{day.day:02d}日")
    if not special:
        pair(168, 22.5, "校 验 码：", " ".join(check[i : i + 5] for i in range(0, 20, 5)), digits)
    pair(8, 27.5, "机器编号：", machine, digits)
    left, right, top = 6 * mm, size[0] - 6 * mm, 32 * mm
    rows = (top, top + 22 * mm, top + 60 * mm, top + 68 * mm, top + 90 * mm)
    draw.rectangle((left, top, right, rows[-1]), outline=frame, width=max(2, int(0.35 * mm)))
    for y in rows[1:-1]:
        draw.line((left, y, right, y), fill=frame, width=max(1, int(0.25 * mm)))
    buyer = (company_name(rng, variant.split, buyer_region), credit_code(rng, buyer_region))
    seller = (company_name(rng, variant.split, seller_region), credit_code(rng, seller_region))
    for y0, side, (name, tax_id), other in ((rows[0], "购买方", buyer, "密码区"), (rows[3], "销售方", seller, "备注")):
        for k, ch in enumerate(side):
            draw_text(draw, (left + 1.5 * mm, y0 + (3 + k * 5.5) * mm), ch, form, frame)
        draw.line((left + 6 * mm, y0, left + 6 * mm, y0 + 22 * mm), fill=frame, width=1)
        pair(14, y0 / mm + 2, "名        称：", name)
        pair(14, y0 / mm + 7, "纳税人识别号：", tax_id, digits)
        phone = f"{rng.choice(('010', '021', '0571', '020', '027'))}-{rng.randint(10**7, 10**8 - 1)}"
        pair(
            14,
            y0 / mm + 12,
            "地 址、电 话：",
            f"{(buyer_region if side == '购买方' else seller_region).city}{rng.randint(1, 300)}号 {phone}",
        )
        account = f"{rng.randint(10**15, 10**16 - 1)}{rng.randint(100, 999)}"
        pair(
            14,
            y0 / mm + 17,
            "开户行及账号：",
            f"{rng.choice(BANKS)}{rng.choice(('城东', '高新', '中心'))}支行 {account}",
        )
        draw.line((142 * mm, y0, 142 * mm, y0 + 22 * mm), fill=frame, width=1)
        for k, ch in enumerate(other):
            draw_text(draw, (143.5 * mm, y0 + (3 + k * 5.5) * mm), ch, form, frame)
        if other == "密码区":
            cipher = fonts.latin("mono", int(2.6 * mm))
            for line in range(4):
                text = "".join(rng.choice("0123456789+-*/<>") for _ in range(27))
                draw_text(draw, (150 * mm, y0 + (2 + line * 5) * mm), text, cipher, ink)
    columns = (8, 62, 88, 102, 118, 146, 176, 192)
    headers = ("货物或应税劳务、服务名称", "规格型号", "单位", "数量", "单价", "金额", "税率", "税额")
    for x, head in zip(columns, headers, strict=True):
        draw_text(draw, (x * mm, rows[1] + 1.5 * mm), head, form, frame)
    y = rows[1] + 7 * mm
    percent = f"{int(rate * 100)}%"
    for goods, unit, quantity, price, line_amount in items:
        line_tax = (line_amount * rate).quantize(Decimal("0.01"), ROUND_HALF_UP)
        cells = (goods, "", unit, str(quantity), f"{price:.2f}", f"{line_amount:.2f}", percent, f"{line_tax:.2f}")
        for x, cell in zip(columns, cells, strict=True):
            draw_text(draw, (x * mm, y), cell, digits if cell.isascii() else data, ink)
        y += 5.5 * mm
    total_y = rows[2] - 6 * mm
    draw_text(draw, (14 * mm, total_y), "合        计", form, frame)
    draw_text(draw, (146 * mm, total_y), f"¥{amount:.2f}", digits, ink)
    draw_text(draw, (192 * mm, total_y), f"¥{tax:.2f}", digits, ink)
    words_text = money_in_words(total)
    end = draw_text(draw, (10 * mm, rows[2] + 2.3 * mm), "价税合计（大写）", form, frame)
    draw_text(draw, (end + 4 * mm, rows[2] + 2 * mm), f"ⓧ{words_text}", data, ink)
    end = draw_text(draw, (160 * mm, rows[2] + 2.3 * mm), "（小写）", form, frame)
    draw_text(draw, (end + 1 * mm, rows[2] + 2 * mm), f"¥{total:.2f}", digits, ink)
    staff = [random_name(rng, variant.split, "汉") for _ in range(3)]
    footer_y = rows[-1] + 2.5 * mm
    for x, label, name in ((10, "收款人：", staff[0]), (62, "复核：", staff[1]), (110, "开票人：", staff[2])):
        end = draw_text(draw, (x * mm, footer_y), label, form, frame)
        draw_text(draw, (end + 1 * mm, footer_y - 0.3 * mm), name, data, ink)
    draw_text(draw, (165 * mm, footer_y), "销售方：（章）", form, frame)
    stamp = seal(int(24 * mm), seller[0], rng, centre_text="发票专用章").resize((int(30 * mm), int(20 * mm)))
    page.paste(stamp, (int(j.shift(185) * mm), int(rows[3] / mm * mm + 12 * mm)), stamp)
    fields = {
        "invoice_code": code,
        "invoice_number": number,
        "invoice_date": f"{day.year}年{day.month:02d}月{day.day:02d}日",
        "buyer_name": buyer[0],
        "buyer_tax_id": buyer[1],
        "seller_name": seller[0],
        "seller_tax_id": seller[1],
        "amount": f"{amount:.2f}",
        "tax": f"{tax:.2f}",
        "total": f"{total:.2f}",
        "total_in_words": words_text,
        "machine_number": machine,
    }
    if not special:
        fields["check_code"] = check
    return Rendered(page.convert("RGBA"), fields, "page")
