"""Bank-card renderer: Luhn-valid embossed number in groups, bank name, 借记卡/信用卡, MM/YY validity on some."""

from __future__ import annotations

import random
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFilter

from tests.docgen import fonts
from tests.docgen.base import Rendered, Variant, card_canvas, finish_card
from tests.docgen.draw import Color, draw_text, gradient
from tests.docgen.identity import random_name


@dataclass(frozen=True)
class Bank:
    name: str
    english: str
    debit_bins: tuple[str, ...]
    credit_bins: tuple[str, ...]
    colors: tuple[Color, Color]


BANKS = (
    Bank(
        "中国工商银行",
        "INDUSTRIAL AND COMMERCIAL BANK OF CHINA",
        ("622202", "621226", "621558"),
        ("625330", "427020"),
        ((196, 20, 30), (120, 10, 20)),
    ),
    Bank(
        "中国建设银行",
        "CHINA CONSTRUCTION BANK",
        ("621700", "622700", "436742"),
        ("625362", "489592"),
        ((0, 62, 135), (20, 110, 180)),
    ),
    Bank(
        "中国农业银行",
        "AGRICULTURAL BANK OF CHINA",
        ("622848", "622845", "621282"),
        ("622836", "625996"),
        ((0, 135, 110), (10, 80, 70)),
    ),
    Bank(
        "中国银行",
        "BANK OF CHINA",
        ("621661", "621785", "456351"),
        ("625906", "524864"),
        ((170, 20, 30), (230, 200, 200)),
    ),
    Bank(
        "招商银行",
        "CHINA MERCHANTS BANK",
        ("621483", "622588", "621286"),
        ("622575", "439225"),
        ((200, 30, 40), (60, 60, 70)),
    ),
    Bank(
        "交通银行",
        "BANK OF COMMUNICATIONS",
        ("622262", "622258", "621069"),
        ("521899", "622252"),
        ((20, 40, 120), (90, 140, 200)),
    ),
    Bank(
        "中国邮政储蓄银行",
        "POSTAL SAVINGS BANK OF CHINA",
        ("621799", "622188", "621098"),
        ("625919", "628310"),
        ((0, 110, 60), (150, 200, 120)),
    ),
    Bank(
        "兴业银行",
        "INDUSTRIAL BANK",
        ("622909", "622908", "438588"),
        ("625087", "451289"),
        ((0, 50, 130), (170, 190, 210)),
    ),
    Bank(
        "中信银行",
        "CHINA CITIC BANK",
        ("621771", "622690", "433670"),
        ("625909", "556617"),
        ((180, 20, 30), (240, 225, 215)),
    ),
    Bank("浦发银行", "SPD BANK", ("622521", "621791", "622518"), ("625957", "456418"), ((20, 40, 90), (190, 150, 80))),
    Bank(
        "中国民生银行",
        "CHINA MINSHENG BANK",
        ("622622", "415599", "421393"),
        ("622617", "545392"),
        ((0, 120, 160), (10, 60, 90)),
    ),
    Bank(
        "平安银行",
        "PING AN BANK",
        ("623058", "622155", "621626"),
        ("625360", "528020"),
        ((240, 110, 20), (150, 40, 20)),
    ),
    Bank(
        "中国光大银行",
        "CHINA EVERBRIGHT BANK",
        ("622660", "622662", "620518"),
        ("625975", "356837"),
        ((90, 30, 110), (230, 180, 40)),
    ),
    Bank(
        "华夏银行", "HUA XIA BANK", ("622630", "622632", "623021"), ("622637", "528708"), ((170, 20, 30), (90, 10, 20))
    ),
)


def luhn_complete(prefix: str) -> str:
    """`prefix` plus the Luhn check digit."""
    total = 0
    for index, digit in enumerate(reversed(prefix)):
        n = int(digit)
        if index % 2 == 0:  # doubled: these sit at odd positions once the check digit is appended
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return prefix + str((10 - total % 10) % 10)


