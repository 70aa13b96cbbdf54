"""Business licence (营业执照) pages: the post-2019 layout with a unified social credit code, and the
older layout with a 15-digit registration number; a red registration-office seal overlaps the issue date."""

from __future__ import annotations

import datetime as dt
import random

from PIL import ImageDraw

from tests.docgen import fonts
from tests.docgen.base import Rendered, Variant
from tests.docgen.company import (
    COMPANY_TYPES,
    business_scope,
    company_name,
    credit_code,
    registered_capital,
    registration_number,
)
from tests.docgen.draw import Jitter, draw_text, emblem, guilloche, seal, spread, wrap
from tests.docgen.identity import REGIONS, add_years, random_address, random_date, random_name, split_pool

PAGE_MM = (210.0, 297.0)


def _date(day: dt.date) -> str:
    return f"{day.year}年{day.month:02d}月{day.day:02d}日"


def _term(rng: random.Random, established: dt.date) -> str:
    form = rng.random()
    if form < 0.45:
        return f"{_date(established)}至长期"
    if form < 0.85:
        end = add_years(established, rng.choice((10, 20, 30, 50))) - dt.timedelta(days=1)
        return f"{_date(established)}至{_date(end)}"
    return "长期"


def _block(
    draw: ImageDraw.ImageDraw,
    x: float,
    y: float,
    text: str,
    font: fonts.ImageFont.FreeTypeFont,
    width: float,
    line_gap: float,
    ink: tuple[int, int, int],
) -> float:
    """Draw wrapped text; return the y below it."""
    for line in wrap(text, font, width):
        draw_text(draw, (x, y), line, font, ink)
        y += line_gap
    return y


