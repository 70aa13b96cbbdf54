"""Driver licence (驾驶证, old and new layouts) and vehicle licence (行驶证) main pages, 88 x 60 mm,
bilingual labels, a photo (driver) and a traffic-police seal."""

from __future__ import annotations

import datetime as dt
import random

from PIL import Image, ImageDraw

from tests.docgen import fonts
from tests.docgen.base import Rendered, Variant, finish_card
from tests.docgen.company import company_name
from tests.docgen.draw import Jitter, draw_text, guilloche, photo_placeholder, seal, wrap
from tests.docgen.identity import add_years, random_date, random_person
from tests.docgen.vehicles import (
    DRIVING_CLASSES,
    MAKES,
    USE_CHARACTERS,
    VEHICLE_TYPES,
    engine_number,
    plate,
    vin,
)

LICENCE_MM = (88.0, 60.0)


class _Card:
    """A licence page and the helpers that print its bilingual rows."""

    def __init__(self, rng: random.Random, variant: Variant, tint: tuple[int, int, int]) -> None:
        self.rng = rng
        self.j: Jitter = variant.jitter(rng)
        width = int(rng.uniform(1300, 1420))
        self.mm = width / LICENCE_MM[0]
        self.size = (width, round(width * LICENCE_MM[1] / LICENCE_MM[0]))
        self.image = guilloche(self.size, rng, base=self.j.color(tint, 6), ink=self.j.color((170, 170, 200), 20))
        self.draw = ImageDraw.Draw(self.image)
        self.ink = (rng.randint(0, 35),) * 3
        mm = self.mm
        self.label_cn = fonts.cjk(rng.choice(("sans", "sans_bold")), int(self.j.scale(2.2) * mm))
        self.label_en = fonts.latin("sans", int(self.j.scale(1.2) * mm))
        self.value = fonts.cjk(rng.choice(variant.value_faces), int(self.j.scale(2.6) * mm))
        self.digits = fonts.latin(rng.choice(("sans", "sans_bold", "mono")), int(self.j.scale(2.5) * mm))

    def title(self, text: str, english: str) -> None:
        mm, j = self.mm, self.j
        font = fonts.cjk(self.rng.choice(("serif_bold", "sans_bold")), int(j.scale(3.9) * mm))
        x = (self.size[0] - font.getlength(text) - len(text) * 0.3 * mm) / 2
        draw_text(self.draw, (x, j.shift(2.6) * mm), text, font, self.ink, spacing=0.3 * mm)
        small = fonts.latin("sans", int(1.5 * mm))
        draw_text(
            self.draw, ((self.size[0] - small.getlength(english)) / 2, j.shift(7.4) * mm), english, small, self.ink
        )

    def label(self, x_mm: float, y_mm: float, cn: str, en: str) -> tuple[float, float]:
        """Print 'cn en' at (x, y) mm; return the pixel position where the value starts."""
        mm = self.mm
        x, y = self.j.shift(x_mm) * mm, self.j.shift(y_mm) * mm
        end = draw_text(self.draw, (x, y), cn, self.label_cn, self.ink)
        if en:
            end = draw_text(self.draw, (end + 0.5 * mm, y + 0.8 * mm), en, self.label_en, self.ink)
        return end + 1.5 * mm, y - 0.2 * mm

    def value_at(self, xy: tuple[float, float], text: str, latin: bool = False) -> None:
        draw_text(self.draw, xy, text, self.digits if latin else self.value, self.ink)

    def wrapped(self, xy: tuple[float, float], text: str, right_mm: float, line_mm: float) -> None:
        x, y = xy
        for line in wrap(text, self.value, right_mm * self.mm - x):
            self.value_at((x, y), line)
            y += line_mm * self.mm

    def stamp(self, text: str, x_mm: float, y_mm: float, diameter_mm: float) -> None:
        stamp = seal(int(self.j.scale(diameter_mm) * self.mm), text, self.rng)
        self.image.paste(stamp, (int(self.j.shift(x_mm) * self.mm), int(self.j.shift(y_mm) * self.mm)), stamp)

    def finish(self) -> Image.Image:
        return finish_card(self.image, self.mm * 0.6)


def _iso(day: dt.date) -> str:
    return f"{day:%Y-%m-%d}"


