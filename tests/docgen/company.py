"""Made-up companies: names, types, business scopes, capital, and valid GB 32100 / registration numbers."""

from __future__ import annotations

import random

from ocrdesk.validation.checks import uscc_check_char
from tests.docgen.identity import Region, split_pool, words

BRANDS = words(
    "华信 恒达 鼎盛 启航 瑞丰 新锐 远景 金鹏 宏图 博远 天成 嘉禾 众诚 盛世 优品 凯旋 海纳 明德 卓越 汇通 "
    "正源 润泽 东方 智联 云帆 尚品 德润 鸿运 安泰 中和 鑫达 同创 乐享 信达 百川 永盛 佳美 长青 星辰 蓝海"
)
TRADES = words(
    "科技 贸易 商贸 建筑工程 餐饮管理 信息技术 文化传媒 电子 机械设备 物流 医疗器械 教育咨询 环保科技 食品 "
    "网络科技 装饰工程 农业开发 汽车服务 服装 家具 广告 物业管理 软件 新能源"
)
COMPANY_TYPES = (
    "有限责任公司（自然人投资或控股）",
    "有限责任公司（自然人独资）",
    "有限责任公司（法人独资）",
    "股份有限公司（非上市、自然人投资或控股）",
    "有限责任公司（非自然人投资或控股的法人独资）",
    "其他有限责任公司",
    "有限责任公司（台港澳法人独资）",
    "股份有限公司（非上市）",
)
SCOPE_ITEMS = words(
    "技术开发 技术咨询 技术服务 技术转让 计算机软硬件销售 电子产品销售 日用百货销售 五金交电销售 办公用品销售 "
    "建筑材料销售 机械设备租赁 会议及展览服务 企业管理咨询 市场营销策划 广告设计、制作、代理 货物进出口 技术进出口 "
    "餐饮服务 食品销售 普通货物仓储服务 道路货物运输 家用电器销售 服装服饰零售 化妆品零售 体育用品销售 "
    "信息系统集成服务 数据处理服务 物业管理 园林绿化工程施工 室内装饰装修 医疗器械销售 汽车零配件销售 "
    "农产品收购 花卉种植 教育咨询服务 文化艺术交流活动 组织体育表演活动 互联网信息服务 软件开发 新能源技术推广"
)
SCOPE_TAIL = "（依法须经批准的项目，经相关部门批准后方可开展经营活动）"
_UPPER_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_ORG_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # the USCC alphabet: no I O S V Z


def company_name(rng: random.Random, split: str, region: Region) -> str:
    city = region.city.removesuffix("市")
    brand = rng.choice(split_pool(BRANDS, split))
    trade = rng.choice(split_pool(TRADES, split))
    suffix = rng.choice(("有限公司", "有限公司", "有限责任公司", "股份有限公司"))
    return f"{city}{brand}{trade}{suffix}" if rng.random() < 0.8 else f"{city}市{brand}{trade}{suffix}"


def business_scope(rng: random.Random, split: str) -> str:
    items = rng.sample(split_pool(SCOPE_ITEMS, split), rng.randint(4, 10))
    scope = "；".join(items)
    if rng.random() < 0.7:
        return f"一般项目：{scope}。{SCOPE_TAIL}"
    return f"{scope}。{SCOPE_TAIL}" if rng.random() < 0.5 else f"{scope}。"


def chinese_amount(value: int) -> str:
    """4-digit-group upper-case numeral for whole 万 amounts, e.g. 500 -> 伍佰."""
    units = ("", "拾", "佰", "仟")
    digits = str(value)
    out = ""
    zero = False
    for index, ch in enumerate(digits):
        unit = units[len(digits) - 1 - index]
        if ch == "0":
            zero = True
            continue
        if zero and out:
            out += "零"
        zero = False
        out += _UPPER_DIGITS[int(ch)] + unit
    return out or "零"


def registered_capital(rng: random.Random) -> str:
    amount = rng.choice((10, 30, 50, 100, 200, 300, 500, 800, 1000, 1200, 2000, 5000, 150, 3000))
    if rng.random() < 0.6:
        return f"{chinese_amount(amount)}万元整"
    return f"人民币{amount}万元" if rng.random() < 0.5 else f"{amount}万元人民币"


def credit_code(rng: random.Random, region: Region) -> str:
    """An 18-character unified social credit code with valid GB 11714 and GB 32100 check characters."""
    body = "".join(rng.choice(_ORG_CHARS) for _ in range(8))
    total = sum(
        _ORG_CHARS.index(c) * w if c.isdigit() else (ord(c) - 55) * w for c, w in zip(body, _ORG_WEIGHTS, strict=True)
    )
    check = 11 - total % 11
    org = body + ("X" if check == 10 else "0" if check == 11 else str(check))
    first17 = f"91{region.code}{org}"
    return first17 + uscc_check_char(first17)


def registration_number(rng: random.Random, region: Region) -> str:
    """A 15-digit pre-2015 business registration number (ISO 7064 MOD 11,10 check digit)."""
    first14 = region.code + "".join(str(rng.randint(0, 9)) for _ in range(8))
    p = 10
    for digit in first14:
        s = (p + int(digit)) % 10 or 10
        p = (s * 2) % 11
    return first14 + str((11 - p) % 10)


def registration_check(number: str) -> bool:
    p = 10
    for digit in number[:14]:
        s = (p + int(digit)) % 10 or 10
        p = (s * 2) % 11
    return (p + int(number[14])) % 10 == 1