def business_license(rng: random.Random, variant: Variant) -> Rendered:
    j = variant.jitter(rng)
    region = rng.choice(split_pool(REGIONS, variant.split))
    modern = rng.random() < 0.7
    long_side = int(rng.uniform(2000, 2300))
    mm = long_side / PAGE_MM[1]
    size = (int(PAGE_MM[0] * mm), long_side)
    page = guilloche(size, rng, base=j.color((246, 240, 228), 6), ink=j.color((215, 180, 140), 15), strength=0.12)
    draw = ImageDraw.Draw(page)
    frame = j.color((175, 120, 60), 20)
    inset = j.shift(9) * mm
    draw.rectangle((inset, inset, size[0] - inset, size[1] - inset), outline=frame, width=max(3, int(1.2 * mm)))
    inner = inset + 3 * mm
    draw.rectangle((inner, inner, size[0] - inner, size[1] - inner), outline=frame, width=max(1, int(0.4 * mm)))
    ink = (rng.randint(0, 40),) * 3
    badge = emblem(int(j.scale(24) * mm), rng)
    page.paste(badge, (int((size[0] - badge.width) / 2), int(j.shift(18) * mm)), badge)
    title_font = fonts.cjk(rng.choice(("serif_bold", "sans_bold")), int(j.scale(15) * mm))
    title_gap = j.scale(9) * mm
    title_w = sum(title_font.getlength(c) for c in "营业执照") + 3 * title_gap
    draw_text(draw, ((size[0] - title_w) / 2, j.shift(46) * mm), "营业执照", title_font, ink, spacing=title_gap)
    sub_font = fonts.cjk("sans", int(j.scale(5.5) * mm))
    draw_text(draw, ((size[0] - sub_font.getlength("（副本）")) / 2, j.shift(66) * mm), "（副本）", sub_font, ink)
    person = random_name(rng, variant.split, "汉")
    if modern:  # re-issued in the 2019 layout whenever the company was founded
        established = random_date(rng, dt.date(2003, 1, 1), dt.date(2024, 6, 30))
        issue = random_date(rng, max(established, dt.date(2019, 3, 1)), dt.date(2025, 6, 30))
    else:
        established = random_date(rng, dt.date(1998, 1, 1), dt.date(2014, 6, 30))
        issue = random_date(rng, established, min(add_years(established, 4), dt.date(2014, 12, 31)))
    fields: dict[str, str] = {}
    label_font = fonts.cjk(rng.choice(("sans_bold", "serif_bold")), int(j.scale(4.2) * mm))
    value_font = fonts.cjk(rng.choice(variant.value_faces), int(j.scale(4.0) * mm))
    scope_font = fonts.cjk("sans", int(j.scale(3.4) * mm))
    line_gap = j.scale(6.2) * mm
    values = {
        "name": company_name(rng, variant.split, region),
        "company_type": rng.choice(COMPANY_TYPES),
        "legal_representative": person,
        "registered_capital": registered_capital(rng),
        "established_date": _date(established),
        "business_term": _term(rng, established),
        "address": random_address(rng, variant.split, region, max_chars=40),
        "business_scope": business_scope(rng, variant.split),
    }
    if modern:
        code = credit_code(rng, region)
        small = fonts.cjk("sans_bold", int(j.scale(3.8) * mm))
        draw_text(draw, (j.shift(22) * mm, j.shift(60) * mm), "统一社会信用代码", small, ink)
        draw_text(
            draw, (j.shift(22) * mm, j.shift(66) * mm), code, fonts.latin("sans_bold", int(j.scale(4.2) * mm)), ink
        )
        fields["credit_code"] = code
        _qr_placeholder(draw, size[0] - 52 * mm, 56 * mm, 26 * mm, rng)
        top = j.shift(86) * mm
        left = [("名称", "name"), ("类型", "company_type"), ("法定代表人", "legal_representative")]
        right = [
            ("注册资本", "registered_capital"),
            ("成立日期", "established_date"),
            ("营业期限", "business_term"),
            ("住所", "address"),
        ]
        y_left = _column(draw, j, left, values, 22 * mm, top, 66 * mm, label_font, value_font, line_gap, ink, mm)
        _column(draw, j, right, values, 112 * mm, top, 62 * mm, label_font, value_font, line_gap, ink, mm)
        y_scope = max(y_left, top + 3 * line_gap) + 2 * mm
        draw_text(draw, (22 * mm, y_scope), "经营范围", label_font, ink)
        _block(draw, 50 * mm, y_scope, values["business_scope"], scope_font, 56 * mm, scope_font.size * 1.55, ink)
        fields |= {key: values[key] for _, key in left + right}
        fields["business_scope"] = values["business_scope"]
    else:
        number = registration_number(rng, region)
        draw_text(draw, (size[0] - 88 * mm, j.shift(76) * mm), f"注册号 {number}", fonts.cjk("sans", int(4 * mm)), ink)
        fields["registration_number"] = number
        rows = [
            ("名称", "name"),
            ("住所", "address"),
            ("法定代表人姓名", "legal_representative"),
            ("注册资本", "registered_capital"),
            ("公司类型", "company_type"),
            ("成立日期", "established_date"),
            ("营业期限", "business_term"),
            ("经营范围", "business_scope"),
        ]
        y = j.shift(90) * mm
        for label, key in rows:
            draw_text(draw, (30 * mm, y), spread(label, 7), label_font, ink)
            font = scope_font if key == "business_scope" else value_font
            y = _block(draw, 80 * mm, y, values[key], font, 105 * mm, font.size * 1.55, ink) + 3 * mm
        fields |= {key: values[key] for _, key in rows}
    fields["issue_date"] = _date(issue)
    office_y = j.shift(238) * mm
    draw_text(draw, (j.shift(118) * mm, office_y), "登记机关", label_font, ink)
    date_x, date_y = j.shift(128) * mm, office_y + j.shift(20) * mm
    draw_text(draw, (date_x, date_y), fields["issue_date"], value_font, ink)
    stamp = seal(int(j.scale(40) * mm), f"{region.city}{region.district}市场监督管理局", rng)
    page.paste(stamp, (int(date_x + rng.uniform(0, 20) * mm), int(date_y - rng.uniform(18, 28) * mm)), stamp)
    foot = fonts.cjk("sans", int(2.6 * mm))
    draw_text(draw, (22 * mm, size[1] - 26 * mm), "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", foot, ink)
    draw_text(
        draw,
        (22 * mm, size[1] - 21 * mm),
        "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。",
        foot,
        ink,
    )
    return Rendered(page.convert("RGBA"), {k: v for k, v in fields.items() if v}, "page")


def _column(
    draw: ImageDraw.ImageDraw,
    j: Jitter,
    rows: list[tuple[str, str]],
    values: dict[str, str],
    x: float,
    y: float,
    width: float,
    label_font: fonts.ImageFont.FreeTypeFont,
    value_font: fonts.ImageFont.FreeTypeFont,
    line_gap: float,
    ink: tuple[int, int, int],
    mm: float,
) -> float:
    """Label/value rows of one column of the modern layout; return the y below the last row."""
    value_x = x + 27 * mm
    for label, key in rows:
        draw_text(draw, (x, y), spread(label, 4), label_font, ink)
        y = _block(draw, value_x, y, values[key], value_font, width - 27 * mm, line_gap * 0.8, ink) + line_gap * 0.35
    return y


def _qr_placeholder(draw: ImageDraw.ImageDraw, x: float, y: float, side: float, rng: random.Random) -> None:
    """A QR-like block (not decodable; the licence's QR code is not a field)."""
    cells = 25
    cell = side / cells
    for row in range(cells):
        for col in range(cells):
            finder = (row < 7 and col < 7) or (row < 7 and col >= cells - 7) or (row >= cells - 7 and col < 7)
            if finder:
                on = row % 6 == 0 or col % 6 == 0 or (2 <= row % 18 <= 4 and 2 <= col % 18 <= 4)
            else:
                on = rng.random() < 0.5
            if on:
                draw.rectangle(
                    (x + col * cell, y + row * cell, x + (col + 1) * cell, y + (row + 1) * cell), fill=(20, 20, 20)
                )
