"""Renderers for the 2nd-generation resident ID card (both sides)."""

from __future__ import annotations

import random

from PIL import ImageDraw

from tests.docgen import fonts
from tests.docgen.base import Rendered, Variant, card_canvas, finish_card
from tests.docgen.draw import draw_text, emblem, guilloche, photo_placeholder
from tests.docgen.identity import random_person


def idcard_front(rng: random.Random, variant: Variant) -> Rendered:
    person = random_person(rng, variant.split)
    j = variant.jitter(rng)
    width, height, mm = card_canvas(rng, 1350)
    card = guilloche(
        (width, height), rng, base=j.color((238, 240, 236), 6), ink=j.color((150, 185, 200), 20), strength=0.22
    )
    draw = ImageDraw.Draw(card)
    label_color = j.color((38, 110, 175), 22)
    ink = (rng.randint(0, 35),) * 3
    value_face = rng.choice(variant.value_faces)
    label_font = fonts.cjk(rng.choice(("sans", "sans_bold")), int(j.scale(2.7) * mm))
    value_font = fonts.cjk(value_face, int(j.scale(3.1) * mm))
    name_font = fonts.cjk(value_face, int(j.scale(3.6) * mm))
    label_x, value_x = j.shift(5.5) * mm, j.shift(15.0) * mm
    label_gap = j.scale(0.9) * mm  # wide letter spacing of the two-character labels
    stroke = rng.choice((0, 0, 1)) if value_face == "sans" else 0

    def row(label: str, y_mm: float, x: float = label_x) -> float:
        y = j.shift(y_mm) * mm
        draw_text(draw, (x, y), label, label_font, label_color, spacing=label_gap)
        return y

    y = row("姓名", 8.0)
    draw_text(draw, (value_x, y - 0.5 * mm), person.name, name_font, ink, stroke=stroke)
    y = row("性别", 14.2)
    draw_text(draw, (value_x, y), person.sex, value_font, ink, stroke=stroke)
    nation_x = j.shift(27.5) * mm
    draw_text(draw, (nation_x, y), "民族", label_font, label_color, spacing=label_gap)
    draw_text(draw, (nation_x + 9.5 * mm, y), person.ethnicity, value_font, ink, stroke=stroke)
    y = row("出生", 20.4)
    x = value_x
    birth_parts = (f"{person.birth.year}", "年", f"{person.birth.month}", "月", f"{person.birth.day}", "日")
    digit_font = fonts.cjk(value_face, value_font.size)
    for index, part in enumerate(birth_parts):
        x = draw_text(draw, (x, y), part, digit_font, ink, stroke=stroke) + (1.6 if index % 2 == 0 else 2.2) * mm
    y = row("住址", 26.6)
    per_line = rng.choice(variant.address_chars)
    line_gap = j.scale(4.5) * mm
    for start in range(0, len(person.address), per_line):
        draw_text(draw, (value_x, y), person.address[start : start + per_line], value_font, ink, stroke=stroke)
        y += line_gap
    id_y = j.shift(45.5) * mm
    draw_text(draw, (label_x, id_y), "公民身份号码", label_font, label_color, spacing=0.25 * mm)
    number_font = fonts.latin(rng.choice(("mono_bold", "sans_bold", "mono")), int(j.scale(3.5) * mm))
    draw_text(
        draw, (j.shift(28.5) * mm, id_y - 0.6 * mm), person.id_number, number_font, ink, spacing=j.scale(0.45) * mm
    )
    photo = photo_placeholder((int(j.scale(26) * mm), int(j.scale(33) * mm)), rng)
    card.paste(photo, (int(j.shift(54.5) * mm), int(j.shift(6.5) * mm)))
    fields = {
        "name": person.name,
        "sex": person.sex,
        "ethnicity": person.ethnicity,
        "birth_date": f"{person.birth.year}年{person.birth.month}月{person.birth.day}日",
        "address": person.address,
        "id_number": person.id_number,
    }
    return Rendered(finish_card(card, mm), fields, "card")


def idcard_back(rng: random.Random, variant: Variant) -> Rendered:
    person = random_person(rng, variant.split)
    j = variant.jitter(rng)
    width, height, mm = card_canvas(rng, 1350)
    card = guilloche(
        (width, height), rng, base=j.color((236, 240, 238), 6), ink=j.color((140, 190, 185), 20), strength=0.25
    )
    draw = ImageDraw.Draw(card)
    badge = emblem(int(j.scale(15) * mm), rng)
    card.paste(badge, (int(j.shift(6) * mm), int(j.shift(5) * mm)), badge)
    ink = (rng.randint(0, 35),) * 3
    title_face = rng.choice(("serif_bold", "sans_bold"))
    title_font = fonts.cjk(title_face, int(j.scale(4.6) * mm))
    draw_text(draw, (j.shift(26) * mm, j.shift(7.5) * mm), "中华人民共和国", title_font, ink, spacing=j.scale(2.4) * mm)
    big_font = fonts.cjk(title_face, int(j.scale(6.6) * mm))
    draw_text(draw, (j.shift(26) * mm, j.shift(16.5) * mm), "居民身份证", big_font, ink, spacing=j.scale(3.6) * mm)
    label_font = fonts.cjk(rng.choice(("sans", "sans_bold")), int(j.scale(2.7) * mm))
    value_font = fonts.cjk(rng.choice(("sans", "sans_bold")), int(j.scale(3.0) * mm))
    label_x, value_x = j.shift(13.5) * mm, j.shift(30.0) * mm
    label_color = (rng.randint(0, 40),) * 3
    y = j.shift(39.5) * mm
    draw_text(draw, (label_x, y), "签发机关", label_font, label_color, spacing=0.5 * mm)
    draw_text(draw, (value_x, y), person.authority, value_font, ink)
    y = j.shift(46.0) * mm
    draw_text(draw, (label_x, y), "有效期限", label_font, label_color, spacing=0.5 * mm)
    period_font = fonts.latin(rng.choice(("sans", "sans_bold", "mono")), int(j.scale(3.0) * mm))
    start, end = person.valid_period.split("-")
    x = draw_text(draw, (value_x, y + 0.2 * mm), f"{start}-", period_font, ink)
    if end == "长期":
        draw_text(draw, (x, y), end, value_font, ink)
    else:
        draw_text(draw, (x, y + 0.2 * mm), end, period_font, ink)
    fields = {"authority": person.authority, "valid_period": person.valid_period}
    return Rendered(finish_card(card, mm), fields, "card")
