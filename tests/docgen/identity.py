"""Made-up identities with valid numbers: names, addresses, GB 11643 ID numbers, issuing offices.

Every vocabulary is split in two: the `dev` split draws from one half and `holdout` from the other,
so a benchmark on holdout measures names, streets and places the extraction was never looked at with.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from ocrdesk.validation.checks import id_check_digit

T = TypeVar("T")


def words(text: str) -> tuple[str, ...]:
    """A vocabulary written as space-separated words (compact for long lists)."""
    return tuple(text.split())


SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
DOUBLE_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "慕容", "令狐")
GIVEN_CHARS = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉文斌凤宇浩俊晨欣怡子涵梓轩雨萱思远嘉豪"
    "佳琪雅婷晓东海燕春梅立新永健德福家辉婉清晴琳瑶博文宏亮振鹏飞鑫淑珍秋菊金凤跃进卫东小龙天佑若曦宁静"
    "国庆建军学成光荣世杰铭泽晓峰丹丹萍萍瑞祥成龙慧敏嘉怡逸凡昊然锦程书瑶乐天沐阳一诺诗雨子墨安琪"
)
# Transliterated names of some minority nationalities carry a middle dot.
DOTTED_NAMES = words(
    "买买提·艾力 阿依古丽·吐尔逊 热合曼·阿不都 古丽娜尔·努尔 艾尔肯·卡德尔 "
    "努尔兰·别克 扎西·多吉 巴特尔·朝鲁 迪丽拜尔·买提 阿卜杜拉·热合木"
)

ETHNICITIES = words(
    "汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 "
    "哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 "
    "达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 "
    "俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 "
    "基诺"
)


@dataclass(frozen=True)
class Region:
    province: str  # "" for the four municipalities, whose city is the province level
    city: str
    district: str
    code: str  # GB/T 2260 code of the district: the first six digits of an ID number


REGIONS = (
    Region("", "北京市", "朝阳区", "110105"),
    Region("", "上海市", "徐汇区", "310104"),
    Region("广东省", "广州市", "天河区", "440106"),
    Region("浙江省", "杭州市", "西湖区", "330106"),
    Region("江苏省", "南京市", "鼓楼区", "320106"),
    Region("四川省", "成都市", "武侯区", "510107"),
    Region("湖北省", "武汉市", "洪山区", "420111"),
    Region("河南省", "郑州市", "金水区", "410105"),
    Region("山东省", "济南市", "历下区", "370102"),
    Region("陕西省", "西安市", "雁塔区", "610113"),
    Region("湖南省", "长沙市", "岳麓区", "430104"),
    Region("福建省", "厦门市", "思明区", "350203"),
    Region("辽宁省", "沈阳市", "和平区", "210102"),
    Region("安徽省", "合肥市", "蜀山区", "340104"),
    Region("河北省", "石家庄市", "长安区", "130102"),
    Region("", "重庆市", "渝中区", "500103"),
    Region("", "天津市", "河西区", "120103"),
    Region("广西壮族自治区", "南宁市", "青秀区", "450103"),
    Region("云南省", "昆明市", "五华区", "530102"),
    Region("江西省", "南昌市", "东湖区", "360102"),
    Region("山西省", "太原市", "小店区", "140105"),
    Region("吉林省", "长春市", "朝阳区", "220104"),
    Region("黑龙江省", "哈尔滨市", "南岗区", "230103"),
    Region("贵州省", "贵阳市", "南明区", "520102"),
    Region("甘肃省", "兰州市", "城关区", "620102"),
    Region("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "650102"),
    Region("内蒙古自治区", "呼和浩特市", "新城区", "150102"),
    Region("宁夏回族自治区", "银川市", "兴庆区", "640104"),
    Region("浙江省", "宁波市", "鄞州区", "330212"),
    Region("江苏省", "苏州市", "姑苏区", "320508"),
    Region("广东省", "深圳市", "南山区", "440305"),
    Region("山东省", "青岛市", "市南区", "370202"),
    Region("海南省", "海口市", "龙华区", "460106"),
    Region("青海省", "西宁市", "城东区", "630102"),
    Region("河北省", "保定市", "竞秀区", "130602"),
    Region("湖南省", "株洲市", "芦淞区", "430203"),
)
STREETS = words(
    "人民路 解放路 中山路 建设路 和平路 胜利街 新华路 文化路 光明街 朝阳路 "
    "长江路 黄河路 迎宾大道 东风路 青年路 学府路 滨江路 环城北路 体育路 "
    "工农路 友谊路 红旗街 民主路 五一路 北京路 南京东路 幸福大街 团结路 "
    "健康路 永安街 沿江大道 花园路 育才路 科技路 金桥路 府前街 丰收路 "
    "振兴大道 桃源路 劳动路"
)
COMMUNITIES = words(
    "幸福小区 阳光花园 锦绣家园 翠苑一区 金色家园 华府新村 碧水湾 绿洲花园 "
    "书香苑 龙湖小区 明珠公寓 怡景苑 富康新村 春晓小区 江南名府 东方花城"
)
TOWNS = ("城关镇", "新集镇", "石桥镇", "高桥镇", "马店镇", "柳河镇", "太平镇", "清水镇", "白沙镇", "永丰镇")
VILLAGES = ("李家村", "王庄村", "张湾村", "新民村", "河东村", "东岗村", "前进村", "杨树村", "高庄村", "南坪村")


def split_pool(items: Sequence[T], split: str) -> list[T]:
    """Every other item: dev and holdout draw from disjoint halves of each vocabulary."""
    return list(items[0::2] if split == "dev" else items[1::2])


@dataclass(frozen=True)
class Person:
    name: str
    sex: str
    ethnicity: str
    birth: dt.date
    address: str
    region: Region
    id_number: str
    issue_date: dt.date
    valid_period: str  # as printed on the back: "2015.03.12-2035.03.12" or "2015.03.12-长期"
    authority: str


def random_name(rng: random.Random, split: str, ethnicity: str) -> str:
    if ethnicity in {"维吾尔", "哈萨克", "藏", "蒙古"} and rng.random() < 0.5:
        return rng.choice(split_pool(DOTTED_NAMES, split))
    surname = (
        rng.choice(split_pool(DOUBLE_SURNAMES, split))
        if rng.random() < 0.04
        else rng.choice(split_pool(SURNAMES, split))
    )
    given = "".join(rng.choice(split_pool(GIVEN_CHARS, split)) for _ in range(rng.choice((1, 2, 2, 2))))
    return surname + given


def random_address(rng: random.Random, split: str, region: Region, max_chars: int = 33) -> str:
    """A real-format address inside `region`, at most `max_chars` characters (3 card lines)."""
    head = f"{region.province}{region.city}{region.district}"
    while True:
        form = rng.random()
        if form < 0.5:
            tail = (
                f"{rng.choice(split_pool(STREETS, split))}{rng.randint(1, 999)}号"
                f"{rng.choice(split_pool(COMMUNITIES, split))}{rng.randint(1, 32)}栋"
                f"{rng.randint(1, 6)}单元{rng.randint(1, 33)}{rng.randint(1, 4):02d}室"
            )
        elif form < 0.75:
            tail = (
                f"{rng.choice(split_pool(TOWNS, split))}{rng.choice(split_pool(VILLAGES, split))}"
                f"{rng.randint(1, 12)}组{rng.randint(1, 199)}号"
            )
        else:
            tail = (
                f"{rng.choice(split_pool(STREETS, split))}{rng.randint(1, 999)}号院"
                f"{rng.randint(1, 20)}号楼{rng.randint(1, 28)}{rng.randint(1, 6):02d}号"
            )
        if len(head + tail) <= max_chars:
            return head + tail


def id_number(rng: random.Random, region: Region, birth: dt.date, sex: str) -> str:
    sequence = rng.randint(0, 99) * 10 + rng.choice((1, 3, 5, 7, 9) if sex == "男" else (0, 2, 4, 6, 8))
    first17 = f"{region.code}{birth:%Y%m%d}{sequence:03d}"
    return first17 + id_check_digit(first17)


def random_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def authority_for(region: Region) -> str:
    """'XX市公安局XX分局' (a district's public security sub-bureau)."""
    district = region.district[:-1] if len(region.district) > 2 else region.district
    return f"{region.city}公安局{district}分局"


def random_person(rng: random.Random, split: str) -> Person:
    region = rng.choice(split_pool(REGIONS, split))
    sex = rng.choice(("男", "女"))
    ethnicity = "汉" if rng.random() < 0.6 else rng.choice(ETHNICITIES)
    birth = random_date(rng, dt.date(1948, 1, 1), dt.date(2006, 12, 31))
    issue = random_date(rng, max(add_years(birth, 16), dt.date(2006, 1, 1)), dt.date(2025, 12, 31))
    age = (issue - birth).days // 365
    start = f"{issue:%Y.%m.%d}"
    # the law's validity by age at issue: 10 years up to 25, 20 years up to 45, then long-term
    end = "长期" if age >= 46 else f"{add_years(issue, 10 if age < 26 else 20):%Y.%m.%d}"
    period = f"{start}-{end}"
    return Person(
        name=random_name(rng, split, ethnicity),
        sex=sex,
        ethnicity=ethnicity,
        birth=birth,
        address=random_address(rng, split, region),
        region=region,
        id_number=id_number(rng, region, birth, sex),
        issue_date=issue,
        valid_period=period,
        authority=authority_for(region),
    )
