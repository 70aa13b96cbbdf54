"""Render ocrdesk/resources/samples/sample_document.png: a bilingual customer form to try OCRDesk on.

Run: .venv/bin/python scripts/make_sample.py   (needs a CJK font, e.g. Debian's fonts-noto-cjk)
The output is committed, so users never need to run this; it documents where the sample comes from.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "ocrdesk" / "resources" / "samples" / "sample_document.png"

WIDTH, HEIGHT = 1100, 1400
INK = (28, 32, 40)
RULE = (150, 160, 175)

ROWS = [
    ("姓名 Name", "张三"),
    ("性别 Sex", "男"),
    ("出生日期 Date of birth", "1990-03-15"),
    ("身份证号 ID number", "11010519491231002X"),
    ("电话 Phone", "138 0013 8000"),
    ("地址 Address", "北京市朝阳区建国路88号"),
    ("开户银行 Bank", "中国工商银行 北京分行"),
    ("账号 Account", "6222 0202 0000 1234 567"),
    ("金额 Amount", "¥ 12,580.00"),
]


def find_cjk_font() -> tuple[str, int]:
    """(font file, face index) of a Simplified Chinese sans font, as fontconfig resolves it."""
    try:
        out = subprocess.run(
            ["fc-match", "-f", "%{file}|%{index}|%{lang}", "sans-serif:lang=zh-cn"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        path, index, langs = out.split("|", 2)
        # fontconfig falls back to a Latin font when no CJK font exists: check the coverage.
        if Path(path).exists() and "zh-cn" in langs.split("|"):
            return path, int(index or 0)
    except (OSError, ValueError, subprocess.CalledProcessError):
        pass
    sys.exit("No Chinese font found: install fonts-noto-cjk (Debian/Ubuntu) and run again.")


def render() -> Image.Image:
    font_path, face = find_cjk_font()
    title = ImageFont.truetype(font_path, 46, index=face)
    subtitle = ImageFont.truetype(font_path, 26, index=face)
    label = ImageFont.truetype(font_path, 28, index=face)
    value = ImageFont.truetype(font_path, 34, index=face)
    small = ImageFont.truetype(font_path, 22, index=face)

    image = Image.new("RGB", (WIDTH, HEIGHT), (250, 249, 245))
    draw = ImageDraw.Draw(image)
    draw.rectangle((40, 40, WIDTH - 40, HEIGHT - 40), outline=RULE, width=3)
    draw.text((WIDTH // 2, 110), "客户信息登记表", font=title, fill=INK, anchor="mm")
    draw.text((WIDTH // 2, 168), "Customer Registration Form", font=subtitle, fill=INK, anchor="mm")
    draw.text((80, 230), "编号 No. KH-2026-000371", font=small, fill=INK)
    draw.text((WIDTH - 80, 230), "日期 2026-11-21", font=small, fill=INK, anchor="ra")

    top, row_height, split = 290, 96, 430
    for index, (name, text) in enumerate(ROWS):
        y = top + index * row_height
        draw.rectangle((70, y, WIDTH - 70, y + row_height), outline=RULE, width=2)
        draw.line((split, y, split, y + row_height), fill=RULE, width=2)
        draw.text((90, y + row_height // 2), name, font=label, fill=INK, anchor="lm")
        draw.text((split + 24, y + row_height // 2), text, font=value, fill=INK, anchor="lm")

    notes_top = top + len(ROWS) * row_height + 50
    draw.text((80, notes_top), "声明：本人确认以上信息真实有效。", font=label, fill=INK)
    draw.text((80, notes_top + 50), "I confirm that the information above is correct.", font=label, fill=INK)
    draw.text((WIDTH - 100, HEIGHT - 90), "签名 Signature：张三", font=label, fill=INK, anchor="rs")
    return image


def main() -> None:
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    render().save(OUTPUT, optimize=True)
    print(f"wrote {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
