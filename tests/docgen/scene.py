"""Backgrounds a document lies on: desk textures, scanner glass, and pieces of other printed papers."""

from __future__ import annotations

import math
import random

import cv2
import numpy as np
from PIL import Image, ImageDraw

from tests.docgen import fonts
from tests.docgen.draw import draw_text


def _phrases(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


# Text of other papers on the desk; the two splits use different phrase lists (holdout = unseen clutter).
_CLUTTER_DEV = _phrases(
    "会议纪要|第三季度销售汇总|联系电话 13812345678|"
    "收款单位：本公司财务部|金额合计 ¥3,280.00|2023年5月18日|"
    "地址：幸福路88号|经办人签字|请于本周五前提交|备注：原件已核对|"
    "客户名称 及 编号|项目进度表|快递单号 SF1029384756|"
    "订单号 202305180021|数量 单价 金额|仓库出库单|"
    "姓名 张三  部门 行政|Meeting notes - draft|"
    "Invoice No. 00391|Total 1,024.50"
)
_CLUTTER_HOLDOUT = _phrases(
    "培训通知|年度预算明细|手机 15900001111|付款方式：银行转账|"
    "小计 ¥968.40|2022-11-03|住址：东湖路17号2单元|审批意见|"
    "请妥善保管本凭证|复印件无效|申请人 及 证件号码|工作日志|"
    "取件码 8-3-2041|流水号 8800123476|品名 规格 数量|"
    "入库登记表|名称 李四  科室 人事|Receipt copy|"
    "Order ref 7731-B|Amount due 312.00"
)


def desk(size: tuple[int, int], rng: random.Random) -> np.ndarray:
    """A desk photographed under room light: wood grain, a laminate colour or cloth, with soft shading."""
    width, height = size
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    kind = rng.choice(("wood", "wood", "laminate", "cloth", "dark"))
    if kind == "wood":
        base = np.array([rng.randint(120, 180), rng.randint(80, 120), rng.randint(40, 70)], np.float32)
        angle = rng.uniform(-0.3, 0.3)
        u = xs * math.sin(angle) + ys * math.cos(angle)
        grain = np.sin(u / rng.uniform(6, 14) + 3 * np.sin(xs / rng.uniform(80, 200))) * 0.5 + 0.5
        field = 0.85 + 0.2 * grain
    elif kind == "laminate":
        base = np.array([rng.randint(190, 235)] * 3, np.float32) - np.array([0, rng.randint(0, 10), rng.randint(5, 25)])
        field = np.ones_like(xs)
    elif kind == "cloth":
        base = np.array([rng.randint(40, 120), rng.randint(60, 130), rng.randint(70, 150)], np.float32)
        field = 0.92 + 0.08 * (np.sin(xs / 2.5) * np.sin(ys / 2.5))
    else:
        base = np.array([rng.randint(30, 60)] * 3, np.float32)
        field = np.ones_like(xs)
    low = (
        np.asarray(Image.fromarray(_noise(rng, (8, 6))).resize((width, height), Image.Resampling.BICUBIC), np.float32)
        / 255
    )
    shading = 0.8 + 0.35 * low
    return np.clip(base[None, None, :] * (field * shading)[..., None], 0, 255).astype(np.uint8)


def scanner(size: tuple[int, int], rng: random.Random) -> np.ndarray:
    tone = rng.randint(236, 252)
    return np.full((size[1], size[0], 3), (tone, tone, max(0, tone - rng.randint(0, 6))), np.uint8)


def _noise(rng: random.Random, shape: tuple[int, int]) -> np.ndarray:
    gen = np.random.default_rng(rng.randrange(2**32))
    return (gen.random((shape[1], shape[0])) * 255).astype(np.uint8)


def paper_piece(rng: random.Random, split: str, width: int) -> Image.Image:
    """A printed page fragment (RGBA) with a few lines of unrelated text."""
    height = int(width * rng.uniform(0.6, 1.3))
    tone = rng.randint(228, 250)
    piece = Image.new("RGBA", (width, height), (tone, tone, tone - rng.randint(0, 10), 255))
    draw = ImageDraw.Draw(piece)
    phrases = _CLUTTER_DEV if split == "dev" else _CLUTTER_HOLDOUT
    size = max(12, int(width * rng.uniform(0.035, 0.06)))
    font = fonts.cjk(rng.choice(("sans", "serif")), size)
    y = size * rng.uniform(0.8, 2.0)
    ink = (rng.randint(10, 60),) * 3
    while y < height - size * 1.5:
        text = "  ".join(rng.choice(phrases) for _ in range(rng.randint(1, 3)))
        draw_text(draw, (size * rng.uniform(0.8, 2.0), y), text, font, ink)
        y += size * rng.uniform(1.6, 2.4)
        if rng.random() < 0.15:
            draw.line((size, y - size * 0.4, width - size, y - size * 0.4), fill=ink, width=2)
    return piece


def scatter_papers(background: np.ndarray, rng: random.Random, split: str, count: int) -> np.ndarray:
    """Lay `count` rotated paper pieces over the desk, some running off its edges."""
    height, width = background.shape[:2]
    canvas = Image.fromarray(background).convert("RGBA")
    for _ in range(count):
        piece = paper_piece(rng, split, int(width * rng.uniform(0.3, 0.6)))
        piece = piece.rotate(rng.uniform(-35, 35), expand=True, resample=Image.Resampling.BICUBIC)
        x = int(rng.uniform(-0.25, 0.85) * width)
        y = int(rng.uniform(-0.25, 0.85) * height)
        canvas.alpha_composite(piece, (max(0, x), max(0, y)), (max(0, -x), max(0, -y)))
    return np.asarray(canvas.convert("RGB"))


def composite(background: np.ndarray, document: Image.Image, corners: np.ndarray) -> np.ndarray:
    """Warp an RGBA document onto `corners` (TL, TR, BR, BL) of the background; soft shadow underneath."""
    height, width = background.shape[:2]
    src = np.array([[0, 0], [document.width, 0], [document.width, document.height], [0, document.height]], np.float32)
    matrix = cv2.getPerspectiveTransform(src, corners.astype(np.float32))
    rgba = np.asarray(document.convert("RGBA"))
    warped = cv2.warpPerspective(rgba, matrix, (width, height), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0, 0))
    alpha = warped[..., 3:4].astype(np.float32) / 255
    shadow = cv2.GaussianBlur(alpha, (0, 0), max(2.0, width / 250))
    if shadow.ndim == 2:
        shadow = shadow[..., None]
    offset = max(2, width // 300)
    shadow = np.roll(shadow, (offset, offset), axis=(0, 1))
    out = background.astype(np.float32) * (1 - 0.35 * shadow)
    out = out * (1 - alpha) + warped[..., :3].astype(np.float32) * alpha
    return np.clip(out, 0, 255).astype(np.uint8)
