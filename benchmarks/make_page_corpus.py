"""Generate the page corpus of bench_recognize.py: realistic rendered pages with line-level ground truth.

Run: .venv/bin/python benchmarks/make_page_corpus.py [--per-group 3] [--seed 12] [--out DIR]
Writes <out>/<group>/<index>.jpg and <out>/truth.json (default out: benchmarks/corpus/pages). Each
truth entry lists the page's lines, each with its text and its ink box [left, top, right, bottom] in
the stored image's pixels. Output is deterministic for a (seed, per-group) pair. Every word is made
up here (no third-party text or images), so the corpus may be committed and shared.

Groups (what an operator meets at a service counter besides ID cards):
- newspaper: a Chinese newspaper page scanned at ~992×1419 with ~10 px body print in columns;
- table: a dense statement table (A4 at 150 dpi) with 11-12 px cells and ruled grid;
- receipt_faded: a thermal receipt photocopied or faded, low contrast and noisy;
- form: an A4 form at 150 dpi with small labels, values and a 9-10 px terms paragraph;
- receipt_long: a long till receipt strip (~600×4500);
- card: a card-sized document photographed on a desk (~1280×960).
Needs the Noto CJK and DejaVu fonts (fonts-noto-cjk, fonts-dejavu-core).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.docgen.fonts import cjk, latin  # noqa: E402

CORPUS = ROOT / "benchmarks" / "corpus" / "pages"
Line = dict[str, object]

# Everyday words of notices, news and statements; combined at random they read like print to the
# recogniser (it has no language model worth the name) without copying anyone's text.
_WORD_TEXT = (
    "经济 发展 城市 居民 服务 管理 政府 企业 市场 建设 项目 工作 社会 文化 教育 医疗 保险 银行 存款 贷款 "
    "利率 交通 道路 公路 铁路 高速 车辆 乘客 旅游 景区 游客 假期 天气 气温 降雨 北方 南方 地区 农村 农业 "
    "粮食 生产 产品 质量 价格 消费 增长 下降 持续 稳定 提高 推进 加强 完善 落实 开展 组织 活动 会议 代表 "
    "群众 学校 学生 老师 家长 考试 招生 毕业 就业 岗位 工资 收入 养老 社区 街道 志愿者 环境 保护 绿色 能源 "
    "电力 供水 燃气 住房 公积金 租赁 物业 维修 安全 检查 消防 应急 部门 单位 人员 记者 采访 报道 新闻 科技 "
    "创新 数据 网络 平台 手机 应用 信息 系统 资金 投资 财政 税收 发票 金额 合计 余额 账户 转账 日期 时间 "
    "地址 电话 编号 名称 数量 单价 备注 规定 办法 通知 公告 申请 办理 材料 证明 身份证 营业执照 合同 协议 条款 "
    "责任 义务 权利 违约 赔偿 争议 解决 法院 仲裁 签字 盖章 有效期 年度 季度 月份 今年 去年 明年 上午 下午 "
    "晚上 全国 全省 全市 县区 乡镇 村民 医院 患者 医生 药品 健康 体育 比赛 运动员 冠军"
)
WORDS = tuple(_WORD_TEXT.split())
PUNCT = "，。、；：“”（）"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国志红"
SHOPS = ("超市", "便利店", "药房", "餐厅", "书店", "面包房")
GOODS = (
    "矿泉水",
    "纯牛奶",
    "面包",
    "鸡蛋",
    "苹果",
    "大米5kg",
    "食用油",
    "洗衣液",
    "纸巾",
    "酸奶",
    "饼干",
    "巧克力",
    "可乐330ml",
    "方便面",
    "香蕉",
    "西红柿",
    "牙膏",
    "洗发水",
    "火腿肠",
    "绿茶",
)


def sentence(rng: random.Random, length: int) -> str:
    out = ""
    while len(out) < length:
        out += rng.choice(WORDS)
        if rng.random() < 0.12:
            out += str(rng.randint(2, 2025))
        if rng.random() < 0.15:
            out += rng.choice(PUNCT[:2])
    return out


def person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))


def font(text_kind: str, size: int) -> ImageFont.FreeTypeFont:
    faces = {
        "serif": lambda: cjk("serif", size),
        "sans": lambda: cjk("sans", size),
        "bold": lambda: cjk("sans_bold", size),
        "mono": lambda: latin("mono", size),
    }
    return faces[text_kind]()


class Page:
    """A canvas that remembers the ink box of every line drawn on it."""

    def __init__(self, size: tuple[int, int], paper: tuple[int, int, int]) -> None:
        self.image = Image.new("RGB", size, paper)
        self.draw = ImageDraw.Draw(self.image)
        self.lines: list[Line] = []

    def text(
        self, xy: tuple[float, float], text: str, face: ImageFont.FreeTypeFont, ink: tuple[int, int, int] = (25, 25, 25)
    ) -> tuple[int, int, int, int]:
        self.draw.text(xy, text, font=face, fill=ink)
        box = tuple(round(v) for v in self.draw.textbbox(xy, text, font=face))
        self.lines.append({"text": text, "box": list(box)})
        return box  # type: ignore[return-value]

    def fit(self, text: str, face: ImageFont.FreeTypeFont, width: float) -> str:
        while text and self.draw.textlength(text, font=face) > width:
            text = text[:-1]
        return text


def newspaper(rng: random.Random) -> Page:
    width, height = rng.choice(((992, 1419), (1000, 1400), (960, 1440)))
    page = Page((width, height), (238, 234, 224))
    margin = 36
    page.text((margin, 30), sentence(rng, rng.randint(10, 14))[:14], font("bold", 40))
    page.text((margin, 86), sentence(rng, 26)[:26], font("sans", 18))
    page.draw.line((margin, 118, width - margin, 118), fill=(60, 60, 60), width=2)
    columns = rng.choice((4, 5))
    gutter = 16
    column_width = (width - 2 * margin - (columns - 1) * gutter) / columns
    size = rng.choice((10, 10, 11))
    body = font(rng.choice(("serif", "sans")), size)
    step = round(size * 1.55)
    for column in range(columns):
        x = margin + column * (column_width + gutter)
        y = 132.0
        while y + step < height - margin:
            if rng.random() < 0.06:  # a sub-heading every so often
                sub = font("bold", 14)
                page.text((x, y + 4), page.fit(sentence(rng, 12), sub, column_width), sub)
                y += 28
                continue
            indent = 2 * size if rng.random() < 0.1 else 0
            text = page.fit(sentence(rng, 40), body, column_width - indent)
            page.text((x + indent, y), text, body)
            y += step
    return page


def table(rng: random.Random) -> Page:
    page = Page((1240, 1754), (252, 252, 250))
    margin = 60
    page.text((margin, 50), "账户交易明细 " + str(rng.randint(2019, 2026)) + "年度", font("bold", 26))
    heads = ("序号", "交易日期", "摘要", "对方户名", "借方金额", "贷方金额", "余额", "网点")
    widths = (60, 130, 190, 170, 150, 150, 160, 140)
    size = rng.choice((11, 12))
    face = font("sans", size)
    row_h = round(size * 2.3)
    y = 110
    rows = (1754 - y - margin) // row_h
    balance = rng.uniform(5000, 90000)
    for row in range(rows):
        x = margin
        if row == 0:
            cells = list(heads)
        else:
            amount = rng.uniform(10, 9000)
            debit = rng.random() < 0.5
            balance += -amount if debit else amount
            cells = [
                str(row),
                f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                rng.choice(("转账", "工资", "消费", "取现", "利息", "缴费", "还款")) + rng.choice(WORDS),
                person(rng) if rng.random() < 0.6 else rng.choice(WORDS) + "有限公司",
                f"{amount:,.2f}" if debit else "",
                "" if debit else f"{amount:,.2f}",
                f"{balance:,.2f}",
                rng.choice(WORDS) + "支行",
            ]
        texts = []
        for cell, cell_w in zip(cells, widths, strict=True):
            page.draw.rectangle((x, y, x + cell_w, y + row_h), outline=(120, 120, 120), width=1)
            if cell:
                text = page.fit(cell, face, cell_w - 8)
                page.draw.text((x + 4, y + (row_h - size) / 2 - 1), text, font=face, fill=(20, 20, 20))
                texts.append((x + 4, text))
            x += cell_w
        # the truth is the row (cells in order): engines split or join neighbouring cells differently
        boxes = [page.draw.textbbox((tx, y + (row_h - size) / 2 - 1), t, font=face) for tx, t in texts]
        page.lines.append(
            {
                "text": " ".join(t for _, t in texts),
                "box": [
                    round(min(b[0] for b in boxes)),
                    round(min(b[1] for b in boxes)),
                    round(max(b[2] for b in boxes)),
                    round(max(b[3] for b in boxes)),
                ],
            }
        )
        y += row_h
    return page


def receipt(rng: random.Random, items: int, width: int = 576) -> Page:
    size = rng.choice((19, 20, 22))
    step = round(size * 1.45)
    height = 40 + step * (items + 16)
    page = Page((width, height), (246, 245, 240))
    face_zh = font("sans", size)
    face_mono = font("mono", size - 2)
    left, right = 24, width - 24
    y = 30.0

    def row(label: str, value: str) -> None:
        # one truth line per printed row: reading label and amount as one line is right too
        nonlocal y
        first = page.text((left, y), label, face_zh)
        value_w = page.draw.textlength(value, font=face_mono)
        last = page.text((right - value_w, y + 2), value, face_mono)
        del page.lines[-2:]
        box = [first[0], min(first[1], last[1]), last[2], max(first[3], last[3])]
        page.lines.append({"text": f"{label} {value}", "box": box})
        y += step

    title = rng.choice(WORDS) + rng.choice(SHOPS)
    page.text(
        (width / 2 - page.draw.textlength(title, font=font("bold", size + 6)) / 2, y), title, font("bold", size + 6)
    )
    y += step + 8
    page.text((left, y), f"单号:{rng.randint(10**9, 10**10 - 1)}", face_zh)
    y += step
    page.text(
        (left, y),
        f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}",
        face_mono,
    )
    y += step
    total = 0.0
    for _ in range(items):
        good = rng.choice(GOODS)
        count = rng.randint(1, 4)
        price = rng.uniform(1.5, 60)
        total += count * price
        row(f"{good} x{count}", f"{count * price:.2f}")
    row("合计", f"{total:.2f}")
    row("实收", f"{total + rng.randint(0, 50):.2f}")
    page.text((left, y), "谢谢惠顾 欢迎再次光临", face_zh)
    y += step
    page.text((left, y), f"电话:0{rng.randint(10, 99)}-{rng.randint(10**7, 10**8 - 1)}", face_zh)
    page.image = page.image.crop((0, 0, width, round(y + step + 20)))
    return page


def form(rng: random.Random) -> Page:
    page = Page((1240, 1754), (255, 255, 255))
    margin = 80
    page.text((margin, 60), rng.choice(WORDS) + "业务申请表", font("bold", 30))
    label_face = font("sans", rng.choice((12, 13)))
    value_face = font("serif", 14)
    y = 130
    labels = ("姓名", "证件号码", "联系电话", "通讯地址", "开户银行", "账号", "申请事项", "经办网点")
    for index in range(rng.randint(14, 18)):
        label = labels[index % len(labels)] + ("" if index < len(labels) else str(index // len(labels) + 1))
        page.draw.rectangle((margin, y - 6, 1240 - margin, y + 30), outline=(90, 90, 90))
        page.text((margin + 8, y), label, label_face)
        value = {
            "姓名": person(rng),
            "证件号码": "".join(str(rng.randint(0, 9)) for _ in range(18)),
            "联系电话": "1" + "".join(str(rng.randint(0, 9)) for _ in range(10)),
        }.get(labels[index % len(labels)], sentence(rng, rng.randint(8, 22)))
        page.text((margin + 180, y - 1), value, value_face)
        y += 40
    y += 20
    small = font("sans", rng.choice((9, 10)))
    page.text((margin, y), "申请须知:", font("bold", 12))
    y += 22
    while y < 1754 - 120:
        page.text((margin, y), page.fit(sentence(rng, 110), small, 1240 - 2 * margin), small)
        y += round(small.size * 1.6)
    page.text((margin, 1754 - 80), "申请人签字:            日期:    年  月  日", font("sans", 14))
    return page


def card(rng: random.Random) -> Page:
    card_w, card_h = 856, 540
    page = Page((card_w, card_h), (232, 238, 246))
    page.draw.rounded_rectangle((0, 0, card_w - 1, card_h - 1), 30, outline=(150, 160, 180), width=3)
    page.text((40, 30), rng.choice(WORDS) + "会员卡", font("bold", 40))
    y = 120
    for label, value in (
        ("姓名", person(rng)),
        ("卡号", " ".join("".join(str(rng.randint(0, 9)) for _ in range(4)) for _ in range(4))),
        ("有效期", f"{rng.randint(2026, 2035)}年{rng.randint(1, 12)}月"),
        ("发卡机构", rng.choice(WORDS) + rng.choice(WORDS) + "中心"),
    ):
        page.text((40, y), f"{label} {value}", font("sans", 34))
        y += 80
    return page


# ---- capture: how the flat page becomes the stored picture; truth boxes follow the pixels ----


def warp_lines(lines: list[Line], matrix: np.ndarray) -> list[Line]:
    out = []
    for line in lines:
        left, top, right, bottom = line["box"]  # type: ignore[misc]
        corners = np.array([[left, top, 1], [right, top, 1], [right, bottom, 1], [left, bottom, 1]], float)
        moved = corners @ matrix.T
        out.append(
            {
                "text": line["text"],
                "box": [
                    round(moved[:, 0].min()),
                    round(moved[:, 1].min()),
                    round(moved[:, 0].max()),
                    round(moved[:, 1].max()),
                ],
            }
        )
    return out


def scan(
    page: Page, rng: random.Random, *, fade: bool = False, blur: float = 0.5, noise: float = 4.0
) -> tuple[np.ndarray, list[Line]]:
    image = np.asarray(page.image).astype(np.float32)
    if fade:  # thermal print fading unevenly: ink lifted towards the paper, more on one side
        height, width = image.shape[:2]
        ramp = np.linspace(rng.uniform(0.3, 0.4), rng.uniform(0.45, 0.6), height, dtype=np.float32)[:, None, None]
        image = 245 - (245 - image) * ramp
        image += np.linspace(0, rng.uniform(-10, 10), width, dtype=np.float32)[None, :, None]
    angle = rng.uniform(-0.8, 0.8)
    height, width = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    image = cv2.warpAffine(image, matrix, (width, height), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    if blur:
        image = cv2.GaussianBlur(image, (0, 0), blur)
    image += np.random.default_rng(rng.randint(0, 2**31)).normal(0, noise, image.shape).astype(np.float32)
    return np.clip(image, 0, 255).astype(np.uint8), warp_lines(page.lines, matrix)


def photograph(page: Page, rng: random.Random, scene: tuple[int, int] = (1280, 960)) -> tuple[np.ndarray, list[Line]]:
    card_image = np.asarray(page.image).astype(np.float32)
    scale = rng.uniform(0.95, 1.15)
    angle = rng.uniform(-4, 4)
    height, width = card_image.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, scale)
    matrix[0, 2] += scene[0] / 2 - width / 2 + rng.uniform(-60, 60)
    matrix[1, 2] += scene[1] / 2 - height / 2 + rng.uniform(-40, 40)
    desk = np.empty((scene[1], scene[0], 3), np.float32)
    desk[:] = rng.choice(((120, 90, 60), (80, 80, 85), (170, 150, 120)))
    warped = cv2.warpAffine(card_image, matrix, scene, flags=cv2.INTER_LINEAR, borderValue=(-1, -1, -1))
    image = np.where(warped < 0, desk, warped)
    # uneven room light, a little defocus and sensor noise
    light = np.linspace(rng.uniform(0.8, 0.95), rng.uniform(1.0, 1.08), scene[0], dtype=np.float32)[None, :, None]
    image = cv2.GaussianBlur(image * light, (0, 0), rng.uniform(0.6, 1.1))
    image += np.random.default_rng(rng.randint(0, 2**31)).normal(0, 5, image.shape).astype(np.float32)
    return np.clip(image, 0, 255).astype(np.uint8), warp_lines(page.lines, matrix)


GROUPS: dict[str, Callable[[random.Random], tuple[np.ndarray, list[Line]]]] = {
    "newspaper": lambda rng: scan(newspaper(rng), rng, blur=0.4, noise=5),
    "table": lambda rng: scan(table(rng), rng, blur=0.45),
    "receipt_faded": lambda rng: scan(receipt(rng, rng.randint(10, 18)), rng, fade=True, blur=0.9, noise=7),
    "form": lambda rng: scan(form(rng), rng, blur=0.4),
    "receipt_long": lambda rng: scan(receipt(rng, rng.randint(95, 120)), rng, blur=0.6, noise=5),
    "card": lambda rng: photograph(card(rng), rng),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-group", type=int, default=3)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--out", type=Path, default=CORPUS)
    args = parser.parse_args()
    truth: dict[str, dict[str, object]] = {}
    for group, make in GROUPS.items():
        (args.out / group).mkdir(parents=True, exist_ok=True)
        for index in range(args.per_group):
            rng = random.Random(f"{args.seed}:{group}:{index}")
            pixels, lines = make(rng)
            name = f"{group}/{index:02d}.jpg"
            Image.fromarray(pixels).save(args.out / name, quality=rng.randint(82, 90), optimize=True)
            truth[name] = {"group": group, "size": [pixels.shape[1], pixels.shape[0]], "lines": lines}
    (args.out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(truth)} pages in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