def card_number(rng: random.Random, bin_: str, length: int) -> str:
    body = bin_ + "".join(str(rng.randint(0, 9)) for _ in range(length - len(bin_) - 1))
    return luhn_complete(body)


def group(number: str, rng: random.Random) -> list[str]:
    if len(number) == 16:
        return [number[i : i + 4] for i in range(0, 16, 4)]
    if len(number) == 19 and rng.random() < 0.4:
        return [number[:6], number[6:]]
    return [number[i : i + 4] for i in range(0, len(number), 4)]


def _emboss(
    card: Image.Image,
    xy: tuple[float, float],
    text: str,
    font: fonts.ImageFont.FreeTypeFont,
    metal: Color,
    spacing: float,
) -> None:
    """Raised digits: a dark lower-right edge, a light upper-left edge, metallic face."""
    layer = Image.new("RGBA", card.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    depth = max(1, font.size // 28)
    x, y = xy
    draw_text(draw, (x + depth, y + depth), text, font, (0, 0, 0, 150), spacing=spacing)
    draw_text(draw, (x - depth, y - depth), text, font, (255, 255, 255, 150), spacing=spacing)
    layer = layer.filter(ImageFilter.GaussianBlur(depth * 0.7))
    draw = ImageDraw.Draw(layer)
    draw_text(draw, (x, y), text, font, (*metal, 255), spacing=spacing)
    card.alpha_composite(layer)


def bank_card(rng: random.Random, variant: Variant) -> Rendered:
    j = variant.jitter(rng)
    bank = rng.choice(BANKS)
    credit = rng.random() < 0.4
    width, height, mm = card_canvas(rng, 1300)
    start, end = bank.colors
    card = gradient((width, height), j.color(start, 14), j.color(end, 14), rng.uniform(0, 1.5)).convert("RGBA")
    decor = Image.new("RGBA", card.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(decor)
    for _ in range(rng.randint(2, 5)):  # faint decorative arcs and bands
        cx, cy, r = rng.uniform(0, width), rng.uniform(0, height), rng.uniform(0.3, 0.9) * width
        shade = rng.randint(0, 255)
        draw.ellipse(
            (cx - r, cy - r, cx + r, cy + r),
            outline=(shade, shade, shade, rng.randint(18, 45)),
            width=int(rng.uniform(2, 10) * mm),
        )
    card.alpha_composite(decor)
    light = sum(start) > 420
    text_color: Color = (30, 30, 30) if light else (255, 255, 255)
    overlay = ImageDraw.Draw(card)
    logo = j.scale(6.0) * mm
    lx, ly = j.shift(5.5) * mm, j.shift(4.5) * mm
    overlay.ellipse((lx, ly, lx + logo, ly + logo), outline=(*text_color, 255), width=max(2, int(0.6 * mm)))
    name_font = fonts.cjk(rng.choice(("sans_bold", "serif_bold")), int(j.scale(4.0) * mm))
    draw_text(overlay, (lx + logo + 1.5 * mm, ly - 0.4 * mm), bank.name, name_font, text_color)
    english_font = fonts.latin("condensed_bold", int(j.scale(1.6) * mm))
    draw_text(overlay, (lx + logo + 1.5 * mm, ly + 5.4 * mm), bank.english, english_font, text_color)
    card_type = "信用卡" if credit else "借记卡"
    type_font = fonts.cjk(rng.choice(("sans", "sans_bold")), int(j.scale(3.0) * mm))
    type_x = width - type_font.getlength(card_type) - j.shift(6.0) * mm
    draw_text(overlay, (type_x, j.shift(5.0) * mm), card_type, type_font, text_color)
    chip_x, chip_y = j.shift(9.0) * mm, j.shift(19.0) * mm
    overlay.rounded_rectangle(
        (chip_x, chip_y, chip_x + 10 * mm, chip_y + 8 * mm),
        radius=int(1.2 * mm),
        fill=(214, 180, 95, 255),
        outline=(150, 120, 60, 255),
        width=2,
    )
    overlay.line((chip_x, chip_y + 4 * mm, chip_x + 10 * mm, chip_y + 4 * mm), fill=(150, 120, 60, 255), width=2)
    bins = bank.credit_bins if credit else bank.debit_bins
    bin_ = rng.choice(bins)
    length = 16 if credit else rng.choice((16, 19, 19))
    number = card_number(rng, bin_, length)
    number_font = fonts.latin(
        rng.choice(("mono_bold", "sans_bold", "condensed_bold")), int(j.scale(4.6 if length == 16 else 4.1) * mm)
    )
    metal = rng.choice(((225, 225, 225), (230, 205, 140), (245, 245, 245), (40, 40, 40) if light else (235, 235, 235)))
    x = j.shift(7.0) * mm
    number_y = j.shift(31.0) * mm
    for part in group(number, rng):
        _emboss(card, (x, number_y), part, number_font, metal, spacing=0.35 * mm)
        x += number_font.getlength(part) + 0.35 * mm * (len(part) - 1) + j.scale(2.6) * mm
    overlay = ImageDraw.Draw(card)
    fields = {"card_number": number, "bank_name": bank.name, "card_type": card_type}
    if credit or rng.random() < 0.3:
        valid = f"{rng.randint(1, 12):02d}/{rng.randint(26, 33):02d}"
        small = fonts.latin("sans_bold", int(1.5 * mm))
        vx, vy = j.shift(30.0) * mm, j.shift(39.5) * mm
        draw_text(overlay, (vx, vy), "VALID", small, text_color)
        draw_text(overlay, (vx, vy + 1.8 * mm), "THRU", small, text_color)
        _emboss(
            card,
            (vx + 8.0 * mm, vy - 0.3 * mm),
            valid,
            fonts.latin("mono_bold", int(j.scale(3.4) * mm)),
            metal,
            spacing=0.2 * mm,
        )
        fields["valid_date"] = valid
        overlay = ImageDraw.Draw(card)
    if credit:
        holder = random_name(rng, variant.split, "汉")
        _emboss(
            card,
            (j.shift(7.0) * mm, j.shift(46.0) * mm),
            _pinyin_stand_in(holder, rng),
            fonts.latin("mono_bold", int(j.scale(2.8) * mm)),
            metal,
            spacing=0.1 * mm,
        )
        overlay = ImageDraw.Draw(card)
    _unionpay(overlay, width - j.shift(22.0) * mm, height - j.shift(15.0) * mm, mm)
    return Rendered(finish_card(card, mm), fields, "card")


_SYLLABLES = (
    "ZHANG",
    "WANG",
    "LI",
    "LIU",
    "CHEN",
    "YANG",
    "XIAO",
    "MING",
    "HUA",
    "JIAN",
    "GUO",
    "LING",
    "FANG",
    "YU",
    "HAO",
)


def _pinyin_stand_in(_name: str, rng: random.Random) -> str:
    """A card-holder name in Latin capitals (not a field: cloud providers do not return it either)."""
    return f"{rng.choice(_SYLLABLES)} {rng.choice(_SYLLABLES)}{rng.choice(_SYLLABLES)}"


def _unionpay(draw: ImageDraw.ImageDraw, x: float, y: float, mm: float) -> None:
    w, h = 5.5 * mm, 10.0 * mm
    for index, color in enumerate(((220, 30, 40), (0, 60, 140), (0, 130, 120))):
        left = x + index * (w - 0.8 * mm)
        draw.polygon(
            ((left + 1.2 * mm, y), (left + w + 1.2 * mm, y), (left + w - 1.2 * mm, y + h), (left - 1.2 * mm, y + h)),
            fill=(*color, 255),
        )
    draw_text(draw, (x + 2.0 * mm, y + 1.0 * mm), "银联", fonts.cjk("sans_bold", int(3.0 * mm)), (255, 255, 255))
    draw_text(
        draw, (x + 0.8 * mm, y + 6.2 * mm), "UnionPay", fonts.latin("condensed_bold", int(2.1 * mm)), (255, 255, 255)
    )