def driver_license(rng: random.Random, variant: Variant) -> Rendered:
    person = random_person(rng, variant.split)
    card = _Card(rng, variant, (236, 238, 242))
    card.title("中华人民共和国机动车驾驶证", "Driving License of the People's Republic of China")
    modern = rng.random() < 0.6
    first = random_date(rng, max(add_years(person.birth, 18), dt.date(1995, 1, 1)), dt.date(2024, 6, 30))
    renewals = rng.choice((0, 0, 1, 2)) if first < dt.date(2014, 1, 1) else 0
    start = add_years(first, (0, 6, 16)[renewals])
    years = (6, 10, 0)[renewals]
    fields = {"license_number": person.id_number}
    xy = card.label(4, 11.5, "证号", "")
    card.value_at(xy, person.id_number, latin=True)
    xy = card.label(4, 17, "姓名", "Name")
    card.value_at(xy, person.name)
    xy = card.label(28, 17, "性别", "Sex")
    card.value_at(xy, person.sex)
    xy = card.label(41, 17, "国籍", "Nationality")
    card.value_at(xy, "中国")
    xy = card.label(4, 22.5, "住址", "Address")
    card.wrapped(xy, person.address, 63, 3.8)
    xy = card.label(4, 32, "出生日期", "Date of Birth")
    card.value_at(xy, _iso(person.birth), latin=True)
    xy = card.label(4, 37, "初次领证日期", "Date of First Issue")
    card.value_at(xy, _iso(first), latin=True)
    vehicle_class = rng.choice(DRIVING_CLASSES)
    xy = card.label(4, 42, "准驾车型", "Class")
    card.value_at(xy, vehicle_class, latin=True)
    fields |= {
        "name": person.name,
        "sex": person.sex,
        "nationality": "中国",
        "address": person.address,
        "birth_date": _iso(person.birth),
        "first_issue_date": _iso(first),
        "vehicle_class": vehicle_class,
        "valid_from": _iso(start),
    }
    if modern:
        end = "长期" if years == 0 else _iso(add_years(start, years))
        xy = card.label(4, 48.5, "有效期限", "Valid Period")
        x = draw_text(card.draw, xy, f"{_iso(start)} 至 ", card.value, card.ink)
        card.value_at((x, xy[1]), end, latin=end != "长期")
        fields["valid_to"] = end
    else:
        xy = card.label(4, 47.5, "有效起始日期", "Valid From")
        card.value_at(xy, _iso(start), latin=True)
        period = "长期" if years == 0 else f"{years}年"
        xy = card.label(4, 53, "有效期限", "Valid For")
        card.value_at(xy, period)
        fields["valid_period"] = period
    photo = photo_placeholder((int(card.j.scale(19) * card.mm), int(card.j.scale(25) * card.mm)), rng)
    card.image.paste(photo, (int(card.j.shift(66) * card.mm), int(card.j.shift(14) * card.mm)))
    region = person.region
    card.stamp(f"{region.province}{region.city}公安局交通警察支队", 66, 40, 17)
    return Rendered(card.finish(), fields, "card")


def vehicle_license(rng: random.Random, variant: Variant) -> Rendered:
    person = random_person(rng, variant.split)
    card = _Card(rng, variant, (232, 236, 236))
    card.title("中华人民共和国机动车行驶证", "Vehicle License of the People's Republic of China")
    brand, wmi, models = rng.choice(MAKES)
    owner = person.name if rng.random() < 0.75 else company_name(rng, variant.split, person.region)
    registered = random_date(rng, dt.date(2008, 1, 1), dt.date(2025, 6, 30))
    issued = (
        registered
        if rng.random() < 0.7
        else random_date(rng, registered, min(add_years(registered, 6), dt.date(2025, 9, 30)))
    )
    fields = {
        "plate_number": plate(rng, person.region, rng.random() < 0.2),
        "vehicle_type": rng.choice(VEHICLE_TYPES),
        "owner": owner,
        "address": person.address,
        "use_character": rng.choice(USE_CHARACTERS),
        "model": brand + rng.choice(models),
        "vin": vin(rng, wmi),
        "engine_number": engine_number(rng),
        "register_date": _iso(registered),
        "issue_date": _iso(issued),
    }
    xy = card.label(4, 12, "号牌号码", "Plate No.")
    card.value_at(xy, fields["plate_number"])
    xy = card.label(46, 12, "车辆类型", "Vehicle Type")
    card.value_at(xy, fields["vehicle_type"])
    xy = card.label(4, 17.5, "所有人", "Owner")
    card.value_at(xy, owner)
    xy = card.label(4, 23, "住址", "Address")
    card.wrapped(xy, person.address, 85, 3.8)
    xy = card.label(4, 32, "使用性质", "Use Character")
    card.value_at(xy, fields["use_character"])
    xy = card.label(4, 37.5, "品牌型号", "Model")
    draw_text(card.draw, xy, brand, card.value, card.ink)
    model_x = xy[0] + card.value.getlength(brand)
    card.value_at((model_x, xy[1]), fields["model"].removeprefix(brand), latin=True)
    xy = card.label(4, 43, "车辆识别代号", "VIN")
    card.value_at(xy, fields["vin"], latin=True)
    xy = card.label(4, 48.5, "发动机号码", "Engine No.")
    card.value_at(xy, fields["engine_number"], latin=True)
    xy = card.label(4, 54, "注册日期", "Register Date")
    card.value_at(xy, fields["register_date"], latin=True)
    xy = card.label(46, 54, "发证日期", "Issue Date")
    card.value_at(xy, fields["issue_date"], latin=True)
    region = person.region
    card.stamp(f"{region.province}{region.city}公安局交通警察支队", 64, 33, 18)
    return Rendered(card.finish(), fields, "card")
