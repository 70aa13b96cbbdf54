"""Vehicle data with valid formats: plates (GA 36), VINs with the GB 16735 check character, models."""

from __future__ import annotations

import random

from ocrdesk.validation.checks import vin_check_char
from tests.docgen.identity import Region, words

PLATE_PREFIX = {
    "北京市": "京", "上海市": "沪", "天津市": "津", "重庆市": "渝", "广东省": "粤", "浙江省": "浙", "江苏省": "苏",
    "四川省": "川", "湖北省": "鄂", "河南省": "豫", "山东省": "鲁", "陕西省": "陕", "湖南省": "湘", "福建省": "闽",
    "辽宁省": "辽", "安徽省": "皖", "河北省": "冀", "广西壮族自治区": "桂", "云南省": "云", "江西省": "赣",
    "山西省": "晋", "吉林省": "吉", "黑龙江省": "黑", "贵州省": "贵", "甘肃省": "甘",
    "新疆维吾尔自治区": "新", "内蒙古自治区": "蒙", "宁夏回族自治区": "宁", "海南省": "琼", "青海省": "青",
}  # fmt: skip
_PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
# (brand as printed before the model code, VIN world-manufacturer prefix, model-code stems)
MAKES = (
    ("大众汽车牌", "LSV", ("SVW7183LJD", "SVW7141BRD", "SVW71810BU")),
    ("一汽-大众牌", "LFV", ("FV7146BAAGG", "FV7201TATG", "FV7145FCDBG")),
    ("丰田牌", "LVG", ("GTM7200GB", "TV7250", "GTM7250GS")),
    ("本田牌", "LHG", ("HG7154AAN", "HG7204CAM5", "HG6481BAA5")),
    ("别克牌", "LSG", ("SGM7151DAT2", "SGM6521UAX1", "SGM7130MTA")),
    ("比亚迪牌", "LC0", ("BYD7005BEVA", "BYD7152WT6HEVB", "BYD6470ST6HEV")),
    ("吉利牌", "L6T", ("JL7152L02", "MR7153A02", "JL6482D01")),
    ("长城牌", "LGW", ("CC6460RM0K", "CC1031PA4A", "CC6470RM02")),
    ("日产牌", "LGB", ("DFL7168VBL2", "DFL6460VCL1", "DFL7203MAC1")),
    ("五菱牌", "LZW", ("LZW6407BAF", "LZW7001EVB", "LZW6445VF")),
    ("长安牌", "LS5", ("SC7164ACC6", "SC6458CCB6", "SC7150AA6")),
    ("解放牌", "LFW", ("CA4250P66K24T1A", "CA5180XXYP62K1L5", "CA1040K6L3E5")),
)
VEHICLE_TYPES = (
    "小型轿车",
    "小型普通客车",
    "小型越野客车",
    "轻型普通货车",
    "轻型厢式货车",
    "中型普通客车",
    "重型半挂牵引车",
)
USE_CHARACTERS = ("非营运", "非营运", "非营运", "营运", "租赁", "货运", "出租客运", "预约出租客运")
ENGINE_STEMS = words("CSS DKX CJZ 2ZR L15B BYD473QE JLH-4G15 GW4C20 HR16 LJO4G15 JL473ZQ7 CA6DM2")
DRIVING_CLASSES = ("C1", "C1", "C1", "C2", "C1", "B2", "A2", "A1", "B1", "C1E", "A2D", "C3")


def plate(rng: random.Random, region: Region, new_energy: bool) -> str:
    prefix = PLATE_PREFIX.get(region.province or region.city, "京") + rng.choice("ABCDEFGH")
    if new_energy:
        return prefix + rng.choice("DF") + rng.choice(_PLATE_LETTERS + "0123456789") + f"{rng.randint(0, 9999):04d}"
    tail = [str(rng.randint(0, 9)) for _ in range(5)]
    for index in rng.sample(range(5), rng.choice((0, 0, 1, 2))):
        tail[index] = rng.choice(_PLATE_LETTERS)
    return prefix + "".join(tail)


def vin(rng: random.Random, wmi: str) -> str:
    body = wmi + "".join(rng.choice(_VIN_CHARS) for _ in range(5)) + "0"
    body += rng.choice("DEFGHJKLMNPRS") + rng.choice(_VIN_CHARS) + f"{rng.randint(0, 999999):06d}"
    return body[:8] + vin_check_char(body) + body[9:]


def engine_number(rng: random.Random) -> str:
    stem = rng.choice(ENGINE_STEMS)
    serial = "".join(rng.choice("0123456789") for _ in range(rng.randint(5, 7)))
    return stem + serial if rng.random() < 0.6 else serial + rng.choice("ABCDEFGHJKLMNP") + serial[:2]
