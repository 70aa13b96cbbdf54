"""Closed vocabularies printed on Chinese documents, and the nearest-word repair OCR misreads need."""

from __future__ import annotations

from collections.abc import Iterable

# The 56 ethnic groups as ID cards print them (without the trailing 族).
ETHNICITIES: tuple[str, ...] = (
    "汉",
    "蒙古",
    "回",
    "藏",
    "维吾尔",
    "苗",
    "彝",
    "壮",
    "布依",
    "朝鲜",
    "满",
    "侗",
    "瑶",
    "白",
    "土家",
    "哈尼",
    "哈萨克",
    "傣",
    "黎",
    "傈僳",
    "佤",
    "畲",
    "高山",
    "拉祜",
    "水",
    "东乡",
    "纳西",
    "景颇",
    "柯尔克孜",
    "土",
    "达斡尔",
    "仫佬",
    "羌",
    "布朗",
    "撒拉",
    "毛南",
    "仡佬",
    "锡伯",
    "阿昌",
    "普米",
    "塔吉克",
    "怒",
    "乌孜别克",
    "俄罗斯",
    "鄂温克",
    "德昂",
    "保安",
    "裕固",
    "京",
    "塔塔尔",
    "独龙",
    "鄂伦春",
    "赫哲",
    "门巴",
    "珞巴",
    "基诺",
)

# Driver licence classes (GB/T 35658 / 公安部令第162号), longest first so "A1" wins over "A".
LICENCE_CLASSES: tuple[str, ...] = (
    "A1",
    "A2",
    "A3",
    "B1",
    "B2",
    "C1",
    "C2",
    "C3",
    "C4",
    "C5",
    "C6",
    "D",
    "E",
    "F",
    "M",
    "N",
    "P",
)

# 行驶证 车辆类型 (GA 802), the common ones.
VEHICLE_TYPES: tuple[str, ...] = (
    "小型轿车",
    "小型普通客车",
    "小型越野客车",
    "小型专用客车",
    "微型轿车",
    "微型普通客车",
    "中型普通客车",
    "大型普通客车",
    "大型双层客车",
    "大型卧铺客车",
    "轻型普通货车",
    "轻型厢式货车",
    "轻型封闭货车",
    "轻型仓栅式货车",
    "轻型自卸货车",
    "微型普通货车",
    "中型普通货车",
    "中型厢式货车",
    "重型普通货车",
    "重型厢式货车",
    "重型半挂牵引车",
    "重型自卸货车",
    "重型罐式货车",
    "重型普通半挂车",
    "普通二轮摩托车",
    "普通正三轮摩托车",
    "轻便二轮摩托车",
    "小型专用校车",
    "大型专用校车",
)

# 使用性质
USE_CHARACTERS: tuple[str, ...] = (
    "非营运",
    "营运",
    "公路客运",
    "公交客运",
    "出租客运",
    "旅游客运",
    "货运",
    "租赁",
    "预约出租客运",
    "警用",
    "消防",
    "救护",
    "工程救险",
    "营转非",
    "出租转非",
    "教练",
    "幼儿校车",
    "小学生校车",
    "危化品运输",
)

# 营业执照 类型 as the market regulator prints them (full-width brackets).
COMPANY_TYPES: tuple[str, ...] = (
    "有限责任公司（自然人投资或控股）",
    "有限责任公司（自然人独资）",
    "有限责任公司（法人独资）",
    "有限责任公司（非自然人投资或控股的法人独资）",
    "有限责任公司（国有独资）",
    "有限责任公司（外商投资企业法人独资）",
    "有限责任公司（台港澳与境内合资）",
    "有限责任公司（中外合资）",
    "有限责任公司（外国法人独资）",
    "有限责任公司（台港澳法人独资）",
    "有限责任公司（自然人投资或控股的法人独资）",
    "有限责任公司",
    "其他有限责任公司",
    "股份有限公司（上市、自然人投资或控股）",
    "股份有限公司（非上市、自然人投资或控股）",
    "股份有限公司（上市）",
    "股份有限公司（非上市）",
    "股份有限公司",
    "个体工商户",
    "个人独资企业",
    "普通合伙企业",
    "有限合伙企业",
    "集体所有制",
    "全民所有制",
    "农民专业合作社",
    "外商独资企业",
    "中外合资经营企业",
)

# Banks by the name printed on their cards ("…银行" names are also accepted when not listed).
BANKS: tuple[str, ...] = (
    "中国工商银行",
    "中国农业银行",
    "中国银行",
    "中国建设银行",
    "交通银行",
    "中国邮政储蓄银行",
    "招商银行",
    "中信银行",
    "中国光大银行",
    "华夏银行",
    "中国民生银行",
    "广发银行",
    "平安银行",
    "兴业银行",
    "上海浦东发展银行",
    "浦发银行",
    "浙商银行",
    "渤海银行",
    "恒丰银行",
    "北京银行",
    "上海银行",
    "江苏银行",
    "南京银行",
    "宁波银行",
    "杭州银行",
    "徽商银行",
    "长沙银行",
    "成都银行",
    "重庆银行",
    "天津银行",
    "盛京银行",
    "哈尔滨银行",
    "北京农商银行",
    "上海农商银行",
    "广州农商银行",
    "重庆农村商业银行",
    "深圳农村商业银行",
)

CARD_TYPES: tuple[str, ...] = ("借记卡", "信用卡", "准贷记卡", "贷记卡", "储蓄卡", "预付卡")


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def nearest(text: str, words: Iterable[str]) -> str | None:
    """The one word a misread of `text` can be: one edit away (two for words over 8 characters); None on ties.

    Kept tight on purpose: a document may print a word our list lacks, and that must stay as read.
    """
    limit = 1 if len(text) <= 8 else 2
    best: list[str] = []
    best_distance = limit + 1
    for word in words:
        distance = edit_distance(text, word, limit)
        if distance < best_distance:
            best, best_distance = [word], distance
        elif distance == best_distance and distance <= limit:
            best.append(word)
    return best[0] if len(best) == 1 and best_distance <= limit else None
